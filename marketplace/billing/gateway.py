"""The one module that imports `stripe`: Stripe's API in Launchpad's terms.

Written against the real Stripe API with the official library; the local demo and the
tests point STRIPE_API_BASE at localstripe, so only calls both support are used here:
Customers and card sources, PaymentIntents, Plans, Subscriptions, Invoices and Refunds.
"""

import ipaddress
import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import stripe
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from marketplace.billing.contracts import (
    InvoiceState,
    PaymentIntentState,
    RefundState,
    SubscriptionState,
    WebhookEvent,
)
from marketplace.core.errors import DomainError
from marketplace.core.untrusted_json import json_loads

logger = logging.getLogger(__name__)

# The public placeholders in settings; only ever acceptable against a server on loopback.
PLACEHOLDER_KEYS = {"sk_test_launchpad_local", "pk_test_launchpad_local", "whsec_launchpad_local"}
WEBHOOK_TOLERANCE_SECONDS = 300
CONNECT_TIMEOUT_SECONDS = 3.05
# The library's dropped-connection retries; each may wait the full read timeout.
NETWORK_RETRIES = 2


class StripeUnavailable(DomainError):
    """Stripe could not be reached or failed on its side; the same call may work later."""

    def __init__(self, message: str = "Payments are unavailable just now. Try again shortly."):
        super().__init__(message, code="stripe_unavailable")


class PaymentDeclined(DomainError):
    def __init__(self, message: str = "Your card was declined."):
        super().__init__(message, code="card_declined")


class StripeRefused(DomainError):
    """Stripe refused the request as made; repeating it will not help."""

    def __init__(self, message: str, *, code: str = "stripe_refused"):
        super().__init__(message, code=code)


class InvalidWebhook(Exception):
    """Unsigned, wrongly signed, too old or too new, or not a Stripe event.

    The message is ours, safe to show to the sender.
    """


# -- the client -----------------------------------------------------------------------------


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_real_keys() -> None:
    """Refuse the public placeholder keys unless Stripe is a test server on this machine."""
    if is_loopback(settings.STRIPE_API_BASE):
        return
    names = ("STRIPE_SECRET_KEY", "STRIPE_PUBLISHABLE_KEY", "STRIPE_WEBHOOK_SECRET")
    placeholders = [name for name in names if getattr(settings, name) in PLACEHOLDER_KEYS]
    if placeholders:
        raise ImproperlyConfigured(
            f"Set {', '.join(placeholders)} to your Stripe account's keys: the defaults are "
            f"public and only work with localstripe on loopback, not {settings.STRIPE_API_BASE}."
        )


def _client() -> stripe.StripeClient:
    require_real_keys()
    return _client_for(
        settings.STRIPE_SECRET_KEY, settings.STRIPE_API_BASE, settings.STRIPE_READ_TIMEOUT
    )


@lru_cache(maxsize=4)
def _client_for(api_key: str, api_base: str, read_timeout: float) -> stripe.StripeClient:
    return stripe.StripeClient(
        api_key,
        base_addresses={"api": api_base},
        # The library retries dropped connections with the same idempotency key.
        max_network_retries=NETWORK_RETRIES,
        http_client=stripe.RequestsClient(timeout=(CONNECT_TIMEOUT_SECONDS, read_timeout)),
    )


@contextmanager
def _stripe_call(action: str) -> Iterator[None]:
    """Stripe's errors as Launchpad's: declines and refusals to show, outages to retry."""
    try:
        yield
    except stripe.CardError as exc:
        raise PaymentDeclined(exc.user_message or "Your card was declined.") from exc
    except (stripe.APIConnectionError, stripe.RateLimitError, stripe.APIError) as exc:
        logger.warning("Stripe unavailable while trying to %s: %s", action, exc.__class__.__name__)
        raise StripeUnavailable() from exc
    except stripe.InvalidRequestError as exc:
        code = "not_found" if exc.http_status == 404 else "stripe_refused"
        detail = f" {exc.user_message}" if exc.user_message else ""
        raise StripeRefused(f"Stripe refused to {action}.{detail}", code=code) from exc
    except stripe.StripeError as exc:
        # Authentication, permission and idempotency errors are our configuration's fault.
        logger.error("Stripe refused to %s: %s", action, exc.__class__.__name__)
        raise StripeRefused(f"Stripe refused to {action}.") from exc


