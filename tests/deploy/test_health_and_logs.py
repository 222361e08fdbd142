"""Liveness and readiness for load balancers; request ids and JSON log lines."""

import json
import logging
import os
import sys

import pytest
from django.db import DatabaseError

from marketplace.core import health
from marketplace.logging_config import JsonFormatter, request_id
from matching import engine
from matching.contracts import Document, Facts
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


@pytest.fixture
def database_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", refuse)


def sensors() -> Document:
    return Document("solution", 1, "Humidity sensors", "Sensors report damp.", Facts("solution"))


# Liveness and readiness


def test_readyz_reports_every_dependency_and_the_versions_this_process_serves(client, index_dir):
    engine.index_document(sensors())
    engine.rebuild_index("solution")

    response = client.get("/readyz")

    body = response.json()
    assert response.status_code == 200
    assert (body["status"], body["pid"]) == ("ok", os.getpid())
    assert sorted(body["checks"]) == ["broker", "cache", "database", "index_files", "migrations"]
    assert body["checks"]["index_files"]["served_versions"] == {"challenge": None, "solution": 1}
    assert response["Cache-Control"].startswith("max-age=0")


def test_readyz_follows_a_version_another_process_published(client, index_dir):
    engine.index_document(sensors())
    engine.rebuild_index("solution")
    client.get("/readyz")

    engine.rebuild_index("solution")  # as if by a worker; this process still holds version 1
    engine.index_store().forget("solution")

    served = client.get("/readyz").json()["checks"]["index_files"]["served_versions"]
    assert served["solution"] == 2


def test_readyz_is_503_while_the_index_files_are_unreadable(client, index_dir):
    engine.index_document(sensors())
    engine.rebuild_index("solution")
    (index_dir / "solution.v1.faiss").write_bytes(b"garbage" * 100)
    engine.index_store().forget("solution")

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"]["index_files"] == {
        "ok": False,
        "error": "the solution index files are unreadable",
    }


def test_readyz_is_503_while_migrations_are_pending(client, index_dir, monkeypatch):
    monkeypatch.setattr(health, "_migrated", False)
    monkeypatch.setattr(
        "django.db.migrations.executor.MigrationExecutor.migration_plan",
        lambda self, targets: [("jobs", "0002_new")],
    )

    response = client.get("/readyz")

    assert response.status_code == 503
    assert response.json()["checks"]["migrations"] == {"ok": False, "pending": 1}


def test_readyz_is_503_and_healthz_still_200_when_the_database_is_down(
    client, index_dir, database_down
):
    ready = client.get("/readyz")
    alive = client.get("/healthz")

    assert ready.status_code == 503
    assert ready.json()["checks"]["database"] == {"ok": False, "error": "DatabaseError"}
    # Restarting the process would not bring the database back: liveness stays green.
    assert alive.status_code == 200
    assert alive.json()["status"] == "fail"


@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_probes_answer_a_load_balancer_at_the_node_address_over_plain_http(
    client, settings, index_dir, path
):
    settings.ALLOWED_HOSTS = ["launchpad.example.org"]
    settings.SECURE_SSL_REDIRECT = True

    response = client.get(path, HTTP_HOST="10.0.3.17:8000")

    assert response.status_code == 200
    assert response["X-Request-ID"]


def test_other_pages_still_refuse_an_unknown_host(client, settings):
    settings.ALLOWED_HOSTS = ["launchpad.example.org"]

    assert client.get("/", HTTP_HOST="10.0.3.17:8000").status_code == 400


# Request ids and logs


def test_every_response_names_its_request_and_the_process_that_served_it(client):
    response = client.get("/api/v1/themes/")

    assert len(response["X-Request-ID"]) == 32
    assert response["X-Served-By"] == str(os.getpid())


def test_a_request_id_from_the_proxy_is_kept_and_a_strange_one_replaced(client):
    kept = client.get("/api/v1/themes/", HTTP_X_REQUEST_ID="4f9c2a1be07d4d2c8a0e53b1c2d3e4f5")
    replaced = client.get("/api/v1/themes/", HTTP_X_REQUEST_ID='evil"\n{"level": "ERROR"}')

    assert kept["X-Request-ID"] == "4f9c2a1be07d4d2c8a0e53b1c2d3e4f5"
    assert replaced["X-Request-ID"] != 'evil"\n{"level": "ERROR"}'
    assert len(replaced["X-Request-ID"]) == 32


def test_each_request_is_logged_once_with_its_id_status_and_duration(client, caplog):
    with caplog.at_level(logging.INFO, logger="launchpad.requests"):
        response = client.get("/api/v1/themes/", HTTP_X_REQUEST_ID="req-0123456789")

    [record] = [r for r in caplog.records if r.name == "launchpad.requests"]
    assert record.getMessage() == "GET /api/v1/themes/ 200"
    assert (record.method, record.path, record.status, record.user_id) == (
        "GET",
        "/api/v1/themes/",
        200,
        None,
    )
    assert record.duration_ms >= 0
    assert record.request_id == "req-0123456789" == response["X-Request-ID"]


def test_successful_probes_are_not_logged(client, caplog, index_dir):
    with caplog.at_level(logging.INFO, logger="launchpad.requests"):
        client.get("/healthz")
        client.get("/readyz")

    assert [r for r in caplog.records if r.name == "launchpad.requests"] == []


def test_a_log_line_is_one_json_object_with_the_request_id_and_any_extra_fields():
    token = request_id.set("req-42")
    try:
        record = logging.LogRecord(
            "matching.engine", logging.WARNING, "x.py", 1, "Index %s", ("v2",), None
        )
        record.documents = 12
        line = JsonFormatter().format(record)
    finally:
        request_id.reset(token)

    entry = json.loads(line)
    assert "\n" not in line
    assert {
        key: entry[key] for key in ("level", "logger", "message", "request_id", "documents")
    } == {
        "level": "WARNING",
        "logger": "matching.engine",
        "message": "Index v2",
        "request_id": "req-42",
        "documents": 12,
    }
    assert entry["time"].endswith("+00:00")


def test_a_traceback_stays_inside_its_json_line():
    try:
        raise ValueError("bad vector")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, "x.py", 1, "failed", (), sys.exc_info())

    entry = json.loads(JsonFormatter().format(record))

    assert entry["exception"].splitlines()[-1] == "ValueError: bad vector"


def test_a_task_queued_by_a_request_logs_with_that_request_id(caplog):
    # Tasks run inline in tests; queued through Redis the id travels in the message headers.
    from marketplace.matchmaking.tasks import fold_matcher_changes

    seen = []
    token = request_id.set("req-from-web")
    try:
        with caplog.at_level(logging.INFO):
            fold_matcher_changes.delay("solution")
        seen = [r.request_id for r in caplog.records if r.name == "celery.app.trace"]
    finally:
        request_id.reset(token)

    assert seen == ["req-from-web"]
