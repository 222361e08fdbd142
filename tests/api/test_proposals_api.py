"""Interests, proposals and comments through the API: the whole path and every refusal."""

import pytest
from rest_framework.test import APIClient

from marketplace.proposals import services
from marketplace.proposals.models import (
    Comment,
    ExpressionOfInterest,
    InterestStatus,
    PilotProposal,
    ProposalStatus,
)
from tests.marketplace.proposals.support import COMPLETE, published_pair

pytestmark = pytest.mark.django_db

INTERESTS = "/api/v1/interests/"
PROPOSALS = "/api/v1/proposals/"
PITCH = "Our sensors found damp 5 weeks earlier in Leeds."


def api_as(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def pair(provider, supplier):
    return published_pair(provider, supplier)


@pytest.fixture
def interest(pair, supplier_admin) -> ExpressionOfInterest:
    challenge, solution = pair
    return services.interest_express(
        user=supplier_admin, challenge=challenge, solution=solution, pitch=PITCH
    )


@pytest.fixture
def draft(interest, provider_admin) -> PilotProposal:
    return services.interest_accept(user=provider_admin, interest=interest)


@pytest.fixture
def signed(draft, provider_admin, supplier_admin) -> PilotProposal:
    proposal = services.proposal_update(
        user=supplier_admin, proposal=draft, version=draft.version, **COMPLETE
    )
    for admin in (provider_admin, supplier_admin):
        proposal = services.proposal_sign_off(
            user=admin, proposal=proposal, version=proposal.version
        )
    return proposal


@pytest.fixture
def submitted(signed, provider_admin) -> PilotProposal:
    return services.proposal_submit(user=provider_admin, proposal=signed, version=signed.version)


@pytest.fixture
def in_pilot(submitted, staff_user, provider_admin) -> PilotProposal:
    proposal = services.proposal_approve(user=staff_user, proposal=submitted)
    return services.proposal_start(user=provider_admin, proposal=proposal)


def state_of(proposal: PilotProposal) -> tuple:
    proposal.refresh_from_db()
    return (proposal.status, proposal.version, proposal.transitions.count())


# The whole path


def test_interest_to_completed_pilot_through_the_api(
    pair, provider_admin, supplier_admin, staff_user
):
    challenge, solution = pair
    supplier_api, provider_api = api_as(supplier_admin), api_as(provider_admin)
    staff_api = api_as(staff_user)

    expressed = supplier_api.post(
        INTERESTS, {"challenge": challenge.pk, "solution": solution.pk, "pitch": PITCH}
    )
    assert expressed.status_code == 201
    assert (expressed.json()["direction"], expressed.json()["status"]) == (
        "supplier_interest",
        "open",
    )
    accepted = provider_api.post(f"{INTERESTS}{expressed.json()['id']}/accept/", {})
    assert accepted.status_code == 201
    proposal = accepted.json()
    url = f"{PROPOSALS}{proposal['id']}/"
    assert (proposal["status"], proposal["version"], proposal["scope_homes"]) == ("draft", 1, 400)

    def step(api, path: str, **body) -> dict:
        response = getattr(api, "patch" if path == "" else "post")(
            f"{url}{path}", body, format="json"
        )
        assert response.status_code == 200, response.json()
        return response.json()

    proposal = step(supplier_api, "", version=proposal["version"], **COMPLETE)
    for api in (provider_api, supplier_api):
        proposal = step(api, "sign-off/", version=proposal["version"])
    assert proposal["sign_offs"]["provider"]["by"]["email"] == "admin@tyne.example"
    proposal = step(provider_api, "submit/", version=proposal["version"])
    proposal = step(staff_api, "request-changes/", reason="Add a resident survey.")
    assert proposal["sign_offs"]["supplier"] == {"by": None, "at": None}
    survey = {"metric": "Resident satisfaction", "baseline": "6/10", "target": "8/10",
              "how_measured": "Survey"}  # fmt: skip
    proposal = step(
        provider_api, "", version=proposal["version"], metrics=[*COMPLETE["metrics"], survey]
    )
    for api in (provider_api, supplier_api):
        proposal = step(api, "sign-off/", version=proposal["version"])
    proposal = step(supplier_api, "submit/", version=proposal["version"])
    assert proposal["status"] == "resubmitted"
    proposal = step(staff_api, "approve/", reason="A clear plan.", version=proposal["version"])
    proposal = step(provider_api, "start/")
    results = dict(zip([str(m["id"]) for m in proposal["metrics"]], ["8", "8.5/10"], strict=True))
    proposal = step(provider_api, "complete/", outcomes=results, summary="Damp found sooner.")

    assert proposal["status"] == "completed"
    assert [m["outcome"] for m in proposal["metrics"]] == ["8", "8.5/10"]
    assert proposal["outcome_summary"] == "Damp found sooner."
    assert [(t["from_status"], t["to_status"]) for t in proposal["transitions"]] == [
        ("", "draft"), ("draft", "submitted"), ("submitted", "changes_requested"),
        ("changes_requested", "resubmitted"), ("resubmitted", "approved"),
        ("approved", "in_pilot"), ("in_pilot", "completed"),
    ]  # fmt: skip
    assert proposal["transitions"][2]["actor"]["email"] == "staff@launchpad.example"
    assert api_as(provider_admin).get(url).json() == proposal


# Interests


@pytest.mark.parametrize(
    ("persona", "direction"),
    [("supplier_member", "supplier_interest"), ("provider_member", "provider_invitation")],
)
def test_direction_follows_the_posting_members_side(request, pair, persona, direction):
    challenge, solution = pair
    user = request.getfixturevalue(persona)

    response = api_as(user).post(
        INTERESTS, {"challenge": challenge.pk, "solution": solution.pk, "pitch": PITCH}
    )

    assert response.status_code == 201
    assert response.json()["direction"] == direction
    assert ExpressionOfInterest.objects.get().created_by == user


def test_outsider_cannot_open_an_interest(pair, outsider):
    challenge, solution = pair

    response = api_as(outsider).post(
        INTERESTS, {"challenge": challenge.pk, "solution": solution.pk, "pitch": PITCH}
    )

    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    assert ExpressionOfInterest.objects.count() == 0


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"pitch": ""}, "pitch"),
        ({"pitch": "x" * 2_001}, "pitch"),
        ({"challenge": 999_999}, "challenge"),
        ({"challenge": "abc"}, "challenge"),
        ({"solution": None}, "solution"),
        ({"solution": [1]}, "solution"),
    ],
    ids=["blank-pitch", "long-pitch", "no-such-challenge", "text-id", "null-solution", "list"],
)
def test_invalid_interest_is_400_naming_the_field(pair, supplier_member, change, field):
    challenge, solution = pair
    body = {"challenge": challenge.pk, "solution": solution.pk, "pitch": PITCH, **change}

    response = api_as(supplier_member).post(INTERESTS, body, format="json")

    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert ExpressionOfInterest.objects.count() == 0


