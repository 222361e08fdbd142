"""The Stripe test server killed mid-flow, and a Celery worker killed mid-event.

localstripe runs as a process of the test's own and keeps its objects on disk, so that it
comes back from SIGKILL with what it held, as Stripe would after an outage. Paying while it
is down says "try again shortly" and takes nothing; the retry pays once. Webhook events
stored before it died are processed when it is back, once each; so is an event whose worker
was killed half-way through processing it.
"""

import json
import os
import signal
import time
from contextlib import contextmanager

import pytest
import requests
from django.db import connection, transaction
from django.test import Client
from django.urls import reverse

from marketplace.billing import services
from marketplace.billing.gateway import NETWORK_RETRIES
from marketplace.billing.models import BillingAccount, Payment, PaymentStatus, StripeEvent
from marketplace.cohorts.models import EntryStatus
from marketplace.core.models import AuditEntry
from tests.billing import conftest as billing
from tests.deploy.support import (
    Service,
    free_port,
    procfile_command,
    wait_for,
    waiting_for_a_lock,
)
from tests.faults.support import (
    LocalStripe,
    RedisServer,
    collect_static,
    fault_environment,
    needs_redis_server,
)

pytestmark = [needs_redis_server, pytest.mark.django_db(transaction=True)]

UNAVAILABLE = "Payments are unavailable just now. Try again shortly."
needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="holds a row lock across connections (PostgreSQL; CI runs it there)",
)


class Stack:
    """localstripe and Redis; gunicorn and a Celery worker, started when a test needs them."""

    def __init__(self, stripe, redis_server, web, worker, port):
        self.stripe = stripe
        self.redis = redis_server
        self.web = web
        self.worker = worker
        self.base = f"http://127.0.0.1:{port}"

    def serving(self) -> None:
        if self.web.process is None or self.web.process.poll() is not None:
            self.web.start()
            wait_for(self._answers, timeout=60, what="the site to start", services=[self.web])
        if self.worker.process is None or self.worker.process.poll() is not None:
            self.start_worker()

    def start_worker(self) -> None:
        ready = "Embedding model all-MiniLM-L6-v2 loaded"
        self.worker.start()
        wait_for(
            lambda: self.worker.messages().count(ready) == len(self.worker.started),
            timeout=60,
            what="the worker to start",
            services=[self.worker],
        )

    def _answers(self) -> bool:
        try:
            return requests.get(f"{self.base}/healthz", timeout=2).status_code == 200
        except requests.RequestException:
            return False


@pytest.fixture(scope="module")
def stack(tmp_path_factory, django_db_setup, django_db_blocker):
    directory = tmp_path_factory.mktemp("stripe-outage")
    stripe = LocalStripe(directory)
    redis_server = RedisServer(directory)
    port = free_port()
    try:
        stripe.start()
        redis_server.start()
        collect_static(directory)
        with django_db_blocker.unblock():
            environment = fault_environment(
                directory / "index",
                directory,
                redis_server,
                PORT=str(port),
                WEB_CONCURRENCY="1",
                STRIPE_API_BASE=stripe.url,
                STRIPE_SECRET_KEY=billing.SECRET_KEY,
                STRIPE_PUBLISHABLE_KEY=billing.PUBLISHABLE_KEY,
                STRIPE_WEBHOOK_SECRET=billing.WEBHOOK_SECRET,
            )
        web = Service("web", procfile_command("web"), environment, directory / "web.log")
        worker = Service(
            "worker", procfile_command("worker"), environment, directory / "worker.log"
        )
        try:
            yield Stack(stripe, redis_server, web, worker, port)
        finally:
            web.kill()
            worker.kill()
    finally:
        stripe.kill()
        redis_server.kill()


@pytest.fixture(autouse=True)
def stripe_settings(settings, stack):
    """This process talks to the same localstripe as the site, with the same keys."""
    stack.stripe.ensure_running()
    settings.STRIPE_API_BASE = stack.stripe.url
    settings.STRIPE_JS_URL = f"{stack.stripe.url}/js.stripe.com/v3/"
    settings.STRIPE_SECRET_KEY = billing.SECRET_KEY
    settings.STRIPE_PUBLISHABLE_KEY = billing.PUBLISHABLE_KEY
    settings.STRIPE_WEBHOOK_SECRET = billing.WEBHOOK_SECRET


