"""Running the production processes (Procfile lines) against the test database, with bounds.

Each process starts in its own session, so killing its process group takes its children
(gunicorn's workers, Celery's pool) too; output goes to a file, never a pipe that could
fill up and stall it.
"""

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.db import connection

# The load runner starts the same Procfile lines on free ports; one copy of each, there.
from loadtest.run import free_port, procfile_command  # noqa: F401 - re-exported for the tests

PROJECT_ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent

needs_redis = pytest.mark.skipif(
    not os.environ.get("REDIS_URL"),
    reason="needs Redis for the Celery broker: set REDIS_URL (CI does)",
)


def database_url() -> str:
    """The database pytest-django created, for other processes to use."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    host = db["HOST"] or "localhost"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{host}:{db['PORT'] or 5432}/{db['NAME']}"


def next_model(directory: Path) -> Path:
    """The packaged weights under another name: to the matcher, a different model."""
    from matching.encoder import packaged_model_path

    path = directory / "all-MiniLM-L6-v2-next"
    path.symlink_to(packaged_model_path(), target_is_directory=True)
    return path


def service_environment(index_dir: Path, var_dir: Path, **overrides: str) -> dict[str, str]:
    """Production settings (DEBUG off) on the test database, Redis, and a queue of our own."""
    redis_url = os.environ["REDIS_URL"]
    run = uuid.uuid4().hex[:12]
    environment = {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "DJANGO_SETTINGS_MODULE": "marketplace.settings",
        "DEBUG": "false",
        "SECRET_KEY": f"deploy-tests-{run}-{'k' * 40}",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url(),
        "REDIS_URL": redis_url,
        "CELERY_BROKER_URL": redis_url,
        # Runs side by side on one Redis share neither tasks, nor cache keys, nor locks.
        "CELERY_QUEUE": f"deploy-tests-{run}",
        "CACHE_KEY_PREFIX": f"deploy-tests-{run}",
        "MATCHING_INDEX_DIR": str(index_dir),
        "LAUNCHPAD_VAR_DIR": str(var_dir),
        "LOG_FORMAT": "json",
        "LOG_LEVEL": "INFO",
        # These tests poll the match API to see work land; on a slow machine the polling
        # alone would pass the per-user match limit and read a 429 as a failure.
        "API_THROTTLE_USER": "100000/min",
        "RATE_LIMIT_MATCHES": "100000/m",
        "CELERY_CONCURRENCY": "1",
    }
    return {**environment, **overrides}


@dataclass
class Service:
    name: str
    command: str
    environment: dict[str, str]
    log: Path
    process: subprocess.Popen | None = None
    started: list[float] = field(default_factory=list)

    def start(self) -> "Service":
        self.started.append(time.monotonic())
        with open(self.log, "a") as output:
            self.process = subprocess.Popen(  # noqa: S603 - our own Procfile line
                ["/bin/sh", "-c", f"exec {self.command}"],
                cwd=PROJECT_ROOT,
                env=self.environment,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        return self

    def kill(self, sig: int = signal.SIGKILL) -> None:
        """Kill the whole process group at once, as a crash or the OOM killer would."""
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, sig)
        except ProcessLookupError:
            return
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def records(self) -> list[dict]:
        """The JSON log lines written so far (other output, e.g. a traceback, is skipped)."""
        found = []
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        for line in text.splitlines():
            line = line.strip()
            if line.startswith("{"):
                try:
                    found.append(json.loads(line))
                except ValueError:
                    continue
        return found

    def messages(self) -> list[str]:
        return [record.get("message", "") for record in self.records()]

    def children(self) -> set[int]:
        """Pids of the main process's children (gunicorn's workers)."""
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return {int(pid) for pid in path.read_text().split()}
        except OSError:
            return set()

    def assert_alive(self) -> None:
        if self.process.poll() is not None:
            tail = self.log.read_text(errors="replace")[-4000:]
            raise AssertionError(f"{self.name} exited with {self.process.returncode}:\n{tail}")


def wait_for(condition: Callable[[], object], *, timeout: float, what: str, services=()):
    """Poll until `condition()` is truthy; fail with `what` (and dead services' logs) if not.

    The pause between looks doubles up to a second, so a long wait asks the site a few dozen
    times, not hundreds: polling must not itself load a slow machine or trip a rate limit.
    """
    deadline = time.monotonic() + timeout
    pause = 0.05
    while True:
        for service in services:
            service.assert_alive()
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"Timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(pause)
        pause = min(2 * pause, 1.0)


def waiting_for_a_lock(cursor) -> bool:
    """Whether another connection to this database waits for a lock (PostgreSQL)."""
    # Inside a transaction PostgreSQL shows the activity as first read, unless told to look again.
    cursor.execute("SELECT pg_stat_clear_snapshot()")
    cursor.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        " AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"
    )
    return cursor.fetchone()[0] > 0