def test_second_open_interest_for_a_pair_is_refused(pair, interest, supplier_member):
    challenge, solution = pair

    response = api_as(supplier_member).post(
        INTERESTS, {"challenge": challenge.pk, "solution": solution.pk, "pitch": PITCH}
    )

    assert response.status_code == 400
    assert response.json()["code"] == "duplicate"
    assert ExpressionOfInterest.objects.count() == 1


@pytest.mark.parametrize(
    ("persona", "query", "count"),
    [
        ("provider_member", "", 1),
        ("provider_member", "?box=received", 1),
        ("provider_member", "?box=sent", 0),
        ("supplier_member", "?box=sent&organisation=damp-sense", 1),
        ("supplier_member", "?status=open", 1),
        ("supplier_member", "?status=declined", 0),
        ("other_provider_admin", "", 0),
        ("staff_user", "", 1),
    ],
)
def test_interest_list_shows_what_the_user_may_see(request, interest, persona, query, count):
    user = request.getfixturevalue(persona)

    response = api_as(user).get(f"{INTERESTS}{query}")

    assert response.status_code == 200
    assert response.json()["count"] == count


@pytest.mark.parametrize(
    ("query", "field"),
    [("?box=archive", "box"), ("?status=maybe", "status"), ("?box=sent&organisation=heat-logic",
                                                              "organisation")],
)  # fmt: skip
def test_bad_interest_filters_are_400(interest, supplier_member, other_supplier, query, field):
    response = api_as(supplier_member).get(f"{INTERESTS}{query}")

    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_interest_list_costs_the_same_queries_whatever_the_count(
    django_assert_num_queries, provider, supplier, provider_member, supplier_admin
):
    for _ in range(3):
        challenge, solution = published_pair(provider, supplier)
        services.interest_express(
            user=supplier_admin, challenge=challenge, solution=solution, pitch=PITCH
        )

    # Memberships, count, page.
    with django_assert_num_queries(3):
        response = api_as(provider_member).get(INTERESTS)

    assert response.json()["count"] == 3


