from celery import shared_task

from marketplace.catalogue.matches import sync_with_matcher


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def sync_entry_with_matcher(kind: str, pk: int) -> None:
    """Idempotent: reads the entry's current state, so a repeat or late run does no harm."""
    sync_with_matcher(kind, pk)
