"""Checks behind /healthz: each returns (ok, detail) and never raises."""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection


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
    except (ConnectionError, OSError) as exc:
        return {"ok": False, "backend": backend, "error": exc.__class__.__name__}
    return {"ok": ok, "backend": backend, "ms": _elapsed_ms(started)}


def check_broker() -> dict:
    if not settings.CELERY_BROKER_URL:
        return {"ok": True, "mode": "inline"}
    from marketplace.celery import app

    started = time.perf_counter()
    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except (ConnectionError, OSError) as exc:
        return {"ok": False, "mode": "broker", "error": exc.__class__.__name__}
    return {"ok": True, "mode": "broker", "ms": _elapsed_ms(started)}


def check_matcher() -> dict:
    """Index versions and how many documents are searchable; a missing index is rebuilt on use."""
    from matching import engine
    from matching.models import StoredDocument

    try:
        searchable = StoredDocument.objects.filter(is_searchable=True).count()
    except DatabaseError as exc:
        return {"ok": False, "error": exc.__class__.__name__}
    versions = {
        kind: engine.index_store().current_version(kind) for kind in ("challenge", "solution")
    }
    return {"ok": True, "searchable_documents": searchable, "index_versions": versions}


def _elapsed_ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def health_report() -> dict:
    checks = {
        "database": check_database(),
        "cache": check_cache(),
        "broker": check_broker(),
        "matcher": check_matcher(),
    }
    return {"status": "ok" if all(c["ok"] for c in checks.values()) else "fail", "checks": checks}
