"""A lapsed membership restricts an organisation; never having joined does not."""

import pytest

from marketplace.billing.models import MembershipPlan, Subscription, SubscriptionStatus
from marketplace.billing.rules import membership_lapsed, require_good_standing
from marketplace.core.errors import DomainError

pytestmark = pytest.mark.django_db

S = SubscriptionStatus


def memberships(organisation, *rows) -> None:
    plan = MembershipPlan.objects.get(code="supplier-annual")
    for number, (status, was_active) in enumerate(rows):
        Subscription.objects.create(
            organisation=organisation,
            plan=plan,
            stripe_subscription_id=f"sub_rule_{number}",
            status=status,
            was_active=was_active,
        )


@pytest.mark.parametrize(
    ("rows", "lapsed"),
    [
        pytest.param([], False, id="never joined"),
        pytest.param([(S.ACTIVE, True)], False, id="active"),
        pytest.param([(S.TRIALING, True)], False, id="trialing"),
        pytest.param([(S.PAST_DUE, True)], True, id="past due"),
        pytest.param([(S.UNPAID, True)], True, id="unpaid"),
        pytest.param([(S.CANCELED, True)], True, id="cancelled after paying"),
        pytest.param([(S.INCOMPLETE, False)], False, id="first payment pending"),
        pytest.param([(S.INCOMPLETE_EXPIRED, False)], False, id="first payment never made"),
        pytest.param([(S.CANCELED, False)], False, id="cancelled before paying"),
        pytest.param([(S.CANCELED, True), (S.ACTIVE, True)], False, id="rejoined"),
    ],
)
def test_who_is_lapsed(supplier, rows, lapsed):
    memberships(supplier, *rows)

    assert membership_lapsed(supplier) is lapsed


def test_require_good_standing_names_the_lapse(supplier):
    memberships(supplier, (S.PAST_DUE, True))

    with pytest.raises(DomainError) as refused:
        require_good_standing(supplier)

    assert refused.value.code == "membership_lapsed"
    assert "Damp Sense's membership has lapsed" in refused.value.message


def test_good_standing_costs_one_query(supplier, django_assert_num_queries):
    memberships(supplier, (S.CANCELED, True), (S.ACTIVE, True))

    with django_assert_num_queries(1):
        require_good_standing(supplier)
