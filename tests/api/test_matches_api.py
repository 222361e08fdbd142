import pytest
from rest_framework.serializers import Serializer
from rest_framework.test import APIClient

from marketplace.api.catalogue_serializers import MatchSerializer
from marketplace.catalogue.models import MatchFeedback, Status
from marketplace.matchmaking.matches import matches_for, sync_with_matcher
from tests.marketplace.catalogue.factories import DAMP, ChallengeFactory, SolutionFactory
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db

COMPONENTS = {"dense", "lead", "lexical", "structured"}
REASONS = {
    "shared_themes", "shared_regions", "shared_region_names", "sentence_pairs", "fit_notes",
    "breaches",
}  # fmt: skip


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def api_as(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def indexed(*entries):
    for entry in entries:
        sync_with_matcher(type(entry).__name__.lower(), entry.pk)
    return entries


@pytest.fixture
def market(provider, supplier):
    """A published damp challenge, a damp sensor and a payroll tool, all indexed."""
    return indexed(
        ChallengeFactory(
            organisation=provider,
            status=Status.PUBLISHED,
            title="Find damp and mould before residents report it",
            summary="Condensation and black mould grow in bathrooms.",
            problem_statement="Residents report damp weeks after it starts.",
            homes_affected=400,
            pilot_homes=150,
        ),
        SolutionFactory(
            organisation=supplier,
            status=Status.PUBLISHED,
            name="Humidity sensors for damp and mould",
            summary="Battery sensors measure humidity in every room.",
            description="Alerts reach the repairs team before condensation turns into mould.",
        ),
        SolutionFactory(
            organisation=supplier,
            status=Status.PUBLISHED,
            name="Payroll for housing staff",
            summary="Pay staff and contractors on time every month.",
            description="Timesheets, holiday pay and pensions in one tool.",
            themes=[],
        ),
    )


def matches_url(kind: str, pk: int) -> str:
    return f"/api/v1/{kind}/{pk}/matches/"


def feedback_url(kind: str, pk: int, other_pk: int) -> str:
    return f"{matches_url(kind, pk)}{other_pk}/feedback/"


# GET matches


def test_challenge_matches_are_ranked_with_components_and_reasons(
    django_assert_max_num_queries, provider_member, market
):
    challenge, sensor, payroll = market
    client = api_as(provider_member)
    client.get(matches_url("challenges", challenge.pk))  # loads this process's view of the index

    # 11 (the last the regions' names), plus one when the once-a-second freshness check
    # falls inside this request.
    with django_assert_max_num_queries(12):
        response = client.get(matches_url("challenges", challenge.pk))

    assert response.status_code == 200
    body = response.json()
    assert [item["entry"]["id"] for item in body] == [sensor.pk, payroll.pk]
    top = body[0]
    assert set(top) == {"entry", "score", "feedback_nudge", "components", "reasons", "verdict"}
    assert top["feedback_nudge"] == 0.0  # nothing judged yet
    assert top["entry"] == {
        "id": sensor.pk,
        "title": "Humidity sensors for damp and mould",
        "summary": "Battery sensors measure humidity in every room.",
        "organisation": {"slug": "damp-sense", "name": "Damp Sense", "kind": "supplier"},
    }
    assert set(top["components"]) == COMPONENTS
    assert set(top["reasons"]) == REASONS
    assert top["verdict"] is None
    assert top["reasons"]["shared_themes"] == [DAMP]
    assert top["reasons"]["shared_regions"] == ["TLC"]
    assert top["reasons"]["shared_region_names"] == ["North East"]
    assert top["reasons"]["fit_notes"] == [
        "Pilot cost: £25 × 150 homes × 1 year = £3,750, within the £20,000 budget"
    ]
    assert top["reasons"]["breaches"] == []
    assert len(top["reasons"]["sentence_pairs"]) == 3
    assert set(top["reasons"]["sentence_pairs"][0]) == {
        "query_sentence",
        "match_sentence",
        "similarity",
    }
    for item in body:
        assert 0 <= item["score"] <= 1
        assert all(0 <= item["components"][name] <= 1 for name in COMPONENTS)
    assert top["score"] > body[1]["score"]


def test_each_match_is_written_as_its_declared_fields_would_write_it(provider_member, market):
    challenge, sensor, _ = market
    MatchFeedback.objects.create(
        organisation=challenge.organisation, challenge=challenge, solution=sensor,
        verdict="shortlist",
    )  # fmt: skip
    ranked = matches_for(
        user=provider_member, organisation_id=challenge.organisation_id, entry=challenge, filters={}
    )

    assert [item.verdict for item in ranked] == ["shortlist", None]
    for item in ranked:
        declared = Serializer.to_representation(MatchSerializer(item), item)
        assert MatchSerializer(item).data == declared


def test_k_limits_the_number_of_matches(provider_member, market):
    challenge, sensor, _ = market

    response = api_as(provider_member).get(matches_url("challenges", challenge.pk), {"k": 1})

    assert response.status_code == 200
    assert [item["entry"]["id"] for item in response.json()] == [sensor.pk]


@pytest.mark.parametrize("k", ["0", "101", "-1", "many"])
def test_k_out_of_range_is_a_400_naming_k(provider_member, market, k):
    challenge, *_ = market

    response = api_as(provider_member).get(matches_url("challenges", challenge.pk), {"k": k})

    assert response.status_code == 400
    assert list(response.json()) == ["k"]


def test_unknown_theme_filter_is_a_400_naming_theme(provider_member, market):
    challenge, *_ = market

    response = api_as(provider_member).get(
        matches_url("challenges", challenge.pk), {"theme": "no-such-theme"}
    )

    assert response.status_code == 400
    assert list(response.json()) == ["theme"]


def test_theme_filter_keeps_only_matches_with_that_theme(provider_member, market):
    challenge, sensor, _ = market

    response = api_as(provider_member).get(matches_url("challenges", challenge.pk), {"theme": DAMP})

    assert [item["entry"]["id"] for item in response.json()] == [sensor.pk]


@pytest.mark.parametrize("user", ["other_provider_admin", "supplier_member", "outsider"])
def test_matches_of_another_organisations_challenge_are_a_404(request, user, market):
    challenge, *_ = market

    response = api_as(request.getfixturevalue(user)).get(matches_url("challenges", challenge.pk))

    assert response.status_code == 404


def test_matches_need_a_signed_in_user(market):
    challenge, *_ = market

    response = api_as(None).get(matches_url("challenges", challenge.pk))

    assert response.status_code in {401, 403}


def test_matches_of_a_draft_are_a_400_saying_not_published(provider_member, provider):
    draft = ChallengeFactory(organisation=provider)

    response = api_as(provider_member).get(matches_url("challenges", draft.pk))

    assert response.status_code == 400
    assert response.json() == {
        "detail": "Matches appear once programme staff have published this entry.",
        "code": "not_published",
    }


def test_matches_of_a_challenge_not_yet_indexed_say_so_instead_of_failing(
    provider_member, provider, market
):
    # Published a moment ago: its sync task has not run yet.
    fresh = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)

    response = api_as(provider_member).get(matches_url("challenges", fresh.pk))

    assert response.status_code in {409, 503}
    assert response.json()["detail"] == (
        "Matches are being prepared for this text. Try again in a moment."
    )


