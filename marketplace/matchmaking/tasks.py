"""The matcher's Celery tasks.

Each keeps the name it had when it lived in marketplace.catalogue.tasks: beat schedules,
messages in the broker and deferred tasks (marketplace.core.outbox) hold those names.
"""

from celery import shared_task
from django.db import DatabaseError

from marketplace.matchmaking import indexing
from marketplace.matchmaking.digest import send_weekly_digest
from marketplace.matchmaking.matches import sync_with_matcher
from matching import api

# Transient trouble (a database failover, a full disk being cleared) is worth a few retries.
TRANSIENT = (DatabaseError, OSError)


@shared_task(
    name="marketplace.catalogue.tasks.sync_entry_with_matcher",
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=5,
)
def sync_entry_with_matcher(kind: str, pk: int) -> None:
    """Idempotent: reads the entry's current state, so a repeat or late run does no harm."""
    sync_with_matcher(kind, pk)
    fold_matcher_changes.delay(kind)


@shared_task(name="marketplace.catalogue.tasks.fold_matcher_changes", acks_late=True)
def fold_matcher_changes(kind: str) -> None:
    """A new index version once edits since the last one pile up; usually a quick no-op."""
    api.rebuild_if_fragmented(kind)


@shared_task(
    name="marketplace.catalogue.tasks.rebuild_matcher_indexes",
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=True,
    max_retries=5,
)
def rebuild_matcher_indexes(job_id: int) -> None:
    """Idempotent: a finished job is left alone, and one rebuild serves every repeat."""
    indexing.index_rebuild_run(job_id=job_id)


@shared_task(
    name="marketplace.catalogue.tasks.reembed_catalogue_batch",
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=True,
    max_retries=5,
)
def reembed_catalogue_batch(job_id: int, kind: str, pks: list[int]) -> None:
    """Idempotent: a batch is a claimed step of its job, done once however often delivered."""
    indexing.catalogue_reembed_batch(job_id=job_id, kind=kind, pks=pks)


@shared_task(name="marketplace.catalogue.tasks.compact_matcher_indexes", acks_late=True)
def compact_matcher_indexes() -> dict:
    return indexing.matcher_compact()


@shared_task(name="marketplace.catalogue.tasks.check_matcher_freshness", acks_late=True)
def check_matcher_freshness() -> dict:
    return indexing.matcher_freshness_check()


@shared_task(name="marketplace.catalogue.tasks.send_weekly_match_digest", acks_late=True)
def send_weekly_match_digest() -> int:
    """Idempotent within a week: a member already sent this week's digest is passed over."""
    return send_weekly_digest()