def test_interest_of_other_organisations_is_404(interest, other_provider_admin):
    api = api_as(other_provider_admin)

    assert api.get(f"{INTERESTS}{interest.pk}/").status_code == 404
    assert api.post(f"{INTERESTS}{interest.pk}/accept/").status_code == 404
    interest.refresh_from_db()
    assert interest.status == InterestStatus.OPEN


def test_the_side_that_sent_the_interest_cannot_accept_it(interest, supplier_admin):
    response = api_as(supplier_admin).post(f"{INTERESTS}{interest.pk}/accept/")

    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    interest.refresh_from_db()
    assert interest.status == InterestStatus.OPEN
    assert PilotProposal.objects.count() == 0


def test_an_answered_interest_cannot_be_answered_again(draft, interest, provider_admin):
    response = api_as(provider_admin).post(f"{INTERESTS}{interest.pk}/decline/")

    assert response.status_code == 409
    assert response.json() == {
        "detail": "This expression of interest is already accepted.",
        "code": "invalid_state",
    }
    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED


@pytest.mark.parametrize(
    ("persona", "action", "status"),
    [("provider_member", "decline", "declined"), ("supplier_member", "withdraw", "withdrawn")],
)
def test_interest_answers_carry_the_reason(request, interest, persona, action, status):
    user = request.getfixturevalue(persona)

    response = api_as(user).post(f"{INTERESTS}{interest.pk}/{action}/", {"reason": "Not now."})

    assert response.status_code == 200
    assert (response.json()["status"], response.json()["answer_reason"]) == (status, "Not now.")


# Editing a proposal


def test_patch_saves_some_fields_and_returns_the_new_version(draft, provider_member):
    response = api_as(provider_member).patch(
        f"{PROPOSALS}{draft.pk}/",
        {"version": 1, "objectives": "Show it works.", "milestones": COMPLETE["milestones"]},
        format="json",
    )

    assert response.status_code == 200
    body = response.json()
    assert (body["version"], body["objectives"]) == (2, "Show it works.")
    assert [m["due_on"] for m in body["milestones"]] == ["2027-02-01", "2027-08-01"]


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"objectives": "No version"}, ["version"]),
        ({"version": "one"}, ["version"]),
        ({"version": 1, "owner": "me"}, ["owner"]),
        ({"version": 1, "status": "approved"}, ["status"]),
        ({"version": 1, "lawful_basis": "because"}, ["lawful_basis"]),
        ({"version": 1, "scope_homes": 0}, ["scope_homes"]),
        ({"version": 1, "title": "x" * 201}, ["title"]),
        ({"version": 1, "metrics": [{"metric": "Only a name"}]}, ["metrics"]),
        ({"version": 1, "budget_lines": [{"item": "Kit", "amount_pence": -1,
                                          "paid_by": "provider"}]}, ["budget_lines"]),
        ({"version": 1, "milestones": "soon"}, ["milestones"]),
    ],
    ids=["no-version", "text-version", "unknown", "status", "choice", "min", "long", "row",
         "negative-money", "not-a-list"],
)  # fmt: skip
def test_invalid_patch_is_400_naming_the_fields(draft, provider_member, body, fields):
    before = state_of(draft)

    response = api_as(provider_member).patch(f"{PROPOSALS}{draft.pk}/", body, format="json")

    assert response.status_code == 400
    assert sorted(response.json()) == fields
    assert state_of(draft) == before


