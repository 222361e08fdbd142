"""Billing services: the organisation's Stripe customer, cohort fees and refunds.

Stripe is the source of truth for money. Every change here goes through Stripe first and
is then mirrored from what Stripe answers; webhooks mirror the same objects again, so a
lost, repeated or late webhook leaves the records agreeing with Stripe.
"""

import logging
import re

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from marketplace.billing import gateway
from marketplace.billing.contracts import PaymentIntentState
from marketplace.billing.gateway import PaymentDeclined, StripeRefused
from marketplace.billing.models import (
    PAID_STATUSES,
    PAYABLE_STATUSES,
    BillingAccount,
    Payment,
    PaymentStatus,
    Refund,
)
from marketplace.cohorts.models import CohortSupplier, EntryStatus
from marketplace.cohorts.services import cohort_place_paid
from marketplace.core.audit import audit_record, snapshot
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.money import pounds
from marketplace.core.outbox import task_queue_on_commit
from marketplace.core.validators import full_clean, storable_text_errors
from marketplace.organisations.models import Organisation, Role
from marketplace.organisations.services import require_role

logger = logging.getLogger(__name__)

BILLING_FIELDS = [
    "billing_email",
    "address_line1",
    "address_line2",
    "city",
    "postal_code",
    "country",
]
# Queued by name (marketplace.billing.tasks registers it), so this module never imports its
# tasks. The name is stored in beat schedules and deferred tasks: it never changes.
PUSH_BILLING_DETAILS = "marketplace.billing.tasks.push_billing_details"
# Stripe keeps at most 500 characters in a metadata value.
METADATA_MAX = 500


# -- the billing account --------------------------------------------------------------------


def billing_account_of(organisation: Organisation) -> BillingAccount:
    account, _ = BillingAccount.objects.get_or_create(organisation=organisation)
    return account


@transaction.atomic
def billing_account_update(*, user, organisation: Organisation, **fields) -> BillingAccount:
    require_role(user=user, organisation=organisation, role=Role.ADMIN)
    billing_account_of(organisation)
    account = BillingAccount.objects.select_for_update().get(organisation=organisation)
    before = snapshot(account, BILLING_FIELDS)
    for name, value in fields.items():
        if name not in BILLING_FIELDS:
            raise ValidationError({name: "This field cannot be set."})
        setattr(account, name, value.strip() if isinstance(value, str) else value)
    if isinstance(account.postal_code, str):
        account.postal_code = _tidy_postcode(account.postal_code)
    full_clean(account, exclude=["organisation", "stripe_customer_id"])
    _require_whole_address(account)
    account.save()
    audit_record(
        actor=user,
        action="billing.account_update",
        target=account,
        organisation=organisation,
        before=before,
        after=snapshot(account, BILLING_FIELDS),
    )
    if account.stripe_customer_id:
        task_queue_on_commit(PUSH_BILLING_DETAILS, account.pk)
    return account


def _tidy_postcode(postcode: str) -> str:
    compact = re.sub(r"\s+", "", postcode).upper()
    return f"{compact[:-3]} {compact[-3:]}" if len(compact) > 3 else compact


def _require_whole_address(account: BillingAccount) -> None:
    errors = {}
    if not account.billing_email:
        errors["billing_email"] = "Enter the e-mail address that should receive receipts."
    if any(getattr(account, name) for name in ("address_line1", "city", "postal_code")):
        for name, label in (
            ("address_line1", "the first line of the address"),
            ("city", "the town or city"),
            ("postal_code", "the postcode"),
        ):
            if not getattr(account, name):
                errors[name] = f"Enter {label}, or leave the whole address empty."
    if errors:
        raise ValidationError(errors)


def _address(account: BillingAccount) -> dict | None:
    if not account.address_line1:
        return None
    address = {
        "line1": account.address_line1,
        "line2": account.address_line2,
        "city": account.city,
        "postal_code": account.postal_code,
        "country": account.country,
    }
    return {key: value for key, value in address.items() if value}


