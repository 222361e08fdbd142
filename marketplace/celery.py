import logging
import os
import time

from celery import Celery, Task
from celery.signals import (
    before_task_publish,
    task_postrun,
    task_prerun,
    worker_init,
)
from kombu.exceptions import OperationalError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "marketplace.settings")

# After a failed publish, how long this process keeps tasks in the database without trying
# the broker: while Redis is stopped each attempt waits out the socket timeout.
BROKER_RETRY_AFTER = 5.0
_broker_skipped_until = 0.0


class OutboxTask(Task):
    """A task whose `delay` never fails the caller because the broker is unreachable.

    Tasks are queued after the commit of the action that asked for them (a publish, a
    webhook, an invitation); with Redis down the publish raised, the request answered 500
    although its change was saved, and the work was lost. Now the call is kept in the
    database (marketplace.core.outbox) and queued by a beat sweep once the broker is back.
    Only `delay`: a retry (apply_async) from inside a running task keeps Celery's handling.
    """

    def delay(self, *args, **kwargs):
        global _broker_skipped_until
        if self.app.conf.task_always_eager:
            return super().delay(*args, **kwargs)
        if time.monotonic() >= _broker_skipped_until:
            try:
                return super().delay(*args, **kwargs)
            except OperationalError as exc:
                _broker_skipped_until = time.monotonic() + BROKER_RETRY_AFTER
                error = f"{exc.__class__.__name__}: {exc}"
        else:
            error = "the broker was unreachable a moment ago"
        from marketplace.core.outbox import task_defer

        task_defer(task=self.name, args=args, kwargs=kwargs, error=error)
        return None


app = Celery("marketplace", task_cls=OutboxTask)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
logger = logging.getLogger(__name__)


@worker_init.connect
def import_embedding_libraries(**kwargs) -> None:
    """Import torch and sentence-transformers once, before the pool forks: each process
    would otherwise spend seconds importing them at every start and restart. Importing
    starts no threads, so forking afterwards is safe; the model itself loads in each process
    (marketplace.matchmaking.serving, connected to worker_process_init as Django starts)."""
    import sentence_transformers  # noqa: F401


@before_task_publish.connect
def carry_request_id(headers: dict, **kwargs) -> None:
    """A task's log lines carry the id of the request that queued it."""
    from marketplace.logging_config import request_id

    headers.setdefault("request_id", request_id.get())


@task_prerun.connect
def adopt_request_id(task, **kwargs) -> None:
    from marketplace.logging_config import request_id

    # Queued by a request: its id; run inline: the current one; from beat: the task's own.
    carried = getattr(task.request, "request_id", None) or request_id.get() or task.request.id
    task.request.request_id_token = request_id.set(carried or "")


@task_postrun.connect
def drop_request_id(task, **kwargs) -> None:
    from marketplace.logging_config import request_id

    token = getattr(task.request, "request_id_token", None)
    if token is not None:
        request_id.reset(token)
