"""Matchmaking and exports that take a while, run as jobs staff follow at /staff/jobs/.

Scoring ranks every challenge of a cohort against its solutions, one challenge per
transaction, so the job's progress shows as it goes; the optimiser runs after it; a large
pairings table is written to a CSV file in EXPORTS_DIR, a chunk at a time, and downloaded
from the job. Each step is idempotent: a task delivered twice finds its steps claimed or its
job finished.
"""

import csv
import logging
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse

from marketplace.cohorts import services
from marketplace.cohorts.models import Cohort
from marketplace.cohorts.selectors import pairing_rows
from marketplace.core.audit import audit_record
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.outbox import task_queue_on_commit
from marketplace.core.spreadsheets import inert
from marketplace.jobs.models import Job, JobStatus
from marketplace.jobs.selectors import job_running_for_update
from marketplace.jobs.services import job_advance, job_fail, job_finish, job_start, job_step_claim

logger = logging.getLogger(__name__)
# Queued by name (marketplace.cohorts.tasks registers them), so this module never imports its
# tasks. The names are stored in beat schedules and deferred tasks: they never change.
SCORE_COHORT = "marketplace.cohorts.tasks.score_cohort"
OPTIMISE_COHORT = "marketplace.cohorts.tasks.optimise_cohort"
EXPORT_PAIRINGS = "marketplace.cohorts.tasks.export_pairings"

SCORE = "cohorts.score"
OPTIMISE = "cohorts.optimise"
EXPORT = "cohorts.export_pairings"
EXPORT_CHUNK = 1_000
EXPORT_HEADER = ["Challenge", "Provider", "Solution", "Supplier", "Score", "State"]


def _require_staff(user) -> None:
    if not user.is_staff:
        raise NotAllowed("Only programme staff can run matchmaking.")


def _matchmaking_url(cohort: Cohort) -> str:
    return reverse("frontend:cohort_matchmaking", args=[cohort.slug])


@transaction.atomic
def cohort_score_request(*, user, cohort: Cohort) -> Job:
    """Score the cohort with the matcher as a job, a step per challenge."""
    _require_staff(user)
    total = services.cohort_challenges(cohort).count()
    job = job_start(SCORE, user, total, title=f"Score “{cohort.name}” with the matcher")
    job_advance(job, 0, checkpoint={"cohort": cohort.pk})
    audit_record(actor=user, action="cohort.score", target=cohort, after={"job": job.pk})
    task_queue_on_commit(SCORE_COHORT, job.pk)
    return job


def cohort_score_run(*, job_id: int) -> None:
    job = Job.objects.filter(pk=job_id, status=JobStatus.RUNNING).first()
    if job is None:
        return  # finished already: a repeated delivery
    cohort = Cohort.objects.get(pk=job.checkpoint["cohort"])
    solution_ids = services.cohort_solution_ids(cohort)
    scored = 0
    for challenge in services.cohort_challenges(cohort).prefetch_related("themes", "regions"):
        with transaction.atomic():
            if not job_step_claim(job, f"challenge:{challenge.pk}"):
                continue
            scored += services.cohort_score_challenge(
                cohort=cohort, challenge=challenge, solution_ids=solution_ids
            )
            job = job_advance(job, 1)
    with transaction.atomic():
        job = job_running_for_update(pk=job_id)
        if job is None:
            return
        services.cohort_score_finish(cohort=cohort)
        total = cohort.pairings.filter(score__gt=0).count()
        job_finish(
            job,
            message=f"Scores computed for {total} pairings.",
            link=_matchmaking_url(cohort),
        )
    logger.info("Scored cohort %s: %s pairings", cohort.pk, scored)


@transaction.atomic
def cohort_optimise_request(*, user, cohort: Cohort) -> Job:
    """Run the optimiser as a job: at a few hundred challenges it takes a noticeable while."""
    _require_staff(user)
    job = job_start(OPTIMISE, user, 1, title=f"Optimise the pairings of “{cohort.name}”")
    job_advance(job, 0, checkpoint={"cohort": cohort.pk})
    task_queue_on_commit(OPTIMISE_COHORT, job.pk)
    return job


def cohort_optimise_run(*, job_id: int) -> None:
    with transaction.atomic():
        job = job_running_for_update(pk=job_id)
        if job is None:
            return
        cohort = Cohort.objects.get(pk=job.checkpoint["cohort"])
        try:
            with transaction.atomic():
                run = services.cohort_optimise(user=job.created_by, cohort=cohort)
        except (DomainError, ValidationError) as exc:
            job_fail(job, " ".join(getattr(exc, "messages", [str(exc)])))
            return
        job_advance(job, 1)
        message = f"The optimiser suggests {run.suggested} pairings (total score {run.total:.2f})."
        job_finish(job, message=message, link=_matchmaking_url(cohort))


# -- exports ---------------------------------------------------------------------------------


def export_path(job: Job) -> Path:
    return Path(settings.EXPORTS_DIR) / f"job-{job.pk}.csv"


@transaction.atomic
def pairings_export_request(*, user, cohort: Cohort) -> Job:
    """Write the cohort's pairings to a CSV file as a job; staff download it when it is done."""
    _require_staff(user)
    total = cohort.pairings.count()
    job = job_start(EXPORT, user, total, title=f"Export the pairings of “{cohort.name}” (CSV)")
    job_advance(job, 0, checkpoint={"cohort": cohort.pk, "filename": f"{cohort.slug}-pairings.csv"})
    audit_record(actor=user, action="cohort.export", target=cohort, after={"job": job.pk})
    task_queue_on_commit(EXPORT_PAIRINGS, job.pk)
    return job


def pairings_export_run(*, job_id: int) -> None:
    """Write the whole file again from the start: a repeated delivery overwrites, never appends."""
    job = Job.objects.filter(pk=job_id, status=JobStatus.RUNNING).first()
    if job is None:
        return
    cohort = Cohort.objects.get(pk=job.checkpoint["cohort"])
    path = export_path(job)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    written = 0
    with partial.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(EXPORT_HEADER)
        for chunk in _chunks(pairing_rows(cohort), EXPORT_CHUNK):
            writer.writerows([inert(cell) for cell in row] for row in chunk)
            written += len(chunk)
            # Counted in absolute terms: a redelivered task starts again from zero.
            job = job_advance(job, written - job.done)
    partial.replace(path)
    with transaction.atomic():
        job = job_running_for_update(pk=job_id)
        if job is not None:
            link = reverse("frontend:job_export", args=[job.pk])
            job_finish(job, message=f"{written} pairings written.", link=link)


def _chunks(rows, size: int):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def export_file_for(job: Job) -> tuple[Path, str] | None:
    """The finished export's file and download name, or None if the job is not one."""
    if job.kind != EXPORT or job.status != JobStatus.DONE:
        return None
    path = export_path(job)
    return (path, job.checkpoint.get("filename", path.name)) if path.exists() else None
