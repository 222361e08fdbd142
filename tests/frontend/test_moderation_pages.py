import re

import pytest
from django.core import mail
from django.test import Client

from marketplace.catalogue.models import Challenge, Status, Visibility
from marketplace.core.models import AuditEntry
from tests.conftest import PASSWORD
from tests.frontend.guided_form import (
    BUDGET_STEP,
    CONSTRAINTS_STEP,
    DETAIL_STEP,
    client_for,
    problem_step,
)
from tests.marketplace.catalogue.factories import ChallengeFactory, row_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("user", ["provider_admin", "outsider"])
def test_moderation_is_for_staff_only(request, user):
    response = client_for(request.getfixturevalue(user)).get("/moderation/")

    assert response.status_code == 404


def test_moderation_lists_submissions(staff_user, provider):
    ChallengeFactory(organisation=provider, title="Waiting", status=Status.SUBMITTED)
    ChallengeFactory(organisation=provider, title="Still a draft")

    response = client_for(staff_user).get("/moderation/")

    assert [c.title for c in response.context["challenges"]] == ["Waiting"]
    assert "Waiting" in response.content.decode()
    assert "Still a draft" not in response.content.decode()


def test_publish_button_publishes(staff_user, provider):
    submitted = ChallengeFactory(organisation=provider, status=Status.SUBMITTED)

    response = client_for(staff_user).post(f"/challenges/{submitted.pk}/publish/")

    assert response["Location"] == "/moderation/"
    submitted.refresh_from_db()
    assert submitted.status == Status.PUBLISHED


def test_reject_with_no_reason_says_so_and_it_stays_submitted(staff_user, provider):
    submitted = ChallengeFactory(organisation=provider, status=Status.SUBMITTED)

    response = client_for(staff_user).post(
        f"/challenges/{submitted.pk}/reject/", {"reason": ""}, follow=True
    )

    assert [str(m) for m in response.context["messages"]] == [
        "Not rejected: This field is required."
    ]
    submitted.refresh_from_db()
    assert submitted.status == Status.SUBMITTED
    assert AuditEntry.objects.count() == 0


def test_non_staff_cannot_reject_or_publish(provider_admin, provider):
    submitted = ChallengeFactory(organisation=provider, status=Status.SUBMITTED)
    before = row_of(submitted)
    client = client_for(provider_admin)

    rejected = client.post(f"/challenges/{submitted.pk}/reject/", {"reason": "Mine."})
    published = client.post(f"/challenges/{submitted.pk}/publish/")

    assert rejected.status_code == 404
    assert published["Location"] == f"/challenges/{submitted.pk}/"
    assert row_of(submitted) == before
    assert AuditEntry.objects.count() == 0


def test_rejected_draft_shows_the_reason_to_its_owner(staff_user, provider_member, provider):
    submitted = ChallengeFactory(organisation=provider, status=Status.SUBMITTED)

    client_for(staff_user).post(f"/challenges/{submitted.pk}/reject/", {"reason": "Add figures."})
    detail = client_for(provider_member).get(f"/challenges/{submitted.pk}/")
    mine = client_for(provider_member).get("/my/")

    submitted.refresh_from_db()
    assert (submitted.status, submitted.rejection_reason) == (Status.DRAFT, "Add figures.")
    assert "Programme staff asked for changes:</strong> Add figures." in detail.content.decode()
    assert "(changes requested)" in mine.content.decode()


def test_wrong_state_transition_shows_the_reason(provider_member, provider):
    submitted = ChallengeFactory(organisation=provider, status=Status.SUBMITTED)

    response = client_for(provider_member).post(f"/challenges/{submitted.pk}/submit/", follow=True)

    assert [str(m) for m in response.context["messages"]] == [
        "This challenge is submitted for moderation; only a challenge that is draft can be "
        "submitted."
    ]
    submitted.refresh_from_db()
    assert submitted.status == Status.SUBMITTED


def test_my_organisation_lists_its_drafts_and_not_others(provider_member, provider, other_provider):
    ChallengeFactory(organisation=provider, title="Our draft")
    ChallengeFactory(organisation=other_provider, title="Their draft")

    response = client_for(provider_member).get("/my/")

    assert [c.title for c in response.context["entries"]] == ["Our draft"]
    assert "Their draft" not in response.content.decode()


# End to end


def test_new_user_signs_up_posts_a_challenge_and_staff_see_it(staff_user):
    client = Client()
    client.post(
        "/accounts/signup/",
        {"email": "ada@wear.example", "password1": PASSWORD, "password2": PASSWORD,
         "full_name": "Ada New"},
    )  # fmt: skip
    confirm = re.search(r"http://testserver(/accounts/confirm-email/[-:\w]+/)", mail.outbox[0].body)
    client.post(confirm.group(1))
    assert (
        client.post("/accounts/login/", {"login": "ada@wear.example", "password": PASSWORD})[
            "Location"
        ]
        == "/onboarding/"
    )
    client.post(
        "/organisations/new/",
        {"kind": "housing_provider", "name": "Wear Homes", "registered_number": "L9999",
         "homes_managed": "800"},
    )  # fmt: skip

    client.post("/challenges/new/", problem_step())
    challenge = Challenge.objects.get()
    for step, data in [("detail", DETAIL_STEP), ("constraints", CONSTRAINTS_STEP),
                       ("budget", {**BUDGET_STEP, "visibility": Visibility.PUBLIC})]:  # fmt: skip
        assert client.post(f"/challenges/{challenge.pk}/edit/{step}/", data).status_code == 302
    submitted = client.post(f"/challenges/{challenge.pk}/submit/")
    queue = client_for(staff_user).get("/moderation/")

    assert submitted["Location"] == f"/challenges/{challenge.pk}/"
    challenge.refresh_from_db()
    assert (challenge.status, challenge.organisation.name) == (Status.SUBMITTED, "Wear Homes")
    assert [c.pk for c in queue.context["challenges"]] == [challenge.pk]
    assert "Find damp before residents report it" in queue.content.decode()
