import pytest
from rest_framework.test import APIClient

from marketplace.catalogue.models import Challenge, Solution, Status
from marketplace.core.models import AuditEntry
from tests.marketplace.catalogue.factories import (
    DAMP,
    ENERGY,
    REPAIRS,
    ChallengeFactory,
    SolutionFactory,
    row_of,
)

pytestmark = pytest.mark.django_db

CHALLENGES = "/api/v1/challenges/"
SOLUTIONS = "/api/v1/solutions/"


def api_as(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def new_challenge(**overrides) -> dict:
    return {
        "organisation": "tyne-homes",
        "title": "Find damp before residents report it",
        "summary": "Reports arrive late.",
        "themes": [DAMP],
        "regions": ["TLC"],
        **overrides,
    }


# Create


def test_member_creates_a_draft_challenge(provider_member, provider):
    response = api_as(provider_member).post(CHALLENGES, new_challenge(), format="json")

    assert response.status_code == 201
    body = response.json()
    assert (body["status"], body["themes"], body["regions"]) == ("draft", [DAMP], ["TLC"])
    assert body["organisation"] == {
        "slug": "tyne-homes",
        "name": "Tyne Homes",
        "kind": "housing_provider",
    }
    challenge = Challenge.objects.get()
    assert (challenge.pk, challenge.organisation, challenge.created_by) == (
        body["id"],
        provider,
        provider_member,
    )
    assert AuditEntry.objects.get().action == "challenge.create"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        (new_challenge(organisation=None), "organisation"),
        ({"title": "No organisation"}, "organisation"),
        (new_challenge(organisation="mersey-homes"), "organisation"),
        (new_challenge(organisation="no-such-org"), "organisation"),
        (new_challenge(themes=["no-such-theme"]), "themes"),
        (new_challenge(themes=[DAMP, REPAIRS, ENERGY, "building-fire-safety"]), "themes"),
        (new_challenge(regions=["XXX"]), "regions"),
        (new_challenge(budget_min_pence=3_000_000, budget_max_pence=1_000_000), "budget_min_pence"),
        (new_challenge(budget_max_pence=-1), "budget_max_pence"),
        (new_challenge(problem_statement="x" * 20_001), "problem_statement"),
        (new_challenge(problem_statement="x" * 10 * 1024 * 1024), "problem_statement"),
        (new_challenge(contact="admin@mersey.example"), "contact"),
        (new_challenge(procurement_route="bribery"), "procurement_route"),
        (new_challenge(title=""), "title"),
        (new_challenge(pilot_homes=0), "pilot_homes"),
        (new_challenge(homes_affected=150, pilot_homes=200), "pilot_homes"),
        (new_challenge(housing_system="spreadsheets"), "housing_system"),
        (new_challenge(no_resident_wifi="perhaps"), "no_resident_wifi"),
    ],
    ids=["null-organisation", "no-organisation", "not-a-member", "unknown-organisation",
         "unknown-theme", "four-themes", "unknown-region", "budget-min-above-max",
         "negative-budget", "long-text", "ten-megabytes", "contact-not-member", "unknown-route",
         "blank-title", "no-pilot-homes", "pilot-above-homes-affected", "unknown-system",
         "not-a-tick"],
)  # fmt: skip
def test_invalid_challenge_is_400_naming_the_field_and_nothing_is_saved(
    provider_member, other_provider_admin, payload, field
):
    response = api_as(provider_member).post(CHALLENGES, payload, format="json")

    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert isinstance(response.json()[field][0], str)
    assert Challenge.objects.count() == 0
    assert AuditEntry.objects.count() == 0


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"indicative_price_pence": -100}, "indicative_price_pence"),
        ({"certifications": ["iso_99999"]}, "certifications"),
        ({"evidence_links": ["javascript:alert(1)"]}, "evidence_links"),
        ({"processes_personal_data": True}, "data_hosting"),
        ({"maturity": "mythical"}, "maturity"),
        ({"pricing_model": "per_flat_per_fortnight"}, "pricing_model"),
        ({"needs_resident_wifi": "sometimes"}, "needs_resident_wifi"),
        ({"languages": "x" * 301}, "languages"),
    ],
)
def test_invalid_solution_is_400_naming_the_field(supplier_member, supplier, overrides, field):
    payload = {"organisation": "damp-sense", "name": "Humidity sensors", **overrides}

    response = api_as(supplier_member).post(SOLUTIONS, payload, format="json")

    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert Solution.objects.count() == 0


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"pilot_homes": 0}, "Homes in the pilot must be at least 1."),
        ({"homes_affected": 1_900, "pilot_homes": 2_000},
         "Homes in the pilot (2,000) cannot be more than the homes affected (1,900)."),
    ],
)  # fmt: skip
def test_homes_in_the_pilot_are_refused_with_a_message_naming_them(
    provider_member, provider, fields, message
):
    response = api_as(provider_member).post(CHALLENGES, new_challenge(**fields), format="json")

    assert response.json() == {"pilot_homes": [message]}


