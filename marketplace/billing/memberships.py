"""Memberships: annual Stripe Subscriptions to a plan, with their invoices.

The subscription's status is Stripe's; it is mirrored whenever Launchpad changes the
subscription and again on every subscription or invoice webhook.
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from marketplace.billing import gateway
from marketplace.billing.contracts import InvoiceState, SubscriptionState
from marketplace.billing.models import (
    CURRENT,
    OVERDUE,
    BillingAccount,
    Invoice,
    MembershipPlan,
    Subscription,
    SubscriptionStatus,
)
from marketplace.billing.services import billing_account_of, billing_customer_ensure
from marketplace.core.audit import audit_record
from marketplace.core.errors import DomainError
from marketplace.organisations.models import Organisation, Role
from marketplace.organisations.services import require_role

# Statuses that show the organisation had paid at some point.
PAID_UP = {
    SubscriptionStatus.ACTIVE,
    SubscriptionStatus.TRIALING,
    SubscriptionStatus.PAST_DUE,
    SubscriptionStatus.UNPAID,
}


def plan_stripe_id(plan: MembershipPlan) -> str:
    """The plan's Stripe Plan, created the first time anyone joins on it."""
    if plan.stripe_plan_id:
        return plan.stripe_plan_id
    # The price is in the id: Stripe plans cannot change price, so a new price is a new plan.
    stripe_id = gateway.plan_ensure(
        plan_id=f"launchpad-{plan.code}-{plan.amount_pence}{plan.currency}-{plan.interval}",
        name=plan.name,
        amount=plan.amount_pence,
        currency=plan.currency,
        interval=plan.interval,
    )
    MembershipPlan.objects.filter(pk=plan.pk).update(stripe_plan_id=stripe_id)
    plan.stripe_plan_id = stripe_id
    return stripe_id


def current_subscription(organisation: Organisation) -> Subscription | None:
    return organisation.subscriptions.filter(status__in=CURRENT).select_related("plan").first()


def membership_subscribe(
    *, user, organisation: Organisation, plan: MembershipPlan, card_token: str
) -> Subscription:
    """Join on a plan, paying the first year with the card behind a Stripe.js token.

    If the first payment fails the membership is left incomplete, as Stripe has it;
    a new card (membership_card_update) pays it.
    """
    require_role(user=user, organisation=organisation, role=Role.ADMIN)
    if plan.organisation_kind != organisation.kind or not plan.is_active:
        raise ValidationError({"plan": f"{plan.name} is not open to {organisation.name}."})
    if current_subscription(organisation) is not None:
        raise DomainError(f"{organisation.name} already has a membership.", code="duplicate")
    customer_id = billing_customer_ensure(organisation=organisation)
    stripe_plan = plan_stripe_id(plan)
    with transaction.atomic():
        # One sign-up at a time per organisation: a double click must not make two members.
        account = BillingAccount.objects.select_for_update().get(organisation=organisation)
        if current_subscription(organisation) is not None:
            raise DomainError(f"{organisation.name} already has a membership.", code="duplicate")
        gateway.card_attach(customer_id, card_token, make_default=True)
        number = organisation.subscriptions.count() + 1
        state = gateway.subscription_create(
            customer=customer_id,
            plan_id=stripe_plan,
            metadata={"organisation_id": str(organisation.pk), "launchpad_plan": plan.code},
            idempotency_key=f"membership-{account.pk}-{account.created_at.timestamp():.0f}-{number}",
        )
        subscription = _subscription_mirror(
            state, organisation=organisation, plan=plan, started_by=user
        )
        audit_record(
            actor=user,
            action="billing.membership_start",
            target=subscription,
            organisation=organisation,
            after={"plan": plan.code, "status": subscription.status},
        )
    if state.latest_invoice_id:
        invoice_sync(invoice_id=state.latest_invoice_id)
    return subscription


def membership_cancel(*, user, organisation: Organisation, resume: bool = False) -> Subscription:
    """Stop the membership renewing (it runs to the end of the paid year), or undo that."""
    require_role(user=user, organisation=organisation, role=Role.ADMIN)
    subscription = current_subscription(organisation)
    if subscription is None:
        raise DomainError(f"{organisation.name} has no membership to change.", code="wrong_state")
    state = gateway.subscription_cancel_at_period_end(
        subscription.stripe_subscription_id, cancel=not resume
    )
    subscription = _subscription_mirror(state)
    audit_record(
        actor=user,
        action="billing.membership_resume" if resume else "billing.membership_cancel",
        target=subscription,
        organisation=organisation,
        after={"cancel_at_period_end": subscription.cancel_at_period_end},
    )
    return subscription