# POST feedback


def test_dismissed_solution_is_a_204_and_gone_from_the_next_get(provider_member, provider, market):
    challenge, sensor, payroll = market
    client = api_as(provider_member)

    response = client.post(
        feedback_url("challenges", challenge.pk, sensor.pk), {"verdict": "dismiss"}, format="json"
    )

    assert response.status_code == 204
    feedback = MatchFeedback.objects.get()
    assert (feedback.challenge, feedback.solution, feedback.organisation, feedback.verdict) == (
        challenge,
        sensor,
        provider,
        "dismiss",
    )
    again = client.get(matches_url("challenges", challenge.pk)).json()
    assert [item["entry"]["id"] for item in again] == [payroll.pk]


def test_shortlisted_solution_stays_with_its_verdict(provider_member, market):
    challenge, sensor, payroll = market
    client = api_as(provider_member)

    response = client.post(
        feedback_url("challenges", challenge.pk, sensor.pk), {"verdict": "shortlist"}, format="json"
    )

    assert response.status_code == 204
    again = client.get(matches_url("challenges", challenge.pk)).json()
    assert [(item["entry"]["id"], item["verdict"]) for item in again] == [
        (sensor.pk, "shortlist"),
        (payroll.pk, None),
    ]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"verdict": "not_relevant"}, "reason"),
        ({"verdict": "not_relevant", "reason": "  "}, "reason"),
        ({"verdict": "love-it"}, "verdict"),
        ({}, "verdict"),
        ({"verdict": "not_relevant", "reason": "x" * 501}, "reason"),
    ],
    ids=["no-reason", "blank-reason", "unknown-verdict", "no-verdict", "reason-too-long"],
)
def test_invalid_feedback_is_a_400_and_records_nothing(provider_member, market, payload, field):
    challenge, sensor, _ = market

    response = api_as(provider_member).post(
        feedback_url("challenges", challenge.pk, sensor.pk), payload, format="json"
    )

    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert MatchFeedback.objects.count() == 0


