"""One rebuild at a time across processes, coalesced, and never in a searcher's way."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from marketplace.jobs.models import Job, JobStatus
from marketplace.jobs.services import job_start
from marketplace.matchmaking import indexing, tasks
from matching import engine, locks
from matching.contracts import Document, Facts
from matching.models import StoredDocument
from tests.matching.support import forget_loaded_indexes, fresh_index

pytestmark = pytest.mark.django_db(transaction=True)

KINDS = ("challenge", "solution")


@pytest.fixture
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


@pytest.fixture
def indexed(index_dir):
    engine.index_document(
        Document("solution", 1, "Humidity sensors", "Sensors report damp.", Facts("solution"))
    )
    engine.index_document(
        Document("challenge", 10, "Damp", "Damp and mould in flats.", Facts("challenge"))
    )
    for kind in KINDS:
        engine.rebuild_index(kind)


def at_once(call, times: int = 2) -> list:
    """`call()` in `times` threads released together, each on its own database connection."""
    start = threading.Barrier(times)

    def run(_):
        start.wait()
        try:
            return call()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=times) as pool:
        return list(pool.map(run, range(times)))


def test_two_rebuilds_asked_for_at_once_run_once(indexed):
    asked = time.time()

    versions = at_once(lambda: engine.rebuild_index("solution", requested_at=asked))

    assert versions == [2, 2]
    assert engine.index_store().current_version("solution") == 2


def test_a_rebuild_asked_for_after_the_last_one_started_runs_again(indexed):
    engine.rebuild_index("solution", requested_at=time.time())

    assert engine.rebuild_index("solution", requested_at=time.time()) == 3


def test_a_process_that_starts_during_a_rebuild_serves_the_previous_version(indexed):
    forget_loaded_indexes()  # a web worker that has just started
    served = []
    with engine.rebuild_lock("solution"):  # a rebuild is running elsewhere
        searcher = threading.Thread(target=lambda: served.append(engine.served_version("solution")))
        searcher.start()
        searcher.join(timeout=10)

    assert served == [1]


def test_the_lock_is_exclusive_and_a_waiter_gives_up_when_told(index_dir):
    with (
        locks.exclusive("rebuild-solution"),
        pytest.raises(locks.LockTimeout),
        locks.exclusive("rebuild-solution", wait=0.3),
    ):
        pass

    with locks.exclusive("rebuild-solution", wait=0.3):
        pass  # free again


def test_locks_in_different_index_directories_do_not_meet(settings, tmp_path):
    settings.MATCHING_INDEX_DIR = tmp_path / "one"
    with locks.exclusive("rebuild-solution"):
        settings.MATCHING_INDEX_DIR = tmp_path / "two"
        with locks.exclusive("rebuild-solution", wait=0):
            pass


def test_a_rebuild_job_delivered_twice_rebuilds_once(indexed, staff_user):
    job = job_start(indexing.REBUILD, staff_user, 2, exclusive=True)

    indexing.index_rebuild_run(job_id=job.pk)
    indexing.index_rebuild_run(job_id=job.pk)

    job.refresh_from_db()
    assert (job.status, job.done) == (JobStatus.DONE, 2)
    assert job.message == "Live: challenge index version 2, solution index version 2."
    assert {kind: engine.index_store().current_version(kind) for kind in KINDS} == {
        "challenge": 2,
        "solution": 2,
    }


@pytest.mark.postgres
@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="two writers at once: SQLite answers 'database is locked'; production runs PostgreSQL",
)
def test_two_rebuild_requests_at_once_make_one_job_and_queue_one_task(
    indexed, staff_user, monkeypatch
):
    queued = []
    monkeypatch.setattr(tasks.rebuild_matcher_indexes, "delay", queued.append)

    jobs = set(at_once(lambda: indexing.index_rebuild_request(user=staff_user).pk))

    assert len(jobs) == 1
    assert Job.objects.filter(kind=indexing.REBUILD).count() == 1
    assert queued == list(jobs)


def test_each_version_records_the_model_its_vectors_came_from(indexed):
    pointer = engine.index_store().pointer("solution")

    assert pointer.meta == {"model_name": "all-MiniLM-L6-v2", "model_path": ""}
    assert engine.serving_model_name("solution") == "all-MiniLM-L6-v2"


def test_indexing_an_unchanged_document_again_leaves_its_row_alone(indexed):
    # Every process re-reads rows dated after its version; an untouched row costs nobody.
    row = StoredDocument.objects.get(kind="solution", object_id=1)

    engine.index_document(
        Document("solution", 1, "Humidity sensors", "Sensors report damp.", Facts("solution"))
    )

    assert StoredDocument.objects.get(pk=row.pk).updated_at == row.updated_at
