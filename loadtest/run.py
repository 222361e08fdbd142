"""The load test: gunicorn on PostgreSQL and Redis, driven by locust from a second process.

    .venv/bin/python -m loadtest.run --solutions 10000 --clients 16,64 --duration 60

It seeds the demo, scales the catalogue to --solutions (manage.py seed_load), starts the
Procfile's web process with production settings, warms every worker up, then runs locust
headless once per scenario (the match API alone, the match page alone, both at once) and
client count, and prints throughput, latency percentiles and errors per endpoint. The exit
status is 1 when any request failed. Figures: docs/benchmarks.md.
"""

import argparse
import csv
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
WARM_UP_SECONDS = 10
READY_TIMEOUT = 120


# Each endpoint alone, then both at once (three API requests to one page).
SCENARIOS = ("api", "page", "mixed")


@dataclass(frozen=True)
class Figures:
    scenario: str
    clients: int
    endpoint: str
    requests: int
    failures: int
    per_second: float
    p50_ms: float
    p95_ms: float
    p99_ms: float


def main(argv: list[str] | None = None) -> int:
    options = _arguments(argv)
    out = options.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    plan = out / "plan.json"
    # The plan's sessions are signed with the server's key, so seeding and serving share it.
    secret_key = os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50)
    if not options.skip_seed:
        seed(options.database_url, secret_key, options.solutions, max(options.clients), plan)
    port = free_port()
    environment = service_environment(options.database_url, options.redis_url, secret_key)
    with serving(environment, port, workers=options.workers, log=out / "gunicorn.log"):
        host = f"http://127.0.0.1:{port}"
        drive(
            host,
            plan,
            clients=max(options.clients),
            seconds=WARM_UP_SECONDS,
            prefix=out / "warm-up",
        )
        figures = [
            row
            for scenario in options.scenarios
            for clients in options.clients
            for row in drive(
                host,
                plan,
                clients=clients,
                seconds=options.duration,
                prefix=out / f"{scenario}-c{clients}",
                scenario=scenario,
            )
        ]
    print(
        table(
            figures, solutions=options.solutions, workers=options.workers, seconds=options.duration
        )
    )
    (out / "figures.json").write_text(json.dumps([asdict(f) for f in figures], indent=2))
    return 1 if any(f.failures for f in figures) else 0


def _arguments(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--solutions", type=int, default=10_000)
    parser.add_argument("--clients", type=_counts, default=[16, 64], help="e.g. 16,64")
    parser.add_argument("--duration", type=int, default=60, help="seconds per client count")
    parser.add_argument(
        "--scenarios", type=_scenarios, default=list(SCENARIOS), help="e.g. api,mixed"
    )
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL", ""))
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "var" / "load")
    parser.add_argument("--skip-seed", action="store_true", help="seeded already, with $SECRET_KEY")
    options = parser.parse_args(argv)
    if not options.database_url.startswith("postgres") or not options.redis_url:
        parser.error("needs PostgreSQL and Redis: set DATABASE_URL and REDIS_URL (or the flags)")
    if options.skip_seed and not (options.out / "plan.json").is_file():
        parser.error(f"--skip-seed: no plan.json in {options.out}; give the --out of a seeded run")
    return options


def _counts(text: str) -> list[int]:
    try:
        counts = [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError("a comma-separated list of numbers, e.g. 16,64") from None
    if not counts or min(counts) < 1:
        raise argparse.ArgumentTypeError("each client count must be at least 1")
    return counts


def _scenarios(text: str) -> list[str]:
    chosen = [part.strip() for part in text.split(",")]
    unknown = [name for name in chosen if name not in SCENARIOS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"choose from {', '.join(SCENARIOS)}, not {text!r}")
    return chosen


# -- the server ---------------------------------------------------------------------------------


def seed(database_url: str, secret_key: str, solutions: int, users: int, plan: Path) -> None:
    # Without a broker the demo's embedding runs inline, as `make seed` does.
    environment = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "true",
        "REDIS_URL": "",
        "SECRET_KEY": secret_key,
    }
    environment.pop("CELERY_BROKER_URL", None)
    for command in (
        ["migrate", "--noinput"],
        ["seed_demo"],
        ["seed_load", f"--solutions={solutions}", f"--users={users}", f"--plan={plan}"],
    ):
        _manage(command, environment)