def test_stale_version_is_409_with_the_current_version(draft, provider_member, supplier_member):
    api_as(supplier_member).patch(
        f"{PROPOSALS}{draft.pk}/", {"version": 1, "risks": "Few."}, format="json"
    )

    response = api_as(provider_member).patch(
        f"{PROPOSALS}{draft.pk}/", {"version": 1, "risks": "Many."}, format="json"
    )

    assert response.status_code == 409
    assert response.json()["code"] == "stale_version"
    assert response.json()["current_version"] == 2
    draft.refresh_from_db()
    assert draft.risks == "Few."


def test_staff_may_read_but_not_edit_a_draft(draft, staff_user):
    api = api_as(staff_user)

    assert api.get(f"{PROPOSALS}{draft.pk}/").status_code == 200
    response = api.patch(f"{PROPOSALS}{draft.pk}/", {"version": 1, "risks": "x"}, format="json")

    assert response.status_code == 403
    assert state_of(draft) == (ProposalStatus.DRAFT, 1, 1)


@pytest.mark.parametrize("persona", ["other_provider_admin", "other_supplier_admin", "outsider"])
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", "", {}),
        ("patch", "", {"version": 1, "risks": "x"}),
        ("post", "sign-off/", {"version": 1}),
        ("post", "submit/", {"version": 1}),
        ("post", "abandon/", {"reason": "x"}),
        ("get", "comments/", {}),
        ("post", "comments/", {"body": "Hello"}),
    ],
)
def test_proposal_of_other_organisations_is_404(request, draft, persona, method, path, body):
    user = request.getfixturevalue(persona)

    response = getattr(api_as(user), method)(f"{PROPOSALS}{draft.pk}/{path}", body, format="json")

    assert response.status_code == 404
    assert state_of(draft) == (ProposalStatus.DRAFT, 1, 1)
    assert Comment.objects.count() == 0


def test_proposal_detail_costs_a_fixed_number_of_queries(
    django_assert_num_queries, signed, provider_member
):
    # Memberships, proposal, four row sections, two signers.
    with django_assert_num_queries(8):
        response = api_as(provider_member).get(f"{PROPOSALS}{signed.pk}/")

    assert [len(response.json()[name]) for name in ("metrics", "milestones", "budget_lines")] == [
        1, 2, 2,
    ]  # fmt: skip


def test_enormous_ids_are_404(provider_member):
    assert api_as(provider_member).get(f"{PROPOSALS}{10**30}/").status_code == 404


# Sign-off and submission


def test_only_admins_sign_off(draft, provider_member):
    response = api_as(provider_member).post(f"{PROPOSALS}{draft.pk}/sign-off/", {"version": 1})

    assert response.status_code == 403
    assert state_of(draft) == (ProposalStatus.DRAFT, 1, 1)


def test_submitting_without_both_sign_offs_is_409(draft, provider_admin):
    api_as(provider_admin).post(f"{PROPOSALS}{draft.pk}/sign-off/", {"version": 1})

    response = api_as(provider_admin).post(f"{PROPOSALS}{draft.pk}/submit/", {"version": 2})

    assert response.status_code == 409
    assert response.json() == {
        "detail": "Waiting for sign-off from Damp Sense.",
        "code": "sign_off_missing",
    }
    assert state_of(draft) == (ProposalStatus.DRAFT, 2, 1)


def test_submitting_an_incomplete_proposal_is_400_naming_what_is_missing(
    draft, provider_admin, supplier_admin
):
    for version, admin in enumerate((provider_admin, supplier_admin), start=1):
        api_as(admin).post(f"{PROPOSALS}{draft.pk}/sign-off/", {"version": version})

    response = api_as(supplier_admin).post(f"{PROPOSALS}{draft.pk}/submit/", {"version": 3})

    assert response.status_code == 400
    assert sorted(response.json()) == [
        "budget_lines", "exit_plan", "metrics", "milestones", "objectives",
        "resident_engagement", "risks", "scope_sites",
    ]  # fmt: skip
    assert state_of(draft) == (ProposalStatus.DRAFT, 3, 1)


def test_submitting_a_stale_version_is_409(signed, supplier_admin):
    before = state_of(signed)

    response = api_as(supplier_admin).post(
        f"{PROPOSALS}{signed.pk}/submit/", {"version": signed.version - 1}
    )

    assert response.status_code == 409
    assert response.json()["current_version"] == signed.version
    assert state_of(signed) == before


