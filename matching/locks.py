"""A lock that holds across every process and machine sharing the index directory.

With Redis configured (production: several web nodes and workers) the lock is a Redis key
with a short expiry that a background thread keeps renewing while the holder lives: a
worker killed mid-rebuild frees it within LEASE_SECONDS instead of blocking rebuilds for
good. Without Redis (the embedded default, one machine) an flock on a file in the index
directory does the same job.
"""

import fcntl
import hashlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from pathlib import Path

import redis
from django.conf import settings
from redis.exceptions import RedisError

LEASE_SECONDS = 30
RENEW_EVERY = LEASE_SECONDS / 3


class LockTimeout(Exception):
    """Another holder kept the lock for longer than the caller was willing to wait, or the
    lock could not be asked for (Redis unreachable)."""


@contextmanager
def exclusive(name: str, *, wait: float | None = None) -> Iterator[None]:
    """Hold `name` for the index directory in use; wait up to `wait` seconds (None: forever)."""
    directory = Path(settings.MATCHING_INDEX_DIR)
    if settings.REDIS_URL:
        with _redis_lock(_redis_key(directory, name), wait):
            yield
    else:
        with _file_lock(directory / f".{name}.lock", wait):
            yield


def _redis_key(directory: Path, name: str) -> str:
    # Scoped by the directory: two deployments (or two test runs) on one Redis must not
    # serialise each other's rebuilds. Every node mounts the shared volume at the same path.
    scope = hashlib.sha256(str(directory.resolve()).encode()).hexdigest()[:16]
    return f"{settings.CACHES['default'].get('KEY_PREFIX', 'launchpad')}:lock:{scope}:{name}"


@cache
def _redis_client(url: str) -> redis.Redis:
    # With no timeout a stopped Redis (connections accepted, nothing answered) would hold a
    # rebuild, or the request repairing an unreadable index, for ever.
    timeout = settings.REDIS_SOCKET_TIMEOUT
    return redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)


@contextmanager
def _redis_lock(key: str, wait: float | None) -> Iterator[None]:
    lock = _redis_client(settings.REDIS_URL).lock(
        key, timeout=LEASE_SECONDS, blocking_timeout=wait, thread_local=False
    )
    try:
        acquired = lock.acquire()
    except RedisError as exc:
        raise LockTimeout(f"{key} cannot be taken: {exc.__class__.__name__}") from exc
    if not acquired:
        raise LockTimeout(f"{key} is held elsewhere.")
    stop = threading.Event()
    keeper = threading.Thread(target=_renew, args=(lock, stop), daemon=True)
    keeper.start()
    try:
        yield
    finally:
        stop.set()
        keeper.join()
        _release(lock)


def _renew(lock, stop: threading.Event) -> None:
    while not stop.wait(RENEW_EVERY):
        try:
            lock.reacquire()
        except RedisError:  # LockError included
            # Lost after a long stall (the lease ran out) or with Redis; the holder finishes
            # regardless, and the worst case is one redundant rebuild, which publishing
            # tolerates.
            return


def _release(lock) -> None:
    # The lease may have expired during a stall, and someone else may hold the lock now;
    # or Redis went away, and the lease runs out by itself. (LockError is a RedisError.)
    with suppress(RedisError):
        lock.release()


@contextmanager
def _file_lock(path: Path, wait: float | None) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as handle:
        _flock(handle, wait)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _flock(handle, wait: float | None) -> None:
    if wait is None:
        fcntl.flock(handle, fcntl.LOCK_EX)
        return
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise LockTimeout(f"{handle.name} is held elsewhere.") from None
            time.sleep(0.05)
