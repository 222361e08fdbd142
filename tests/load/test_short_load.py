"""The load test in short form: a few seconds of locust against gunicorn on PostgreSQL and
Redis, with the catalogue scaled up by `seed_load`. The full run and its figures are in
docs/benchmarks.md; here the point is that the path works and no request fails.
"""

import json
import os

import pytest
from django.core.management import call_command
from django.db import connection

from loadtest import run
from marketplace.catalogue.models import Solution, Status
from matching import engine
from tests.deploy.support import database_url, free_port, needs_redis
from tests.deploy.test_service_layout import catalogue, index_dir  # noqa: F401 - fixtures

pytestmark = [
    needs_redis,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="the load test runs on PostgreSQL, as in CI"
    ),
]

SOLUTIONS = 400
CLIENTS = 8
SECONDS = 8


def test_the_match_page_and_api_take_a_short_load_without_one_error(
    catalogue,  # noqa: F811 - the fixture
    index_dir,  # noqa: F811 - the fixture
    tmp_path,
    settings,
):
    plan = tmp_path / "plan.json"
    call_command("seed_load", solutions=SOLUTIONS, users=CLIENTS, plan=plan)
    environment = run.service_environment(
        database_url(),
        os.environ["REDIS_URL"],
        settings.SECRET_KEY,
        MATCHING_INDEX_DIR=str(index_dir),
    )
    port = free_port()

    with run.serving(environment, port, workers=2, log=tmp_path / "gunicorn.log"):
        figures = run.drive(
            f"http://127.0.0.1:{port}",
            plan,
            clients=CLIENTS,
            seconds=SECONDS,
            prefix=tmp_path / "c",
        )

    print("\n" + run.table(figures, solutions=SOLUTIONS, workers=2, seconds=SECONDS))
    by_endpoint = {f.endpoint: f for f in figures}
    assert set(by_endpoint) == {"match API", "match page", "Aggregated"}
    assert all(f.requests > 0 for f in figures)
    assert by_endpoint["Aggregated"].failures == 0
    assert Solution.objects.filter(status=Status.PUBLISHED).count() == SOLUTIONS
    assert len(json.loads(plan.read_text())["users"]) == CLIENTS
    assert engine.served_version("solution") is not None
