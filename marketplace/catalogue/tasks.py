from celery import shared_task

from marketplace.catalogue.matches import sync_with_matcher
from matching import engine


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def sync_entry_with_matcher(kind: str, pk: int) -> None:
    """Idempotent: reads the entry's current state, so a repeat or late run does no harm."""
    sync_with_matcher(kind, pk)
    fold_matcher_changes.delay(kind)


@shared_task(acks_late=True)
def fold_matcher_changes(kind: str) -> None:
    """A new index version once edits since the last one pile up; usually a quick no-op."""
    engine.rebuild_if_fragmented(kind)


@shared_task
def send_weekly_match_digest() -> int:
    from marketplace.catalogue.digest import send_weekly_digest

    return send_weekly_digest()