def billing_customer_ensure(*, organisation: Organisation) -> str:
    """The organisation's Stripe customer id, creating the customer on first need."""
    account = billing_account_of(organisation)
    if account.stripe_customer_id:
        return account.stripe_customer_id
    with transaction.atomic():
        account = BillingAccount.objects.select_for_update().get(pk=account.pk)
        if not account.stripe_customer_id:
            account.stripe_customer_id = gateway.customer_create(
                name=organisation.name,
                email=account.billing_email,
                address=_address(account),
                metadata={"organisation_id": str(organisation.pk), "slug": organisation.slug},
                idempotency_key=f"customer-{account.pk}-{account.created_at.timestamp():.0f}",
            )
            account.save(update_fields=["stripe_customer_id", "updated_at"])
    return account.stripe_customer_id


def billing_details_push(*, account_id: int) -> None:
    """Copy the billing e-mail and address to the Stripe customer, for receipts and invoices."""
    account = BillingAccount.objects.select_related("organisation").get(pk=account_id)
    if account.stripe_customer_id:
        gateway.customer_update(
            account.stripe_customer_id,
            name=account.organisation.name,
            email=account.billing_email,
            address=_address(account),
        )


# -- cohort fees ----------------------------------------------------------------------------


def cohort_fee_payment_open(*, user, place: CohortSupplier) -> Payment:
    """The place's payment, starting a PaymentIntent on first need and reusing it after.

    Reusing the open intent means a retry, a reload or a double click never makes a second
    charge possible: one place, one intent, until that intent is cancelled.
    """
    require_role(user=user, organisation=place.organisation, role=Role.ADMIN)
    latest = place.payments.order_by("-attempt").first()
    if latest is not None and latest.status != PaymentStatus.CANCELED:
        return latest
    _require_fee_due(place)
    customer_id = billing_customer_ensure(organisation=place.organisation)
    try:
        with transaction.atomic():
            locked = (
                CohortSupplier.objects.select_for_update()
                .select_related("cohort", "organisation")
                .get(pk=place.pk)
            )
            latest = locked.payments.order_by("-attempt").first()
            if latest is not None and latest.status != PaymentStatus.CANCELED:
                return latest
            _require_fee_due(locked)
            attempt = latest.attempt + 1 if latest else 1
            return _payment_start(user, locked, customer_id, attempt)
    except IntegrityError:
        # Another request started the same attempt a moment ago: use that one.
        return place.payments.latest("attempt")


def _require_fee_due(place: CohortSupplier) -> None:
    if place.cohort.fee_pence == 0:
        raise DomainError(f"{place.cohort.name} has no participation fee.", code="wrong_state")
    if place.status != EntryStatus.ACCEPTED:
        raise DomainError(
            f"There is no fee to pay: the place is {place.get_status_display().lower()}.",
            code="wrong_state",
        )


def _payment_start(user, place: CohortSupplier, customer_id: str, attempt: int) -> Payment:
    cohort = place.cohort
    # Tied to this place and attempt, so Stripe answers a repeated request with the same intent.
    key = f"cohort-fee-{place.pk}-{place.added_at.timestamp():.0f}-{attempt}"
    payment = Payment.objects.create(
        organisation=place.organisation,
        place=place,
        attempt=attempt,
        description=f"Participation fee for {cohort.name}",
        amount_pence=cohort.fee_pence,
        currency=cohort.currency,
        idempotency_key=key,
        started_by=user,
    )
    state = gateway.payment_intent_create(
        amount=cohort.fee_pence,
        currency=cohort.currency,
        customer=customer_id,
        metadata={
            "description": payment.description[:METADATA_MAX],
            "launchpad_payment": str(payment.pk),
            "launchpad_place": str(place.pk),
            "launchpad_attempt": str(attempt),
            "organisation_id": str(place.organisation_id),
        },
        idempotency_key=key,
    )
    payment.stripe_payment_intent_id = state.id
    payment.save(update_fields=["stripe_payment_intent_id", "updated_at"])
    payment = payment_mirror(payment_id=payment.pk, state=state)
    audit_record(
        actor=user,
        action="billing.payment_start",
        target=payment,
        organisation=place.organisation,
        after={"amount_pence": payment.amount_pence, "intent": state.id},
    )
    return payment


