"""Error answers: JSON under /api/ (clients parse them), the site's own pages elsewhere."""

from django.http import JsonResponse
from django.views import defaults

API_PREFIX = "/api/"


def _json(status: int, detail: str, code: str) -> JsonResponse:
    return JsonResponse({"detail": detail, "code": code}, status=status)


def bad_request(request, exception=None):
    if request.path.startswith(API_PREFIX):
        return _json(400, "The request could not be read.", "bad_request")
    return defaults.bad_request(request, exception)


def permission_denied(request, exception=None):
    if request.path.startswith(API_PREFIX):
        return _json(403, "You are not allowed to do that.", "permission_denied")
    return defaults.permission_denied(request, exception)


def page_not_found(request, exception=None):
    if request.path.startswith(API_PREFIX):
        return _json(404, "Not found.", "not_found")
    return defaults.page_not_found(request, exception)


def server_error(request):
    if request.path.startswith(API_PREFIX):
        return _json(500, "Something went wrong on our side; it has been logged.", "server_error")
    return defaults.server_error(request)
