from celery import shared_task

from marketplace.core.outbox import deferred_tasks_requeue


@shared_task
def requeue_deferred_tasks() -> int:
    """Queue what requests kept in the database while the broker was down (beat, every minute)."""
    return deferred_tasks_requeue()
