"""Replaying stored events from the admin, and Stripe settings that refuse to take money."""

from io import StringIO

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from marketplace.billing import gateway, services
from marketplace.billing.models import MembershipPlan, Payment, PaymentStatus, StripeEvent
from marketplace.cohorts.models import EntryStatus
from tests.billing.conftest import card_token, event_about

pytestmark = pytest.mark.django_db


def test_replaying_a_stored_event_from_the_admin_mirrors_stripe_again(
    deliver,
    django_capture_on_commit_callbacks,
    localstripe,
    accepted_place,
    supplier_admin,
    staff_user,
):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)
    services.cohort_fee_pay(
        user=supplier_admin, payment=payment, card_token=card_token(localstripe)
    )
    deliver(
        event_about(
            {"id": payment.stripe_payment_intent_id, "object": "payment_intent"},
            "payment_intent.succeeded",
        )
    )
    # Someone broke the records by hand; the replay puts back what Stripe says.
    Payment.objects.update(status=PaymentStatus.PROCESSING)
    event = StripeEvent.objects.get()
    staff_user.is_superuser = True
    staff_user.save()
    client = Client()
    client.force_login(staff_user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:billing_stripeevent_changelist"),
            {"action": "replay", "_selected_action": [event.pk]},
        )

    assert response.status_code == 302
    event.refresh_from_db()
    assert event.attempts == 2
    assert event.processed_at is not None
    assert Payment.objects.get().status == PaymentStatus.SUCCEEDED
    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.CONFIRMED


@pytest.mark.parametrize("name", ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"])
def test_placeholder_keys_are_refused_against_a_real_stripe(settings, name):
    settings.STRIPE_API_BASE = "https://api.stripe.com"
    settings.STRIPE_SECRET_KEY = "sk_live_real"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_live_real"
    settings.STRIPE_WEBHOOK_SECRET = "whsec_real"
    setattr(
        settings,
        name,
        {"STRIPE_SECRET_KEY": "sk_test_launchpad_local"}.get(name, "whsec_launchpad_local"),
    )

    with pytest.raises(ImproperlyConfigured, match=name):
        gateway.require_real_keys()


def test_placeholder_keys_are_fine_against_localstripe_on_loopback(settings):
    settings.STRIPE_SECRET_KEY = "sk_test_launchpad_local"
    settings.STRIPE_WEBHOOK_SECRET = "whsec_launchpad_local"

    gateway.require_real_keys()


def test_the_local_setup_points_localstripe_at_the_site_and_creates_the_plans(localstripe):
    output = StringIO()

    call_command("billing_local_setup", site="http://127.0.0.1:9", stdout=output)

    assert "sends webhooks to http://127.0.0.1:9/billing/stripe/webhook/" in output.getvalue()
    assert sorted(MembershipPlan.objects.values_list("stripe_plan_id", flat=True)) == [
        "launchpad-provider-annual-120000gbp-year",
        "launchpad-supplier-annual-150000gbp-year",
        "launchpad-supplier-small-annual-50000gbp-year",
    ]
    assert (
        gateway.plan_ensure(
            plan_id="launchpad-supplier-annual-150000gbp-year",
            name="Supplier membership",
            amount=150_000,
            currency="gbp",
            interval="year",
        )
        == "launchpad-supplier-annual-150000gbp-year"
    )


def test_the_local_setup_refuses_a_real_stripe(settings):
    settings.STRIPE_API_BASE = "https://api.stripe.com"

    with pytest.raises(CommandError, match="not localstripe"):
        call_command("billing_local_setup")
