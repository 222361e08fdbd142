"""Request ids with an access log line per request, and health probes that answer first."""

import logging
import os
import re
import time
import uuid

from marketplace.core.views import healthz, readyz
from marketplace.logging_config import request_id

logger = logging.getLogger("launchpad.requests")
# nginx's $request_id is 32 hex digits; other proxies use UUIDs. Anything else is replaced,
# so a client cannot write arbitrary text into the logs.
_PLAUSIBLE_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_PROBES = {"/healthz": healthz, "/readyz": readyz}


class RequestIdMiddleware:
    """Tags each request with an id and logs one line for it when it ends.

    The id is the proxy's X-Request-ID when it sent a plausible one, else a new one. It is on
    every log line written while the request runs, travels with the tasks the request queues,
    and comes back in the X-Request-ID header, so a user's report leads to the log lines.
    X-Served-By names the process that answered: several answer behind one address.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response
        self.served_by = str(os.getpid())

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        rid = incoming if _PLAUSIBLE_ID.match(incoming) else uuid.uuid4().hex
        token = request_id.set(rid)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response["X-Request-ID"] = rid
            response["X-Served-By"] = self.served_by
            _log_request(request, response.status_code, started)
            return response
        finally:
            request_id.reset(token)


def _log_request(request, status: int, started: float) -> None:
    if request.path_info in _PROBES and status == 200:
        return  # a load balancer probes every few seconds; only failures are news
    user = getattr(request, "user", None)
    logger.info(
        "%s %s %s",
        request.method,
        request.path,
        status,
        extra={
            "method": request.method,
            "path": request.path,
            "status": status,
            "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            "user_id": user.pk if user is not None and user.is_authenticated else None,
        },
    )


class HealthProbeMiddleware:
    """Answers /healthz and /readyz before host validation and the HTTPS redirect.

    Load balancers probe each node at its own address, over plain HTTP: Django would answer
    400 (unknown host) or 301 (to HTTPS), and the node would look down. Place it right after
    RequestIdMiddleware.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        probe = _PROBES.get(request.path_info)
        return probe(request) if probe else self.get_response(request)
