"""localstripe itself signs and sends the webhooks, to a live server, as Stripe would."""

import time

import pytest
from django.test import Client
from django.urls import reverse

from marketplace.billing import memberships
from marketplace.billing.models import StripeEvent, SubscriptionStatus
from marketplace.cohorts.models import EntryStatus
from tests.billing.conftest import card_token, register_webhook, stripe_api

pytestmark = pytest.mark.django_db(transaction=True)

# What the Stripe dashboard's endpoint would subscribe to.
EVENTS = [
    "payment_intent.succeeded",
    "payment_intent.payment_failed",
    "invoice.created",
    "invoice.payment_succeeded",
    "invoice.payment_failed",
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
]


@pytest.fixture
def webhooks_to_live_server(localstripe, live_server):
    # localstripe sends each event a second after it happens, to whoever is registered then:
    # let earlier tests' events go out to nobody before this test's server listens.
    time.sleep(1.5)
    register_webhook(localstripe, live_server.url + reverse("stripe_webhook"), EVENTS)
    yield
    # Later tests have no server here: send nothing rather than fail to connect.
    register_webhook(localstripe, "http://127.0.0.1:9/", ["launchpad.nothing"])


def processed(*event_types: str):
    def check() -> bool:
        done = StripeEvent.objects.filter(type__in=event_types, processed_at__isnull=False)
        return set(done.values_list("type", flat=True)) == set(event_types)

    check.__doc__ = f"localstripe's {', '.join(event_types)} processed"
    return check


def eventually(check, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"Still not true after {timeout:.0f} s: {check.__doc__}")
        time.sleep(0.2)


def test_the_webhook_localstripe_sends_confirms_the_paid_place(
    webhooks_to_live_server, localstripe, accepted_place, supplier_admin
):
    client = Client()
    client.force_login(supplier_admin)
    url = reverse("frontend:cohort_fee", args=[accepted_place.pk])
    client.get(url)

    client.post(url, {"card_token": card_token(localstripe)})

    def place_confirmed():
        accepted_place.refresh_from_db()
        return accepted_place.status == EntryStatus.CONFIRMED

    eventually(processed("payment_intent.succeeded"))
    assert place_confirmed()
    assert "Paid. Your place" in client.get(url).content.decode()


def test_the_webhooks_localstripe_sends_follow_a_membership_to_its_end(
    webhooks_to_live_server, localstripe, supplier, supplier_admin, supplier_plan
):
    member = memberships.membership_subscribe(
        user=supplier_admin,
        organisation=supplier,
        plan=supplier_plan,
        card_token=card_token(localstripe),
    )
    assert member.status == SubscriptionStatus.ACTIVE

    stripe_api(localstripe, "DELETE", f"/v1/subscriptions/{member.stripe_subscription_id}")

    eventually(
        processed(
            "customer.subscription.created",
            "invoice.created",
            "invoice.payment_succeeded",
            "payment_intent.succeeded",  # the invoice's own intent: not a cohort fee, ignored
            "customer.subscription.deleted",
        )
    )
    member.refresh_from_db()
    assert member.status == SubscriptionStatus.CANCELED
    assert StripeEvent.objects.filter(processed_at__isnull=True).count() == 0
