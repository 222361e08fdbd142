"""Stripe webhook events: stored on arrival, then processed exactly once by a task.

Handlers never trust the event's copy of the object: they fetch the object from Stripe
and mirror its current state. Events can then arrive twice, late or out of order, and
the last one processed still leaves the records as Stripe has them.
"""

import logging
from collections.abc import Callable

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from marketplace.billing import memberships, services
from marketplace.billing.contracts import WebhookEvent
from marketplace.billing.models import StripeEvent
from marketplace.core.outbox import task_queue

logger = logging.getLogger(__name__)
# Queued by name (marketplace.billing.tasks registers it), so this module never imports its
# tasks. The name is stored in beat schedules and deferred tasks: it never changes.
PROCESS_STRIPE_EVENT = "marketplace.billing.tasks.process_stripe_event"


def _payment_intent(obj: dict) -> None:
    services.payment_intent_sync(intent_id=obj["id"])


def _charge_or_refund(obj: dict) -> None:
    intent_id = obj.get("payment_intent")
    if isinstance(intent_id, dict):
        intent_id = intent_id.get("id")
    if intent_id:
        services.payment_intent_sync(intent_id=intent_id)


def _invoice(obj: dict) -> None:
    memberships.invoice_sync(invoice_id=obj["id"])


def _subscription(obj: dict) -> None:
    memberships.subscription_sync(subscription_id=obj["id"])


# By the event type's prefix; events of any other type are stored and marked processed.
HANDLERS: dict[str, Callable[[dict], None]] = {
    "payment_intent.": _payment_intent,
    "charge.": _charge_or_refund,
    "refund.": _charge_or_refund,
    "invoice.": _invoice,
    "customer.subscription.": _subscription,
}


def handler_for(event_type: str) -> Callable[[dict], None] | None:
    return next(
        (handler for prefix, handler in HANDLERS.items() if event_type.startswith(prefix)), None
    )


def event_record(event: WebhookEvent) -> StripeEvent:
    """Store a verified event, once, and queue it for processing after the commit."""
    stored, created = StripeEvent.objects.get_or_create(
        stripe_id=event.id,
        defaults={"type": event.type, "payload": event.payload, "created_at_stripe": event.created},
    )
    if not created:
        logger.info("Stripe event %s delivered again", event.id)
    if stored.processed_at is None:
        # A repeat delivery of an unprocessed event queues it again; processing is idempotent.
        transaction.on_commit(lambda: task_queue(PROCESS_STRIPE_EVENT, stored.pk), robust=True)
    return stored


def event_process(*, event_id: int) -> bool:
    """Act on a stored event unless it was processed already; False when it was.

    The claim is a conditional update inside the transaction: a second worker on the same
    event waits on the row until the first commits, then finds it processed. If the handler
    fails, the claim rolls back with everything else and a retry starts clean.
    """
    with transaction.atomic():
        claimed = StripeEvent.objects.filter(pk=event_id, processed_at__isnull=True).update(
            processed_at=timezone.now(), attempts=F("attempts") + 1, last_error=""
        )
        if not claimed:
            return False
        event = StripeEvent.objects.get(pk=event_id)
        handler = handler_for(event.type)
        if handler is not None:
            handler(event.payload["data"]["object"])
    return True


def event_failed(*, event_id: int, error: str) -> None:
    StripeEvent.objects.filter(pk=event_id).update(
        attempts=F("attempts") + 1, last_error=error[:2000]
    )


def events_replay(*, events) -> int:
    """Process stored events again (from the admin): safe, as handlers mirror Stripe now."""
    ids = list(events.values_list("pk", flat=True))
    StripeEvent.objects.filter(pk__in=ids).update(processed_at=None)
    for event_id in ids:
        transaction.on_commit(lambda pk=event_id: task_queue(PROCESS_STRIPE_EVENT, pk), robust=True)
    return len(ids)
