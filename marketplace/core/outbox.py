"""Tasks kept in the database while the broker is unreachable, and queued once it is back."""

import logging

from django.db import transaction

from marketplace.core.models import DeferredTask
from marketplace.logging_config import request_id

logger = logging.getLogger(__name__)

REQUEUE_BATCH = 500


def task_queue(name: str, *args, **kwargs) -> None:
    """Queue the Celery task registered as `name`, kept here if the broker is unreachable.

    By name, so that the code asking for work need not import the tasks that do it: no
    import loop between a service and its tasks, nor between apps (Zulip's queue_json_publish).
    """
    from marketplace.celery import app

    if name not in app.tasks:
        # Outside a worker, autodiscovery is lazy: the apps' tasks modules load on first need.
        app.autodiscover_tasks(force=True)
    app.tasks[name].delay(*args, **kwargs)


def task_queue_on_commit(name: str, *args, **kwargs) -> None:
    """Queue the task once the current transaction commits; nothing if it rolls back."""
    transaction.on_commit(lambda: task_queue(name, *args, **kwargs))


def task_defer(*, task: str, args: tuple, kwargs: dict, error: str) -> DeferredTask:
    deferred = DeferredTask.objects.create(
        task=task,
        args=list(args),
        kwargs=kwargs,
        request_id=request_id.get() or "",
        error=error[:200],
    )
    logger.warning("Broker unreachable: %s kept as deferred task %s", task, deferred.pk)
    return deferred


def deferred_tasks_requeue() -> int:
    """Queue the deferred tasks, oldest first; how many were queued.

    A row is deleted in the transaction that queued its message: if the broker fails part-way,
    the rows roll back and the next sweep queues them all again. A message queued twice runs
    twice, which every task tolerates; one never queued would be work lost.
    """
    from marketplace.celery import app

    queued = 0
    with transaction.atomic():
        pending = DeferredTask.objects.select_for_update(skip_locked=True)[:REQUEUE_BATCH]
        for deferred in pending:
            token = request_id.set(deferred.request_id)
            try:
                app.send_task(deferred.task, args=deferred.args, kwargs=deferred.kwargs)
            finally:
                request_id.reset(token)
            deferred.delete()
            queued += 1
    if queued:
        logger.info("Queued %s deferred tasks", queued)
    return queued