def cohort_fee_pay(*, user, payment: Payment, card_token: str) -> Payment:
    """Pay with the card behind a Stripe.js token. The place is confirmed by the webhook.

    A declined card raises PaymentDeclined; a decline at the charge (rather than when the
    card is saved) is recorded on the payment first, as Stripe records it on the intent.
    """
    require_role(user=user, organisation=payment.organisation, role=Role.ADMIN)
    if payment.status not in PAYABLE_STATUSES:
        raise DomainError(
            f"This payment is {payment.get_status_display().lower()}: there is nothing to pay.",
            code="wrong_state",
        )
    customer_id = billing_customer_ensure(organisation=payment.organisation)
    card_id = gateway.card_attach(customer_id, card_token)
    try:
        state = gateway.payment_intent_confirm(
            payment.stripe_payment_intent_id, payment_method=card_id
        )
    except PaymentDeclined:
        payment_refresh(payment=payment)
        raise
    except StripeRefused:
        return _pay_on_a_fresh_intent(user, payment, card_id)
    return payment_mirror(payment_id=payment.pk, state=state)


def _pay_on_a_fresh_intent(user, payment: Payment, card_id: str) -> Payment:
    # Stripe lets a declined intent be confirmed again with another card; localstripe does
    # not. Cancelling it before opening the next keeps to one chargeable intent per place.
    state = gateway.payment_intent_retrieve(payment.stripe_payment_intent_id)
    if not state.charge_failed:
        raise StripeRefused("Stripe would not take this payment. Reload the page and try again.")
    payment_mirror(
        payment_id=payment.pk, state=gateway.payment_intent_cancel(payment.stripe_payment_intent_id)
    )
    fresh = cohort_fee_payment_open(user=user, place=payment.place)
    try:
        state = gateway.payment_intent_confirm(
            fresh.stripe_payment_intent_id, payment_method=card_id
        )
    except PaymentDeclined:
        payment_refresh(payment=fresh)
        raise
    return payment_mirror(payment_id=fresh.pk, state=state)


def payment_action_secret(*, user, payment: Payment) -> str:
    """Refresh the payment; while the bank wants the payer to act, the secret Stripe.js needs.

    The client secret is never stored: it lets whoever holds it complete the payment.
    """
    require_role(user=user, organisation=payment.organisation, role=Role.ADMIN)
    state = gateway.payment_intent_retrieve(payment.stripe_payment_intent_id)
    payment_mirror(payment_id=payment.pk, state=state)
    return state.client_secret if state.status == "requires_action" else ""


def payment_refresh(*, payment: Payment) -> Payment:
    """Mirror the payment's current state from Stripe, for showing it; confirms nothing."""
    state = gateway.payment_intent_retrieve(payment.stripe_payment_intent_id)
    return payment_mirror(payment_id=payment.pk, state=state)


@transaction.atomic
def payment_mirror(*, payment_id: int, state: PaymentIntentState) -> Payment:
    payment = Payment.objects.select_for_update().get(pk=payment_id)
    refunded = max(payment.amount_refunded_pence, state.amount_refunded)
    status = _payment_status(state, refunded)
    if payment.is_paid and status not in PAID_STATUSES:
        # Stripe never un-pays an intent, so this is a read from before the payment:
        # a slower webhook worker finishing after a faster one. Keep what we know.
        return payment
    payment.status = status
    payment.amount_pence = state.amount
    payment.amount_refunded_pence = refunded
    payment.stripe_charge_id = state.charge_id or payment.stripe_charge_id
    payment.receipt_url = state.receipt_url or payment.receipt_url
    payment.failure_message = state.failure_message if status == PaymentStatus.FAILED else ""
    if payment.is_paid and payment.paid_at is None:
        payment.paid_at = timezone.now()
    payment.save()
    return payment


def _payment_status(state: PaymentIntentState, refunded: int) -> str:
    if state.status == "succeeded":
        if refunded >= state.amount:
            return PaymentStatus.REFUNDED
        return PaymentStatus.PARTIALLY_REFUNDED if refunded else PaymentStatus.SUCCEEDED
    if state.status == "requires_payment_method" and state.failure_message:
        return PaymentStatus.FAILED
    if state.status == "requires_capture":
        return PaymentStatus.PROCESSING
    return PaymentStatus(state.status)


