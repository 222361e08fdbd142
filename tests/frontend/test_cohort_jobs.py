"""Scoring, the optimiser and large exports run as jobs: the page follows them, never waits."""

import pytest

from frontend import cohort_views
from marketplace.cohorts import jobs, services
from marketplace.cohorts.models import PairingState, Stage
from marketplace.jobs.models import Job, JobStatus
from tests.frontend.guided_form import client_for
from tests.marketplace.catalogue.test_matches import damp_challenge, indexed, sensor_solution
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path / "matcher") as directory:
        yield directory


@pytest.fixture
def cohort(staff_user):
    return services.cohort_create(
        user=staff_user, name="Damp 2027", stage=Stage.OPEN, min_pairing_score=0.2
    )


@pytest.fixture
def paired(staff_user, cohort, provider, supplier):
    challenge, sensor = indexed(damp_challenge(provider), sensor_solution(supplier))
    services.cohort_add_challenge(user=staff_user, cohort=cohort, challenge=challenge)
    place = services.cohort_invite_supplier(user=staff_user, cohort=cohort, organisation=supplier)
    services.cohort_accept_supplier(user=staff_user, place=place)
    return challenge, sensor


MATCHMAKING = "/staff/cohorts/damp-2027/matchmaking/"


def test_scoring_is_a_job_that_counts_each_challenge_and_links_to_the_matrix(
    staff_user, cohort, paired, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(staff_user).post(f"{MATCHMAKING}score/")

    job = Job.objects.get()
    assert response["Location"] == f"/staff/jobs/{job.pk}/"
    assert (job.kind, job.status, job.done, job.total) == (jobs.SCORE, JobStatus.DONE, 1, 1)
    assert job.message == "Scores computed for 1 pairings."
    assert job.link == MATCHMAKING
    assert cohort.pairings.get().score > 0


def test_the_job_page_shows_progress_while_scoring_runs(staff_user, cohort, paired):
    # Without running the task: as staff see it while a worker is busy with it.
    client_for(staff_user).post(f"{MATCHMAKING}score/")
    job = Job.objects.get()

    page = client_for(staff_user).get(f"/staff/jobs/{job.pk}/").content.decode()

    assert job.status == JobStatus.RUNNING
    assert '<progress value="0" max="1"' in page
    assert f'hx-get="/staff/jobs/{job.pk}/"' in page
    assert not cohort.pairings.exists()


def test_a_scoring_job_delivered_twice_scores_each_challenge_once(
    staff_user, cohort, paired, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client_for(staff_user).post(f"{MATCHMAKING}score/")
    job = Job.objects.get()

    jobs.cohort_score_run(job_id=job.pk)

    job.refresh_from_db()
    assert (job.status, job.done) == (JobStatus.DONE, 1)
    assert cohort.pairings.count() == 1


def test_the_optimiser_job_fails_with_what_to_do_when_nothing_is_scored(
    staff_user, cohort, paired, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client_for(staff_user).post(f"{MATCHMAKING}optimise/")

    job = Job.objects.get()
    assert job.status == JobStatus.FAILED
    assert job.message == "Score the cohort first: there are no pairings to choose from."
    assert not cohort.pairings.filter(state=PairingState.SUGGESTED).exists()


def test_a_large_matrix_is_exported_by_a_job_and_downloaded_from_it(
    staff_user, cohort, paired, settings, tmp_path, monkeypatch, django_capture_on_commit_callbacks
):
    settings.EXPORTS_DIR = tmp_path / "exports"
    monkeypatch.setattr(cohort_views, "EXPORT_AT_ONCE", 0)
    challenge, sensor = paired
    client = client_for(staff_user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{MATCHMAKING}score/")
    page = client.get(MATCHMAKING).content.decode()
    assert 'action="/staff/cohorts/damp-2027/matchmaking/export/"' in page
    assert 'href="/staff/cohorts/damp-2027/pairings.csv"' not in page

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{MATCHMAKING}export/")

    job = Job.objects.get(kind=jobs.EXPORT)
    assert (job.status, job.done, job.total) == (JobStatus.DONE, 1, 1)
    assert job.link == f"/staff/jobs/{job.pk}/export.csv"
    download = client.get(job.link)
    assert download["Content-Disposition"] == 'attachment; filename="damp-2027-pairings.csv"'
    lines = b"".join(download.streaming_content).decode("utf-8-sig").splitlines()
    assert lines[0] == "Challenge,Provider,Solution,Supplier,Score,State"
    assert lines[1].startswith(f"{challenge.title},Tyne Homes,{sensor.name},Damp Sense,0.")


@pytest.mark.parametrize("user", ["provider_admin", "supplier_admin"])
def test_an_export_is_not_found_for_anyone_but_staff(
    request,
    user,
    staff_user,
    cohort,
    paired,
    settings,
    tmp_path,
    django_capture_on_commit_callbacks,
):
    settings.EXPORTS_DIR = tmp_path / "exports"
    with django_capture_on_commit_callbacks(execute=True):
        job = jobs.pairings_export_request(user=staff_user, cohort=cohort)

    response = client_for(request.getfixturevalue(user)).get(f"/staff/jobs/{job.pk}/export.csv")

    assert response.status_code == 404


def test_an_export_still_running_has_nothing_to_download(staff_user, cohort, paired):
    job = jobs.pairings_export_request(user=staff_user, cohort=cohort)

    response = client_for(staff_user).get(f"/staff/jobs/{job.pk}/export.csv")

    assert response.status_code == 404
