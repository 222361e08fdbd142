"""The demo's cohort: damp and retrofit, at the matching stage, its matrix scored and optimised."""

import datetime

from django.db import transaction

from marketplace.catalogue.models import Challenge, Solution, Status, Theme
from marketplace.cohorts import services
from marketplace.cohorts.models import Cohort, Stage
from marketplace.core.errors import DomainError

NAME = "Damp, mould and retrofit 2027"
THEMES = ["damp-mould-condensation", "energy-retrofit-net-zero"]


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
