"""Components the fault tests break on purpose: a Redis and a localstripe of their own.

Each runs as a real process on a free loopback port that it keeps across restarts, in its
own session so that a kill takes nothing else with it. Redis keeps its data in an
append-only file written on every command (as a production Redis holding a Celery queue
should), and localstripe in a file of its own, so that either can be killed with SIGKILL and
come back with what it held, as the real services would. The shared Redis and PostgreSQL of
the machine are never touched.
"""

import os
import shutil
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import requests
from django.conf import settings

from tests.deploy.support import PROJECT_ROOT, VENV_BIN, database_url, free_port, wait_for

needs_redis_server = pytest.mark.skipif(
    shutil.which("redis-server") is None,
    reason="needs the redis-server program, to start a Redis these tests may kill",
)


class _Process:
    """A child process in its own session, killed, stopped and resumed as a whole group."""

    name = "process"

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self.log = directory / f"{self.name}.log"

    def command(self) -> list[str]:
        raise NotImplementedError

    def answers(self) -> bool:
        raise NotImplementedError

    def start(self) -> None:
        with open(self.log, "a") as output:
            self.process = subprocess.Popen(  # noqa: S603 - our own command line
                self.command(),
                cwd=self.directory,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        wait_for(self._answers_while_alive, timeout=30, what=f"{self.name} to answer")

    def _answers_while_alive(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"{self.name} exited:\n{self.log.read_text()[-3000:]}")
        return self.answers()

    def _signal(self, sig: int) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, sig)

    def kill(self) -> None:
        """SIGKILL: gone at once, as in a crash or at the OOM killer's hands."""
        if self.process is None or self.process.poll() is not None:
            return
        self._signal(signal.SIGCONT)
        self._signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        """SIGSTOP: the port still accepts connections, and nothing answers on them."""
        self._signal(signal.SIGSTOP)

    def resume(self) -> None:
        self._signal(signal.SIGCONT)

    def ensure_running(self) -> None:
        self.resume()
        if self.process is None or self.process.poll() is not None:
            self.start()


class RedisServer(_Process):
    name = "redis"

    def command(self) -> list[str]:
        return [
            "redis-server",
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--dir", str(self.directory),
            "--save", "",
            "--appendonly", "yes",
            "--appendfsync", "always",
            "--daemonize", "no",
            "--protected-mode", "yes",
        ]  # fmt: skip

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def answers(self) -> bool:
        import redis

        try:
            client = redis.Redis(port=self.port, socket_timeout=1, socket_connect_timeout=1)
            return client.ping()
        except redis.RedisError:
            return False


# localstripe's server, bound to loopback, keeping its objects in a file of its own (its
# own code writes /tmp/localstripe.pickle, shared by every localstripe on the machine, and
# reads it back only when started from its command line).
LOCALSTRIPE = """
import os, pickle, sys
from aiohttp import web
from localstripe import resources
from localstripe.server import app

path = sys.argv[2]

def dump_to_disk(store):
    with open(path + ".partial", "wb") as handle:
        pickle.dump(dict(store), handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(path + ".partial", path)

resources.Store.dump_to_disk = dump_to_disk
if os.path.exists(path):
    with open(path, "rb") as handle:
        dict.update(resources.store, pickle.load(handle))
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None)
"""


class LocalStripe(_Process):
    name = "localstripe"

    def command(self) -> list[str]:
        data = self.directory / "localstripe.pickle"
        return [sys.executable, "-c", LOCALSTRIPE, str(self.port), str(data)]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def answers(self) -> bool:
        try:
            return requests.get(f"{self.url}/js.stripe.com/v3/", timeout=1).status_code == 200
        except requests.RequestException:
            return False


# The production storage compresses every file (a minute and a half on two busy cores); the
# same manifest without the compressed copies serves the pages as well.
COLLECT_STATIC = """
import os, sys
os.environ.update(
    DJANGO_SETTINGS_MODULE="marketplace.settings", DEBUG="false", STATIC_ROOT=sys.argv[1]
)
import marketplace.settings
marketplace.settings.STORAGES["staticfiles"]["BACKEND"] = (
    "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
)
import django
django.setup()
from django.core.management import call_command
call_command("collectstatic", "--noinput", verbosity=0)
"""


def collect_static(directory: Path) -> Path:
    """Static files as `manage.py collectstatic` leaves them, for a server with DEBUG off."""
    root = directory / "static"
    subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", COLLECT_STATIC, str(root)],
        cwd=PROJECT_ROOT,
        env={**os.environ, "SECRET_KEY": settings.SECRET_KEY},
        capture_output=True,
        timeout=120,
        check=True,
    )
    return root


def fault_environment(
    index_dir: Path, var_dir: Path, redis_server: RedisServer, **overrides: str
) -> dict[str, str]:
    """Production settings (DEBUG off) on the test database and our own Redis.

    The secret key is the tests' own, so that a session made here logs a browser in there.
    Static files are served from `var_dir`/static (see collect_static).
    """
    run = uuid.uuid4().hex[:12]
    environment = {
        **os.environ,
        "PATH": f"{VENV_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "DJANGO_SETTINGS_MODULE": "marketplace.settings",
        "DEBUG": "false",
        "SECRET_KEY": settings.SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url(),
        "REDIS_URL": redis_server.url(),
        "CELERY_BROKER_URL": redis_server.url(),
        "CELERY_QUEUE": f"fault-tests-{run}",
        "CACHE_KEY_PREFIX": f"fault-tests-{run}",
        "MATCHING_INDEX_DIR": str(index_dir),
        "LAUNCHPAD_VAR_DIR": str(var_dir),
        "STATIC_ROOT": str(var_dir / "static"),
        "LOG_FORMAT": "json",
        "LOG_LEVEL": "INFO",
        # Waits poll the match API; polling must not trip the per-user match limit.
        "API_THROTTLE_USER": "100000/min",
        "RATE_LIMIT_MATCHES": "100000/m",
        "CELERY_CONCURRENCY": "1",
        # Hand out what a killed worker held after 5 s instead of an hour.
        "CELERY_VISIBILITY_TIMEOUT": "5",
    }
    return {**environment, **overrides}


def celery_call(environment: dict[str, str], task: str) -> None:
    """Queue a task by name, as Celery beat does on its schedule."""
    subprocess.run(  # noqa: S603 - our own command
        [str(VENV_BIN / "celery"), "--app", "marketplace", "call", task],
        cwd=PROJECT_ROOT,
        env=environment,
        capture_output=True,
        timeout=60,
        check=True,
    )


class Browser:
    """Requests to a server over HTTP, signed in with a session made in the test process."""

    def __init__(self, port: int, *, user=None, token: str = "") -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.headers = {"Authorization": f"Token {token}"} if token else {}
        # Secure cookies travel only over HTTPS; a browser behind TLS would send these.
        self.cookies = {"csrftoken": uuid.uuid4().hex}
        if user is not None:
            from django.test import Client

            client = Client()
            client.force_login(user)
            self.cookies["sessionid"] = client.cookies["sessionid"].value

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        headers = {**self.headers, "X-CSRFToken": self.cookies["csrftoken"]}
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        return requests.request(
            method,
            self.base + path,
            headers={**headers, "Cookie": cookie},
            allow_redirects=False,
            timeout=30,
            **kwargs,
        )

    def get(self, path: str) -> requests.Response:
        return self.request("GET", path)

    def post(self, path: str, **kwargs) -> requests.Response:
        return self.request("POST", path, **kwargs)