def membership_card_update(
    *, user, organisation: Organisation, card_token: str
) -> Subscription | None:
    """Make a new card the default; an overdue membership is charged to it straight away.

    A decline raises PaymentDeclined after the invoice and membership are mirrored.
    """
    require_role(user=user, organisation=organisation, role=Role.ADMIN)
    customer_id = billing_customer_ensure(organisation=organisation)
    gateway.card_attach(customer_id, card_token, make_default=True)
    audit_record(
        actor=user,
        action="billing.card_update",
        target=billing_account_of(organisation),
        organisation=organisation,
    )
    # Stripe charges an overdue invoice again once the card changes: the way to renew.
    subscription = organisation.subscriptions.filter(status__in=OVERDUE).first()
    if subscription is None:
        return None
    state = gateway.subscription_retrieve(subscription.stripe_subscription_id)
    if state.latest_invoice_id:
        _pay_if_open(state.latest_invoice_id)
    return subscription_sync(subscription_id=subscription.stripe_subscription_id)


def _pay_if_open(invoice_id: str) -> None:
    invoice = gateway.invoice_retrieve(invoice_id)
    if invoice.status != "open":
        return
    try:
        gateway.invoice_pay(invoice_id)
    finally:
        invoice_sync(invoice_id=invoice_id)


# -- mirroring ------------------------------------------------------------------------------


def subscription_sync(*, subscription_id: str) -> Subscription | None:
    """Mirror a subscription from Stripe (webhooks, and after each change made here)."""
    return _subscription_mirror(gateway.subscription_retrieve(subscription_id))


def _subscription_mirror(
    state: SubscriptionState, *, organisation=None, plan=None, started_by=None
) -> Subscription | None:
    subscription = _subscription_for(state, organisation, plan, started_by)
    if subscription is None:
        return None
    with transaction.atomic():
        subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
        stale = subscription.status == SubscriptionStatus.CANCELED and state.status != "canceled"
        if stale:
            # Stripe never revives a cancelled subscription: this read is older than ours.
            return subscription
        subscription.status = state.status
        subscription.was_active = subscription.was_active or state.status in PAID_UP
        subscription.cancel_at_period_end = state.cancel_at_period_end
        subscription.current_period_start = state.current_period_start
        subscription.current_period_end = state.current_period_end
        subscription.canceled_at = state.canceled_at
        subscription.ended_at = state.ended_at
        subscription.save()
    return subscription


def _subscription_for(state: SubscriptionState, organisation, plan, started_by):
    found = Subscription.objects.filter(stripe_subscription_id=state.id).first()
    if found is not None:
        return found
    # Created by us but not yet recorded (the webhook can beat the sign-up's own commit),
    # or created in Stripe's dashboard for a known customer: record it from its metadata.
    organisation = organisation or _organisation_of(state)
    plan = plan or _plan_of(state)
    if organisation is None or plan is None:
        return None
    try:
        with transaction.atomic():
            return Subscription.objects.create(
                organisation=organisation,
                plan=plan,
                stripe_subscription_id=state.id,
                status=state.status,
                started_by=started_by,
            )
    except IntegrityError:
        return Subscription.objects.get(stripe_subscription_id=state.id)


def _organisation_of(state: SubscriptionState) -> Organisation | None:
    account = BillingAccount.objects.filter(stripe_customer_id=state.customer).first()
    return account.organisation if account else None


def _plan_of(state: SubscriptionState) -> MembershipPlan | None:
    return (
        MembershipPlan.objects.filter(code=state.metadata.get("launchpad_plan", "")).first()
        or MembershipPlan.objects.filter(stripe_plan_id=state.plan_id).first()
    )


def invoice_sync(*, invoice_id: str) -> Invoice | None:
    """Mirror a membership invoice, and the subscription it bills, from Stripe."""
    state = gateway.invoice_retrieve(invoice_id)
    subscription = (
        subscription_sync(subscription_id=state.subscription_id) if state.subscription_id else None
    )
    account = BillingAccount.objects.filter(stripe_customer_id=state.customer).first()
    organisation_id = (
        subscription.organisation_id
        if subscription
        else account.organisation_id
        if account
        else None
    )
    if organisation_id is None:
        return None
    invoice, _ = Invoice.objects.update_or_create(
        stripe_invoice_id=state.id,
        defaults=_invoice_fields(state, organisation_id, subscription),
    )
    return invoice


def _invoice_fields(state: InvoiceState, organisation_id: int, subscription) -> dict:
    return {
        "organisation_id": organisation_id,
        "subscription": subscription,
        "number": state.number,
        "status": state.status,
        "amount_due_pence": state.amount_due,
        "amount_paid_pence": state.amount_paid,
        "currency": state.currency,
        "hosted_invoice_url": state.hosted_invoice_url,
        "invoice_pdf": state.invoice_pdf,
        "period_start": state.period_start,
        "period_end": state.period_end,
        "issued_at": state.issued_at,
    }
