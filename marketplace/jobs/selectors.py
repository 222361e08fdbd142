from django.db.models import QuerySet
from django.http import Http404

from marketplace.jobs.models import Job, JobStatus

RECENT_JOBS = 50


def jobs_for_staff(*, user) -> QuerySet[Job]:
    """The most recent jobs, for programme staff only (anyone else gets none)."""
    if not user.is_staff:
        return Job.objects.none()
    return Job.objects.select_related("created_by")[:RECENT_JOBS]


def job_get_for_user(*, user, pk: int) -> Job:
    """A job, for programme staff; 404 for anyone else, as if it did not exist."""
    job = Job.objects.select_related("created_by").filter(pk=pk).first() if user.is_staff else None
    if job is None:
        raise Http404("No such job.")
    return job


def job_running_for_update(*, pk: int) -> Job | None:
    """The job, row-locked until the transaction ends, if it is still running.

    Call inside transaction.atomic. Tasks working on one job take turns through this lock; a
    worker that dies loses its connection, and the database releases the lock at once.
    """
    return Job.objects.select_for_update().filter(pk=pk, status=JobStatus.RUNNING).first()
