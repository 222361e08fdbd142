from celery import shared_task

from marketplace.privacy.services import retention_purge


@shared_task(acks_late=True)
def purge_expired_records() -> None:
    """Idempotent: deletes only rows already past their retention, so a repeat finds none."""
    retention_purge()