def test_a_challenge_states_its_pilot_and_hard_constraints(provider_member, provider):
    constraints = {
        "homes_affected": 1_900, "pilot_homes": 150, "housing_system": "civica-cx",
        "no_resident_wifi": True, "no_mains_power": False, "no_mobile_signal": True,
        "requires_welsh": True, "requires_uk_data": True, "requires_accessibility": False,
    }  # fmt: skip

    response = api_as(provider_member).post(CHALLENGES, new_challenge(**constraints), format="json")

    assert response.status_code == 201
    assert {name: response.json()[name] for name in constraints} == constraints
    challenge = Challenge.objects.get()
    assert challenge.hard_constraints() == [
        "Must work with Civica CX",
        "Cannot rely on residents' Wi-Fi",
        "No mobile signal in places",
        "Must be available in Welsh",
        "Data must stay in the UK",
    ]


def test_a_solution_states_what_it_needs_and_reads_its_price_in_words(supplier_member, supplier):
    stated = {
        "pricing_model": "one_off_per_home", "indicative_price_pence": 35_000,
        "needs_resident_wifi": False, "needs_mains_power": True, "needs_mobile_signal": None,
        "works_offline": True, "languages": "English, Welsh",
        "meets_accessibility_standard": True,
    }  # fmt: skip

    response = api_as(supplier_member).post(
        SOLUTIONS, {"organisation": "damp-sense", "name": "Sensors", **stated}, format="json"
    )

    assert response.status_code == 201
    body = response.json()
    assert {name: body[name] for name in stated} == stated
    assert body["price_label"] == "£350 per home, one-off"


def test_the_price_label_cannot_be_written(supplier_member, supplier):
    payload = {"organisation": "damp-sense", "name": "Sensors", "price_label": "Free"}

    response = api_as(supplier_member).post(SOLUTIONS, payload, format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["price_label"]


def test_supplier_cannot_post_a_challenge(supplier_member, supplier):
    response = api_as(supplier_member).post(
        CHALLENGES, new_challenge(organisation="damp-sense"), format="json"
    )

    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    assert Challenge.objects.count() == 0


def test_anonymous_cannot_post(provider):
    response = api_as(None).post(CHALLENGES, new_challenge(), format="json")

    assert response.status_code == 403
    assert Challenge.objects.count() == 0


# Read and edit


def test_other_organisation_gets_404_for_a_draft_not_403(other_provider_admin, provider):
    draft = ChallengeFactory(organisation=provider)
    before = row_of(draft)
    client = api_as(other_provider_admin)

    responses = [
        client.get(f"{CHALLENGES}{draft.pk}/"),
        client.patch(f"{CHALLENGES}{draft.pk}/", {"title": "Mine now"}, format="json"),
        client.post(f"{CHALLENGES}{draft.pk}/submit/"),
        client.post(f"{CHALLENGES}{draft.pk}/archive/"),
    ]

    assert [r.status_code for r in responses] == [404, 404, 404, 404]
    assert [r.json()["detail"] for r in responses] == ["No such challenge."] * 4
    assert row_of(draft) == before
    assert AuditEntry.objects.count() == 0


def test_anonymous_gets_404_for_a_members_only_challenge(provider):
    members_only = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)

    assert api_as(None).get(f"{CHALLENGES}{members_only.pk}/").status_code == 404


def test_other_organisation_cannot_patch_a_published_challenge(other_provider_admin, provider):
    published = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)
    before = row_of(published)

    response = api_as(other_provider_admin).patch(
        f"{CHALLENGES}{published.pk}/", {"title": "Hijacked"}, format="json"
    )

    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    assert row_of(published) == before


