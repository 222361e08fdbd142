"""Billing records: each mirrors an object in Stripe, which is the source of truth for money."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q

# Royal Mail's shape of a UK postcode, spaces optional; good enough to catch typos.
UK_POSTCODE = RegexValidator(
    r"^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$", "Enter a UK postcode, e.g. LS1 4AP."
)


class BillingAccount(models.Model):
    """Who Stripe bills for an organisation; the Stripe customer is created on first need."""

    organisation = models.OneToOneField(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="billing_account"
    )
    stripe_customer_id = models.CharField(max_length=255, blank=True)
    billing_email = models.EmailField("billing e-mail", blank=True)
    address_line1 = models.CharField("address line 1", max_length=200, blank=True)
    address_line2 = models.CharField("address line 2", max_length=200, blank=True)
    city = models.CharField("town or city", max_length=100, blank=True)
    postal_code = models.CharField("postcode", max_length=10, blank=True, validators=[UK_POSTCODE])
    country = models.CharField(max_length=2, default="GB", choices=[("GB", "United Kingdom")])
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["stripe_customer_id"],
                condition=~Q(stripe_customer_id=""),
                name="billing_account_unique_customer",
            )
        ]

    def __str__(self) -> str:
        return f"Billing account of {self.organisation}"


class PaymentStatus(models.TextChoices):
    # Stripe's PaymentIntent statuses, with "failed" and the refund states split out so the
    # pages can say plainly what happened.
    REQUIRES_PAYMENT_METHOD = "requires_payment_method", "Awaiting card details"
    FAILED = "failed", "Failed"
    REQUIRES_CONFIRMATION = "requires_confirmation", "Awaiting confirmation"
    REQUIRES_ACTION = "requires_action", "Needs authentication"
    PROCESSING = "processing", "Processing"
    SUCCEEDED = "succeeded", "Paid"
    PARTIALLY_REFUNDED = "partially_refunded", "Partly refunded"
    REFUNDED = "refunded", "Refunded"
    CANCELED = "canceled", "Cancelled"


PAID_STATUSES = [
    PaymentStatus.SUCCEEDED,
    PaymentStatus.PARTIALLY_REFUNDED,
    PaymentStatus.REFUNDED,
]
# A card can still be tried on these; anything else is settled one way or the other.
PAYABLE_STATUSES = [
    PaymentStatus.REQUIRES_PAYMENT_METHOD,
    PaymentStatus.FAILED,
    PaymentStatus.REQUIRES_CONFIRMATION,
    PaymentStatus.REQUIRES_ACTION,
]


class Payment(models.Model):
    """A cohort participation fee: one Stripe PaymentIntent per attempt at paying a place."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="payments"
    )
    place = models.ForeignKey(
        "cohorts.CohortSupplier", on_delete=models.PROTECT, related_name="payments"
    )
    attempt = models.PositiveSmallIntegerField(default=1)
    description = models.CharField(max_length=200)
    amount_pence = models.PositiveIntegerField()
    currency = models.CharField(max_length=3, default="gbp")
    status = models.CharField(
        max_length=24, choices=PaymentStatus.choices, default=PaymentStatus.REQUIRES_PAYMENT_METHOD
    )
    amount_refunded_pence = models.PositiveIntegerField(default=0)
    stripe_payment_intent_id = models.CharField(max_length=255, blank=True)
    stripe_charge_id = models.CharField(max_length=255, blank=True)
    idempotency_key = models.CharField(max_length=255, unique=True)
    failure_message = models.CharField(max_length=500, blank=True)
    receipt_url = models.URLField(max_length=500, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    paid_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # Two clicks racing to start a payment compute the same attempt; one insert loses.
            models.UniqueConstraint(fields=["place", "attempt"], name="payment_attempt_once"),
            models.UniqueConstraint(
                fields=["stripe_payment_intent_id"],
                condition=~Q(stripe_payment_intent_id=""),
                name="payment_unique_intent",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.description} ({self.get_status_display().lower()})"

    @property
    def is_paid(self) -> bool:
        return self.status in PAID_STATUSES

    @property
    def refundable_pence(self) -> int:
        return self.amount_pence - self.amount_refunded_pence if self.is_paid else 0


class Refund(models.Model):
    payment = models.ForeignKey(Payment, on_delete=models.PROTECT, related_name="refunds")
    stripe_refund_id = models.CharField(max_length=255, unique=True)
    amount_pence = models.PositiveIntegerField()
    reason = models.TextField()
    status = models.CharField(max_length=24)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Refund {self.stripe_refund_id} of {self.amount_pence}p"


class MembershipPlan(models.Model):
    """An annual membership tier; its Stripe Plan is created the first time someone joins."""

    code = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=120)
    organisation_kind = models.CharField(max_length=20)
    amount_pence = models.PositiveIntegerField()
    currency = models.CharField(max_length=3, default="gbp")
    interval = models.CharField(max_length=5, default="year")
    description = models.TextField(blank=True)
    stripe_plan_id = models.CharField(max_length=255, blank=True)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["organisation_kind", "amount_pence"]

    def __str__(self) -> str:
        return self.name