def _dict(obj: Any) -> dict:
    return obj.to_dict() if hasattr(obj, "to_dict") else dict(obj or {})


def _when(timestamp: int | None) -> datetime | None:
    return datetime.fromtimestamp(timestamp, tz=UTC) if timestamp else None


def _id_of(value: Any) -> str:
    """An expandable field: an id, an expanded object, or nothing."""
    if not value:
        return ""
    return value if isinstance(value, str) else value.get("id", "")


# -- customers and cards --------------------------------------------------------------------


def customer_create(
    *, name: str, email: str, address: dict | None, metadata: dict, idempotency_key: str
) -> str:
    params: dict[str, Any] = {"name": name, "metadata": metadata}
    if email:
        params["email"] = email
    if address:
        params["address"] = address
    with _stripe_call("create the customer"):
        customer = _client().v1.customers.create(
            params=params, options={"idempotency_key": idempotency_key}
        )
    return customer.id


def customer_update(customer_id: str, *, name: str, email: str, address: dict | None) -> None:
    params: dict[str, Any] = {"name": name, "email": email}
    if address:
        params["address"] = address
    with _stripe_call("update the customer"):
        _client().v1.customers.update(customer_id, params=params)


def card_attach(customer_id: str, card_token: str, *, make_default: bool = False) -> str:
    """Save the card behind a Stripe.js token on the customer; returns its id.

    Card numbers go from the browser to Stripe; Launchpad only ever sees the token.
    """
    with _stripe_call("save the card"):
        card = _client().v1.customers.payment_sources.create(
            customer_id, params={"source": card_token}
        )
        if make_default:
            _client().v1.customers.update(customer_id, params={"default_source": card.id})
    return card.id


# -- payment intents ------------------------------------------------------------------------


def payment_intent_create(
    *, amount: int, currency: str, customer: str, metadata: dict, idempotency_key: str
) -> PaymentIntentState:
    # No `description`: localstripe refuses it. What the payment is for is in the metadata.
    params = {
        "amount": amount,
        "currency": currency,
        "customer": customer,
        "metadata": metadata,
        "payment_method_types": ["card"],
    }
    with _stripe_call("start the payment"):
        intent = _client().v1.payment_intents.create(
            params=params, options={"idempotency_key": idempotency_key}
        )
    return _payment_intent_state(_dict(intent))


def payment_intent_retrieve(intent_id: str) -> PaymentIntentState:
    with _stripe_call("look up the payment"):
        intent = _client().v1.payment_intents.retrieve(
            intent_id, params={"expand": ["latest_charge"]}
        )
    return _payment_intent_state(_dict(intent))


def payment_intent_confirm(intent_id: str, *, payment_method: str) -> PaymentIntentState:
    """Pay with a saved card. A decline raises PaymentDeclined; Stripe records it either way."""
    client = _client()
    with _stripe_call("take the payment"):
        # Set, then confirm: localstripe cannot take the card in the confirm call itself.
        client.v1.payment_intents.update(intent_id, params={"payment_method": payment_method})
        intent = client.v1.payment_intents.confirm(intent_id, params={"expand": ["latest_charge"]})
    return _payment_intent_state(_dict(intent))


def payment_intent_cancel(intent_id: str) -> PaymentIntentState:
    with _stripe_call("cancel the payment"):
        intent = _client().v1.payment_intents.cancel(intent_id)
    return _payment_intent_state(_dict(intent))


def _payment_intent_state(intent: dict) -> PaymentIntentState:
    charge = intent.get("latest_charge")
    charge = charge if isinstance(charge, dict) else {}
    error = intent.get("last_payment_error") or {}
    return PaymentIntentState(
        id=intent["id"],
        status=intent["status"],
        amount=int(intent["amount"]),
        currency=intent["currency"],
        client_secret=intent.get("client_secret") or "",
        customer=_id_of(intent.get("customer")),
        metadata=dict(intent.get("metadata") or {}),
        charge_id=_id_of(intent.get("latest_charge")),
        charge_failed=charge.get("status") == "failed",
        amount_refunded=int(charge.get("amount_refunded") or 0),
        receipt_url=charge.get("receipt_url") or "",
        failure_message=(error.get("message") or "")[:500],
    )


