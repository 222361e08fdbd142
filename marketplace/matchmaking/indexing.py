"""Long-running matcher upkeep for the catalogue: rebuilds, re-embedding, drift repair.

Staff start rebuilds and re-embeds (pages, API, management commands); Celery beat runs the
checks. Each runs as Celery tasks reporting through a Job (marketplace.jobs), which staff
follow at /staff/jobs/. Every task is idempotent: delivered twice, it finds its part done and
skips it; delivered again after its worker died mid-way, it finds nothing half-done (each
part is one transaction) and does the part in full.
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from marketplace.catalogue.models import Status
from marketplace.core.audit import audit_record
from marketplace.core.errors import NotAllowed
from marketplace.core.outbox import task_queue, task_queue_on_commit
from marketplace.jobs.models import Job, JobStatus
from marketplace.jobs.selectors import job_running_for_update
from marketplace.jobs.services import (
    JobAlreadyRunning,
    job_advance,
    job_fail,
    job_finish,
    job_start,
    job_step_claim,
    jobs_fail_stalled,
)
from marketplace.matchmaking.matches import MODEL_OF, document_for
from matching import api

logger = logging.getLogger(__name__)

KINDS = api.KINDS
REBUILD = "matching.rebuild"
REBUILD_TITLE = "Rebuild the matcher indexes"
REEMBED = "catalogue.reembed"
# Drift repairs queued per check; the next check (15 minutes later) takes the rest.
MAX_REPAIRS = 500
# Entries changed this recently may still have their own sync task in the queue.
REPAIR_GRACE = timedelta(minutes=10)
# Vectors of a model no longer served are deleted once every process has long switched.
PRUNE_AFTER = timedelta(minutes=10)
# Longer than the broker takes to hand interrupted work out again (CELERY_VISIBILITY_TIMEOUT).
JOB_QUIET_FOR = timedelta(hours=3)
# Tasks of marketplace.matchmaking.tasks, queued by name (the tasks module imports this one).
SYNC_ENTRY_WITH_MATCHER = "marketplace.catalogue.tasks.sync_entry_with_matcher"
REBUILD_MATCHER_INDEXES = "marketplace.catalogue.tasks.rebuild_matcher_indexes"
REEMBED_CATALOGUE_BATCH = "marketplace.catalogue.tasks.reembed_catalogue_batch"


def _require_staff(user) -> None:
    # None is the system itself (Celery beat).
    if user is not None and not user.is_staff:
        raise NotAllowed("Only programme staff can run matcher maintenance.")


# -- rebuilds --------------------------------------------------------------------------------


@transaction.atomic
def index_rebuild_request(*, user) -> Job:
    """Rebuild both indexes from the stored vectors, once however many times it is asked.

    While a rebuild job runs, asking again returns that job: its versions serve every edit
    (each process searches the version plus the changes since), so nothing is lost.
    """
    _require_staff(user)
    try:
        job = job_start(REBUILD, user, len(KINDS), title=REBUILD_TITLE, exclusive=True)
    except JobAlreadyRunning as running:
        return running.job
    audit_record(actor=user, action="matching.rebuild", target=job)
    task_queue_on_commit(REBUILD_MATCHER_INDEXES, job.pk)
    return job


def index_rebuild_run(*, job_id: int) -> None:
    with transaction.atomic():
        job = job_running_for_update(pk=job_id)
        if job is None:
            return  # finished already: this is a repeated delivery
        # A rebuild that started after the job was asked for serves it (see rebuild_index).
        requested_at = job.started_at.timestamp()
        try:
            versions = [_rebuild(job, kind, requested_at) for kind in KINDS]
        except OSError as exc:
            logger.exception("Rebuilding the matcher indexes failed")
            job_fail(job, f"The index files could not be written: {exc.strerror or exc}.")
            return
        job_finish(job, message=f"Live: {', '.join(versions)}.")


def _rebuild(job: Job, kind: str, requested_at: float) -> str:
    version = api.rebuild_index(kind, requested_at=requested_at)
    job_advance(job)
    return f"{kind} index version {version}"


def matcher_compact() -> dict[str, int | None]:
    """Fold the changes since the last build into new versions (Celery beat, nightly).

    Keeps the per-process segment of recent changes, which every process re-reads after each
    change, small; an unchanged index is left alone.
    """
    return {
        kind: api.rebuild_index(kind, requested_at=time.time())
        if api.changed_since_built(kind)
        else None
        for kind in KINDS
    }


# -- re-embedding ----------------------------------------------------------------------------


@transaction.atomic
def catalogue_reembed_request(*, user) -> Job:
    """Embed every published entry with the configured model, as Celery tasks of a batch each.

    Batches run on as many workers as there are; entries whose vectors are current cost a
    hash comparison. When the configured model differs from the one an index serves, the last
    batch publishes indexes of the new model: the old ones serve until then, so matching
    never stops. One re-embed runs at a time.
    """
    _require_staff(user)
    model_name = api.configured_model_name()
    batches = _batches(settings.MATCHING_REEMBED_BATCH)
    total = sum(len(pks) for _, pks in batches)
    try:
        title = f"Embed the catalogue with {model_name}"
        job = job_start(REEMBED, user, total, title=title, exclusive=True)
    except JobAlreadyRunning as running:
        return running.job
    # The model the job was asked for: a worker configured otherwise must not do its batches.
    job_advance(job, 0, checkpoint={"model": model_name})
    audit_record(actor=user, action="matching.reembed", target=job, after={"model": model_name})

    def enqueue():
        for kind, pks in batches:
            task_queue(REEMBED_CATALOGUE_BATCH, job.pk, kind, pks)
        if not batches:
            task_queue(REEMBED_CATALOGUE_BATCH, job.pk, KINDS[0], [])

    transaction.on_commit(enqueue)
    return job


def _batches(size: int) -> list[tuple[str, list[int]]]:
    batches = []
    for kind in KINDS:
        published = MODEL_OF[kind].objects.filter(status=Status.PUBLISHED).order_by("pk")
        pks = list(published.values_list("pk", flat=True))
        batches += [(kind, pks[start : start + size]) for start in range(0, len(pks), size)]
    return batches


def catalogue_reembed_batch(*, job_id: int, kind: str, pks: list[int]) -> None:
    """Embed one batch of the job's entries; the batch that completes the job switches models.

    One transaction per batch, claimed as a step of the job: a batch delivered twice runs
    once, and a worker that dies mid-batch leaves nothing half-done (the database rolls it
    back, and the broker hands the task out again). Entries withdrawn since the job started
    are counted and left alone.
    """
    with transaction.atomic():
        job = Job.objects.filter(pk=job_id, status=JobStatus.RUNNING).first()
        if job is None or not _configured_for(job):
            return
        if pks and not job_step_claim(job, f"{kind}:{pks[0]}"):
            return  # done already: a repeated delivery
        entries = MODEL_OF[kind].objects.filter(status=Status.PUBLISHED, pk__in=pks)
        _embed(kind, entries.prefetch_related("themes", "regions"))
        job = job_advance(job, len(pks))
    if job.done >= (job.total or 0):
        _finish_reembed(job_id)


def _configured_for(job: Job) -> bool:
    model_name = api.configured_model_name()
    if job.checkpoint.get("model", model_name) == model_name:
        return True
    job_fail(
        job,
        f"A worker configured with {model_name} took a batch of this re-embed for "
        f"{job.checkpoint['model']}. Set MATCHING_MODEL_PATH alike on every worker, restart "
        "them, and start the re-embed again.",
    )
    return False


def _embed(kind: str, entries) -> int:
    """Embed the entries; how many had no text to embed."""
    skipped = 0
    for entry in entries:
        try:
            api.index_document(document_for(entry))
        except api.MatcherError:
            logger.warning("Nothing to embed in %s %s", kind, entry.pk)
            skipped += 1
    return skipped


def _finish_reembed(job_id: int) -> None:
    # Once every batch is committed: the new index must not refer to vectors that other
    # processes cannot read yet. The row lock makes one of the last batches do it.
    with transaction.atomic():
        job = job_running_for_update(pk=job_id)
        if job is None:
            return
        model_name = job.checkpoint.get("model", api.configured_model_name())
        late = sum(_embed_unindexed(kind, model_name) for kind in KINDS)
        switched = []
        for kind in KINDS:
            if api.serving_model_name(kind) != model_name:
                api.rebuild_index(kind, model_name=model_name)
                switched.append(kind)
        job_finish(job, message=_reembed_summary(job, model_name, switched, late))


def _embed_unindexed(kind: str, model_name: str) -> int:
    """Entries published after the job started whose own sync task has not run yet."""
    published = MODEL_OF[kind].objects.filter(status=Status.PUBLISHED)
    have = api.searchable_ids(kind, model_name)
    missing = [pk for pk in published.values_list("pk", flat=True) if pk not in have]
    skipped = _embed(kind, published.filter(pk__in=missing).prefetch_related("themes", "regions"))
    return len(missing) - skipped


def _reembed_summary(job: Job, model_name: str, switched: list[str], late: int) -> str:
    parts = [f"{job.done} published entries embedded with {model_name}."]
    if late:
        parts.append(f"{late} published meanwhile were embedded at the end.")
    if switched:
        parts.append(f"The {' and '.join(switched)} indexes now serve {model_name}.")
    return " ".join(parts)


# -- drift -----------------------------------------------------------------------------------


def matcher_freshness_check() -> dict:
    """Repair drift between the catalogue and the matcher (Celery beat, every 15 minutes).

    Published entries the matcher lacks and withdrawn ones it still finds get their sync task
    again; a configured model that no index serves yet starts a re-embed; damaged index files
    are rebuilt; vectors of models no longer used are deleted; jobs silent for hours are
    marked failed.
    """
    report: dict = {"kinds": {}}
    model_name = api.configured_model_name()
    if any(api.serving_model_name(kind) != model_name for kind in KINDS):
        report["reembed_job"] = catalogue_reembed_request(user=None).pk
    for kind in KINDS:
        missing, withdrawn = _drift(kind)
        report["kinds"][kind] = {"missing": len(missing), "withdrawn": len(withdrawn)}
        if missing or withdrawn:
            logger.warning(
                "Matcher drift for %s: %s missing, %s withdrawn", kind, len(missing), len(withdrawn)
            )
        for pk in sorted(missing | withdrawn)[:MAX_REPAIRS]:
            task_queue(SYNC_ENTRY_WITH_MATCHER, kind, pk)
    report["rebuilt_damaged"] = api.rebuild_damaged_indexes()
    report["pruned"] = api.prune_unused_models(settled_for=PRUNE_AFTER.total_seconds())
    report["stalled_jobs"] = jobs_fail_stalled(quiet_for=JOB_QUIET_FOR)
    return report


def _drift(kind: str) -> tuple[set[int], set[int]]:
    settled = MODEL_OF[kind].objects.filter(updated_at__lt=timezone.now() - REPAIR_GRACE)
    published = set(settled.filter(status=Status.PUBLISHED).values_list("pk", flat=True))
    searchable = api.searchable_ids(kind, api.serving_model_name(kind))
    unpublished = set(settled.exclude(status=Status.PUBLISHED).values_list("pk", flat=True))
    gone = searchable - set(MODEL_OF[kind].objects.values_list("pk", flat=True))
    return published - searchable, (searchable & unpublished) | gone
