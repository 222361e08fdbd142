"""Long-running work that programme staff follow at /staff/jobs/: start, advance, finish, fail.

Start the job where the work is asked for, hand its id to the task, and report from there:

    job = job_start("proposals.export", request.user, total=len(ids), title="Export proposals")
    transaction.on_commit(lambda: export_proposals.delay(job.pk))

    # in the task
    job = Job.objects.get(pk=job_id)
    for chunk in chunks:
        ...
        job_advance(job, len(chunk))
    job_finish(job, message="42 proposals exported.", link="/staff/exports/42/")
    # or, when it cannot go on: job_fail(job, "The export stopped: ...")

Each call is one conditional UPDATE, so several workers may report on one job at once, and a
finished job stays finished: a task delivered twice cannot reopen it. The job page shows
`done` of `total` (a count alone when total is None), the message, and the link when done.

Work split into parts that run on several workers: in each part's transaction, skip the part
unless `job_step_claim(job, key)`, do it, then `job_advance(job, n)`; each part then counts
once even when its task is delivered twice (see marketplace.matchmaking.indexing).
"""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from marketplace.core.errors import DomainError
from marketplace.core.text import fit
from marketplace.jobs.models import Job, JobStatus, JobStep


class JobAlreadyRunning(DomainError):
    """An exclusive job of this kind runs already; `job` is that one."""

    def __init__(self, job: Job) -> None:
        super().__init__(f"“{job.title}” is already running.", code="job_running")
        self.job = job


def job_start(
    kind: str, user, total: int | None = None, *, title: str = "", exclusive: bool = False
) -> Job:
    """A running job of `kind` (a dotted name, e.g. "catalogue.reembed") started by `user`.

    `user` may be None for work the system starts (Celery beat). With exclusive=True at most
    one job of this kind runs at a time: while one runs, JobAlreadyRunning carries it, and
    the caller typically shows that one instead (asking twice does the work once).
    """
    job = Job(
        kind=kind,
        title=fit(Job, "title", title or kind),
        total=total,
        created_by=user if user is not None and user.is_authenticated else None,
        running_key=kind if exclusive else None,
    )
    job.full_clean(validate_unique=False)
    if not exclusive:
        job.save()
        return job
    return _start_exclusive(job)


def _start_exclusive(job: Job) -> Job:
    # The unique running_key decides between concurrent starts; a second attempt covers the
    # running job ending between our insert failing and the lookup.
    for _ in range(2):
        try:
            with transaction.atomic():
                job.save(force_insert=True)
            return job
        except IntegrityError:
            job.pk = None
            running = Job.objects.filter(running_key=job.running_key).first()
            if running is not None:
                raise JobAlreadyRunning(running) from None
    raise RuntimeError(f"Could not start a {job.kind} job: others keep starting and ending.")


def job_advance(job: Job, n: int = 1, *, checkpoint: dict | None = None) -> Job:
    """Count `n` more units done; `checkpoint` (where resumable work got to) is saved with it."""
    changes = {"done": F("done") + n, "updated_at": timezone.now()}
    if checkpoint is not None:
        changes["checkpoint"] = checkpoint
    Job.objects.filter(pk=job.pk, status=JobStatus.RUNNING).update(**changes)
    job.refresh_from_db()
    return job


def job_step_claim(job: Job, key: str) -> bool:
    """Whether the caller should do the step `key` of the job: False when it is done already.

    Call inside the transaction that does the step and advances the job. Parts of one job can
    then run on several workers at once, each part once: a second claimer of the same key
    waits until the first commits (and skips it) or rolls back, say because its worker died
    (and does it).
    """
    try:
        with transaction.atomic():
            JobStep.objects.create(job=job, key=key)
    except IntegrityError:
        return False
    return True


def job_finish(job: Job, message: str = "", link: str = "") -> Job:
    """Mark the job done; `link` is a path on this site where the result is (e.g. a download)."""
    if link and not link.startswith("/"):
        raise ValueError("A job's link is a path on this site, starting with /.")
    return _end(job, JobStatus.DONE, message=message, link=link)


def job_fail(job: Job, message: str) -> Job:
    """Mark the job failed, saying what went wrong in words staff can act on."""
    return _end(job, JobStatus.FAILED, message=message)


def _end(job: Job, status: str, **fields) -> Job:
    now = timezone.now()
    Job.objects.filter(pk=job.pk, status=JobStatus.RUNNING).update(
        status=status, finished_at=now, updated_at=now, running_key=None, **fields
    )
    job.refresh_from_db()
    return job


def jobs_fail_stalled(*, quiet_for: timedelta) -> int:
    """Fail running jobs that reported nothing for `quiet_for`: their worker is gone for good.

    Work interrupted by a worker stopping comes back through the broker well within this
    (see CELERY_VISIBILITY_TIMEOUT); what is still silent after it will not resume.
    """
    now = timezone.now()
    minutes = round(quiet_for.total_seconds() / 60)
    return Job.objects.filter(status=JobStatus.RUNNING, updated_at__lt=now - quiet_for).update(
        status=JobStatus.FAILED,
        finished_at=now,
        updated_at=now,
        running_key=None,
        message=f"No progress for {minutes} minutes: the work stopped. Start it again.",
    )
