"""Redis as a cache the site can do without for a while.

The cache holds nothing that cannot be lost: rate-limit counters (ours, DRF's throttles,
allauth's) and short-lived values. Django's RedisCache raises when Redis is unreachable, and
every limited view would then answer 500; this one behaves instead like a cache whose every
key has just expired: reads miss, writes are dropped, `add` succeeds and `incr` counts from
zero. The limits therefore fail open while Redis is away (as does allauth's guard against
replaying a TOTP code within its 30 seconds): refusing everyone would be worse than letting
a few extra requests through for those minutes. /readyz still reports the cache down.

After a failure this process leaves Redis alone for RETRY_AFTER seconds, so that while
Redis is stopped (connections accepted, nothing answered) one call in that time waits out
the socket timeout, not every cache call of every request.
"""

import logging
import time
from collections.abc import Callable
from typing import Any

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)

# Per process and server: Django makes a backend object per thread.
_skip_until: dict[str, float] = {}
_outage: dict[str, str] = {}


class _ClientPerPool(RedisCacheClient):
    """Django's client, keeping one redis.Redis per connection pool.

    Django builds a new one for every cache call, which cost more CPU than the call's round
    trip; a redis.Redis is safe to share, as it takes a connection from the pool per command.
    """

    def __init__(self, servers, **options) -> None:
        super().__init__(servers, **options)
        self._clients: dict[int, Any] = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class FailSoftRedisCache(RedisCache):
    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._class = _ClientPerPool

    @property
    def outage(self) -> str:
        """The error that took Redis out of use (a class name), or "" while it answers."""
        return _outage.get(self._location, "")

    @property
    def _location(self) -> str:
        return ",".join(self._servers)

    def _attempt(self, operation: Callable, fallback: Any, *args) -> Any:
        if time.monotonic() < _skip_until.get(self._location, 0.0):
            return fallback
        try:
            result = operation(*args)
        except UNREACHABLE as exc:
            if not self.outage:
                logger.warning(
                    "Redis cache unreachable (%s): serving without it", type(exc).__name__
                )
            _outage[self._location] = type(exc).__name__
            _skip_until[self._location] = time.monotonic() + RETRY_AFTER
            return fallback
        if _outage.pop(self._location, ""):
            logger.info("Redis cache reachable again")
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().add, True, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._attempt(super().get, default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._attempt(super().set, None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().touch, False, key, timeout, version)

    def delete(self, key, version=None):
        return self._attempt(super().delete, False, key, version)

    def get_many(self, keys, version=None):
        return self._attempt(super().get_many, {}, keys, version)

    def has_key(self, key, version=None):
        return self._attempt(super().has_key, False, key, version)

    def incr(self, key, delta=1, version=None):
        # As if the `add` before it had just stored 0.
        return self._attempt(super().incr, delta, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().set_many, list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        self._attempt(super().delete_many, None, keys, version)

    def clear(self):
        return self._attempt(super().clear, False)

    def count_hits(self, keys: list[str], timeout: int) -> list[int]:
        """count_hits below, in one round trip: each counter is created and counted at once."""
        return self._attempt(self._count_hits, [1] * len(keys), keys, timeout)

    def _count_hits(self, keys: list[str], timeout: int) -> list[int]:
        keys = [self.make_and_validate_key(key) for key in keys]
        # A transaction: a counter cannot expire between being created and counted, which
        # would leave it counting with no expiry.
        with self._cache.get_client(keys[0], write=True).pipeline() as pipe:
            for key in keys:
                pipe.set(key, 0, nx=True, ex=timeout)
                pipe.incr(key)
            replies = pipe.execute()
        return replies[1::2]


def count_hits(keys: list[str], timeout: int) -> list[int]:
    """Add one to each counter (new ones start from zero and expire after `timeout` seconds).

    The counts after adding, in the order of `keys`. For rate limits, which count on every
    limited request: on Redis this is one round trip instead of two per counter.
    """
    backend = caches["default"]
    if isinstance(backend, FailSoftRedisCache):
        return backend.count_hits(keys, timeout)
    counts = []
    for key in keys:
        backend.add(key, 0, timeout=timeout)
        counts.append(backend.incr(key))
    return counts
