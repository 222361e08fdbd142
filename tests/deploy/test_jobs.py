"""Jobs: the service API other features use for long-running work, and the staff pages."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from marketplace.jobs.models import Job, JobStatus
from marketplace.jobs.services import (
    JobAlreadyRunning,
    job_advance,
    job_fail,
    job_finish,
    job_start,
    jobs_fail_stalled,
)

pytestmark = pytest.mark.django_db


def as_staff(client, user):
    client.force_login(user)
    return client


# The service API


def test_job_start_records_a_running_job_with_its_starter(staff_user):
    job = job_start("exports.proposals", staff_user, 40, title="Export proposals")

    row = Job.objects.get(pk=job.pk)
    assert (row.kind, row.title, row.status, row.done, row.total) == (
        "exports.proposals",
        "Export proposals",
        JobStatus.RUNNING,
        0,
        40,
    )
    assert row.created_by == staff_user
    assert row.finished_at is None


def test_job_start_by_the_system_has_no_starter():
    job = job_start("matching.check", None)

    assert (job.created_by, job.title, job.total) == (None, "matching.check", None)


def test_job_advance_adds_up_and_keeps_the_checkpoint(staff_user):
    job = job_start("exports.proposals", staff_user, 10)

    job_advance(job, 3)
    job_advance(Job.objects.get(pk=job.pk), 4, checkpoint={"after": 7})

    row = Job.objects.get(pk=job.pk)
    assert (row.done, row.checkpoint, row.percent) == (7, {"after": 7}, 70)


def test_job_finish_ends_the_job_with_its_message_and_link(staff_user):
    job = job_start("exports.proposals", staff_user, 2)

    job_finish(job, message="2 proposals exported.", link="/staff/exports/1/")

    row = Job.objects.get(pk=job.pk)
    assert row.status == JobStatus.DONE
    assert (row.message, row.link) == ("2 proposals exported.", "/staff/exports/1/")
    assert row.finished_at is not None


def test_job_finish_refuses_a_link_off_this_site(staff_user):
    job = job_start("exports.proposals", staff_user)

    with pytest.raises(ValueError, match="path on this site"):
        job_finish(job, link="javascript:alert(1)")

    assert Job.objects.get(pk=job.pk).status == JobStatus.RUNNING


def test_a_finished_job_stays_finished_whatever_a_repeated_task_reports(staff_user):
    job = job_start("exports.proposals", staff_user, 5)
    job_fail(job, "The export stopped: the disk is full.")

    job_advance(job, 5)
    job_finish(job, message="done")

    row = Job.objects.get(pk=job.pk)
    assert (row.status, row.done) == (JobStatus.FAILED, 0)
    assert row.message == "The export stopped: the disk is full."


def test_an_exclusive_job_cannot_start_twice_while_it_runs(staff_user):
    first = job_start("matching.rebuild", staff_user, exclusive=True)

    with pytest.raises(JobAlreadyRunning) as refused:
        job_start("matching.rebuild", None, exclusive=True)

    assert refused.value.job == first
    assert Job.objects.filter(kind="matching.rebuild").count() == 1


def test_an_exclusive_job_can_start_again_once_the_last_one_ended(staff_user):
    first = job_start("matching.rebuild", staff_user, exclusive=True)
    job_finish(first)

    second = job_start("matching.rebuild", staff_user, exclusive=True)

    assert second.pk != first.pk
    assert Job.objects.get(pk=second.pk).running_key == "matching.rebuild"
    assert Job.objects.get(pk=first.pk).running_key is None


def test_jobs_silent_for_too_long_are_failed_and_others_left_alone(staff_user):
    stalled = job_start("catalogue.reembed", staff_user, exclusive=True)
    lively = job_start("exports.proposals", staff_user)
    Job.objects.filter(pk=stalled.pk).update(updated_at=timezone.now() - timedelta(hours=4))

    assert jobs_fail_stalled(quiet_for=timedelta(hours=3)) == 1

    stalled.refresh_from_db()
    assert (stalled.status, stalled.running_key) == (JobStatus.FAILED, None)
    assert stalled.message == "No progress for 180 minutes: the work stopped. Start it again."
    assert Job.objects.get(pk=lively.pk).status == JobStatus.RUNNING


# The staff pages


def test_the_job_list_shows_recent_jobs_and_polls_while_one_runs(client, staff_user):
    job = job_start("exports.proposals", staff_user, 4, title="Export proposals")
    job_advance(job, 1)

    response = as_staff(client, staff_user).get(reverse("frontend:jobs"))

    page = response.content.decode()
    assert response.status_code == 200
    assert "Export proposals" in page
    assert 'hx-trigger="every 2s"' in page
    assert '<noscript><meta http-equiv="refresh" content="5"></noscript>' in page
    assert '<progress value="1" max="4"' in page


def test_the_job_list_stops_polling_when_every_job_has_ended(client, staff_user):
    job_finish(job_start("exports.proposals", staff_user, 4))

    page = as_staff(client, staff_user).get(reverse("frontend:jobs")).content.decode()

    assert "hx-trigger" not in page
    assert "http-equiv" not in page


def test_the_job_list_takes_a_fixed_number_of_queries(
    client, staff_user, django_assert_max_num_queries
):
    for n in range(12):
        job_start(f"exports.batch{n}", staff_user, 10)
    as_staff(client, staff_user)

    with django_assert_max_num_queries(12):
        response = client.get(reverse("frontend:jobs"))

    assert response.content.decode().count("<tr>") == 13


def test_the_job_page_polls_its_progress_while_running_and_htmx_gets_the_fragment(
    client, staff_user
):
    job = job_start("exports.proposals", staff_user, 8, title="Export proposals")
    job_advance(job, 2)
    as_staff(client, staff_user)

    page = client.get(reverse("frontend:job_detail", args=[job.pk])).content.decode()
    fragment = client.get(reverse("frontend:job_detail", args=[job.pk]), HTTP_HX_REQUEST="true")

    assert 'hx-trigger="every 1s"' in page
    assert '<noscript><meta http-equiv="refresh" content="3"></noscript>' in page
    body = fragment.content.decode()
    assert body.startswith('<section id="job-progress"')
    assert "2 of 8" in body
    assert "<html" not in body


def test_a_finished_job_page_shows_its_result_and_stops_polling(client, staff_user):
    job = job_start("exports.proposals", staff_user, 8)
    job_finish(job, message="8 proposals exported.", link="/staff/exports/8/")

    page = as_staff(client, staff_user).get(reverse("frontend:job_detail", args=[job.pk]))

    body = page.content.decode()
    assert "8 proposals exported." in body
    assert 'href="/staff/exports/8/"' in body
    assert "hx-trigger" not in body


def job_urls(job) -> list[tuple[str, str]]:
    return [
        ("get", reverse("frontend:jobs")),
        ("get", reverse("frontend:job_detail", args=[job.pk])),
        ("post", reverse("frontend:job_rebuild_index")),
        ("post", reverse("frontend:job_reembed_catalogue")),
    ]


@pytest.mark.parametrize("persona", ["provider_admin", "supplier_admin", "outsider"])
def test_job_pages_answer_404_to_everyone_but_staff_and_start_nothing(
    client, request, persona, staff_user
):
    job = job_start("exports.proposals", staff_user)
    client.force_login(request.getfixturevalue(persona))

    statuses = [getattr(client, method)(url).status_code for method, url in job_urls(job)]

    assert statuses == [404, 404, 404, 404]
    assert list(Job.objects.values_list("pk", flat=True)) == [job.pk]


def test_job_pages_send_anonymous_visitors_to_sign_in(client, staff_user):
    job = job_start("exports.proposals", staff_user)

    responses = [getattr(client, method)(url) for method, url in job_urls(job)]

    assert [r.status_code for r in responses] == [302, 302, 302, 302]
    assert Job.objects.count() == 1


def test_staff_start_a_rebuild_from_the_jobs_page_and_land_on_its_progress(
    client, staff_user, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MATCHING_INDEX_DIR = tmp_path / "index"

    with django_capture_on_commit_callbacks(execute=True):
        response = as_staff(client, staff_user).post(reverse("frontend:job_rebuild_index"))

    job = Job.objects.get(kind="matching.rebuild")
    assert response.status_code == 302
    assert response["Location"] == reverse("frontend:job_detail", args=[job.pk])
    # Tasks run inline in tests: the rebuild is done by the time the page is shown.
    assert (job.status, job.done, job.total) == (JobStatus.DONE, 2, 2)


# The API


def test_staff_follow_a_job_through_the_api(staff_user):
    job = job_start("exports.proposals", staff_user, 3, title="Export proposals")
    job_advance(job, 1)
    api = APIClient()
    api.force_authenticate(staff_user)

    response = api.get(f"/api/v1/jobs/{job.pk}/")

    assert response.status_code == 200
    body = response.json()
    assert (body["title"], body["status"]) == ("Export proposals", "running")
    assert (body["done"], body["total"], body["percent"]) == (1, 3, 33)


@pytest.mark.parametrize("persona", ["provider_admin", "outsider"])
def test_the_jobs_api_answers_404_to_everyone_but_staff(request, persona, staff_user):
    job = job_start("exports.proposals", staff_user)
    api = APIClient()
    api.force_authenticate(request.getfixturevalue(persona))

    statuses = [
        api.get(f"/api/v1/jobs/{job.pk}/").status_code,
        api.post("/api/v1/matching/rebuild/").status_code,
        api.post("/api/v1/matching/reembed/").status_code,
    ]

    assert statuses == [404, 404, 404]
    assert Job.objects.count() == 1
