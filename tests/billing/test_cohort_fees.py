"""Paying a cohort fee against localstripe: the place is confirmed by Stripe's webhook only."""

import pytest

from marketplace.billing import gateway, services
from marketplace.billing.gateway import PaymentDeclined
from marketplace.billing.models import Payment, PaymentStatus, StripeEvent
from marketplace.cohorts import services as cohort_services
from marketplace.cohorts.models import EntryStatus
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.models import AuditEntry
from tests.billing.conftest import (
    DECLINED,
    DECLINED_ON_CHARGE,
    FEE_PENCE,
    NEEDS_AUTHENTICATION,
    authenticate,
    card_token,
    event_about,
)

pytestmark = pytest.mark.django_db


def intent_event(intent_id: str, event_type: str = "payment_intent.succeeded", **kwargs) -> dict:
    # What Stripe sends: the event's copy of the intent. Launchpad fetches the intent anew.
    return event_about({"id": intent_id, "object": "payment_intent"}, event_type, **kwargs)


def test_opening_the_payment_twice_reuses_one_payment_intent(accepted_place, supplier_admin):
    first = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)
    second = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)

    assert second.pk == first.pk
    assert Payment.objects.count() == 1
    intent = gateway.payment_intent_retrieve(first.stripe_payment_intent_id)
    assert (intent.amount, intent.currency, intent.status) == (
        FEE_PENCE,
        "gbp",
        "requires_payment_method",
    )
    assert intent.metadata["launchpad_place"] == str(accepted_place.pk)
    assert first.status == PaymentStatus.REQUIRES_PAYMENT_METHOD


def test_a_paid_fee_confirms_the_place_only_when_the_signed_webhook_arrives(
    deliver, localstripe, accepted_place, supplier_admin
):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)

    paid = services.cohort_fee_pay(
        user=supplier_admin, payment=payment, card_token=card_token(localstripe)
    )

    assert paid.status == PaymentStatus.SUCCEEDED
    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.ACCEPTED

    response = deliver(intent_event(payment.stripe_payment_intent_id))

    assert response.status_code == 200
    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.CONFIRMED
    assert StripeEvent.objects.get().processed_at is not None
    assert AuditEntry.objects.filter(action="cohort.place_paid").count() == 1


def test_a_declined_card_takes_nothing_and_the_retry_reuses_the_intent(
    deliver, localstripe, accepted_place, supplier_admin
):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)

    with pytest.raises(PaymentDeclined, match="declined"):
        services.cohort_fee_pay(
            user=supplier_admin, payment=payment, card_token=card_token(localstripe, DECLINED)
        )

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.REQUIRES_PAYMENT_METHOD
    assert not payment.is_paid

    services.cohort_fee_pay(
        user=supplier_admin, payment=payment, card_token=card_token(localstripe)
    )
    deliver(intent_event(payment.stripe_payment_intent_id))

    assert Payment.objects.get().status == PaymentStatus.SUCCEEDED
    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.CONFIRMED


def test_a_card_declined_when_charged_is_shown_as_failed_then_paid_once_with_another(
    deliver, localstripe, accepted_place, supplier_admin
):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)

    with pytest.raises(PaymentDeclined):
        services.cohort_fee_pay(
            user=supplier_admin,
            payment=payment,
            card_token=card_token(localstripe, DECLINED_ON_CHARGE),
        )

    payment.refresh_from_db()
    assert payment.status == PaymentStatus.FAILED
    assert payment.failure_message == "Your card was declined."
    deliver(intent_event(payment.stripe_payment_intent_id, "payment_intent.payment_failed"))
    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.ACCEPTED

    paid = services.cohort_fee_pay(
        user=supplier_admin, payment=payment, card_token=card_token(localstripe)
    )
    deliver(intent_event(paid.stripe_payment_intent_id))

    statuses = sorted(Payment.objects.values_list("status", flat=True))
    assert statuses.count(PaymentStatus.SUCCEEDED) == 1
    assert set(statuses) <= {PaymentStatus.SUCCEEDED, PaymentStatus.CANCELED}
    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.CONFIRMED


