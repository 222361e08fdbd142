"""The demo's cohorts: damp and retrofit at the matching stage, its matrix scored and optimised;
repairs and wellbeing open for applications, with a fee and a supplier's place to pay for."""

from django.db import transaction

from marketplace.catalogue.models import Challenge, Solution, Status, Theme
from marketplace.cohorts import services
from marketplace.cohorts.models import Cohort, Stage
from marketplace.core.errors import DomainError
from marketplace.demo.content import CONTENT
from marketplace.organisations.models import Organisation


def _cohort_create(staff, row: dict) -> Cohort:
    fields = {k: v for k, v in row.items() if k not in ("themes", "stage", "paying_supplier")}
    return services.cohort_create(
        user=staff,
        themes=list(Theme.objects.filter(slug__in=row["themes"])),
        stage=Stage(row["stage"]),
        **fields,
    )


@transaction.atomic
def seed_cohort(staff) -> Cohort:
    row = CONTENT.cohorts["matching"]
    cohort = Cohort.objects.filter(name=row["name"]).first()
    if cohort is not None:
        return cohort
    cohort = _cohort_create(staff, row)
    themes = list(Theme.objects.filter(slug__in=row["themes"]))
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
    row = CONTENT.cohorts["open"]
    cohort = Cohort.objects.filter(name=row["name"]).first()
    if cohort is not None:
        return cohort
    cohort = _cohort_create(staff, row)
    supplier = Organisation.objects.get(name=row["paying_supplier"])
    place = services.cohort_invite_supplier(user=staff, cohort=cohort, organisation=supplier)
    services.cohort_accept_supplier(user=staff, place=place)
    return cohort