# Reused from the billing tests' conftest; fixtures are functions pytest finds by name.
paid_cohort = billing.paid_cohort
accepted_place = billing.accepted_place


def stripe_list(stack: Stack, what: str, **params) -> list[dict]:
    response = requests.get(
        f"{stack.stripe.url}/v1/{what}",
        params=params,
        auth=(billing.SECRET_KEY, ""),
        timeout=10,
    )
    response.raise_for_status()
    return response.json()["data"]


def paid(place, admin, stack: Stack) -> Payment:
    """The fee paid at Stripe; the place waits for Stripe's webhook to be confirmed."""
    payment = services.cohort_fee_payment_open(user=admin, place=place)
    token = billing.card_token(stack.stripe.url)
    payment = services.cohort_fee_pay(user=admin, payment=payment, card_token=token)
    assert payment.status == PaymentStatus.SUCCEEDED
    return payment


def deliver(stack: Stack, event: dict) -> int:
    """Post a signed event to the running site, as Stripe does."""
    payload = json.dumps(event)
    response = requests.post(
        f"{stack.base}{reverse('stripe_webhook')}",
        data=payload,
        headers={
            "Content-Type": "application/json",
            "Stripe-Signature": billing.signature(payload),
        },
        timeout=30,
    )
    return response.status_code


def intent_event(payment: Payment, event_type: str = "payment_intent.succeeded") -> dict:
    intent = {"id": payment.stripe_payment_intent_id, "object": "payment_intent"}
    return billing.event_about(intent, event_type)


def charge_event(payment: Payment) -> dict:
    charge = {
        "id": payment.stripe_charge_id,
        "object": "charge",
        "payment_intent": payment.stripe_payment_intent_id,
    }
    return billing.event_about(charge, "charge.succeeded")


