"""A provider's stated constraint decides between solutions on the same problem: the demo
catalogue, the real model, the product's own path from publishing to the matches page."""

import pytest

from marketplace.catalogue import services as catalogue
from marketplace.catalogue.models import Challenge, Solution, Theme
from marketplace.demo.sector import seed_catalogue, seed_organisations, seed_staff
from marketplace.matchmaking.matches import matches_for, sync_with_matcher
from marketplace.organisations.models import Organisation, Role
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db

PROACTIVE_DAMP = {
    "title": "Find flats at risk of mould before it appears",
    "summary": "We want to know which flats are heading for damp and mould before residents "
    "report it.",
    "problem_statement": "Mould reports reach us weeks after condensation starts. Most of our "
    "1,900 flats are in blocks where few residents have broadband, so we cannot rely on "
    "residents' Wi-Fi.",
    "desired_outcomes": "A weekly list of the flats most at risk, so that our damp team can "
    "visit before mould appears.",
    "budget_max_pence": 9_000_000,
    "pilot_length_weeks": 26,
    "homes_affected": 1_900,
    "pilot_homes": 150,
}
PLUG_IN_MONITOR = {
    "name": "HomeAir plug-in mould monitor",
    "summary": "A plug-in monitor that finds homes at risk of mould before it appears.",
    "description": "The monitor plugs into a socket and connects to the home's Wi-Fi router to "
    "send humidity readings; staff get a weekly list of homes at risk of mould.",
}


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def published(model, organisation, staff, **fields):
    owner = organisation.memberships.get(role=Role.OWNER).user
    fields["themes"] = list(Theme.objects.filter(slug="damp-mould-condensation"))
    entry = catalogue.entry_create(model, user=owner, organisation=organisation, **fields)
    catalogue.entry_submit(entry, user=owner)
    return catalogue.entry_publish(entry, user=staff), owner


def test_the_solution_meeting_the_stated_constraint_comes_first_and_a_breach_says_so():
    staff = seed_staff()
    seed_organisations(staff)
    seed_catalogue(staff)
    supplier = Organisation.objects.get(name="DampSense Ltd")
    monitor, _ = published(
        Solution, supplier, staff, needs_resident_wifi=True, pricing_model="per_home_per_year",
        maturity="deployed", **PLUG_IN_MONITOR,
    )  # fmt: skip
    provider = Organisation.objects.filter(kind="housing_provider").order_by("name").first()
    challenge, owner = published(Challenge, provider, staff, **PROACTIVE_DAMP)
    # Publishing queues the embedding for after the commit, which a test never reaches.
    for entry in (*Solution.objects.all(), challenge):
        sync_with_matcher(type(entry).__name__.lower(), entry.pk)

    ranked = matches_for(user=owner, organisation_id=provider.pk, entry=challenge, filters={}, k=20)
    names = [item.entry.name for item in ranked]

    assert names[0] == "DampSense Home Sensor"
    breaking = next(item for item in ranked if item.entry.pk == monitor.pk)
    assert "Needs residents' Wi-Fi — you said that won't work" in breaking.match.reason.breaches
    assert names.index(monitor.name) > names.index("DampSense Home Sensor")
