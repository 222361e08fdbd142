"""Guards that CI really runs on the components it claims to (PostgreSQL, Redis)."""

import os
import uuid

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.skipif(
    os.environ.get("LAUNCHPAD_EXPECT_DATABASE") != "postgresql",
    reason="LAUNCHPAD_EXPECT_DATABASE is not postgresql",
)
def test_tests_run_on_postgresql_when_ci_expects_it():
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        (version,) = cursor.fetchone()

    assert connection.vendor == "postgresql"
    assert version.startswith("PostgreSQL")


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="REDIS_URL is not set")
def test_cache_is_redis_and_round_trips_when_redis_url_is_set():
    key = f"launchpad-test-{uuid.uuid4().hex}"

    cache.set(key, {"homes": 28_500}, timeout=30)
    value = cache.get(key)
    cache.delete(key)

    assert settings.CACHES["default"]["BACKEND"] == "marketplace.core.cache.FailSoftRedisCache"
    assert settings.CACHES["default"]["LOCATION"] == os.environ["REDIS_URL"]
    assert value == {"homes": 28_500}
    assert cache.get(key) is None
