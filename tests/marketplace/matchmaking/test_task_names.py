"""The matcher's tasks moved from catalogue to matchmaking and kept their names: beat
schedules, broker messages and deferred tasks hold them."""

import pytest
from django.conf import settings

from marketplace.catalogue.services import SYNC_WITH_MATCHER
from marketplace.celery import app
from marketplace.matchmaking import indexing

OLD_NAMES = [
    "marketplace.catalogue.tasks.sync_entry_with_matcher",
    "marketplace.catalogue.tasks.fold_matcher_changes",
    "marketplace.catalogue.tasks.rebuild_matcher_indexes",
    "marketplace.catalogue.tasks.reembed_catalogue_batch",
    "marketplace.catalogue.tasks.compact_matcher_indexes",
    "marketplace.catalogue.tasks.check_matcher_freshness",
    "marketplace.catalogue.tasks.send_weekly_match_digest",
]


@pytest.mark.parametrize("name", OLD_NAMES)
def test_each_matcher_task_is_registered_under_its_old_name(name):
    app.autodiscover_tasks(force=True)

    assert app.tasks[name].name == name
    assert app.tasks[name].__module__ == "marketplace.matchmaking.tasks"


def test_names_queued_by_catalogue_and_matchmaking_are_those_tasks():
    assert {
        SYNC_WITH_MATCHER,
        indexing.SYNC_ENTRY_WITH_MATCHER,
        indexing.REBUILD_MATCHER_INDEXES,
        indexing.REEMBED_CATALOGUE_BATCH,
    } <= set(OLD_NAMES)


def test_every_beat_schedule_names_a_registered_task():
    app.autodiscover_tasks(force=True)

    scheduled = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}

    assert scheduled - set(app.tasks) == set()