class SubscriptionStatus(models.TextChoices):
    INCOMPLETE = "incomplete", "First payment pending"
    INCOMPLETE_EXPIRED = "incomplete_expired", "First payment never made"
    TRIALING = "trialing", "Trial"
    ACTIVE = "active", "Active"
    PAST_DUE = "past_due", "Payment overdue"
    UNPAID = "unpaid", "Unpaid"
    CANCELED = "canceled", "Cancelled"
    PAUSED = "paused", "Paused"


GOOD_STANDING = [SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING]
LAPSED = [SubscriptionStatus.PAST_DUE, SubscriptionStatus.UNPAID, SubscriptionStatus.CANCELED]
# A membership in one of these still belongs to the organisation: no second one alongside it.
CURRENT = [
    SubscriptionStatus.INCOMPLETE,
    SubscriptionStatus.TRIALING,
    SubscriptionStatus.ACTIVE,
    SubscriptionStatus.PAST_DUE,
    SubscriptionStatus.UNPAID,
    SubscriptionStatus.PAUSED,
]

OVERDUE = [SubscriptionStatus.INCOMPLETE, SubscriptionStatus.PAST_DUE, SubscriptionStatus.UNPAID]


class Subscription(models.Model):
    """An organisation's membership: a Stripe Subscription to one plan, mirrored by webhook."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="subscriptions"
    )
    plan = models.ForeignKey(MembershipPlan, on_delete=models.PROTECT, related_name="+")
    stripe_subscription_id = models.CharField(max_length=255, unique=True)
    status = models.CharField(max_length=20, choices=SubscriptionStatus.choices)
    # Lapsing only restricts an organisation that once paid; a first payment that never went
    # through leaves it as if it had never joined.
    was_active = models.BooleanField(default=False)
    cancel_at_period_end = models.BooleanField(default=False)
    current_period_start = models.DateTimeField(null=True, blank=True)
    current_period_end = models.DateTimeField(null=True, blank=True)
    canceled_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organisation", "status"])]

    def __str__(self) -> str:
        return f"{self.plan} for {self.organisation} ({self.status})"

    @property
    def is_overdue(self) -> bool:
        """Stripe is waiting for a payment that a new card can make."""
        return self.status in OVERDUE


class Invoice(models.Model):
    """A membership invoice (first year, renewals), as Stripe last reported it."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="invoices"
    )
    subscription = models.ForeignKey(
        Subscription, null=True, blank=True, on_delete=models.PROTECT, related_name="invoices"
    )
    stripe_invoice_id = models.CharField(max_length=255, unique=True)
    number = models.CharField(max_length=100, blank=True)
    status = models.CharField(max_length=20)
    amount_due_pence = models.PositiveIntegerField(default=0)
    amount_paid_pence = models.PositiveIntegerField(default=0)
    currency = models.CharField(max_length=3, default="gbp")
    hosted_invoice_url = models.URLField(max_length=500, blank=True)
    invoice_pdf = models.URLField(max_length=500, blank=True)
    period_start = models.DateTimeField(null=True, blank=True)
    period_end = models.DateTimeField(null=True, blank=True)
    issued_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-issued_at", "-id"]

    def __str__(self) -> str:
        return self.number or self.stripe_invoice_id


class StripeEvent(models.Model):
    """Every webhook delivery, stored before acting on it; processed exactly once."""

    stripe_id = models.CharField(max_length=255, unique=True)
    type = models.CharField(max_length=100)
    payload = models.JSONField()
    created_at_stripe = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        indexes = [
            models.Index(
                fields=["received_at"],
                condition=Q(processed_at__isnull=True),
                name="stripe_event_unprocessed",
            )
        ]

    def __str__(self) -> str:
        return f"{self.type} {self.stripe_id}"
