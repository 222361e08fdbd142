"""Structured logs: one JSON object a line, each tagged with the request or task it belongs to.

Production log shippers (journald, Docker, a PaaS) read stdout line by line; JSON keeps a
traceback or a multi-line message in one record, and `request_id` ties together every line
of one request, across the web process and the Celery tasks it queued. Plain text stays
available for people reading a terminal (`LOG_FORMAT=plain`, the default with DEBUG on).

Importable without Django settings: gunicorn.conf.py uses it before Django starts.
"""

import json
import logging
import os
import socket
import traceback
from contextvars import ContextVar
from datetime import UTC, datetime

# The id of the request (or of the request that queued the task) this code runs for.
request_id: ContextVar[str] = ContextVar("request_id", default="")

# LogRecord's own attributes; anything else on a record came from `extra=` and is logged too.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}
_HOST = socket.gethostname()


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        created = datetime.fromtimestamp(record.created, tz=UTC)
        entry = {
            "time": created.isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "") or request_id.get(),
            "host": _HOST,
            "pid": record.process or os.getpid(),
        }
        entry.update(
            (key, value)
            for key, value in vars(record).items()
            if key not in _STANDARD and key not in entry
        )
        if record.exc_info:
            entry["exception"] = "".join(traceback.format_exception(*record.exc_info))
        return json.dumps(entry, default=str)


def logging_settings(*, level: str = "INFO", structured: bool = True) -> dict:
    """The dictConfig for Django's LOGGING (and gunicorn's logconfig_dict)."""
    formatter = (
        {"()": JsonFormatter}
        if structured
        else {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": RequestIdFilter}},
        "formatters": {"default": formatter},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "default",
                "filters": ["request_id"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # FAISS reports at INFO which CPU build it picked; noise on every start.
            "faiss.loader": {"level": "WARNING"},
            # gunicorn's loggers have handlers of their own unless they propagate to ours.
            "gunicorn.error": {"level": level, "handlers": [], "propagate": True},
            # The app logs each request itself, with its id (marketplace.core.middleware).
            "gunicorn.access": {"level": "WARNING", "handlers": [], "propagate": True},
        },
    }