def test_patch_cannot_change_the_status_and_says_so(provider_member, provider):
    draft = ChallengeFactory(organisation=provider)
    before = row_of(draft)

    response = api_as(provider_member).patch(
        f"{CHALLENGES}{draft.pk}/", {"status": "published", "summary": "Shorter."}, format="json"
    )

    assert response.status_code == 400
    assert response.json() == {"status": ["This field cannot be set."]}
    assert row_of(draft) == before


def test_html_is_stored_and_returned_as_text(provider_member, provider):
    script = "<script>alert(1)</script>"

    response = api_as(provider_member).post(CHALLENGES, new_challenge(title=script), format="json")

    assert response.status_code == 201
    assert response.json()["title"] == script
    assert response["Content-Type"] == "application/json"


# Transitions


def test_lifecycle_through_the_api(provider_member, provider_admin, staff_user, provider):
    draft = ChallengeFactory(organisation=provider)
    url = f"{CHALLENGES}{draft.pk}"

    submitted = api_as(provider_member).post(f"{url}/submit/")
    published = api_as(staff_user).post(f"{url}/publish/")
    closed = api_as(provider_admin).post(f"{url}/close/")
    archived = api_as(provider_admin).post(f"{url}/archive/")

    assert [r.status_code for r in (submitted, published, closed, archived)] == [200] * 4
    assert [r.json()["status"] for r in (submitted, published, closed, archived)] == [
        "submitted",
        "published",
        "closed",
        "archived",
    ]
    assert AuditEntry.objects.count() == 4


def test_wrong_state_is_400_with_code_invalid_state(staff_user, provider):
    published = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)

    response = api_as(staff_user).post(f"{CHALLENGES}{published.pk}/publish/")

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_state"
    assert AuditEntry.objects.count() == 0


def test_non_staff_publish_is_403(provider_admin, provider):
    submitted = ChallengeFactory(organisation=provider, status=Status.SUBMITTED)

    response = api_as(provider_admin).post(f"{CHALLENGES}{submitted.pk}/publish/")

    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    submitted.refresh_from_db()
    assert submitted.status == Status.SUBMITTED


def test_submitting_an_incomplete_draft_is_400_listing_the_missing_fields(
    provider_member, provider
):
    draft = ChallengeFactory(organisation=provider, problem_statement="", pilot_length_weeks=None)

    response = api_as(provider_member).post(f"{CHALLENGES}{draft.pk}/submit/")

    assert response.status_code == 400
    assert set(response.json()) == {"problem_statement", "pilot_length_weeks"}
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


@pytest.mark.parametrize("payload", [{}, {"reason": ""}, {"reason": "   "}])
def test_reject_without_a_reason_is_400_naming_reason(staff_user, provider, payload):
    submitted = ChallengeFactory(organisation=provider, status=Status.SUBMITTED)

    response = api_as(staff_user).post(
        f"{CHALLENGES}{submitted.pk}/reject/", payload, format="json"
    )

    assert response.status_code == 400
    assert list(response.json()) == ["reason"]
    submitted.refresh_from_db()
    assert submitted.status == Status.SUBMITTED


def test_reject_with_a_reason_returns_a_draft_carrying_it(staff_user, supplier):
    submitted = SolutionFactory(organisation=supplier, status=Status.SUBMITTED)

    response = api_as(staff_user).post(
        f"{SOLUTIONS}{submitted.pk}/reject/", {"reason": "Add evidence."}, format="json"
    )

    assert response.status_code == 200
    assert (response.json()["status"], response.json()["rejection_reason"]) == (
        "draft",
        "Add evidence.",
    )


# Tokens


def test_signed_in_session_gets_a_token_that_then_authenticates(provider_member):
    session = APIClient()
    session.force_login(provider_member)

    issued = session.post("/api/v1/auth/token/")
    scripted = APIClient(HTTP_AUTHORIZATION=f"Token {issued.json()['token']}")
    me = scripted.get("/api/v1/me/")

    assert issued.status_code == 201
    assert me.status_code == 200
    assert me.json()["email"] == provider_member.email


def test_a_token_cannot_mint_another_token(provider_member):
    session = APIClient()
    session.force_login(provider_member)
    key = session.post("/api/v1/auth/token/").json()["token"]

    response = APIClient(HTTP_AUTHORIZATION=f"Token {key}").post("/api/v1/auth/token/")

    assert response.status_code == 403


def test_a_wrong_token_is_refused(db):
    response = APIClient(HTTP_AUTHORIZATION="Token not-a-real-key").get("/api/v1/me/")

    assert response.status_code == 403
