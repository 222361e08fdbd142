"""The production layout end to end: gunicorn with three workers and a Celery worker on Redis,
all started from the Procfile, sharing the test database and one index directory.

A solution published through the API shows up in the match results of every web worker
within five seconds; two rebuilds asked for at once run once, and every worker then serves
the new version within five seconds.
"""

import http.client
import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from marketplace.catalogue.models import Status
from marketplace.jobs.models import Job, JobStatus
from marketplace.matchmaking.tasks import sync_entry_with_matcher
from matching import engine
from tests.conftest import token_for
from tests.deploy.support import (
    Service,
    free_port,
    needs_redis,
    procfile_command,
    service_environment,
    wait_for,
)
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory
from tests.matching.support import fresh_index

pytestmark = [needs_redis, pytest.mark.django_db(transaction=True)]

WEB_WORKERS = 3
DEADLINE = 5.0
STARTUP = 60.0


def request(port: int, method: str, path: str, token: str) -> tuple[int, dict, object]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path, headers={"Authorization": f"Token {token}"})
        response = connection.getresponse()
        body = response.read()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return response.status, headers, json.loads(body) if body else None
    finally:
        connection.close()


def fan_out(call, times: int = 2 * WEB_WORKERS) -> list:
    """Requests at once, so that every idle worker takes one."""
    with ThreadPoolExecutor(max_workers=times) as pool:
        return list(pool.map(lambda _: call(), range(times)))


@pytest.fixture
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


@pytest.fixture
def catalogue(provider, provider_member, supplier, staff_user):
    challenge = ChallengeFactory(
        organisation=provider,
        status=Status.PUBLISHED,
        title="Find damp and mould before residents report it",
        summary="Condensation and black mould grow in bathrooms and bedrooms.",
    )
    payroll = SolutionFactory(
        organisation=supplier,
        status=Status.PUBLISHED,
        name="Payroll for care staff",
        summary="Timesheets, holiday pay and pensions in one tool.",
        description="Payroll software for care providers.",
    )
    sensors = SolutionFactory(
        organisation=supplier,
        status=Status.SUBMITTED,
        name="Humidity sensors that find mould early",
        summary="Sensors alert the repairs team before condensation turns into mould.",
    )
    sync_entry_with_matcher("challenge", challenge.pk)
    sync_entry_with_matcher("solution", payroll.pk)
    return {
        "challenge": challenge,
        "payroll": payroll,
        "sensors": sensors,
        "staff": token_for(staff_user),
        "member": token_for(provider_member),
    }


@pytest.fixture
def services(index_dir, tmp_path, catalogue):
    # The first versions exist before the servers start, as after any earlier deploy.
    engine.rebuild_index("challenge")
    engine.rebuild_index("solution")
    port = free_port()
    environment = service_environment(
        index_dir,
        tmp_path,
        PORT=str(port),
        WEB_CONCURRENCY=str(WEB_WORKERS),
        # One member's match requests go to every worker at once, to reach them all.
        RATE_LIMIT_IN_FLIGHT="100",
    )
    web = Service("web", procfile_command("web"), environment, tmp_path / "web.log")
    worker = Service("worker", procfile_command("worker"), environment, tmp_path / "worker.log")
    try:
        web.start()
        worker.start()
        yield web, worker, port
    finally:
        web.kill()
        worker.kill()


def wait_until_serving(web: Service, worker: Service, port: int, token: str, path: str):
    running = (web, worker)
    wait_for(
        lambda: len(web.children()) == WEB_WORKERS,
        timeout=STARTUP,
        what="three web workers",
        services=running,
    )
    wait_for(
        lambda: "Embedding model all-MiniLM-L6-v2 loaded" in worker.messages(),
        timeout=STARTUP,
        what="the Celery worker to load the model",
        services=running,
    )
    seen: set[str] = set()

    def every_worker_answered():
        for status, headers, _ in fan_out(lambda: request(port, "GET", path, token)):
            if status == 200:
                seen.add(headers["x-served-by"])
        return seen >= {str(pid) for pid in web.children()}

    wait_for(every_worker_answered, timeout=STARTUP, what="every web worker", services=running)