def refund_create(
    *, payment_intent: str, amount: int, metadata: dict, idempotency_key: str
) -> RefundState:
    # Stripe's own `reason` is a short list of codes; the staff member's words go in metadata.
    params = {"payment_intent": payment_intent, "amount": amount, "metadata": metadata}
    with _stripe_call("refund the payment"):
        refund = _client().v1.refunds.create(
            params=params, options={"idempotency_key": idempotency_key}
        )
    return RefundState(id=refund.id, amount=int(refund.amount), status=refund.status or "")


# -- plans, subscriptions and invoices ------------------------------------------------------


def plan_ensure(*, plan_id: str, name: str, amount: int, currency: str, interval: str) -> str:
    """The Stripe Plan with our id, created if Stripe does not have it yet."""
    client = _client()
    try:
        with _stripe_call("look up the plan"):
            return client.v1.plans.retrieve(plan_id).id
    except StripeRefused as exc:
        if exc.code != "not_found":
            raise
    params = {
        "id": plan_id,
        "amount": amount,
        "currency": currency,
        "interval": interval,
        "product": {"name": name},
    }
    with _stripe_call("create the plan"):
        return client.v1.plans.create(params=params).id


def subscription_create(
    *, customer: str, plan_id: str, metadata: dict, idempotency_key: str
) -> SubscriptionState:
    """Subscribe the customer, charging its default card for the first period now."""
    params = {"customer": customer, "items": [{"plan": plan_id}], "metadata": metadata}
    with _stripe_call("start the membership"):
        subscription = _client().v1.subscriptions.create(
            params=params, options={"idempotency_key": idempotency_key}
        )
    return _subscription_state(_dict(subscription))


def subscription_retrieve(subscription_id: str) -> SubscriptionState:
    with _stripe_call("look up the membership"):
        subscription = _client().v1.subscriptions.retrieve(subscription_id)
    return _subscription_state(_dict(subscription))


def subscription_cancel_at_period_end(subscription_id: str, *, cancel: bool) -> SubscriptionState:
    with _stripe_call("change the membership"):
        subscription = _client().v1.subscriptions.update(
            subscription_id, params={"cancel_at_period_end": cancel}
        )
    return _subscription_state(_dict(subscription))


def _subscription_state(subscription: dict) -> SubscriptionState:
    items = (subscription.get("items") or {}).get("data") or [{}]
    item = items[0]
    plan = item.get("plan") or item.get("price") or subscription.get("plan") or {}
    # Newer API versions keep the period on the item, older ones on the subscription.
    start = subscription.get("current_period_start") or item.get("current_period_start")
    end = subscription.get("current_period_end") or item.get("current_period_end")
    return SubscriptionState(
        id=subscription["id"],
        status=subscription["status"],
        customer=_id_of(subscription.get("customer")),
        plan_id=_id_of(plan),
        metadata=dict(subscription.get("metadata") or {}),
        cancel_at_period_end=bool(subscription.get("cancel_at_period_end")),
        current_period_start=_when(start),
        current_period_end=_when(end),
        canceled_at=_when(subscription.get("canceled_at")),
        ended_at=_when(subscription.get("ended_at")),
        latest_invoice_id=_id_of(subscription.get("latest_invoice")),
    )


def invoice_retrieve(invoice_id: str) -> InvoiceState:
    with _stripe_call("look up the invoice"):
        invoice = _client().v1.invoices.retrieve(invoice_id)
    return _invoice_state(_dict(invoice))


def invoice_pay(invoice_id: str) -> InvoiceState:
    """Charge an open invoice to the customer's default card now."""
    with _stripe_call("pay the invoice"):
        invoice = _client().v1.invoices.pay(invoice_id)
    return _invoice_state(_dict(invoice))


def _invoice_state(invoice: dict) -> InvoiceState:
    parent = (invoice.get("parent") or {}).get("subscription_details") or {}
    return InvoiceState(
        id=invoice["id"],
        status=invoice.get("status") or "",
        customer=_id_of(invoice.get("customer")),
        subscription_id=_id_of(invoice.get("subscription") or parent.get("subscription")),
        amount_due=int(invoice.get("amount_due") or 0),
        amount_paid=int(invoice.get("amount_paid") or 0),
        currency=invoice.get("currency") or "gbp",
        number=invoice.get("number") or "",
        hosted_invoice_url=invoice.get("hosted_invoice_url") or "",
        invoice_pdf=invoice.get("invoice_pdf") or "",
        period_start=_when(invoice.get("period_start")),
        period_end=_when(invoice.get("period_end")),
        issued_at=_when(invoice.get("created") or invoice.get("date")),
    )


