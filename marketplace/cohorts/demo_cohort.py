"""The demo's cohort: damp and retrofit, at the matching stage, its matrix scored and optimised."""

import datetime

from django.db import transaction

from marketplace.catalogue.models import Challenge, Solution, Status, Theme
from marketplace.cohorts import services
from marketplace.cohorts.models import Cohort, Stage
from marketplace.core.errors import DomainError
from marketplace.organisations.models import Organisation

NAME = "Damp, mould and retrofit 2027"
THEMES = ["damp-mould-condensation", "energy-retrofit-net-zero"]
# Open for applications, with a fee: DampSense's place is accepted and waits for payment.
OPEN_NAME = "Repairs and resident wellbeing 2027"
OPEN_THEMES = ["repairs-maintenance"]
FEE_PENCE = 45_000
PAYING_SUPPLIER = "DampSense Ltd"


@transaction.atomic
def seed_cohort(staff) -> Cohort:
    cohort = Cohort.objects.filter(name=NAME).first()
    if cohort is not None:
        return cohort
    themes = list(Theme.objects.filter(slug__in=THEMES))
    cohort = services.cohort_create(
        user=staff,
        name=NAME,
        themes=themes,
        stage=Stage.MATCHING,
        description="Twelve providers and their suppliers piloting ways to find damp early "
        "and retrofit without causing it.",
        opens_on=datetime.date(2026, 9, 1),
        matching_on=datetime.date(2026, 11, 16),
        pilots_on=datetime.date(2027, 1, 11),
        completes_on=datetime.date(2027, 7, 30),
        fee_pence=0,
        max_pilots_per_supplier=2,
        max_suppliers_per_challenge=2,
        min_pairing_score=0.5,
    )
    published = {"status": Status.PUBLISHED, "themes__in": themes}
    for challenge in Challenge.objects.filter(**published).distinct():
        services.cohort_add_challenge(user=staff, cohort=cohort, challenge=challenge)
    suppliers = {s.organisation for s in Solution.objects.filter(**published).distinct()}
    for organisation in sorted(suppliers, key=lambda o: o.name):
        place = services.cohort_invite_supplier(
            user=staff, cohort=cohort, organisation=organisation
        )
        services.cohort_accept_supplier(user=staff, place=place)
    return cohort


def fill_matrix(staff, cohort: Cohort) -> int:
    """Score and optimise once the catalogue is embedded; 0 when it is not yet."""
    if cohort.pairings.exists():
        return 0
    scored = services.cohort_score(user=staff, cohort=cohort)
    try:
        services.cohort_optimise(user=staff, cohort=cohort)
    except DomainError:
        return 0
    return scored


@transaction.atomic
def seed_open_cohort(staff) -> Cohort:
    """A paid cohort open for applications, where a supplier has a place to pay for."""
    cohort = Cohort.objects.filter(name=OPEN_NAME).first()
    if cohort is not None:
        return cohort
    cohort = services.cohort_create(
        user=staff,
        name=OPEN_NAME,
        themes=list(Theme.objects.filter(slug__in=OPEN_THEMES)),
        stage=Stage.OPEN,
        description="Providers apply with a repairs or wellbeing challenge; suppliers pay "
        "a participation fee once accepted.",
        opens_on=datetime.date(2026, 11, 2),
        matching_on=datetime.date(2027, 2, 1),
        pilots_on=datetime.date(2027, 4, 5),
        completes_on=datetime.date(2027, 10, 29),
        fee_pence=FEE_PENCE,
    )
    supplier = Organisation.objects.get(name=PAYING_SUPPLIER)
    place = services.cohort_invite_supplier(user=staff, cohort=cohort, organisation=supplier)
    services.cohort_accept_supplier(user=staff, place=place)
    return cohort