def test_a_published_solution_reaches_every_web_worker_and_two_rebuilds_run_once(
    services, catalogue
):
    web, worker, port = services
    challenge, sensors = catalogue["challenge"], catalogue["sensors"]
    matches = f"/api/v1/challenges/{challenge.pk}/matches/?k=5"
    began = time.monotonic()
    wait_until_serving(web, worker, port, catalogue["member"], matches)
    print(f"\nServing after {time.monotonic() - began:.1f} s")
    pids = {str(pid) for pid in web.children()}

    # Publish through the API: the Celery worker embeds it, every web worker picks it up.
    publish = f"/api/v1/solutions/{sensors.pk}/publish/"
    status, _, _ = request(port, "POST", publish, catalogue["staff"])
    published = time.monotonic()
    assert status == 200
    first_seen = seen_by_every_worker(port, matches, catalogue["member"], sensors.pk, pids)
    delays = {pid: round(at - published, 2) for pid, at in first_seen.items()}
    print(f"\nPublished solution seen by each web worker after (s): {delays}")
    assert set(delays) == pids
    assert max(delays.values()) < DEADLINE, delays

    # Two rebuilds at once, each to whichever web worker takes it: one job, one run.
    versions = current_versions()
    answers = rebuild_twice_at_once(port, catalogue["staff"])
    assert [status for status, _ in answers] == [202, 202]
    assert answers[0][1]["id"] == answers[1][1]["id"]
    job = wait_for(
        Job.objects.filter(pk=answers[0][1]["id"]).exclude(status=JobStatus.RUNNING).first,
        timeout=30,
        what="the rebuild job to end",
        services=(web, worker),
    )
    rebuilt = time.monotonic()
    assert (job.status, job.done, job.total) == (JobStatus.DONE, 2, 2)
    assert Job.objects.filter(kind="matching.rebuild").count() == 1
    assert current_versions() == {kind: version + 1 for kind, version in versions.items()}
    published_lines = [m for m in worker.messages() if m.startswith("Published ")]
    assert len(published_lines) == 2, published_lines  # one run: one version of each kind

    swapped = served_new_versions(port, catalogue["member"], versions, pids)
    delays = {pid: round(at - rebuilt, 2) for pid, at in swapped.items()}
    print(f"New index versions served by each web worker after (s): {delays}")
    assert max(delays.values()) < DEADLINE, delays


def current_versions() -> dict[str, int]:
    return {kind: engine.index_store().current_version(kind) for kind in ("challenge", "solution")}


def seen_by_every_worker(port, path, token, solution_pk, pids) -> dict[str, float]:
    first_seen: dict[str, float] = {}
    deadline = time.monotonic() + 2 * DEADLINE
    while set(first_seen) != pids and time.monotonic() < deadline:
        for status, headers, body in fan_out(lambda: request(port, "GET", path, token)):
            ids = {match["entry"]["id"] for match in body} if status == 200 else set()
            if solution_pk in ids:
                first_seen.setdefault(headers["x-served-by"], time.monotonic())
        time.sleep(0.05)
    return first_seen


def rebuild_twice_at_once(port, token) -> list[tuple[int, dict]]:
    start = threading.Barrier(2)

    def rebuild():
        start.wait()
        status, _, body = request(port, "POST", "/api/v1/matching/rebuild/", token)
        return status, body

    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(lambda _: rebuild(), range(2)))


def served_new_versions(port, token, old, pids) -> dict[str, float]:
    """When each web worker's readiness first reports the new versions."""
    swapped: dict[str, float] = {}
    expected = {kind: version + 1 for kind, version in old.items()}
    deadline = time.monotonic() + 2 * DEADLINE
    while set(swapped) != pids and time.monotonic() < deadline:
        for status, headers, body in fan_out(lambda: request(port, "GET", "/readyz", token)):
            if status == 200 and body["checks"]["index_files"]["served_versions"] == expected:
                swapped.setdefault(headers["x-served-by"], time.monotonic())
        time.sleep(0.05)
    return swapped