def _manage(command: list[str], environment: dict[str, str]) -> None:
    subprocess.run(  # noqa: S603 - our own manage.py
        [str(BIN / "python"), "manage.py", *command],
        cwd=PROJECT_ROOT,
        env=environment,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def service_environment(
    database_url: str, redis_url: str, secret_key: str, **overrides: str
) -> dict[str, str]:
    """Production settings, except plain HTTP on loopback and limits that a load test exceeds.

    The abuse limits are per user and per IP, and every simulated client comes from one
    address asking without pause: left on, they would answer 429 and measure nothing else.
    """
    return {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "DJANGO_SETTINGS_MODULE": "marketplace.settings",
        "DEBUG": "false",
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "CELERY_BROKER_URL": redis_url,
        "CACHE_KEY_PREFIX": f"load-{secrets.token_hex(4)}",
        "LOG_LEVEL": "WARNING",
        "API_THROTTLE_USER": "1000000/min",
        "RATE_LIMIT_MATCHES": "1000000/m",
        **overrides,
    }


@contextmanager
def serving(environment: dict[str, str], port: int, *, workers: int, log: Path):
    """gunicorn (the Procfile's web line) for the duration of a with block."""
    environment = {**environment, "PORT": str(port), "WEB_CONCURRENCY": str(workers)}
    # As deploy/serve.sh does: production pages name their static files by the manifest.
    _manage(["collectstatic", "--noinput"], environment)
    with open(log, "w") as output:
        process = subprocess.Popen(  # noqa: S603 - our own Procfile line
            ["/bin/sh", "-c", f"exec {procfile_command('web')}"],
            cwd=PROJECT_ROOT,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_until_ready(process, f"http://127.0.0.1:{port}/readyz", log)
        yield
    finally:
        _stop(process)


def _wait_until_ready(process: subprocess.Popen, url: str, log: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited; see {log}")
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:  # noqa: S310 - loopback
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"gunicorn was not ready in {READY_TIMEOUT} s; see {log}")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def procfile_command(name: str) -> str:
    for line in (PROJECT_ROOT / "Procfile").read_text().splitlines():
        kind, _, command = line.partition(":")
        if kind.strip() == name:
            return command.strip()
    raise KeyError(name)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# -- the load -----------------------------------------------------------------------------------


def drive(
    host: str, plan: Path, *, clients: int, seconds: int, prefix: Path, scenario: str = "mixed"
) -> list[Figures]:
    """Run locust headless: `clients` users, all started at once, for `seconds`."""
    tags = [] if scenario == "mixed" else ["--tags", scenario]
    with open(f"{prefix}.log", "w") as log:
        _locust(host, plan, clients, seconds, prefix, log, tags)
    return read_figures(Path(f"{prefix}_stats.csv"), scenario=scenario, clients=clients)


def _locust(host: str, plan: Path, clients: int, seconds: int, prefix: Path, log, tags) -> None:
    subprocess.run(  # noqa: S603 - our own locustfile
        [
            str(BIN / "locust"),
            "--locustfile",
            str(PROJECT_ROOT / "loadtest" / "locustfile.py"),
            "--headless",
            "--only-summary",
            "--loglevel",
            "WARNING",
            "--host",
            host,
            "--users",
            str(clients),
            "--spawn-rate",
            str(clients),
            "--run-time",
            f"{seconds}s",
            "--stop-timeout",
            "10",
            "--csv",
            str(prefix),
            "--exit-code-on-error",
            "0",
            *tags,
        ],
        env={**os.environ, "LOAD_PLAN": str(plan)},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )


def read_figures(stats: Path, *, scenario: str, clients: int) -> list[Figures]:
    with open(stats, newline="") as rows:
        return [
            Figures(
                scenario=scenario,
                clients=clients,
                endpoint=row["Name"],
                requests=int(row["Request Count"]),
                failures=int(row["Failure Count"]),
                per_second=float(row["Requests/s"]),
                p50_ms=float(row["50%"]),
                p95_ms=float(row["95%"]),
                p99_ms=float(row["99%"]),
            )
            for row in csv.DictReader(rows)
            if row["Name"] in ("match API", "match page", "Aggregated")
            # Alone, an endpoint's own row and the aggregate are the same figures.
            and (scenario == "mixed" or row["Name"] != "Aggregated")
        ]


def table(figures: list[Figures], *, solutions: int, workers: int, seconds: int) -> str:
    lines = [
        f"{solutions:,} solutions, {workers} gunicorn workers, {seconds} s per client count",
        "",
        "| scenario | clients | endpoint | requests | errors | req/s | p50 ms | p95 ms | p99 ms |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {f.scenario} | {f.clients} | {f.endpoint} | {f.requests:,} | {f.failures} "
        f"| {f.per_second:.1f} "
        f"| {f.p50_ms:.0f} | {f.p95_ms:.0f} | {f.p99_ms:.0f} |"
        for f in figures
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
