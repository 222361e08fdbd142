"""Index files damaged on disk: truncated, overwritten in part, or gone.

Each case is met by a process that has just started (it has nothing in memory yet). /readyz
says the files are unreadable; the match page and the match API still answer, with the
index rebuilt from the stored vectors by the first search, and /readyz is 200 again after.
The stale-data check rebuilds a damaged index with no search at all. While the index cannot
be rebuilt (Redis, which holds the rebuild lock, is down, or another process is rebuilding
it), matching says so in words and every other page answers.
"""

import os
import signal
import threading
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from django.test import Client

from marketplace.catalogue.models import Status
from marketplace.matchmaking import indexing
from marketplace.matchmaking.tasks import sync_entry_with_matcher
from matching import engine
from tests.conftest import token_for
from tests.deploy.support import wait_for
from tests.faults.support import Browser, RedisServer, needs_redis_server
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory
from tests.matching.support import after_refresh, forget_loaded_indexes, fresh_index

pytestmark = pytest.mark.django_db

REBUILDING = "Matching is being rebuilt just now. Try again in a minute."


@pytest.fixture
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def build_catalogue(provider, supplier) -> dict:
    """A challenge and two solutions, embedded and served; the sensors rank first."""
    challenge = ChallengeFactory(
        organisation=provider,
        status=Status.PUBLISHED,
        title="Find damp and mould before residents report it",
        summary="Condensation and black mould grow in bathrooms and bedrooms.",
    )
    sensors = SolutionFactory(
        organisation=supplier,
        status=Status.PUBLISHED,
        name="Humidity sensors that find mould early",
        summary="Sensors alert the repairs team before condensation turns into mould.",
    )
    payroll = SolutionFactory(
        organisation=supplier,
        status=Status.PUBLISHED,
        name="Payroll for care staff",
        summary="Timesheets, holiday pay and pensions in one tool.",
        description="Payroll software for care providers.",
    )
    sync_entry_with_matcher("challenge", challenge.pk)
    for solution in (sensors, payroll):
        sync_entry_with_matcher("solution", solution.pk)
    for kind in ("challenge", "solution"):
        assert engine.rebuild_index(kind) == 1
    return {"challenge": challenge, "ranked": [sensors.pk, payroll.pk]}


@pytest.fixture
def catalogue(index_dir, provider, provider_member, supplier):
    return build_catalogue(provider, supplier)


@pytest.fixture
def member(provider_member) -> Client:
    client = Client(HTTP_AUTHORIZATION=f"Token {token_for(provider_member)}")
    client.force_login(provider_member)
    return client


def truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def overwrite_the_middle(path):
    # FAISS itself reads such a file without complaint: garbage vectors, or ids of nothing.
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = np.random.default_rng(7).bytes(64)
    path.write_bytes(bytes(data))


def overwrite_the_end(path):
    data = bytearray(path.read_bytes())
    data[-64:] = b"\xff" * 64
    path.write_bytes(bytes(data))


DAMAGE = {
    "faiss truncated": ("solution.v1.faiss", truncate),
    "faiss overwritten in the middle": ("solution.v1.faiss", overwrite_the_middle),
    "faiss ids overwritten": ("solution.v1.faiss", overwrite_the_end),
    "faiss deleted": ("solution.v1.faiss", lambda path: path.unlink()),
    "faiss emptied": ("solution.v1.faiss", lambda path: path.write_bytes(b"")),
    "bm25 and facts truncated": ("solution.v1.npz", truncate),
    "bm25 and facts overwritten in the middle": ("solution.v1.npz", overwrite_the_middle),
}


def match_page(client: Client, challenge) -> str:
    response = client.get(f"/challenges/{challenge.pk}/matches/")
    assert response.status_code == 200
    return response.content.decode()


def match_api(client: Client, challenge):
    return client.get(f"/api/v1/challenges/{challenge.pk}/matches/")


def served_solution_version(client: Client) -> int | None:
    response = client.get("/readyz")
    assert response.status_code == 200, response.json()
    return response.json()["checks"]["index_files"]["served_versions"]["solution"]


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_index_is_reported_then_rebuilt_by_the_next_search(
    catalogue, member, index_dir, damage
):
    name, spoil = DAMAGE[damage]
    spoil(index_dir / name)
    forget_loaded_indexes()  # a process started after the damage

    unready = Client().get("/readyz")
    page = match_page(member, catalogue["challenge"])
    api = match_api(member, catalogue["challenge"])

    assert unready.status_code == 503
    assert unready.json()["checks"]["index_files"] == {
        "ok": False,
        "error": "the solution index files are unreadable",
    }
    assert "Humidity sensors that find mould early" in page
    assert api.status_code == 200
    assert [match["entry"]["id"] for match in api.json()] == catalogue["ranked"]
    assert served_solution_version(Client()) == 2


def test_a_garbled_version_pointer_is_rebuilt_by_the_next_search(catalogue, member, index_dir):
    (index_dir / "solution.json").write_text('{"version": "one", "built_at')
    forget_loaded_indexes()

    before = served_solution_version(Client())  # no readable pointer: as before the first build
    api = match_api(member, catalogue["challenge"])

    assert before is None
    assert [match["entry"]["id"] for match in api.json()] == catalogue["ranked"]
    assert served_solution_version(Client()) == 2  # version 1's files are left alone


