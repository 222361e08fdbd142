"""Billing tests run against a real localstripe process, started once per test session.

Nothing here mocks Stripe: the official library talks HTTP to localstripe on loopback, and
webhooks are signed with the scheme Stripe uses.
"""

import hashlib
import hmac
import json
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests
from django.urls import reverse

from marketplace.billing.models import MembershipPlan
from marketplace.cohorts import services as cohort_services
from marketplace.cohorts.models import CohortSupplier

SECRET_KEY = "sk_test_launchpad_billing_tests"
PUBLISHABLE_KEY = "pk_test_launchpad_billing_tests"
WEBHOOK_SECRET = "whsec_launchpad_billing_tests"
FEE_PENCE = 45_000

VISA = "4242424242424242"
DECLINED = "4000000000000002"  # declined when saved to the customer
DECLINED_ON_CHARGE = "4000000000000341"  # saved fine, declined when charged
NEEDS_AUTHENTICATION = "4000002500003155"

# localstripe's own server, bound to loopback only (its command line listens on every address).
SERVE = """
import sys
from aiohttp import web
from localstripe.server import app
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None)
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_answering(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"localstripe exited with {process.returncode}:\n{log.read_text()}")
        try:
            if requests.get(f"{url}/js.stripe.com/v3/", timeout=1).status_code == 200:
                return
        except requests.ConnectionError:
            time.sleep(0.1)
    pytest.fail(f"localstripe did not answer on {url} within 30 s:\n{log.read_text()}")


@pytest.fixture(scope="session")
def localstripe(tmp_path_factory) -> str:
    """The base URL of a localstripe server for this test session."""
    port = _free_port()
    log = tmp_path_factory.mktemp("localstripe") / "localstripe.log"
    with log.open("w") as output:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter running localstripe
            [sys.executable, "-c", SERVE, str(port)], stdout=output, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_answering(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(autouse=True)
def stripe_settings(settings, localstripe):
    settings.STRIPE_API_BASE = localstripe
    settings.STRIPE_JS_URL = f"{localstripe}/js.stripe.com/v3/"
    settings.STRIPE_SECRET_KEY = SECRET_KEY
    settings.STRIPE_PUBLISHABLE_KEY = PUBLISHABLE_KEY
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    return settings


# -- Stripe.js and Stripe's webhooks, as tests need them ------------------------------------


def card_token(localstripe: str, number: str = VISA) -> str:
    """What Stripe.js does with the card form: the card goes to Stripe, a token comes back."""
    response = requests.post(
        f"{localstripe}/v1/tokens",
        data={
            "card[number]": number,
            "card[exp_month]": "12",
            "card[exp_year]": "2034",
            "card[cvc]": "123",
            "key": PUBLISHABLE_KEY,
        },
        timeout=10,
    )
    response.raise_for_status()
    return response.json()["id"]


def authenticate(localstripe: str, intent_id: str, client_secret: str, *, success: bool) -> None:
    """What the bank's 3-D Secure prompt does, as localstripe's Stripe.js runs it."""
    response = requests.post(
        f"{localstripe}/v1/payment_intents/{intent_id}/_authenticate",
        params={"success": "true" if success else "false"},
        json={"key": PUBLISHABLE_KEY, "client_secret": client_secret},
        timeout=10,
    )
    response.raise_for_status()


def stripe_api(localstripe: str, method: str, path: str, **data) -> dict:
    """Stripe's API as Stripe itself would act on it: renewals, cancellations at period end."""
    response = requests.request(
        method, f"{localstripe}{path}", data=data, auth=(SECRET_KEY, ""), timeout=10
    )
    response.raise_for_status()
    return response.json()


def signature(payload: str, *, secret: str = WEBHOOK_SECRET, timestamp: int | None = None) -> str:
    """The Stripe-Signature header: t=<unix time>,v1=HMAC-SHA256(secret, "<t>.<payload>")."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(
        secret.encode(), f"{timestamp}.{payload}".encode(), hashlib.sha256
    ).hexdigest()
    return f"t={timestamp},v1={digest}"


def event_about(obj: dict, event_type: str, *, event_id: str | None = None) -> dict:
    return {
        "id": event_id or f"evt_test_{uuid.uuid4().hex[:16]}",
        "object": "event",
        "type": event_type,
        "created": int(time.time()),
        "livemode": False,
        "data": {"object": obj},
    }


def post_event(client, event: dict, **signing):
    payload = json.dumps(event)
    return client.post(
        reverse("stripe_webhook"),
        data=payload,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=signature(payload, **signing),
    )


@pytest.fixture
def deliver(client, django_capture_on_commit_callbacks):
    """Post a signed event as Stripe would, and run what the webhook queued after commit."""

    def post(event: dict, **signing):
        with django_capture_on_commit_callbacks(execute=True):
            return post_event(client, event, **signing)

    return post


def register_webhook(localstripe: str, url: str, events: list[str]) -> None:
    """Have localstripe sign and send these events to `url`, as a Stripe endpoint would."""
    response = requests.post(
        f"{localstripe}/_config/webhooks/launchpad-tests",
        json={"url": url, "secret": WEBHOOK_SECRET, "events": events},
        timeout=10,
    )
    response.raise_for_status()


# -- the domain -----------------------------------------------------------------------------


@pytest.fixture
def paid_cohort(staff_user):
    return cohort_services.cohort_create(
        user=staff_user, name="Damp and mould 2027", fee_pence=FEE_PENCE
    )


@pytest.fixture
def accepted_place(staff_user, paid_cohort, supplier) -> CohortSupplier:
    place = cohort_services.cohort_invite_supplier(
        user=staff_user, cohort=paid_cohort, organisation=supplier
    )
    return cohort_services.cohort_accept_supplier(user=staff_user, place=place)


@pytest.fixture
def supplier_plan(db) -> MembershipPlan:
    # Seeded by a data migration; transactional tests flush it, so make sure it is there.
    plan, _ = MembershipPlan.objects.get_or_create(
        code="supplier-small-annual",
        defaults={
            "name": "Supplier membership (fewer than 50 staff)",
            "organisation_kind": "supplier",
            "amount_pence": 50_000,
        },
    )
    return plan
