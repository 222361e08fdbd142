"""The files that define the production layout: Procfile, gunicorn.conf.py, Celery settings."""

import os
import runpy
import subprocess

import pytest
from gunicorn.config import Config
from gunicorn.http.parser import RequestParser

from marketplace.celery import app
from tests.deploy.support import PROJECT_ROOT, VENV_BIN, procfile_command


def run(command: list[str], **environment) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own tools on our own files
        command,
        cwd=PROJECT_ROOT,
        env={**os.environ, "PATH": f"{VENV_BIN}:{os.environ['PATH']}", **environment},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_procfile_runs_web_worker_and_beat_from_installed_programs():
    commands = {name: procfile_command(name) for name in ("web", "worker", "beat")}

    assert commands["web"] == "gunicorn marketplace.wsgi --config gunicorn.conf.py"
    for command in commands.values():
        assert (VENV_BIN / command.split()[0]).exists()
    assert run(["honcho", "check"]).returncode == 0


def test_gunicorn_takes_its_worker_count_and_port_from_the_environment(monkeypatch):
    monkeypatch.setenv("WEB_CONCURRENCY", "7")
    monkeypatch.setenv("PORT", "5123")
    monkeypatch.delenv("GUNICORN_BIND", raising=False)

    config = runpy.run_path(str(PROJECT_ROOT / "gunicorn.conf.py"))

    assert (config["workers"], config["bind"]) == (7, "127.0.0.1:5123")
    assert (config["preload_app"], config["control_socket_disable"]) == (False, True)
    assert config["logconfig_dict"]["formatters"]["default"]["()"].__name__ == "JsonFormatter"


def test_gunicorn_loads_the_application_with_production_settings(tmp_path):
    checked = run(
        ["gunicorn", "--check-config", "--config", "gunicorn.conf.py", "marketplace.wsgi"],
        DJANGO_SETTINGS_MODULE="marketplace.settings",
        DEBUG="false",
        SECRET_KEY="layout-test-" + "s" * 50,
        LAUNCHPAD_VAR_DIR=str(tmp_path),
    )

    assert checked.returncode == 0, checked.stderr


def test_celery_loses_no_task_when_a_worker_stops():
    assert app.conf.task_acks_late is True
    assert app.conf.task_reject_on_worker_lost is True
    assert app.conf.worker_prefetch_multiplier == 1
    assert app.conf.broker_transport_options["visibility_timeout"] == 3600


def test_every_beat_entry_names_a_registered_task():
    app.loader.import_default_modules()
    entries = app.conf.beat_schedule

    assert {"matcher-index-compaction", "matcher-stale-data-check"} <= set(entries)
    assert {entry["task"] for entry in entries.values()} <= set(app.tasks)


@pytest.mark.parametrize(
    ("environment", "complaint"),
    [
        ({"REDIS_URL": "redis://127.0.0.1:6379/0"}, "Set DATABASE_URL"),
        ({"DATABASE_URL": "postgres://postgres@127.0.0.1/launchpad"}, "Set REDIS_URL"),
        (
            {"DATABASE_URL": "sqlite:///var/x.sqlite3", "REDIS_URL": "redis://127.0.0.1:6379/0"},
            "runs on PostgreSQL",
        ),
    ],
)
def test_make_serve_says_what_it_needs_before_starting_anything(environment, complaint):
    bare = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}

    result = subprocess.run(  # noqa: S603 - our own script
        [str(PROJECT_ROOT / "deploy/serve.sh")],
        cwd=PROJECT_ROOT,
        env={**bare, **environment},
        capture_output=True,
        text=True,
        timeout=30,
    )

    assert result.returncode == 1
    assert complaint in result.stderr


def gunicorn_scheme(config: dict, peer: str, **headers: str) -> str:
    """The URL scheme gunicorn hands Django for a request from `peer` with these headers."""
    cfg = Config()
    for name in ("forwarded_allow_ips", "secure_scheme_headers"):
        if name in config:
            cfg.set(name, config[name])
    lines = ["GET / HTTP/1.1", "Host: launchpad.example.org"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode()
    return next(iter(RequestParser(cfg, iter([raw]), (peer, 40000)))).scheme


@pytest.mark.parametrize(
    ("trusted", "headers", "scheme"),
    [
        ("false", {"X_Forwarded_Proto": "https"}, "http"),
        ("false", {"X_Forwarded_Ssl": "on"}, "http"),
        ("true", {"X_Forwarded_Proto": "https"}, "https"),
        ("true", {"X_Forwarded_Ssl": "on"}, "http"),
        ("true", {"X_Forwarded_Protocol": "ssl"}, "http"),
    ],
)
def test_trust_x_forwarded_proto_alone_decides_what_gunicorn_takes_for_https(
    monkeypatch, trusted, headers, scheme
):
    monkeypatch.setenv("TRUST_X_FORWARDED_PROTO", trusted)
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)

    config = runpy.run_path(str(PROJECT_ROOT / "gunicorn.conf.py"))

    assert gunicorn_scheme(config, "127.0.0.1", **headers) == scheme
    # A client that is not the proxy is never believed.
    assert gunicorn_scheme(config, "203.0.113.9", **headers) == "http"


@pytest.mark.parametrize(("trusted", "header"), [("false", "None"), ("true", "https")])
def test_trust_x_forwarded_proto_decides_django_too(tmp_path, trusted, header):
    checked = run(
        [
            "python",
            "-c",
            "from django.conf import settings; "
            "print((settings.SECURE_PROXY_SSL_HEADER or [None, None])[1])",
        ],
        DJANGO_SETTINGS_MODULE="marketplace.settings",
        DEBUG="false",
        SECRET_KEY="layout-test-" + "s" * 50,
        LAUNCHPAD_VAR_DIR=str(tmp_path),
        TRUST_X_FORWARDED_PROTO=trusted,
    )

    assert checked.stdout.strip() == header, checked.stderr
