"""Memberships as Stripe subscriptions against localstripe: join, renew, cancel, lapse.

localstripe has no test clocks, so nothing renews by itself. A renewal is played the way
Stripe makes one: the subscription's next invoice is created and charged to the default
card (localstripe builds it from the subscription on POST /v1/invoices), and the webhooks
follow. The end of a period is played by Stripe cancelling the subscription.
"""

import pytest
from django.core.exceptions import ValidationError

from marketplace.billing import memberships
from marketplace.billing.gateway import PaymentDeclined
from marketplace.billing.models import (
    Invoice,
    MembershipPlan,
    Subscription,
    SubscriptionStatus,
)
from marketplace.billing.rules import membership_lapsed, require_good_standing
from marketplace.core.errors import DomainError, NotAllowed
from tests.billing.conftest import DECLINED_ON_CHARGE, card_token, event_about, stripe_api

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(localstripe, supplier, supplier_admin, supplier_plan) -> Subscription:
    return memberships.membership_subscribe(
        user=supplier_admin,
        organisation=supplier,
        plan=supplier_plan,
        card_token=card_token(localstripe),
    )


def subscription_event(subscription: Subscription, event_type: str) -> dict:
    return event_about(
        {"id": subscription.stripe_subscription_id, "object": "subscription"}, event_type
    )


def test_joining_pays_the_first_year_and_the_membership_is_active(member, supplier_plan):
    assert member.status == SubscriptionStatus.ACTIVE
    assert member.was_active
    assert member.current_period_end > member.current_period_start
    supplier_plan.refresh_from_db()
    assert supplier_plan.stripe_plan_id == "launchpad-supplier-small-annual-50000gbp-year"
    invoice = Invoice.objects.get()
    assert (invoice.status, invoice.amount_paid_pence, invoice.subscription_id) == (
        "paid",
        50_000,
        member.pk,
    )
    assert not membership_lapsed(member.organisation)


def test_a_renewal_invoice_paid_by_stripe_is_mirrored_from_its_webhook(
    deliver, localstripe, member
):
    customer = member.organisation.billing_account.stripe_customer_id
    renewal = stripe_api(
        localstripe,
        "POST",
        "/v1/invoices",
        customer=customer,
        subscription=member.stripe_subscription_id,
    )
    stripe_api(localstripe, "POST", f"/v1/invoices/{renewal['id']}/pay")

    response = deliver(
        event_about({"id": renewal["id"], "object": "invoice"}, "invoice.payment_succeeded")
    )

    assert response.status_code == 200
    assert Invoice.objects.count() == 2
    assert Invoice.objects.get(stripe_invoice_id=renewal["id"]).status == "paid"
    assert list(Invoice.objects.values_list("amount_paid_pence", flat=True)) == [50_000, 50_000]
    member.refresh_from_db()
    assert member.status == SubscriptionStatus.ACTIVE


def test_cancelling_runs_to_the_end_of_the_year_then_the_membership_lapses(
    deliver, localstripe, member, supplier_admin
):
    cancelled = memberships.membership_cancel(user=supplier_admin, organisation=member.organisation)

    assert (cancelled.status, cancelled.cancel_at_period_end) == (SubscriptionStatus.ACTIVE, True)
    require_good_standing(member.organisation)

    # The paid year ends: Stripe cancels the subscription and says so.
    stripe_api(localstripe, "DELETE", f"/v1/subscriptions/{member.stripe_subscription_id}")
    deliver(subscription_event(member, "customer.subscription.deleted"))

    member.refresh_from_db()
    assert member.status == SubscriptionStatus.CANCELED
    assert member.ended_at is not None
    with pytest.raises(DomainError) as refused:
        require_good_standing(member.organisation)
    assert refused.value.code == "membership_lapsed"