def test_the_stale_data_check_rebuilds_a_damaged_index_with_no_search(catalogue, index_dir):
    overwrite_the_middle(index_dir / "solution.v1.faiss")
    forget_loaded_indexes()
    assert Client().get("/readyz").status_code == 503

    report = indexing.matcher_freshness_check()

    assert report["rebuilt_damaged"] == {"solution": 2}
    assert served_solution_version(Client()) == 2


def test_a_process_serving_a_version_from_memory_keeps_serving_it_until_the_check_rebuilds_it(
    catalogue, member, index_dir
):
    assert served_solution_version(Client()) == 1
    match_api(member, catalogue["challenge"])  # loaded into this process

    overwrite_the_middle(index_dir / "solution.v1.faiss")
    still = match_api(member, catalogue["challenge"])
    report = indexing.matcher_freshness_check()

    assert [match["entry"]["id"] for match in still.json()] == catalogue["ranked"]
    assert report["rebuilt_damaged"] == {"solution": 2}
    after_refresh()
    assert served_solution_version(Client()) == 2


@pytest.fixture
def dead_redis(settings, tmp_path):
    """The rebuild lock's Redis, killed: as in production, where every process shares it."""
    server = RedisServer(tmp_path)
    server.start()
    settings.REDIS_URL = server.url()
    server.kill()
    try:
        yield server
    finally:
        server.kill()


@needs_redis_server
def test_while_redis_is_down_a_damaged_index_is_explained_and_other_pages_answer(
    catalogue, member, index_dir, dead_redis
):
    challenge = catalogue["challenge"]
    truncate(index_dir / "solution.v1.faiss")
    forget_loaded_indexes()

    page = match_page(member, challenge)
    api = match_api(member, challenge)
    detail = member.get(f"/challenges/{challenge.pk}/")

    assert REBUILDING in page
    assert (api.status_code, api.json(), api["Retry-After"]) == (
        503,
        {"detail": REBUILDING, "code": "matcher_unavailable"},
        "60",
    )
    assert detail.status_code == 200

    dead_redis.start()
    api = match_api(member, challenge)
    assert [match["entry"]["id"] for match in api.json()] == catalogue["ranked"]


def test_a_search_waits_a_bounded_time_for_another_process_rebuilding_the_index(
    catalogue, member, index_dir, monkeypatch
):
    monkeypatch.setattr(engine, "REPAIR_WAIT", 0.5)
    truncate(index_dir / "solution.v1.faiss")
    forget_loaded_indexes()
    holding, release = threading.Event(), threading.Event()

    def rebuild_elsewhere():
        with engine.rebuild_lock("solution"):
            holding.set()
            release.wait(30)

    other = threading.Thread(target=rebuild_elsewhere)
    other.start()
    try:
        holding.wait(10)
        api = match_api(member, catalogue["challenge"])
    finally:
        release.set()
        other.join(10)

    assert (api.status_code, api.json()["code"]) == (503, "matcher_unavailable")
    api = match_api(member, catalogue["challenge"])
    assert [match["entry"]["id"] for match in api.json()] == catalogue["ranked"]


def ranked_by(browser: Browser, challenge) -> tuple[int, list[int]]:
    response = browser.get(f"/api/v1/challenges/{challenge.pk}/matches/")
    ids = [match["entry"]["id"] for match in response.json()] if response.ok else []
    return response.status_code, ids


@needs_redis_server
@pytest.mark.django_db(transaction=True)
def test_web_workers_started_after_the_damage_answer_and_rebuild_the_index_once(
    web_stack, settings, provider, provider_member, supplier
):
    settings.MATCHING_INDEX_DIR = web_stack.index_dir
    forget_loaded_indexes()
    catalogue = build_catalogue(provider, supplier)
    challenge, ranked = catalogue["challenge"], catalogue["ranked"]
    web_stack.wait_until_ready()
    member = Browser(web_stack.port, token=token_for(provider_member))
    anyone = Browser(web_stack.port)
    web = web_stack.web
    workers = len(web.children())
    assert fan_out(lambda: ranked_by(member, challenge), 2 * workers) == [(200, ranked)] * (
        2 * workers
    )

    overwrite_the_middle(web_stack.index_dir / "solution.v1.faiss")
    # The running workers hold version 1 in memory and go on serving it.
    assert ranked_by(member, challenge) == (200, ranked)

    # A deploy (or gunicorn's recycling) replaces them: the new ones have only the files.
    before = web.children()
    os.kill(web.process.pid, signal.SIGHUP)
    wait_for(
        lambda: len(web.children()) == workers and not web.children() & before,
        timeout=30,
        what="new web workers",
        services=[web],
    )
    unready = {anyone.get("/readyz").status_code for _ in range(2 * workers)}
    answers = fan_out(lambda: ranked_by(member, challenge), 2 * workers)

    assert unready == {503}
    assert answers == [(200, ranked)] * (2 * workers)
    wait_for(
        lambda: {anyone.get("/readyz").status_code for _ in range(2 * workers)} == {200},
        timeout=10,
        what="every worker to be ready again",
        services=[web],
    )
    assert engine.index_store().current_version("solution") == 2  # one rebuild between them


def fan_out(call, times: int) -> list:
    with ThreadPoolExecutor(max_workers=times) as pool:
        return list(pool.map(lambda _: call(), range(times)))