@contextmanager
def paused(service: Service):
    os.killpg(service.process.pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.killpg(service.process.pid, signal.SIGCONT)


def confirmations(place) -> int:
    return AuditEntry.objects.filter(action="cohort.place_paid", target_id=str(place.pk)).count()


# -- paying while Stripe is down ------------------------------------------------------------


def test_paying_while_stripe_is_down_says_so_takes_nothing_and_the_retry_pays_once(
    stack, accepted_place, supplier_admin
):
    client = Client()
    client.force_login(supplier_admin)
    url = reverse("frontend:cohort_fee", args=[accepted_place.pk])

    stack.stripe.kill()
    opened = client.get(url, follow=True)

    assert opened.redirect_chain == [(reverse("frontend:member_cohorts"), 302)]
    assert opened.status_code == 200
    assert UNAVAILABLE in opened.content.decode()
    account = BillingAccount.objects.get(organisation=accepted_place.organisation)
    assert (Payment.objects.count(), account.stripe_customer_id) == (0, "")

    stack.stripe.start()
    assert client.get(url).status_code == 200
    [payment] = Payment.objects.all()
    assert payment.status == PaymentStatus.REQUIRES_PAYMENT_METHOD
    token = billing.card_token(stack.stripe.url)

    stack.stripe.kill()
    refused = client.post(url, {"card_token": token})

    assert refused.status_code == 200
    assert UNAVAILABLE in refused.content.decode()
    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REQUIRES_PAYMENT_METHOD

    stack.stripe.start()
    retried = client.post(url, {"card_token": token})

    assert (retried.status_code, retried["Location"]) == (302, url)
    [payment] = Payment.objects.all()
    assert (payment.status, payment.amount_pence) == (PaymentStatus.SUCCEEDED, billing.FEE_PENCE)
    account.refresh_from_db()
    charges = stripe_list(stack, "charges")
    assert [(c["amount"], c["status"]) for c in charges] == [(billing.FEE_PENCE, "succeeded")]
    intents = [
        i
        for i in stripe_list(stack, "payment_intents")
        if i["customer"] == account.stripe_customer_id
    ]
    assert [intent["id"] for intent in intents] == [payment.stripe_payment_intent_id]


def test_a_stripe_that_stops_answering_gets_a_clear_message_before_the_worker_timeout(
    stack, accepted_place, supplier_admin, settings
):
    # Connections are accepted and nothing answers: each try waits out the read timeout.
    settings.STRIPE_READ_TIMEOUT = 1.0
    client = Client()
    client.force_login(supplier_admin)
    url = reverse("frontend:cohort_fee", args=[accepted_place.pk])

    with paused(stack.stripe):
        started = time.monotonic()
        opened = client.get(url, follow=True)
        waited = time.monotonic() - started

    assert UNAVAILABLE in opened.content.decode()
    # Each try, and the library's pauses between them (at most 0.5 s, then 1 s).
    assert waited < (NETWORK_RETRIES + 1) * settings.STRIPE_READ_TIMEOUT + 1.5 + 2
    assert Payment.objects.count() == 0


def test_a_payment_waiting_for_the_bank_still_shows_while_stripe_is_down(
    stack, accepted_place, supplier_admin
):
    client = Client()
    client.force_login(supplier_admin)
    url = reverse("frontend:cohort_fee", args=[accepted_place.pk])
    client.get(url)
    token = billing.card_token(stack.stripe.url, billing.NEEDS_AUTHENTICATION)
    client.post(url, {"card_token": token})
    [payment] = Payment.objects.all()
    assert payment.status == PaymentStatus.REQUIRES_ACTION

    stack.stripe.kill()
    page = client.get(url)

    assert page.status_code == 200
    html = page.content.decode()
    assert UNAVAILABLE in html
    assert 'data-client-secret=""' in html

    stack.stripe.start()
    page = client.get(url)
    assert UNAVAILABLE not in page.content.decode()
    assert f'data-client-secret="{payment.stripe_payment_intent_id}_secret' in page.content.decode()


# -- webhook events and the worker ----------------------------------------------------------


def test_events_stored_before_stripe_went_down_are_processed_once_when_it_returns(
    stack, accepted_place, supplier_admin
):
    stack.serving()
    payment = paid(accepted_place, supplier_admin, stack)

    with paused(stack.worker):
        events = [intent_event(payment), charge_event(payment)]
        assert [deliver(stack, event) for event in events] == [200, 200]
        stack.stripe.kill()

    def failed_while_down() -> bool:
        stored = StripeEvent.objects.all()
        return len(stored) == 2 and all(event.last_error == UNAVAILABLE for event in stored)

    wait_for(failed_while_down, timeout=30, what="both events to fail", services=[stack.worker])
    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.ACCEPTED

    stack.stripe.start()
    wait_for(
        lambda: StripeEvent.objects.filter(processed_at__isnull=True).count() == 0,
        timeout=45,
        what="both events to be processed",
        services=[stack.worker],
    )

    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.CONFIRMED
    assert confirmations(accepted_place) == 1
    assert [(e.type, e.last_error) for e in StripeEvent.objects.order_by("received_at")] == [
        ("payment_intent.succeeded", ""),
        ("charge.succeeded", ""),
    ]
    assert all(event.attempts >= 2 for event in StripeEvent.objects.all())
    [payment] = Payment.objects.all()
    assert payment.status == PaymentStatus.SUCCEEDED


@needs_postgresql
def test_a_worker_killed_while_processing_an_event_processes_it_exactly_once_after_restart(
    stack, accepted_place, supplier_admin
):
    stack.serving()
    payment = paid(accepted_place, supplier_admin, stack)
    event = intent_event(payment)

    # The worker claims the event, fetches the intent, then waits for the payment's row:
    # killed there, its claim has not been committed.
    with transaction.atomic():
        Payment.objects.select_for_update().get(pk=payment.pk)
        assert deliver(stack, event) == 200
        with connection.cursor() as cursor:
            wait_for(
                lambda: waiting_for_a_lock(cursor),
                timeout=30,
                what="the worker to wait for the payment's row",
                services=[stack.worker],
            )
        stack.worker.kill()

    [stored] = StripeEvent.objects.all()
    accepted_place.refresh_from_db()
    assert (stored.processed_at, stored.attempts) == (None, 0)
    assert accepted_place.status == EntryStatus.ACCEPTED

    stack.start_worker()
    wait_for(
        lambda: StripeEvent.objects.filter(processed_at__isnull=False).exists(),
        timeout=45,
        what="the event to be processed after the restart",
        services=[stack.worker],
    )
    # Stripe delivers the same event again, as it does until it hears 200 in time.
    assert deliver(stack, event) == 200

    [stored] = StripeEvent.objects.all()
    accepted_place.refresh_from_db()
    assert stored.attempts == 1
    assert accepted_place.status == EntryStatus.CONFIRMED
    assert confirmations(accepted_place) == 1