def test_feedback_on_another_organisations_challenge_is_a_404(other_provider_admin, market):
    challenge, sensor, _ = market

    response = api_as(other_provider_admin).post(
        feedback_url("challenges", challenge.pk, sensor.pk), {"verdict": "dismiss"}, format="json"
    )

    assert response.status_code == 404
    assert MatchFeedback.objects.count() == 0


def test_feedback_on_another_organisations_draft_is_a_404(provider_member, market, other_supplier):
    challenge, *_ = market
    draft = SolutionFactory(organisation=other_supplier, status=Status.DRAFT)

    response = api_as(provider_member).post(
        feedback_url("challenges", challenge.pk, draft.pk), {"verdict": "shortlist"}, format="json"
    )

    assert response.status_code == 404
    assert MatchFeedback.objects.count() == 0


# The supplier side


def test_solution_matches_list_the_challenge(supplier_member, market):
    challenge, sensor, _ = market

    response = api_as(supplier_member).get(matches_url("solutions", sensor.pk))

    assert response.status_code == 200
    body = response.json()
    assert [item["entry"]["id"] for item in body] == [challenge.pk]
    assert body[0]["entry"]["title"] == "Find damp and mould before residents report it"
    assert body[0]["entry"]["organisation"]["slug"] == "tyne-homes"
    assert set(body[0]["components"]) == COMPONENTS
    assert set(body[0]["reasons"]) == REASONS


def test_supplier_dismisses_a_challenge_and_it_is_gone_for_the_supplier_only(
    supplier_member, supplier, provider_member, market
):
    challenge, sensor, payroll = market
    client = api_as(supplier_member)

    response = client.post(
        feedback_url("solutions", sensor.pk, challenge.pk), {"verdict": "dismiss"}, format="json"
    )

    assert response.status_code == 204
    assert MatchFeedback.objects.get().organisation == supplier
    assert client.get(matches_url("solutions", sensor.pk)).json() == []
    provider_view = api_as(provider_member).get(matches_url("challenges", challenge.pk)).json()
    assert [item["entry"]["id"] for item in provider_view] == [sensor.pk, payroll.pk]


def test_matches_of_another_suppliers_solution_are_a_404(other_supplier_admin, market):
    _, sensor, _ = market

    response = api_as(other_supplier_admin).get(matches_url("solutions", sensor.pk))

    assert response.status_code == 404