# -- webhooks -------------------------------------------------------------------------------


# What a Stripe event's fields look like, checked before the event is stored: an id or type
# that does not fit its column, or holds a NUL, would fail in PostgreSQL, not here.
EVENT_ID = re.compile(r"evt_[A-Za-z0-9_]{1,251}")
OBJECT_ID = re.compile(r"[A-Za-z0-9_]{1,255}")
EVENT_TYPE = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+){1,5}")
EVENT_TYPE_MAX_LENGTH = 100
# Stripe's event payloads nest a handful of levels; this leaves room for any of them.
WEBHOOK_MAX_DEPTH = 32


def webhook_event(payload: bytes, signature: str) -> WebhookEvent:
    """The event in a webhook delivery, once its signature, age and contents check out."""
    require_real_keys()
    try:
        # Only verifies: the library's construct_event would also decode the payload, with
        # no limit on its depth.
        stripe.WebhookSignature.verify_header(
            payload, signature, settings.STRIPE_WEBHOOK_SECRET, WEBHOOK_TOLERANCE_SECONDS
        )
    except (stripe.SignatureVerificationError, ValueError) as exc:
        logger.info("Stripe webhook signature refused: %s", exc)
        raise InvalidWebhook("Invalid Stripe signature.") from exc
    # The library refuses a signature older than the tolerance but not one dated later:
    # a delivery stamped in the future could be held back and replayed until then.
    if _signed_at(signature) > time.time() + WEBHOOK_TOLERANCE_SECONDS:
        raise InvalidWebhook("The signature's timestamp is in the future.")
    try:
        event = json_loads(payload, max_depth=WEBHOOK_MAX_DEPTH)
    except ValueError as exc:
        raise InvalidWebhook(f"The event is not usable JSON: {exc}.") from exc
    return _webhook_contents(event)


def _signed_at(signature: str) -> int:
    """The header's first t=, as the library reads it (it has verified the header by now)."""
    return int(next(item.split("=", 2)[1] for item in signature.split(",") if item[:2] == "t="))


def _webhook_contents(event: Any) -> WebhookEvent:
    data = event.get("data") if isinstance(event, dict) else None
    obj = data.get("object") if isinstance(data, dict) else None
    if not isinstance(obj, dict):
        raise InvalidWebhook("The event has no data.object.")
    event_id, event_type = event.get("id"), event.get("type")
    object_id = obj.get("id") or ""
    if not isinstance(event_id, str) or not EVENT_ID.fullmatch(event_id):
        raise InvalidWebhook("The event's id is not a Stripe event id (evt_…, 255 at most).")
    if (
        not isinstance(event_type, str)
        or len(event_type) > EVENT_TYPE_MAX_LENGTH
        or not EVENT_TYPE.fullmatch(event_type)
    ):
        raise InvalidWebhook("The event's type is not a Stripe event type.")
    if object_id and (not isinstance(object_id, str) or not OBJECT_ID.fullmatch(object_id)):
        raise InvalidWebhook("The event's object id is not a Stripe id.")
    object_type = obj.get("object") or ""
    if not isinstance(object_type, str) or len(object_type) > EVENT_TYPE_MAX_LENGTH:
        raise InvalidWebhook("The event's object type is not a Stripe object type.")
    return WebhookEvent(
        id=event_id,
        type=event_type,
        created=_created(event.get("created")),
        object_id=object_id,
        object_type=object_type,
        payload=event,
    )


def _created(timestamp: Any) -> datetime | None:
    if timestamp is None:
        return None
    if not isinstance(timestamp, int) or isinstance(timestamp, bool):
        raise InvalidWebhook("The event's created time is not a Unix time.")
    try:
        return _when(timestamp)
    except (OverflowError, OSError, ValueError) as exc:
        raise InvalidWebhook("The event's created time is out of range.") from exc
