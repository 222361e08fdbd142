"""What cards, compare, cohort panels and detail pages say about fit: region names,
prices in words, a pilot's cost with its sum, and the stated constraints a solution breaks."""

import html

import pytest

from marketplace.catalogue.models import PricingModel
from marketplace.cohorts import services as cohorts
from marketplace.cohorts.models import Stage
from tests.frontend.guided_form import client_for
from tests.marketplace.catalogue.factories import SolutionFactory
from tests.marketplace.catalogue.test_matches import (
    damp_challenge,
    indexed,
    sensor_solution,
)
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db

WIFI_BREACH = "Needs residents' Wi-Fi — you said that won't work"
SYSTEM_BREACH = "No link to Civica CX, your housing system"
BUDGET_SUM = "Pilot cost: £25 × 150 homes × 1 year = £3,750, within the £20,000 budget"


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def page(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


@pytest.fixture
def market(provider, supplier):
    """A damp challenge in the West Midlands that rules out residents' Wi-Fi and requires
    Civica CX; a sensor that serves it; a hub that needs Wi-Fi and links only to NEC."""
    return indexed(
        damp_challenge(
            provider, regions=["TLG"], no_resident_wifi=True, housing_system="civica-cx"
        ),
        sensor_solution(supplier, regions=["TLG", "TLC"], needs_resident_wifi=False),
        SolutionFactory(
            organisation=supplier,
            status="published",
            name="Wi-Fi humidity hub for damp and mould",
            summary="A hub on the home's Wi-Fi reads humidity sensors in every room.",
            regions=["TLG"],
            needs_resident_wifi=True,
            integrations="NEC Housing",
        ),
    )


def test_a_match_card_names_regions_prices_in_words_and_shows_the_budget_sum(
    provider_member, market
):
    challenge, _, _ = market

    text = page(client_for(provider_member), f"/challenges/{challenge.pk}/matches/")

    assert "Regions in common: West Midlands" in text
    assert "TLG" not in text.replace('value="TLG"', "")
    assert "£25 per home per year" in text
    assert BUDGET_SUM in text
    assert "Works without residents' Wi-Fi" in text


def test_a_match_card_says_which_stated_constraints_the_solution_breaks(provider_member, market):
    challenge, sensor, hub = market

    response = client_for(provider_member).get(f"/challenges/{challenge.pk}/matches/")

    ranked = {item.entry.pk: item.match.reason for item in response.context["ranked"]}
    assert ranked[hub.pk].breaches == (WIFI_BREACH, SYSTEM_BREACH)
    assert ranked[sensor.pk].breaches == ()
    text = html.unescape(response.content.decode())
    assert text.count("Breaks what you said") == 1
    assert WIFI_BREACH in text and SYSTEM_BREACH in text


def test_a_supplier_reads_the_providers_constraints_in_the_third_person(supplier_member, market):
    _, _, hub = market

    text = page(client_for(supplier_member), f"/solutions/{hub.pk}/matches/")

    assert "Breaks what the provider said" in text
    assert "Needs residents' Wi-Fi — the provider said that won't work" in text
    assert "No link to Civica CX, the provider's housing system" in text
    assert "you said" not in text


def test_compare_names_regions_prices_in_words_and_lists_breaches(provider_member, market):
    challenge, sensor, hub = market
    url = f"/challenges/{challenge.pk}/matches/compare/?compare={sensor.pk}&compare={hub.pk}"

    text = page(client_for(provider_member), url)

    assert "Regions in common: West Midlands" in text
    assert "Regions in common: TLG" not in text
    assert text.count("£25 per home per year") == 2
    assert BUDGET_SUM in text
    assert "Breaks what you said" in text
    assert WIFI_BREACH in text and SYSTEM_BREACH in text
    assert "Nothing it says breaks" in text


def test_the_cohort_panel_names_the_regions_a_pairing_shares(
    django_capture_on_commit_callbacks, staff_user, provider, supplier
):
    challenge, _ = indexed(damp_challenge(provider), sensor_solution(supplier))
    cohort = cohorts.cohort_create(
        user=staff_user, name="Damp 2027", stage=Stage.OPEN, min_pairing_score=0.2
    )
    cohorts.cohort_add_challenge(user=staff_user, cohort=cohort, challenge=challenge)
    place = cohorts.cohort_invite_supplier(user=staff_user, cohort=cohort, organisation=supplier)
    cohorts.cohort_accept_supplier(user=staff_user, place=place)
    client = client_for(staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/staff/cohorts/damp-2027/matchmaking/score/")
    pairing = cohort.pairings.get()

    text = page(client, f"/staff/cohorts/damp-2027/pairings/{pairing.pk}/why/")

    assert "Regions in common: North East" in text
    assert "Regions in common: TLC" not in text


@pytest.mark.parametrize(
    ("model", "label"),
    [
        (PricingModel.PER_HOME_PER_YEAR, "£350 per home per year"),
        (PricingModel.LICENCE, "£350 licence per year"),
        (PricingModel.ONE_OFF, "£350 one-off"),
        (PricingModel.ONE_OFF_PER_HOME, "£350 per home, one-off"),
        (PricingModel.OTHER, "£350 (other pricing: see the description)"),
        ("", "£350"),
    ],
)
def test_every_price_model_reads_naturally_on_the_list_and_detail_pages(
    outsider, supplier, model, label
):
    solution = SolutionFactory(
        organisation=supplier, status="published", visibility="public",
        pricing_model=model, indicative_price_pence=35_000,
    )  # fmt: skip
    client = client_for(outsider)

    for text in (page(client, f"/solutions/{solution.pk}/"), page(client, "/solutions/")):
        assert label in text
        assert "£350 other" not in text


def test_a_challenge_shows_its_must_haves_and_pilot(provider_member, provider):
    challenge = damp_challenge(
        provider, pilot_homes=150, housing_system="civica-cx", no_mobile_signal=True
    )

    text = page(client_for(provider_member), f"/challenges/{challenge.pk}/")

    assert "Must work with Civica CX" in text
    assert "No mobile signal in places" in text
    assert "<dt>Homes in the pilot</dt><dd>150</dd>" in text


def test_the_guided_form_saves_ticked_constraints_and_unanswered_questions(
    provider_admin, provider, supplier_admin, supplier
):
    challenge = damp_challenge(provider)
    solution = sensor_solution(supplier)

    client_for(provider_admin).post(
        f"/challenges/{challenge.pk}/edit/constraints/",
        {"procurement_route": "framework", "housing_system": "mri-housing",
         "no_resident_wifi": "on", "requires_welsh": "on", "next": ""},
    )  # fmt: skip
    client_for(supplier_admin).post(
        f"/solutions/{solution.pk}/edit/evidence/",
        {"needs_resident_wifi": "false", "needs_mains_power": "unknown",
         "needs_mobile_signal": "true", "works_offline": "on", "languages": "English, Welsh",
         "next": ""},
    )  # fmt: skip

    challenge.refresh_from_db()
    solution.refresh_from_db()
    assert challenge.hard_constraints() == [
        "Must work with MRI Housing",
        "Cannot rely on residents' Wi-Fi",
        "Must be available in Welsh",
    ]
    assert (solution.needs_resident_wifi, solution.needs_mains_power) == (False, None)
    assert (solution.needs_mobile_signal, solution.works_offline) == (True, True)
    assert solution.languages == "English, Welsh"
