"""What the Stripe gateway hands back: Stripe objects reduced to the fields Launchpad mirrors.

Stripe's API changes shape between versions (periods moved from subscriptions to their
items, invoices point to their subscription through `parent`); the gateway reads either
shape into these, and nothing else in Launchpad sees a Stripe object.
"""

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class PaymentIntentState:
    id: str
    status: str
    amount: int
    currency: str
    client_secret: str
    customer: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
    charge_id: str = ""
    charge_failed: bool = False
    amount_refunded: int = 0
    receipt_url: str = ""
    failure_message: str = ""


@dataclass(frozen=True)
class RefundState:
    id: str
    amount: int
    status: str


@dataclass(frozen=True)
class SubscriptionState:
    id: str
    status: str
    customer: str
    plan_id: str
    metadata: dict[str, str] = field(default_factory=dict)
    cancel_at_period_end: bool = False
    current_period_start: datetime | None = None
    current_period_end: datetime | None = None
    canceled_at: datetime | None = None
    ended_at: datetime | None = None
    latest_invoice_id: str = ""


@dataclass(frozen=True)
class InvoiceState:
    id: str
    status: str
    customer: str
    subscription_id: str
    amount_due: int
    amount_paid: int
    currency: str
    number: str = ""
    hosted_invoice_url: str = ""
    invoice_pdf: str = ""
    period_start: datetime | None = None
    period_end: datetime | None = None
    issued_at: datetime | None = None


@dataclass(frozen=True)
class WebhookEvent:
    """A verified webhook: its id and type, and the id and kind of the object it is about."""

    id: str
    type: str
    created: datetime | None
    object_id: str
    object_type: str
    payload: dict
