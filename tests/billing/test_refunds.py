"""Refunds by programme staff: part or all, never more than is left, recorded and audited."""

import pytest
from django.core.exceptions import ValidationError

from marketplace.billing import gateway, services
from marketplace.billing.models import PaymentStatus, Refund
from marketplace.billing.selectors import cohort_fees
from marketplace.cohorts import services as cohort_services
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.models import AuditEntry
from tests.api.test_catalogue_api import api_as
from tests.billing.conftest import FEE_PENCE, card_token
from tests.frontend.guided_form import client_for
from tests.frontend.test_dashboard_pages import csv_rows, dashboard

pytestmark = pytest.mark.django_db


@pytest.fixture
def paid(localstripe, accepted_place, supplier_admin):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)
    return services.cohort_fee_pay(
        user=supplier_admin, payment=payment, card_token=card_token(localstripe)
    )


def test_a_partial_refund_then_one_beyond_the_rest_is_refused(paid, staff_user):
    refund = services.payment_refund(
        user=staff_user, payment=paid, amount_pence=10_000, reason="Joined a week late."
    )

    paid.refresh_from_db()
    assert (refund.amount_pence, refund.reason) == (10_000, "Joined a week late.")
    assert (paid.status, paid.amount_refunded_pence) == (PaymentStatus.PARTIALLY_REFUNDED, 10_000)
    assert gateway.payment_intent_retrieve(paid.stripe_payment_intent_id).amount_refunded == 10_000
    entry = AuditEntry.objects.get(action="billing.refund")
    assert entry.reason == "Joined a week late."
    assert (entry.before["amount_refunded_pence"], entry.after["amount_refunded_pence"]) == (
        0,
        10_000,
    )

    with pytest.raises(ValidationError) as refused:
        services.payment_refund(
            user=staff_user, payment=paid, amount_pence=FEE_PENCE - 9_999, reason="Too much."
        )

    assert refused.value.message_dict == {"amount_pence": ["At most £350 is left to refund."]}
    assert Refund.objects.count() == 1
    assert gateway.payment_intent_retrieve(paid.stripe_payment_intent_id).amount_refunded == 10_000


def test_refunding_the_rest_marks_the_payment_refunded_and_then_nothing_is_left(paid, staff_user):
    services.payment_refund(user=staff_user, payment=paid, amount_pence=10_000, reason="Late.")
    services.payment_refund(
        user=staff_user, payment=paid, amount_pence=FEE_PENCE - 10_000, reason="Withdrew."
    )

    paid.refresh_from_db()
    assert (paid.status, paid.amount_refunded_pence, paid.refundable_pence) == (
        PaymentStatus.REFUNDED,
        FEE_PENCE,
        0,
    )
    with pytest.raises(DomainError, match="in full already"):
        services.payment_refund(user=staff_user, payment=paid, amount_pence=1, reason="Again.")
    assert Refund.objects.count() == 2


@pytest.mark.parametrize(
    ("amount", "reason", "field"),
    [(0, "Withdrew.", "amount_pence"), (100, "  ", "reason")],
)
def test_a_refund_needs_an_amount_and_a_reason(paid, staff_user, amount, reason, field):
    with pytest.raises(ValidationError) as refused:
        services.payment_refund(user=staff_user, payment=paid, amount_pence=amount, reason=reason)

    assert list(refused.value.message_dict) == [field]
    assert Refund.objects.count() == 0


def test_only_staff_refund(paid, supplier_admin):
    with pytest.raises(NotAllowed):
        services.payment_refund(
            user=supplier_admin, payment=paid, amount_pence=100, reason="Please."
        )

    paid.refresh_from_db()
    assert paid.amount_refunded_pence == 0
    assert Refund.objects.count() == 0


def test_an_unpaid_fee_cannot_be_refunded(accepted_place, supplier_admin, staff_user):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)

    with pytest.raises(DomainError, match="Only a paid fee"):
        services.payment_refund(user=staff_user, payment=payment, amount_pence=100, reason="x")

    assert Refund.objects.count() == 0


def test_the_cohorts_fee_totals_count_refunds(paid, staff_user, paid_cohort):
    services.payment_refund(user=staff_user, payment=paid, amount_pence=5_050, reason="Late.")

    [totals] = cohort_fees(paid_cohort)

    assert totals.cohort == paid_cohort
    assert (
        totals.places_due,
        totals.places_paid,
        totals.paid_pence,
        totals.refunded_pence,
        totals.net_pence,
    ) == (
        0,
        1,
        FEE_PENCE,
        5_050,
        FEE_PENCE - 5_050,
    )


def test_staff_see_fees_and_refunds_on_the_dashboard_and_in_its_csv(
    paid, staff_user, paid_cohort, other_supplier
):
    unpaid = cohort_services.cohort_invite_supplier(
        user=staff_user, cohort=paid_cohort, organisation=other_supplier
    )
    cohort_services.cohort_accept_supplier(user=staff_user, place=unpaid)
    services.payment_refund(user=staff_user, payment=paid, amount_pence=5_050, reason="Late.")
    client = client_for(staff_user)

    page = dashboard(client, f"?cohort={paid_cohort.slug}")
    exported = csv_rows(client.get(f"/staff/dashboard/fees.csv?cohort={paid_cohort.slug}"))

    header = ["Cohort", "Fee (£)", "Places awaiting payment", "Places paid"]
    header += ["Paid (£)", "Refunded (£)", "Net (£)"]
    assert page.tables["fees"] == [
        header,
        ["Damp and mould 2027", "£450", "1", "1", "£450", "£50.50", "£399.50"],
    ]
    assert page.charts["fees"] == ["Damp and mould 2027", "£399.50 (£50.50 refunded)"]
    assert exported == [
        header,
        ["Damp and mould 2027", "450.00", "1", "1", "450.00", "50.50", "399.50"],
    ]


def test_a_cohort_without_a_fee_has_no_fees_row(paid, staff_user):
    free = cohort_services.cohort_create(user=staff_user, name="Free 2027", fee_pence=0)

    page = dashboard(client_for(staff_user), f"?cohort={free.slug}")

    assert page.tables["fees"][1:] == [["Nothing yet."]]


def test_the_staff_funnel_api_reports_fees_in_pence(paid, staff_user, paid_cohort):
    services.payment_refund(user=staff_user, payment=paid, amount_pence=5_050, reason="Late.")

    fees = api_as(staff_user).get(f"/api/v1/cohorts/{paid_cohort.slug}/funnel/").json()["fees"]

    assert fees == [
        {
            "cohort": paid_cohort.slug,
            "fee_pence": FEE_PENCE,
            "places_due": 0,
            "places_paid": 1,
            "paid_pence": FEE_PENCE,
            "refunded_pence": 5_050,
            "net_pence": FEE_PENCE - 5_050,
        }
    ]
