import logging

from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from marketplace.billing import gateway
from marketplace.billing.events import event_record

logger = logging.getLogger(__name__)


# Stripe cannot send a CSRF token; the signature, checked first, is what authenticates it.
@csrf_exempt
@require_POST
def stripe_webhook(request):
    try:
        event = gateway.webhook_event(request.body, request.headers.get("Stripe-Signature", ""))
    except gateway.InvalidWebhook as exc:
        logger.warning("Rejected a Stripe webhook: %s", exc)
        return JsonResponse({"detail": str(exc), "code": "invalid_webhook"}, status=400)
    event_record(event)
    return HttpResponse("OK")