def test_a_submitted_proposal_cannot_be_edited(submitted, supplier_admin):
    before = state_of(submitted)

    response = api_as(supplier_admin).patch(
        f"{PROPOSALS}{submitted.pk}/", {"version": submitted.version, "risks": "x"}, format="json"
    )

    assert response.status_code == 409
    assert response.json() == {
        "detail": "A proposal that is submitted for review cannot be edited.",
        "code": "invalid_state",
    }
    assert state_of(submitted) == before


# Review


@pytest.mark.parametrize("action", ["request-changes", "approve", "decline"])
# A body staff would be told is wrong gets a participant the same refusal as a good one.
@pytest.mark.parametrize("body", [{"reason": "x"}, {}, {"version": "latest"}])
def test_only_staff_review(submitted, provider_admin, action, body):
    before = state_of(submitted)

    response = api_as(provider_admin).post(
        f"{PROPOSALS}{submitted.pk}/{action}/", body, format="json"
    )

    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    assert state_of(submitted) == before


@pytest.mark.parametrize("action", ["request-changes", "approve", "decline"])
def test_a_draft_cannot_be_reviewed(draft, staff_user, action):
    response = api_as(staff_user).post(f"{PROPOSALS}{draft.pk}/{action}/", {"reason": "x"})

    assert response.status_code == 409
    assert response.json()["code"] == "invalid_state"
    assert state_of(draft) == (ProposalStatus.DRAFT, 1, 1)


@pytest.mark.parametrize(
    ("action", "body", "field"),
    [
        ("request-changes", {}, "reason"),
        ("decline", {"reason": "   "}, "reason"),
        ("approve", {"version": "latest"}, "version"),
        ("approve", {"reason": "x" * 2_001}, "reason"),
    ],
)
def test_invalid_review_is_400_naming_the_field(submitted, staff_user, action, body, field):
    before = state_of(submitted)

    response = api_as(staff_user).post(f"{PROPOSALS}{submitted.pk}/{action}/", body, format="json")

    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert state_of(submitted) == before


def test_review_of_a_version_that_moved_on_is_409(submitted, staff_user):
    before = state_of(submitted)

    response = api_as(staff_user).post(
        f"{PROPOSALS}{submitted.pk}/approve/", {"version": submitted.version + 1}
    )

    assert response.status_code == 409
    assert response.json()["current_version"] == submitted.version
    assert state_of(submitted) == before


# Running the pilot


def test_the_supplier_cannot_start_the_pilot(submitted, staff_user, supplier_admin):
    approved = services.proposal_approve(user=staff_user, proposal=submitted)
    before = state_of(approved)

    response = api_as(supplier_admin).post(f"{PROPOSALS}{approved.pk}/start/")

    assert response.status_code == 403
    assert state_of(approved) == before


def test_a_proposal_under_review_cannot_start(submitted, provider_admin):
    before = state_of(submitted)

    response = api_as(provider_admin).post(f"{PROPOSALS}{submitted.pk}/start/")

    assert response.status_code == 409
    assert state_of(submitted) == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"outcomes": {"first": "8"}, "summary": "Done."}, "outcomes"),
        ({"outcomes": {"²": "8"}, "summary": "Done."}, "outcomes"),
        ({"outcomes": ["8"], "summary": "Done."}, "outcomes"),
        ({"outcomes": {"1": True}, "summary": "Done."}, "outcomes"),
        ({"outcomes": {}, "summary": " "}, "summary"),
        ({"outcomes": {}}, "summary"),
    ],
    ids=["word-key", "superscript-key", "list", "bool", "blank-summary", "no-summary"],
)
def test_invalid_completion_is_400_naming_the_field(in_pilot, provider_admin, body, field):
    before = state_of(in_pilot)

    response = api_as(provider_admin).post(
        f"{PROPOSALS}{in_pilot.pk}/complete/", body, format="json"
    )

    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert state_of(in_pilot) == before


def test_completion_needs_a_result_for_every_metric(in_pilot, provider_admin):
    metric = in_pilot.metrics.get()

    response = api_as(provider_admin).post(
        f"{PROPOSALS}{in_pilot.pk}/complete/",
        {"outcomes": {"999999": "8"}, "summary": "Done."},
        format="json",
    )

    assert response.status_code == 400
    assert list(response.json()) == [f"outcomes.{metric.pk}"]
    assert state_of(in_pilot)[0] == ProposalStatus.IN_PILOT


