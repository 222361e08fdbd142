"""Checks behind /healthz (liveness) and /readyz (readiness); each check never raises.

/healthz answers 200 while the process can answer at all: an orchestrator restarts a process
whose liveness fails, and restarting every web process because the database is down only
makes things worse. /readyz answers 503 until this process can serve real traffic (database,
cache, broker, migrations applied, index files readable), so a load balancer sends requests
elsewhere meanwhile.
"""

import os
import time
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor
from kombu.exceptions import OperationalError as BrokerError
from redis.exceptions import RedisError


def check_database() -> dict:
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        return {"ok": False, "error": exc.__class__.__name__}
    return {"ok": True, "vendor": connection.vendor, "ms": _elapsed_ms(started)}


def check_cache() -> dict:
    backend = settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]
    started = time.perf_counter()
    try:
        cache.set("healthz", "ok", timeout=10)
        ok = cache.get("healthz") == "ok"
    # redis-py's errors are not OSErrors: before they were caught here, both probes answered
    # 500 while Redis was down.
    except (RedisError, OSError) as exc:
        return {"ok": False, "backend": backend, "error": exc.__class__.__name__}
    if not ok:
        # The fail-soft backend answers a miss while Redis is unreachable, and says why.
        return {"ok": False, "backend": backend, "error": getattr(cache, "outage", "") or "miss"}
    return {"ok": True, "backend": backend, "ms": _elapsed_ms(started)}


def check_broker() -> dict:
    if not settings.CELERY_BROKER_URL:
        return {"ok": True, "mode": "inline"}
    from marketplace.celery import app

    started = time.perf_counter()
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    # kombu raises its OperationalError (not an OSError) for a broker it cannot reach.
    except (BrokerError, OSError) as exc:
        return {"ok": False, "mode": "broker", "error": exc.__class__.__name__}
    return {"ok": True, "mode": "broker", "ms": _elapsed_ms(started)}


_migrated = False


def check_migrations() -> dict:
    """No unapplied migrations: code newer than the schema must not take traffic yet."""
    global _migrated
    if _migrated:
        return {"ok": True}  # applied migrations are not unapplied under a running process
    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as exc:
        return {"ok": False, "error": exc.__class__.__name__}
    _migrated = not pending
    return {"ok": _migrated, "pending": len(pending)}


# Checks other apps add to readiness (matchmaking: "index_files"), by name, in their ready().
_readiness_checks: dict[str, Callable[[], dict]] = {}


def readiness_check_register(name: str, check: Callable[[], dict]) -> None:
    """Add a check to /readyz; like the others it returns {"ok": ...} and never raises."""
    _readiness_checks[name] = check


def _elapsed_ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def _report(checks: dict) -> dict:
    status = "ok" if all(c["ok"] for c in checks.values()) else "fail"
    return {"status": status, "pid": os.getpid(), "checks": checks}


def liveness_report() -> dict:
    """For people and monitors: the status says whether the database and cache answer."""
    return _report({"database": check_database(), "cache": check_cache()})


def readiness_report() -> dict:
    checks = {
        "database": check_database(),
        "cache": check_cache(),
        "broker": check_broker(),
        "migrations": check_migrations(),
        **{name: check() for name, check in _readiness_checks.items()},
    }
    return _report(checks)
