"""Reading billing records: scoped to who may see them, in as few queries as a page needs."""

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet, Sum
from django.http import Http404

from marketplace.billing.models import (
    PAID_STATUSES,
    BillingAccount,
    Invoice,
    MembershipPlan,
    Payment,
    Subscription,
)
from marketplace.billing.rules import membership_lapsed
from marketplace.cohorts.models import Cohort, CohortSupplier, EntryStatus

SHOWN = 50


@dataclass(frozen=True)
class BillingOverview:
    account: BillingAccount | None
    membership: Subscription | None
    lapsed: bool
    plans: list[MembershipPlan]
    places_due: list[CohortSupplier]
    payments: list[Payment]
    invoices: list[Invoice]


def billing_overview(*, organisation) -> BillingOverview:
    return BillingOverview(
        account=BillingAccount.objects.filter(organisation=organisation).first(),
        # The latest membership, even a cancelled one: the page says what became of it.
        membership=organisation.subscriptions.select_related("plan").first(),
        lapsed=membership_lapsed(organisation),
        plans=list(
            MembershipPlan.objects.filter(organisation_kind=organisation.kind, is_active=True)
        ),
        places_due=list(places_due(organisation=organisation)),
        payments=list(
            organisation.payments.select_related("place__cohort").prefetch_related("refunds")[
                :SHOWN
            ]
        ),
        invoices=list(organisation.invoices.all()[:SHOWN]),
    )


def places_due(*, organisation) -> QuerySet[CohortSupplier]:
    """Places accepted into a paid cohort and not confirmed yet: a fee to pay."""
    return (
        CohortSupplier.objects.filter(
            organisation=organisation, status=EntryStatus.ACCEPTED, cohort__fee_pence__gt=0
        )
        .select_related("cohort")
        .order_by("added_at")
    )


def place_get_for_member(*, user, place_id: int) -> CohortSupplier:
    """A cohort place of one of the user's organisations; 404 for everyone else."""
    place = (
        CohortSupplier.objects.filter(pk=place_id, organisation__memberships__user=user)
        .select_related("cohort", "organisation")
        .first()
        if user.is_authenticated
        else None
    )
    if place is None:
        raise Http404("No such place.")
    return place


def payments_for_staff() -> QuerySet[Payment]:
    return Payment.objects.select_related("organisation", "place__cohort").order_by(
        "-created_at", "-id"
    )


def payment_get_for_staff(*, user, payment_id: int) -> Payment:
    payment = payments_for_staff().filter(pk=payment_id).first() if user.is_staff else None
    if payment is None:
        raise Http404("No such payment.")
    return payment


@dataclass(frozen=True)
class CohortFees:
    """What a paid cohort's suppliers owe, paid and were refunded: the money side of the funnel."""

    cohort: Cohort
    places_due: int
    places_paid: int
    paid_pence: int
    refunded_pence: int

    @property
    def net_pence(self) -> int:
        return self.paid_pence - self.refunded_pence


def cohort_fees(cohort: Cohort | None = None) -> list[CohortFees]:
    """Fee totals of every paid cohort (or of one), newest first, in one query."""
    paid = Q(suppliers__payments__status__in=PAID_STATUSES)
    # A place paid for stays "accepted" until Stripe's webhook confirms it; it owes nothing.
    owing = Q(suppliers__status=EntryStatus.ACCEPTED) & ~Q(
        suppliers__in=Payment.objects.filter(status__in=PAID_STATUSES).values("place")
    )
    cohorts = (
        Cohort.objects.filter(fee_pence__gt=0)
        .annotate(
            places_due=Count("suppliers", filter=owing, distinct=True),
            places_paid=Count("suppliers", filter=paid, distinct=True),
            paid_pence=Sum("suppliers__payments__amount_pence", filter=paid, default=0),
            refunded_pence=Sum(
                "suppliers__payments__amount_refunded_pence", filter=paid, default=0
            ),
        )
        .order_by("-created_at", "-id")
    )
    if cohort is not None:
        cohorts = cohorts.filter(pk=cohort.pk)
    return [
        CohortFees(
            cohort=c,
            places_due=c.places_due,
            places_paid=c.places_paid,
            paid_pence=c.paid_pence,
            refunded_pence=c.refunded_pence,
        )
        for c in cohorts
    ]
