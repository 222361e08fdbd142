"""Subjects and titles composed from names at their own limits still fit their columns."""

import pytest

from marketplace.catalogue.models import Challenge, Solution
from marketplace.cohorts.models import Cohort
from marketplace.core.text import shorten
from marketplace.jobs.models import Job
from marketplace.jobs.services import job_start
from marketplace.notifications.models import Notification
from marketplace.organisations import services as organisations
from marketplace.organisations.models import Organisation
from marketplace.proposals import services
from marketplace.proposals.comments import comment_add
from marketplace.proposals.models import PilotProposal
from tests.marketplace.proposals.support import published_pair

pytestmark = pytest.mark.django_db

SUBJECT_LIMIT = Notification._meta.get_field("subject").max_length


def longest(limit: int, word: str = "Damp") -> str:
    """Words up to exactly `limit` characters, as a person at the field's limit would type."""
    text = " ".join([word] * limit)[:limit]
    return text[:-1] + "x" if text.endswith(" ") else text


def _at_their_limits(provider, supplier):
    for organisation in (provider, supplier):
        Organisation.objects.filter(pk=organisation.pk).update(
            name=longest(Organisation._meta.get_field("name").max_length, organisation.name[:4])
        )
        organisation.refresh_from_db()
    challenge, solution = published_pair(provider, supplier)
    challenge.title = longest(Challenge._meta.get_field("title").max_length, "Mould")
    challenge.save()
    solution.name = longest(Solution._meta.get_field("name").max_length, "Sensor")
    solution.save()
    return challenge, solution


def test_shorten_keeps_text_that_fits():
    assert shorten("Tyne Homes: sensors", 19) == "Tyne Homes: sensors"


def test_shorten_cuts_after_a_whole_word_and_adds_an_ellipsis():
    assert shorten("Humidity sensors for “Find damp early”", 26) == "Humidity sensors for…"


def test_shorten_cuts_inside_one_long_word_rather_than_dropping_it():
    assert shorten("x" * 30, 10) == "x" * 9 + "…"


def test_interest_acceptance_and_comments_with_names_at_their_limits_fit_every_column(
    provider, supplier, provider_member, supplier_member
):
    challenge, solution = _at_their_limits(provider, supplier)
    supplier_member.full_name = longest(150, "Name")
    supplier_member.save()

    interest = services.interest_express(
        user=supplier_member, challenge=challenge, solution=solution, pitch="Worth a pilot."
    )
    proposal = services.interest_accept(user=provider_member, interest=interest)
    comment_add(user=supplier_member, proposal=proposal, body="@member hello")

    subjects = list(Notification.objects.order_by("pk").values_list("subject", flat=True))
    assert len(subjects) == 3
    assert [len(s) <= SUBJECT_LIMIT for s in subjects] == [True, True, True]
    assert [s.endswith("…") for s in subjects] == [True, True, True]
    assert subjects[0].startswith(f"{supplier.name[:40]}")
    title = PilotProposal.objects.get().title
    assert len(title) <= PilotProposal._meta.get_field("title").max_length
    assert title.startswith("Sensor Sensor") and title.endswith("…")


def test_verification_notices_for_an_organisation_name_at_its_limit_fit(
    provider, provider_owner, staff_user
):
    provider.name = longest(200, "Tyne")
    provider.save()

    organisations.organisation_query_verification(
        user=staff_user, organisation=provider, reason="The number is not on the register."
    )

    subject = Notification.objects.get().subject
    assert len(subject) <= SUBJECT_LIMIT
    assert subject.startswith("Please check the details of Tyne Tyne")
    assert subject.endswith("…")


def test_a_job_title_longer_than_its_column_is_shortened_not_refused(staff_user):
    cohort_name = longest(Cohort._meta.get_field("name").max_length, "Cohort")

    job = job_start(
        "cohorts.score", staff_user, 1, title=f"Score “{cohort_name}” and {cohort_name}"
    )

    job.refresh_from_db()
    assert len(job.title) <= Job._meta.get_field("title").max_length
    assert job.title.endswith("…")
