"""The REST API under generated JSON bodies: 2xx, or 400 with a JSON body naming the fields at
fault (409 where the state, not the input, is wrong). Never a 500: the test client raises any
exception a view lets escape, so a crash fails the example that caused it."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from rest_framework.test import APIClient

from marketplace.catalogue.models import Challenge
from marketplace.cohorts.models import Cohort
from marketplace.organisations.models import Organisation
from marketplace.proposals import services as proposal_services
from marketplace.proposals.models import PilotProposal
from tests.marketplace.catalogue.factories import ChallengeFactory
from tests.marketplace.proposals.support import published_pair
from tests.properties.support import (
    JSON,
    hostile_choice,
    integers,
    isolated,
    json_body,
    properties,
    send_json,
    text,
)

pytestmark = pytest.mark.django_db

# Keys DRF uses for errors that belong to no one field, and the domain's refusals.
GENERAL = {"non_field_errors", "detail", "code"}


@pytest.fixture(autouse=True)
def _no_limits(settings):
    # Hundreds of requests a minute from one user is the point here, not abuse.
    settings.ACTION_RATE_LIMITS = {action: "100000/m" for action in settings.ACTION_RATE_LIMITS}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}


def api_as(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def assert_answered(response, body, *, created: int = 200, named: set[str] = frozenset()):
    """2xx, or a 400 whose JSON names only fields that were sent (or may be named by a rule)."""
    assert response.status_code in (created, 400), (response.status_code, response.content[:300])
    if response.status_code == 400:
        errors = response.json()
        assert isinstance(errors, dict) and errors, errors
        sent = set(body) if isinstance(body, dict) else set()
        fields = {name if name in sent else name.split(".")[0] for name in errors}
        assert fields <= sent | set(named) | GENERAL, (sorted(fields), errors)
        assert all(errors.values())


def bodies(fields: dict) -> st.SearchStrategy:
    """Mostly an object of the fields, now and then any JSON at all."""
    return st.one_of(json_body(fields), json_body(fields), JSON)


CHALLENGE = {
    "title": text(),
    "summary": text(),
    "problem_statement": text(),
    "homes_affected": integers(),
    "budget_min_pence": integers(),
    "budget_max_pence": integers(),
    "pilot_length_weeks": integers(),
    "respond_by": st.one_of(st.dates().map(str), text()),
    "procurement_route": hostile_choice(["framework", "open_tender"], loose=False),
    "visibility": hostile_choice(["public", "members"], loose=False),
    "themes": st.lists(st.sampled_from(["damp-mould-condensation", "repairs-maintenance", "x"])),
    "regions": st.lists(st.sampled_from(["TLC", "TLD", "ZZZ"])),
    "contact": st.one_of(st.emails(), st.sampled_from(["member@tyne.example"])),
}
BUDGET = {"budget_min_pence", "budget_max_pence"}


@properties
@given(body=bodies(CHALLENGE), organisation=st.sampled_from(["tyne-homes"] * 3 + ["", "nope"]))
@example(body={"title": "Damp\x00", "summary": "x"}, organisation="tyne-homes")
@example(body={"title": "Damp", "summary": "\ud800"}, organisation="tyne-homes")
@example(body={"title": "Damp", "themes": ["\ud800"]}, organisation="tyne-homes")
@example(body={"title": "Damp"}, organisation="tyne-homes\x00")
@example(body={"title": "Damp", "regions": ["TLC\x00"]}, organisation="tyne-homes")
def test_posting_a_challenge_answers_201_or_names_the_field(provider_member, body, organisation):
    client = api_as(provider_member)
    if isinstance(body, dict):
        body = {"organisation": organisation, **body}
    with isolated():
        response = send_json(client, "POST", "/api/v1/challenges/", body)
        assert_answered(response, body, created=201, named={"organisation", "title", *BUDGET})
        if response.status_code == 201:
            challenge = Challenge.objects.get(pk=response.json()["id"])
            assert response.json()["title"] == challenge.title != ""


@pytest.fixture
def challenge(provider) -> Challenge:
    return ChallengeFactory(organisation=provider)


@properties
@given(body=bodies(CHALLENGE))
@example(body={"problem_statement": "\x00"})
def test_patching_a_challenge_answers_200_or_names_the_field(challenge, provider_member, body):
    client = api_as(provider_member)
    with isolated():
        before = Challenge.objects.values().get(pk=challenge.pk)
        response = send_json(client, "PATCH", f"/api/v1/challenges/{challenge.pk}/", body)
        assert_answered(response, body, named=BUDGET)
        if response.status_code != 200:
            assert Challenge.objects.values().get(pk=challenge.pk) == before


ORGANISATION = {
    "name": text(),
    "kind": hostile_choice(["housing_provider", "supplier", "programme"], loose=False),
    "registered_number": st.one_of(text(), st.sampled_from(["L4321", "12345678"])),
    "website": st.one_of(text(), st.just("https://wear.example")),
    "homes_managed": integers(),
    "employees": integers(),
    "description": text(),
    "regions": st.lists(st.sampled_from(["TLC", "ZZZ"])),
}


@properties
@given(body=bodies(ORGANISATION))
@example(body={"name": "Wear", "kind": "supplier", "registered_number": "12345678",
               "employees": 3, "description": "\x00"})  # fmt: skip
def test_registering_an_organisation_answers_201_or_names_the_field(outsider, body):
    client = api_as(outsider)
    with isolated():
        count = Organisation.objects.count()
        response = send_json(client, "POST", "/api/v1/organisations/", body)
        # Required, whatever was sent; and each kind needs its size (homes or staff).
        named = {"name", "kind", "registered_number", "homes_managed", "employees"}
        assert_answered(response, body, created=201, named=named)
        assert Organisation.objects.count() == count + (response.status_code == 201)


@pytest.fixture
def proposal(provider, supplier, provider_member, supplier_member) -> PilotProposal:
    challenge, solution = published_pair(provider, supplier)
    interest = proposal_services.interest_express(
        user=supplier_member, challenge=challenge, solution=solution, pitch="Sensors."
    )
    return proposal_services.interest_accept(user=provider_member, interest=interest)


ROW = st.dictionaries(
    st.sampled_from(
        [
            "metric",
            "baseline",
            "target",
            "how_measured",
            "title",
            "due_on",
            "item",
            "amount_pence",
            "paid_by",
            "id",
        ]
    ),
    st.one_of(text(), integers(), st.dates().map(str), st.none()),
)
PROPOSAL = {
    "version": st.one_of(st.just(1), integers()),
    "title": text(),
    "objectives": text(),
    "scope_homes": integers(),
    "indicative_cost_pence": integers(),
    "processes_personal_data": st.one_of(st.booleans(), text()),
    "special_category_data": st.one_of(st.none(), st.booleans()),
    "lawful_basis": hostile_choice(["consent", "public_task"], loose=False),
    "metrics": st.lists(ROW, max_size=3),
    "milestones": st.lists(ROW, max_size=3),
    "budget_lines": st.lists(ROW, max_size=3),
}


@properties
@given(body=bodies(PROPOSAL))
@example(body={"version": 1, "objectives": "Show\x00"})
@example(body={"version": 1, "milestones": [{"title": "\x00", "due_on": "2027-01-01"}]})
def test_patching_a_proposal_answers_200_or_names_the_field(proposal, supplier_member, body):
    client = api_as(supplier_member)
    with isolated():
        before = PilotProposal.objects.values().get(pk=proposal.pk)
        response = send_json(client, "PATCH", f"/api/v1/proposals/{proposal.pk}/", body)
        assert response.status_code != 409 or response.json()["code"] == "stale_version"
        if response.status_code != 409:
            assert_answered(response, body, named={"version"})
        if response.status_code != 200:
            assert PilotProposal.objects.values().get(pk=proposal.pk) == before


COHORT = {
    "name": text(),
    "description": text(),
    "stage": hostile_choice(["planning", "open"], loose=False),
    "opens_on": st.one_of(st.dates().map(str), text()),
    "matching_on": st.one_of(st.dates().map(str), text()),
    "fee_pence": integers(),
    "max_pilots_per_supplier": integers(),
    "min_pairing_score": st.one_of(st.floats(allow_nan=False, allow_infinity=False), text()),
    "themes": st.lists(st.sampled_from(["damp-mould-condensation", "x"])),
}


@properties
@given(body=bodies(COHORT))
@example(body={"name": "Damp 2027", "description": "\x00"})
@example(body={"name": "Damp 2027", "min_pairing_score": "nan"})
@example(body={"name": "Damp 2027", "themes": ["damp\x00"]})
def test_creating_a_cohort_answers_201_or_names_the_field(staff_user, body):
    client = api_as(staff_user)
    with isolated():
        response = send_json(client, "POST", "/api/v1/cohorts/", body)
        # A stage date out of order is reported on the later one.
        assert_answered(response, body, created=201, named={"name", "matching_on", "opens_on"})
        if response.status_code == 201:
            cohort = Cohort.objects.get(slug=response.json()["slug"])
            assert cohort.fee_pence >= 0 and 0 <= cohort.min_pairing_score <= 1


@properties
@given(body=bodies({"body": text()}))
@example(body={"body": "Hello @member\x00"})
def test_commenting_answers_201_or_names_the_body(proposal, supplier_member, body):
    client = api_as(supplier_member)
    with isolated():
        response = send_json(client, "POST", f"/api/v1/proposals/{proposal.pk}/comments/", body)
        assert_answered(response, body, created=201, named={"body"})


NOT_JSON = [b'{"title": ', b"\xff\xfe", b"NaN", b'{"title": NaN}', b"[" * 2000, b"{" * 5000]


@properties
@given(raw=st.one_of(st.binary(max_size=60), st.sampled_from(NOT_JSON)))
def test_a_body_that_is_not_json_answers_400(provider_member, raw):
    client = api_as(provider_member)
    with isolated():
        response = client.generic(
            "POST", "/api/v1/challenges/", raw, content_type="application/json"
        )
        assert response.status_code == 400, response.content[:300]
        assert response.json()