@pytest.mark.parametrize(
    ("persona", "code"),
    [("provider_member", 403), ("supplier_admin", 200), ("staff_user", 200)],
)
def test_admins_of_either_side_or_staff_abandon(request, draft, persona, code):
    response = api_as(request.getfixturevalue(persona)).post(
        f"{PROPOSALS}{draft.pk}/abandon/", {"reason": "Funding fell through."}
    )

    assert response.status_code == code
    draft.refresh_from_db()
    assert draft.status == (ProposalStatus.ABANDONED if code == 200 else ProposalStatus.DRAFT)


def test_abandon_needs_a_reason(draft, provider_admin):
    response = api_as(provider_admin).post(f"{PROPOSALS}{draft.pk}/abandon/", {})

    assert response.status_code == 400
    assert list(response.json()) == ["reason"]
    assert state_of(draft) == (ProposalStatus.DRAFT, 1, 1)


# Lists


@pytest.mark.parametrize(
    ("persona", "query", "count"),
    [
        ("provider_member", "", 1),
        ("supplier_member", "?status=draft", 1),
        ("supplier_member", "?status=approved", 0),
        ("other_provider_admin", "", 0),
        ("staff_user", "", 1),
    ],
)
def test_proposal_list_shows_what_the_user_may_see(request, draft, persona, query, count):
    response = api_as(request.getfixturevalue(persona)).get(f"{PROPOSALS}{query}")

    assert response.status_code == 200
    assert response.json()["count"] == count


def test_unknown_proposal_status_filter_is_400(provider_member):
    response = api_as(provider_member).get(f"{PROPOSALS}?status=lost")

    assert response.status_code == 400
    assert list(response.json()) == ["status"]


def test_proposal_list_costs_the_same_queries_whatever_the_count(
    django_assert_num_queries, provider, supplier, provider_admin, supplier_admin
):
    for _ in range(3):
        challenge, solution = published_pair(provider, supplier)
        interest = services.interest_express(
            user=supplier_admin, challenge=challenge, solution=solution, pitch=PITCH
        )
        services.interest_accept(user=provider_admin, interest=interest)

    # Memberships, count, page.
    with django_assert_num_queries(3):
        response = api_as(provider_admin).get(PROPOSALS)

    assert response.json()["count"] == 3


# Comments


def test_comments_on_a_proposal_mention_participants(draft, provider_member, supplier_member):
    url = f"{PROPOSALS}{draft.pk}/comments/"

    # Two people here are member@…, so the handle needs the whole address.
    posted = api_as(provider_member).post(url, {"body": "Check this, @member@dampsense.example?"})

    assert posted.status_code == 201
    assert [p["email"] for p in posted.json()["mentions"]] == ["member@dampsense.example"]
    listed = api_as(supplier_member).get(url).json()
    assert [c["body"] for c in listed["results"]] == ["Check this, @member@dampsense.example?"]
    assert listed["results"][0]["author"]["email"] == "member@tyne.example"


def test_comments_on_an_interest(interest, supplier_member, staff_user):
    url = f"{INTERESTS}{interest.pk}/comments/"

    assert api_as(staff_user).post(url, {"body": "Happy to help."}).status_code == 201
    assert api_as(supplier_member).post(url, {"body": "Thanks."}).status_code == 201

    listed = api_as(supplier_member).get(url).json()
    assert [c["author"]["email"] for c in listed["results"]] == [
        "staff@launchpad.example",
        "member@dampsense.example",
    ]


@pytest.mark.parametrize("body", [{}, {"body": "   "}, {"body": "x" * 5_001}])
def test_invalid_comment_is_400_naming_body(draft, provider_member, body):
    response = api_as(provider_member).post(f"{PROPOSALS}{draft.pk}/comments/", body, format="json")

    assert response.status_code == 400
    assert list(response.json()) == ["body"]
    assert Comment.objects.count() == 0


def test_interest_comments_are_404_for_outsiders(interest, outsider):
    response = api_as(outsider).post(f"{INTERESTS}{interest.pk}/comments/", {"body": "Hi"})

    assert response.status_code == 404
    assert Comment.objects.count() == 0
