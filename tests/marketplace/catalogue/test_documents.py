"""What the matcher is told of an entry: its pilot's scope and its stated constraints."""

import pytest

from marketplace.matchmaking.matches import document_for
from matching import constraints as c
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory

pytestmark = pytest.mark.django_db


def test_a_challenge_tells_the_matcher_its_pilot_and_its_needs(provider):
    challenge = ChallengeFactory(
        organisation=provider,
        homes_affected=1_900,
        pilot_homes=150,
        pilot_length_weeks=26,
        no_resident_wifi=True,
        requires_uk_data=True,
        systems_constraints="Jobs must go into Civica CX.",
        data_protection_constraints="Readings are personal data.",
    )

    facts = document_for(challenge).facts

    assert (facts.homes, facts.pilot_homes, facts.pilot_weeks) == (1_900, 150, 26)
    assert facts.needs == {c.NO_RESIDENT_WIFI, c.DATA_IN_UK, c.system("civica-cx")}


def test_a_challenge_read_from_its_text_alone_still_carries_its_constraints(provider):
    challenge = ChallengeFactory(
        organisation=provider,
        systems_constraints="Many homes have no broadband, so we cannot rely on residents' Wi-Fi.",
        data_protection_constraints="UK hosting only.",
    )

    assert document_for(challenge).facts.needs == {c.NO_RESIDENT_WIFI, c.DATA_IN_UK}


def test_a_solution_tells_the_matcher_what_it_needs_and_offers(supplier):
    solution = SolutionFactory(
        organisation=supplier,
        description="The hub connects to the home's Wi-Fi.",
        integrations="NEC Housing, Kirona",
        languages="English, Welsh",
        processes_personal_data=True,
        data_hosting="eea",
        works_offline=True,
    )

    offers = document_for(solution).facts.offers

    assert offers == {
        c.NEEDS_RESIDENT_WIFI, c.LISTS_SYSTEMS, c.system("nec-housing"), c.LISTS_LANGUAGES,
        c.language("English"), c.WELSH, c.DATA_OUTSIDE_UK, c.WORKS_OFFLINE,
    }  # fmt: skip


def test_a_suppliers_answer_overrides_what_its_text_says(supplier):
    solution = SolutionFactory(
        organisation=supplier,
        description="The hub connects to the home's Wi-Fi.",
        needs_resident_wifi=False,
    )

    assert document_for(solution).facts.offers == {c.WITHOUT_RESIDENT_WIFI}
