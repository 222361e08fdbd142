"""Edits to the text of a published entry go back to moderation: hidden until re-published."""

import pytest
from django.http import Http404
from rest_framework.test import APIClient

from marketplace.catalogue import services
from marketplace.catalogue.models import Challenge, Solution, Status, Visibility
from marketplace.catalogue.selectors import entry_get_for_user, moderation_queue
from marketplace.core.models import AuditEntry
from tests.frontend.guided_form import client_for, problem_step
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory

pytestmark = pytest.mark.django_db

CHALLENGE_TEXT = [
    "summary", "title", "problem_statement", "desired_outcomes", "current_approach",
    "systems_constraints", "data_protection_constraints",
]  # fmt: skip
SOLUTION_TEXT = [
    "summary", "name", "description", "evidence", "evidence_links", "other_certifications",
    "integrations", "languages",
]  # fmt: skip
NEW_TEXT = {"evidence_links": ["https://evil.test/buy"]}


def test_every_free_text_field_is_reviewed():
    assert services.reviewed_fields(Challenge) == CHALLENGE_TEXT
    assert services.reviewed_fields(Solution) == SOLUTION_TEXT


@pytest.mark.parametrize(
    ("factory", "field"),
    [(ChallengeFactory, f) for f in CHALLENGE_TEXT] + [(SolutionFactory, f) for f in SOLUTION_TEXT],
    ids=[f"challenge-{f}" for f in CHALLENGE_TEXT] + [f"solution-{f}" for f in SOLUTION_TEXT],
)
def test_changing_published_text_holds_the_entry_for_review(
    request, provider, supplier, staff_user, factory, field
):
    owner = provider if factory is ChallengeFactory else supplier
    admin = request.getfixturevalue(
        "provider_admin" if factory is ChallengeFactory else "supplier_admin"
    )
    reader = request.getfixturevalue(
        "supplier_member" if factory is ChallengeFactory else "provider_member"
    )
    entry = factory(organisation=owner, status=Status.PUBLISHED)

    services.entry_update(entry, user=admin, **{field: NEW_TEXT.get(field, "Buy crypto at evil")})

    entry.refresh_from_db()
    assert entry.status == Status.SUBMITTED
    assert entry.published_at is not None
    assert services.review_notice(entry) == services.HELD_FOR_REVIEW
    assert list(moderation_queue(type(entry))) == [entry]
    with pytest.raises(Http404):
        entry_get_for_user(type(entry), user=reader, pk=entry.pk)
    audit = AuditEntry.objects.get()
    assert (audit.before["status"], audit.after["status"]) == (Status.PUBLISHED, Status.SUBMITTED)
    assert audit.reason == "Published text changed: held for review."


@pytest.mark.parametrize(
    "changes",
    [
        {"visibility": Visibility.PUBLIC},
        {"budget_max_pence": 3_000_000, "pilot_length_weeks": 16},
        {"summary": "Residents tell us late; we find out when the wall is black."},
    ],
    ids=["visibility", "budget", "same-summary"],
)
def test_other_changes_to_a_published_entry_stay_live(provider, provider_admin, changes):
    challenge = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)

    services.entry_update(challenge, user=provider_admin, **changes)

    challenge.refresh_from_db()
    assert challenge.status == Status.PUBLISHED
    assert services.review_notice(challenge) == ""


def test_staff_publishing_a_held_entry_puts_it_back_live(
    provider, provider_admin, staff_user, supplier_member
):
    challenge = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)
    services.entry_update(challenge, user=provider_admin, title="Find damp in every flat")

    services.entry_publish(challenge, user=staff_user)

    shown = entry_get_for_user(Challenge, user=supplier_member, pk=challenge.pk)
    assert (shown.status, shown.title) == (Status.PUBLISHED, "Find damp in every flat")


def test_api_patch_of_a_published_summary_answers_held_for_review(
    provider, provider_admin, supplier_member
):
    challenge = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)
    owner, reader = APIClient(), APIClient()
    owner.force_authenticate(provider_admin)
    reader.force_authenticate(supplier_member)

    response = owner.patch(
        f"/api/v1/challenges/{challenge.pk}/", {"summary": "buy crypto at evil.test"}, format="json"
    )

    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["summary"]) == (Status.SUBMITTED, "buy crypto at evil.test")
    assert body["review_notice"] == services.HELD_FOR_REVIEW
    assert reader.get(f"/api/v1/challenges/{challenge.pk}/").status_code == 404


def test_page_edit_of_a_published_title_says_it_is_held_and_ends_the_edit(provider, provider_admin):
    challenge = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)

    response = client_for(provider_admin).post(
        f"/challenges/{challenge.pk}/edit/problem/",
        problem_step(title="Buy crypto at evil.test"),
        follow=True,
    )

    assert response.redirect_chain == [(f"/challenges/{challenge.pk}/", 302)]
    assert [str(m) for m in response.context["messages"]] == [services.HELD_FOR_REVIEW]
    challenge.refresh_from_db()
    assert (challenge.status, challenge.title) == (Status.SUBMITTED, "Buy crypto at evil.test")


def test_staff_queue_marks_an_entry_held_after_publication(provider, provider_admin, staff_user):
    challenge = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)
    services.entry_update(challenge, user=provider_admin, summary="Rewritten.")

    response = client_for(staff_user).get("/moderation/")

    assert "published before, text since changed" in response.content.decode()
