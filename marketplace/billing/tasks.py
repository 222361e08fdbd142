from celery import shared_task

from marketplace.billing import events, services
from marketplace.billing.events import PROCESS_STRIPE_EVENT
from marketplace.billing.gateway import StripeUnavailable
from marketplace.billing.models import StripeEvent
from marketplace.billing.services import PUSH_BILLING_DETAILS
from marketplace.core.errors import DomainError

# Stripe outages can last minutes: back off up to about an hour before giving up. A given-up
# event stays unprocessed, for the sweep below or a replay from the admin.
RETRIES = {"autoretry_for": (StripeUnavailable,), "retry_backoff": True, "max_retries": 10}


@shared_task(name=PROCESS_STRIPE_EVENT, acks_late=True, **RETRIES)
def process_stripe_event(event_id: int) -> None:
    """Idempotent: an event already processed is skipped."""
    try:
        events.event_process(event_id=event_id)
    except DomainError as exc:
        events.event_failed(event_id=event_id, error=exc.message)
        raise


@shared_task
def process_pending_stripe_events() -> int:
    """Queue events left unprocessed (a lost enqueue, retries given up); run periodically."""
    pending = list(
        StripeEvent.objects.filter(processed_at__isnull=True)
        .order_by("received_at")
        .values_list("pk", flat=True)[:500]
    )
    for event_id in pending:
        process_stripe_event.delay(event_id)
    return len(pending)


@shared_task(name=PUSH_BILLING_DETAILS, acks_late=True, **RETRIES)
def push_billing_details(account_id: int) -> None:
    services.billing_details_push(account_id=account_id)
