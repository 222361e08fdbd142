"""A small slice of the demo sector for the browser journeys: real texts, so the real matcher
has real work to do, written straight to the database and embedded up front."""

from marketplace.catalogue.models import Challenge, Solution, Status
from marketplace.demo import content as demo
from marketplace.demo import content as demo_catalogue
from marketplace.matchmaking.matches import sync_with_matcher
from marketplace.organisations.models import Organisation, OrganisationKind, Role
from tests.conftest import join, make_organisation, make_user
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory

# Close matches for damp and mould, and near misses from other themes.
DAMP_SOLUTIONS = (
    "DampSense Home Sensor",
    "DampSense Risk Score",
    "RepairFlow Damp Pathway",
    "MouldGuard Wall Moisture Monitor",
    "Fabric First Thermal Imaging Damp Survey",
)
OFF_THEME_SOLUTIONS = ("HeatWise Controller", "RentPath Early Warning", "SafeDoor Inspect App")
SOLUTIONS = (*DAMP_SOLUTIONS, *OFF_THEME_SOLUTIONS)
DAMP_CHALLENGE = "Spotting condensation risk in 1960s cross-wall homes before mould appears"


def _row(rows, field: str, value: str) -> dict:
    return next(row for row in rows if row[field] == value)


def demo_organisation(name: str) -> Organisation:
    """The demo's provider or supplier of that name, verified, with an owner who can sign in."""
    existing = Organisation.objects.filter(name=name).first()
    if existing:
        return existing
    providers = {row[0]: row for row in demo.HOUSING_PROVIDERS}
    suppliers = {row[0]: row for row in demo.SUPPLIERS}
    kind = OrganisationKind.HOUSING_PROVIDER if name in providers else OrganisationKind.SUPPLIER
    _, domain, number, regions, size, description = (providers | suppliers)[name]
    size_field = "homes_managed" if kind == OrganisationKind.HOUSING_PROVIDER else "employees"
    organisation = make_organisation(
        name,
        kind,
        number,
        description=description,
        website=f"https://www.{domain}/",
        is_verified=True,
        **{size_field: size},
    )
    organisation.regions.set(organisation.regions.model.objects.filter(code__in=regions))
    join(make_user(f"owner@{domain}"), organisation, Role.OWNER)
    return organisation


def _entry_fields(row: dict) -> dict:
    fields = {key: value for key, value in row.items() if key != "organisation"}
    fields["status"] = Status.PUBLISHED
    return fields


def publish_solution(name: str) -> Solution:
    row = _row(demo_catalogue.SOLUTIONS, "name", name)
    organisation = demo_organisation(row["organisation"])
    solution = SolutionFactory(organisation=organisation, **_entry_fields(row))
    sync_with_matcher("solution", solution.pk)
    return solution


def publish_challenge(title: str = DAMP_CHALLENGE) -> Challenge:
    row = _row(demo_catalogue.CHALLENGES, "title", title)
    organisation = demo_organisation(row["organisation"])
    challenge = ChallengeFactory(organisation=organisation, **_entry_fields(row))
    sync_with_matcher("challenge", challenge.pk)
    return challenge


def catalogue_of_solutions(names=SOLUTIONS) -> list[Solution]:
    return [publish_solution(name) for name in names]
