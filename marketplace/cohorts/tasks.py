from celery import shared_task

from marketplace.cohorts import jobs
from marketplace.cohorts.jobs import EXPORT_PAIRINGS, OPTIMISE_COHORT, SCORE_COHORT


@shared_task(name=SCORE_COHORT, acks_late=True)
def score_cohort(job_id: int) -> None:
    jobs.cohort_score_run(job_id=job_id)


@shared_task(name=OPTIMISE_COHORT, acks_late=True)
def optimise_cohort(job_id: int) -> None:
    jobs.cohort_optimise_run(job_id=job_id)


@shared_task(
    name=EXPORT_PAIRINGS,
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=3,
)
def export_pairings(job_id: int) -> None:
    jobs.pairings_export_run(job_id=job_id)
