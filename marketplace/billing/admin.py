from django.contrib import admin, messages

from marketplace.billing.events import events_replay
from marketplace.billing.models import (
    BillingAccount,
    Invoice,
    MembershipPlan,
    Payment,
    Refund,
    StripeEvent,
    Subscription,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Billing records mirror Stripe: they change through the services, never by hand."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(StripeEvent)
class StripeEventAdmin(ReadOnlyAdmin):
    list_display = ["stripe_id", "type", "received_at", "processed_at", "attempts", "last_error"]
    list_filter = ["type", ("processed_at", admin.EmptyFieldListFilter)]
    search_fields = ["stripe_id", "type"]
    actions = ["replay"]

    @admin.action(description="Replay: process the selected events again", permissions=["replay"])
    def replay(self, request, queryset):
        count = events_replay(events=queryset)
        self.message_user(request, f"{count} events queued for processing.", messages.SUCCESS)

    def has_replay_permission(self, request) -> bool:
        return request.user.is_staff


@admin.register(Payment)
class PaymentAdmin(ReadOnlyAdmin):
    list_display = [
        "description",
        "organisation",
        "amount_pence",
        "amount_refunded_pence",
        "status",
        "stripe_payment_intent_id",
        "created_at",
    ]
    list_filter = ["status"]
    search_fields = ["stripe_payment_intent_id", "organisation__name"]


@admin.register(Refund)
class RefundAdmin(ReadOnlyAdmin):
    list_display = ["stripe_refund_id", "payment", "amount_pence", "created_by", "created_at"]


@admin.register(Subscription)
class SubscriptionAdmin(ReadOnlyAdmin):
    list_display = [
        "organisation",
        "plan",
        "status",
        "cancel_at_period_end",
        "current_period_end",
        "stripe_subscription_id",
    ]
    list_filter = ["status", "plan"]
    search_fields = ["stripe_subscription_id", "organisation__name"]


@admin.register(Invoice)
class InvoiceAdmin(ReadOnlyAdmin):
    list_display = ["stripe_invoice_id", "organisation", "status", "amount_due_pence", "issued_at"]
    list_filter = ["status"]


@admin.register(BillingAccount)
class BillingAccountAdmin(ReadOnlyAdmin):
    list_display = ["organisation", "billing_email", "stripe_customer_id"]
    search_fields = ["organisation__name", "stripe_customer_id"]


@admin.register(MembershipPlan)
class MembershipPlanAdmin(ReadOnlyAdmin):
    list_display = ["name", "organisation_kind", "amount_pence", "interval", "stripe_plan_id"]
