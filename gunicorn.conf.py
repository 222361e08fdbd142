"""gunicorn for Launchpad, configured by the environment (docs/deploy.md).

    gunicorn marketplace.wsgi --config gunicorn.conf.py

Sync workers: a request is CPU-bound (ranking, rendering), so parallelism comes from
processes. Each worker loads the index files itself and follows new versions within a second
or two (matching.engine), so workers can be added, recycled or restarted at any time.
"""

import gc
import os

from marketplace.env import env_bool
from marketplace.logging_config import logging_settings


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


bind = (
    os.environ.get("GUNICORN_BIND") or f"{os.environ.get('HOST', '127.0.0.1')}:{_int('PORT', 8000)}"
)
# WEB_CONCURRENCY is the name Heroku-style platforms set from the machine's size.
workers = _int("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1)
threads = _int("GUNICORN_THREADS", 1)
timeout = _int("GUNICORN_TIMEOUT", 30)
# On SIGTERM a worker finishes the requests it has before exiting (a deploy drops none).
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Behind a proxy that keeps connections open to us; longer than its idle timeout.
keepalive = _int("GUNICORN_KEEPALIVE", 5)
# Recycle workers now and then, so a slow leak in any library never takes a node down;
# the jitter keeps them from restarting all at once. Not often: a new worker spends about
# 5 s of CPU loading Django and the index and ranking afresh, and recycling every 2,000
# requests cost the load test an eighth of its throughput (docs/benchmarks.md).
max_requests = _int("GUNICORN_MAX_REQUESTS", 20_000)
max_requests_jitter = max_requests // 10
# No preloading: each worker imports the app itself after the fork. Loading in the master
# would share little (the index is per worker anyway) and forking after native libraries
# (FAISS, OpenMP) have started threads is not safe.
preload_app = False
# Heartbeat files on a RAM disk: a worker writing to a slow or full disk would look hung.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108 - a RAM disk, by design
# One setting decides whether a proxy's X-Forwarded-Proto makes a request HTTPS, here and in
# Django (SECURE_PROXY_SSL_HEADER in marketplace.settings): gunicorn's own default trusts it,
# and X-Forwarded-Ssl and X-Forwarded-Protocol too, from any client on loopback, which would
# let them claim HTTPS whatever TRUST_X_FORWARDED_PROTO says.
_trust_forwarded_proto = env_bool("TRUST_X_FORWARDED_PROTO", False)
# Which proxies may set it; the proxy on the same machine by default.
forwarded_allow_ips = (
    os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1") if _trust_forwarded_proto else ""
)
secure_scheme_headers = {"X-FORWARDED-PROTO": "https"} if _trust_forwarded_proto else {}
# Several gunicorns may run on one machine (blue/green, tests); none needs the control socket.
control_socket_disable = True

# One JSON line per event, like the app; the app logs each request itself, with its id.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "INFO").lower()
logconfig_dict = logging_settings(
    level=os.environ.get("LOG_LEVEL", "INFO").upper(),
    structured=os.environ.get("LOG_FORMAT", "json") == "json",
)


def post_worker_init(worker) -> None:
    """Load the index before taking requests, then hide it all from the garbage collector.

    Django, the URLconf, the libraries and the index live as long as the worker. Left
    tracked, every full collection walks them all: about 175 ms on the 2-core load-test
    machine, enough to put a request past the p95 (docs/benchmarks.md).
    """
    from marketplace.matchmaking.serving import load_published

    load_published()
    gc.collect()
    gc.freeze()
