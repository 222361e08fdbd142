"""A Celery worker killed in the middle of a bulk re-embed loses nothing and repeats nothing.

The catalogue is served by the packaged model; the worker is configured with another
(`all-MiniLM-L6-v2-next`, the same weights under a new name), so the re-embed writes a new
row for every entry and then switches the indexes to it. The worker is killed with SIGKILL
(as by the OOM killer) part-way, on PostgreSQL while a batch is written but not committed;
then it is started again. Redis hands the interrupted batch out again, the batch is redone in
full, and each entry ends with exactly one row of the new model; rows committed before the
kill are not rewritten.
"""

import subprocess
import time
from contextlib import contextmanager

import pytest
from django.db import connection, transaction

from marketplace.catalogue.models import Challenge, Solution, Status
from marketplace.jobs.models import Job, JobStatus
from marketplace.matchmaking.tasks import sync_entry_with_matcher
from matching import engine
from matching.models import StoredDocument
from tests.deploy.support import (
    PROJECT_ROOT,
    Service,
    needs_redis,
    next_model,
    procfile_command,
    service_environment,
    wait_for,
    waiting_for_a_lock,
)
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory
from tests.matching.support import fresh_index

pytestmark = [needs_redis, pytest.mark.django_db(transaction=True)]

OLD, NEW = "all-MiniLM-L6-v2", "all-MiniLM-L6-v2-next"
ENTRIES_PER_KIND = 6
BATCH = 2
KILL_AFTER = 2 * BATCH  # entries done, i.e. two committed batches

TOPICS = [
    "damp and mould in bathrooms", "boiler breakdowns in winter", "rent arrears and advice",
    "fire doors in tower blocks", "loft insulation and heat loss", "void turnaround times",
    "repairs reported by text message", "solar panels on council roofs",
]  # fmt: skip


def text_about(topic: str) -> str:
    # A few sentences each, so that a batch takes a moment to embed.
    return " ".join(
        f"Residents raise {topic} in {place}; the team logs it, visits, and follows up."
        for place in ("flats", "houses", "bungalows", "maisonettes", "tower blocks", "estates")
    )


@pytest.fixture
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


@pytest.fixture
def served_catalogue(index_dir, provider, supplier):
    """Published entries, embedded with the packaged model and served by it."""
    for topic in TOPICS[:ENTRIES_PER_KIND]:
        challenge = ChallengeFactory(
            organisation=provider, status=Status.PUBLISHED, title=f"Tackle {topic}",
            problem_statement=text_about(topic),
        )  # fmt: skip
        solution = SolutionFactory(
            organisation=supplier, status=Status.PUBLISHED, name=f"A service for {topic}",
            description=text_about(topic),
        )  # fmt: skip
        sync_entry_with_matcher("challenge", challenge.pk)
        sync_entry_with_matcher("solution", solution.pk)
    for kind in ("challenge", "solution"):
        engine.rebuild_index(kind)
    assert {engine.serving_model_name(kind) for kind in ("challenge", "solution")} == {OLD}


@pytest.fixture
def worker(served_catalogue, index_dir, tmp_path):
    environment = service_environment(
        index_dir,
        tmp_path,
        MATCHING_MODEL_PATH=str(next_model(tmp_path)),
        MATCHING_REEMBED_BATCH=str(BATCH),
        # Hand out what a dead worker held after 5 s instead of an hour.
        CELERY_VISIBILITY_TIMEOUT="5",
    )
    service = Service("worker", procfile_command("worker"), environment, tmp_path / "worker.log")
    try:
        yield service
    finally:
        service.kill()


def start(worker: Service) -> None:
    loaded = f"Embedding model {NEW} loaded"
    already = worker.messages().count(loaded)
    worker.start()
    wait_for(
        lambda: worker.messages().count(loaded) > already,
        timeout=90,
        what="the worker to load the model",
        services=[worker],
    )


def request_reembed(worker: Service) -> Job:
    command = [str(PROJECT_ROOT / ".venv/bin/python"), "manage.py", "reembed_catalogue"]
    output = subprocess.run(  # noqa: S603 - our own command
        command,
        cwd=PROJECT_ROOT,
        env=worker.environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    return Job.objects.get(pk=int(output.split(":")[0].removeprefix("Job ")))


@contextmanager
def worker_stopped_mid_batch(job: Job):
    """On PostgreSQL: hold the job's row until the worker waits for it to count a batch, i.e.
    with that batch embedded and written but not committed, the worst moment to die.
    Elsewhere (SQLite has no row locks), the kill lands wherever the worker is."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        Job.objects.select_for_update().get(pk=job.pk)
        with connection.cursor() as cursor:
            wait_for(
                lambda: waiting_for_a_lock(cursor),
                timeout=60,
                what="the worker to wait on the job's row",
            )
        yield


def rows_of(model_name: str) -> dict[tuple[str, int], object]:
    rows = StoredDocument.objects.filter(model_name=model_name)
    return {(row.kind, row.object_id): row.updated_at for row in rows}


def test_a_worker_killed_mid_reembed_resumes_and_embeds_every_entry_exactly_once(worker):
    start(worker)
    job = request_reembed(worker)
    total = 2 * ENTRIES_PER_KIND
    assert job.total == total

    wait_for(
        lambda: Job.objects.get(pk=job.pk).done >= KILL_AFTER,
        timeout=60,
        what="two batches",
        services=[worker],
    )
    with worker_stopped_mid_batch(job):
        worker.kill()
    interrupted = Job.objects.get(pk=job.pk)
    committed = rows_of(NEW)
    assert interrupted.status == JobStatus.RUNNING, "the re-embed ended before the kill"
    assert KILL_AFTER <= interrupted.done < total
    assert len(committed) == interrupted.done  # a batch is all or nothing
    # Until the re-embed completes, the old model serves.
    assert {engine.serving_model_name(kind) for kind in ("challenge", "solution")} == {OLD}

    restarted = time.monotonic()
    start(worker)
    finished = wait_for(
        lambda: Job.objects.filter(pk=job.pk).exclude(status=JobStatus.RUNNING).first(),
        timeout=60,
        what="the re-embed to finish after the restart",
        services=[worker],
    )
    print(f"\nRe-embed finished {time.monotonic() - restarted:.1f} s after the restart")

    assert (finished.status, finished.done) == (JobStatus.DONE, total)
    published = {("challenge", pk) for pk in Challenge.objects.values_list("pk", flat=True)} | {
        ("solution", pk) for pk in Solution.objects.values_list("pk", flat=True)
    }
    embedded = rows_of(NEW)
    assert set(embedded) == published  # once each: (kind, id, model) is unique
    assert {key: embedded[key] for key in committed} == committed  # not rewritten
    assert StoredDocument.objects.filter(model_name=NEW, is_searchable=True).count() == total
    assert {engine.serving_model_name(kind) for kind in ("challenge", "solution")} == {NEW}
    assert StoredDocument.objects.filter(model_name=OLD).count() == total  # pruned later
