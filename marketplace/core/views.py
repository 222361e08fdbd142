from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from marketplace.core.health import liveness_report, readiness_report


@never_cache
@require_GET
def healthz(request):
    """Liveness: 200 whenever this process answers; the body tells what it depends on."""
    return JsonResponse(liveness_report())


@never_cache
@require_GET
def readyz(request):
    """Readiness: 503 until this process can serve traffic (see marketplace.core.health)."""
    report = readiness_report()
    return JsonResponse(report, status=200 if report["status"] == "ok" else 503)