def test_a_card_needing_authentication_waits_for_the_bank_then_pays(
    deliver, localstripe, accepted_place, supplier_admin
):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)

    pending = services.cohort_fee_pay(
        user=supplier_admin,
        payment=payment,
        card_token=card_token(localstripe, NEEDS_AUTHENTICATION),
    )

    assert pending.status == PaymentStatus.REQUIRES_ACTION
    secret = services.payment_action_secret(user=supplier_admin, payment=pending)
    assert secret.startswith(payment.stripe_payment_intent_id)

    authenticate(localstripe, payment.stripe_payment_intent_id, secret, success=True)
    deliver(intent_event(payment.stripe_payment_intent_id))

    payment.refresh_from_db()
    accepted_place.refresh_from_db()
    assert payment.status == PaymentStatus.SUCCEEDED
    assert accepted_place.status == EntryStatus.CONFIRMED


def test_failed_authentication_is_shown_and_the_intent_can_be_paid_again(
    deliver, localstripe, accepted_place, supplier_admin
):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)
    services.cohort_fee_pay(
        user=supplier_admin,
        payment=payment,
        card_token=card_token(localstripe, NEEDS_AUTHENTICATION),
    )
    secret = services.payment_action_secret(user=supplier_admin, payment=payment)

    authenticate(localstripe, payment.stripe_payment_intent_id, secret, success=False)
    refreshed = services.payment_refresh(payment=payment)

    assert refreshed.status == PaymentStatus.FAILED
    assert "authentication" in refreshed.failure_message
    paid = services.cohort_fee_pay(
        user=supplier_admin, payment=refreshed, card_token=card_token(localstripe)
    )
    assert paid.pk == payment.pk
    assert paid.status == PaymentStatus.SUCCEEDED


def test_the_same_webhook_twice_and_a_stale_one_late_leave_one_paid_record(
    deliver, localstripe, accepted_place, supplier_admin
):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)
    with pytest.raises(PaymentDeclined):
        services.cohort_fee_pay(
            user=supplier_admin, payment=payment, card_token=card_token(localstripe, DECLINED)
        )
    services.cohort_fee_pay(
        user=supplier_admin, payment=payment, card_token=card_token(localstripe)
    )
    succeeded = intent_event(payment.stripe_payment_intent_id, event_id="evt_test_succeeded")
    failed_earlier = intent_event(
        payment.stripe_payment_intent_id,
        "payment_intent.payment_failed",
        event_id="evt_test_failed_earlier",
    )

    responses = [deliver(event) for event in (succeeded, succeeded, failed_earlier)]

    assert [r.status_code for r in responses] == [200, 200, 200]
    assert Payment.objects.count() == 1
    assert Payment.objects.get().status == PaymentStatus.SUCCEEDED
    assert StripeEvent.objects.count() == 2
    assert StripeEvent.objects.filter(processed_at__isnull=True).count() == 0
    assert StripeEvent.objects.get(stripe_id="evt_test_succeeded").attempts == 1
    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.CONFIRMED
    assert AuditEntry.objects.filter(action="cohort.place_paid").count() == 1


def test_a_payment_lost_before_it_was_recorded_is_rebuilt_from_the_webhook(
    deliver, localstripe, accepted_place, supplier_admin
):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)
    services.cohort_fee_pay(
        user=supplier_admin, payment=payment, card_token=card_token(localstripe)
    )
    intent_id = payment.stripe_payment_intent_id
    Payment.objects.all().delete()  # as if the request had died after Stripe answered

    deliver(intent_event(intent_id))

    rebuilt = Payment.objects.get()
    assert (rebuilt.stripe_payment_intent_id, rebuilt.status) == (intent_id, "succeeded")
    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.CONFIRMED


def test_only_the_suppliers_admins_pay(accepted_place, supplier_member, other_supplier_admin):
    for user in (supplier_member, other_supplier_admin):
        with pytest.raises(NotAllowed):
            services.cohort_fee_payment_open(user=user, place=accepted_place)

    assert Payment.objects.count() == 0


def test_an_invited_place_has_nothing_to_pay_yet(accepted_place, supplier_admin):
    accepted_place.status = EntryStatus.INVITED
    accepted_place.save()

    with pytest.raises(DomainError, match="no fee to pay: the place is invited"):
        services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)

    assert Payment.objects.count() == 0


def test_a_free_cohort_has_no_fee(staff_user, supplier, supplier_admin):
    cohort = cohort_services.cohort_create(user=staff_user, name="Free 2027")
    place = cohort_services.cohort_invite_supplier(
        user=staff_user, cohort=cohort, organisation=supplier
    )
    place = cohort_services.cohort_accept_supplier(user=staff_user, place=place)

    with pytest.raises(DomainError, match="has no participation fee"):
        services.cohort_fee_payment_open(user=supplier_admin, place=place)

    assert place.status == EntryStatus.CONFIRMED
    assert Payment.objects.count() == 0