def test_a_cancelled_member_can_join_again_and_is_in_good_standing(
    deliver, localstripe, member, supplier_admin, supplier_plan
):
    stripe_api(localstripe, "DELETE", f"/v1/subscriptions/{member.stripe_subscription_id}")
    deliver(subscription_event(member, "customer.subscription.deleted"))

    again = memberships.membership_subscribe(
        user=supplier_admin,
        organisation=member.organisation,
        plan=supplier_plan,
        card_token=card_token(localstripe),
    )

    assert again.status == SubscriptionStatus.ACTIVE
    assert not membership_lapsed(member.organisation)


def test_cancelling_can_be_undone_before_the_year_ends(member, supplier_admin):
    memberships.membership_cancel(user=supplier_admin, organisation=member.organisation)

    resumed = memberships.membership_cancel(
        user=supplier_admin, organisation=member.organisation, resume=True
    )

    assert (resumed.status, resumed.cancel_at_period_end) == (SubscriptionStatus.ACTIVE, False)


def test_a_first_payment_declined_leaves_the_membership_incomplete_until_a_card_pays(
    localstripe, supplier, supplier_admin, supplier_plan
):
    joined = memberships.membership_subscribe(
        user=supplier_admin,
        organisation=supplier,
        plan=supplier_plan,
        card_token=card_token(localstripe, DECLINED_ON_CHARGE),
    )

    assert joined.status == SubscriptionStatus.INCOMPLETE
    assert not joined.was_active
    assert not membership_lapsed(supplier)  # it never paid, so it is as if it never joined
    assert Invoice.objects.get().status == "open"

    renewed = memberships.membership_card_update(
        user=supplier_admin, organisation=supplier, card_token=card_token(localstripe)
    )

    assert renewed.status == SubscriptionStatus.ACTIVE
    assert Invoice.objects.get().status == "paid"


def test_a_new_card_that_also_fails_leaves_the_membership_as_stripe_has_it(
    localstripe, supplier, supplier_admin, supplier_plan
):
    memberships.membership_subscribe(
        user=supplier_admin,
        organisation=supplier,
        plan=supplier_plan,
        card_token=card_token(localstripe, DECLINED_ON_CHARGE),
    )

    still = memberships.membership_card_update(
        user=supplier_admin,
        organisation=supplier,
        card_token=card_token(localstripe, DECLINED_ON_CHARGE),
    )

    assert still.status == SubscriptionStatus.INCOMPLETE
    assert Invoice.objects.get().status == "open"


def test_one_membership_at_a_time(member, localstripe, supplier_admin, supplier_plan):
    with pytest.raises(DomainError, match="already has a membership"):
        memberships.membership_subscribe(
            user=supplier_admin,
            organisation=member.organisation,
            plan=supplier_plan,
            card_token=card_token(localstripe),
        )

    assert Subscription.objects.count() == 1


def test_only_owners_and_admins_join_or_cancel(
    localstripe, supplier, supplier_member, supplier_plan
):
    with pytest.raises(NotAllowed):
        memberships.membership_subscribe(
            user=supplier_member,
            organisation=supplier,
            plan=supplier_plan,
            card_token=card_token(localstripe),
        )
    with pytest.raises(NotAllowed):
        memberships.membership_cancel(user=supplier_member, organisation=supplier)

    assert Subscription.objects.count() == 0


def test_a_plan_for_another_kind_of_organisation_is_refused(localstripe, supplier, supplier_admin):
    provider_plan = MembershipPlan.objects.create(
        code="provider-test", name="Provider", organisation_kind="housing_provider", amount_pence=1
    )

    with pytest.raises(ValidationError) as refused:
        memberships.membership_subscribe(
            user=supplier_admin,
            organisation=supplier,
            plan=provider_plan,
            card_token=card_token(localstripe),
        )

    assert list(refused.value.message_dict) == ["plan"]
    assert Subscription.objects.count() == 0


def test_a_card_declined_when_saved_starts_no_membership(
    localstripe, supplier, supplier_admin, supplier_plan
):
    with pytest.raises(PaymentDeclined):
        memberships.membership_subscribe(
            user=supplier_admin,
            organisation=supplier,
            plan=supplier_plan,
            card_token=card_token(localstripe, "4000000000000002"),
        )

    assert Subscription.objects.count() == 0