def payment_intent_sync(*, intent_id: str) -> Payment | None:
    """Mirror a PaymentIntent from Stripe and confirm the place once it has succeeded.

    For webhook events only: a place is confirmed because Stripe says the payment went
    through, never because a browser came back from the payment page.
    """
    state = gateway.payment_intent_retrieve(intent_id)
    payment = _payment_for_intent(state)
    if payment is None:
        return None
    payment = payment_mirror(payment_id=payment.pk, state=state)
    if state.status == "succeeded":
        cohort_place_paid(payment=payment)
    return payment


def _payment_for_intent(state: PaymentIntentState) -> Payment | None:
    payment = Payment.objects.filter(stripe_payment_intent_id=state.id).first()
    if payment is not None:
        return payment
    # Not recorded here: either not a cohort fee (an invoice's intent), or the request that
    # created it failed after Stripe answered. Rebuild the record from the intent's metadata,
    # trusting it only if the intent is billed to that place's organisation.
    place_id = _int(state.metadata.get("launchpad_place"))
    place = (
        CohortSupplier.objects.filter(pk=place_id)
        .select_related("cohort", "organisation__billing_account")
        .first()
        if place_id is not None
        else None
    )
    attempt = _int(state.metadata.get("launchpad_attempt"))
    if place is None or attempt is None or not _billed_to(place.organisation, state.customer):
        return None
    payment, created = Payment.objects.get_or_create(
        place=place,
        attempt=attempt,
        defaults={
            "organisation_id": place.organisation_id,
            "description": f"Participation fee for {place.cohort.name}",
            "amount_pence": state.amount,
            "currency": state.currency,
            "idempotency_key": f"recovered-{state.id}",
            "stripe_payment_intent_id": state.id,
        },
    )
    if not created and payment.stripe_payment_intent_id != state.id:
        logger.warning(
            "Intent %s claims payment attempt %s of place %s", state.id, attempt, place.pk
        )
        return None
    return payment


def _billed_to(organisation: Organisation, customer_id: str) -> bool:
    account = getattr(organisation, "billing_account", None)
    return bool(customer_id) and account is not None and account.stripe_customer_id == customer_id


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


# -- refunds --------------------------------------------------------------------------------


def payment_refund(*, user, payment: Payment, amount_pence: int, reason: str) -> Refund:
    """Refund part or all of a paid fee; never more than is left after earlier refunds."""
    if not user.is_staff:
        raise NotAllowed("Only programme staff may refund payments.")
    reason = reason.strip()
    errors = {}
    if not reason:
        errors["reason"] = "Say why the payment is refunded."
    if amount_pence <= 0:
        errors["amount_pence"] = "Enter an amount of at least 1p."
    # Checked before Stripe is asked: the refund must not be made and then fail to be recorded.
    errors |= storable_text_errors(reason=reason)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        # The row lock keeps two staff from both refunding the last of the same payment.
        Payment.objects.select_for_update().get(pk=payment.pk)
        payment = payment_refresh(payment=payment)
        _require_refundable(payment, amount_pence)
        before = snapshot(payment, ["status", "amount_refunded_pence"])
        number = payment.refunds.count() + 1
        result = gateway.refund_create(
            payment_intent=payment.stripe_payment_intent_id,
            amount=amount_pence,
            metadata={"reason": reason[:METADATA_MAX], "launchpad_payment": str(payment.pk)},
            idempotency_key=f"refund-{payment.idempotency_key}-{number}",
        )
        refund = Refund.objects.create(
            payment=payment,
            stripe_refund_id=result.id,
            amount_pence=result.amount,
            reason=reason,
            status=result.status,
            created_by=user,
        )
        payment = payment_refresh(payment=payment)
        audit_record(
            actor=user,
            action="billing.refund",
            target=payment,
            organisation=payment.organisation,
            before=before,
            after=snapshot(payment, ["status", "amount_refunded_pence"]),
            reason=reason,
        )
    return refund


def _require_refundable(payment: Payment, amount_pence: int) -> None:
    if not payment.is_paid:
        raise DomainError(
            f"Only a paid fee can be refunded; this one is {payment.get_status_display().lower()}.",
            code="wrong_state",
        )
    left = payment.refundable_pence
    if left == 0:
        raise DomainError("This payment has been refunded in full already.", code="wrong_state")
    if amount_pence > left:
        raise ValidationError({"amount_pence": f"At most {pounds(left)} is left to refund."})
