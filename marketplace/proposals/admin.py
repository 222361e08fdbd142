from django.contrib import admin

from marketplace.proposals.models import (
    BudgetLine,
    Comment,
    ExpressionOfInterest,
    Milestone,
    PilotProposal,
    ProposalTransition,
    SuccessMetric,
)


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class MetricInline(ReadOnlyInline):
    model = SuccessMetric


class MilestoneInline(ReadOnlyInline):
    model = Milestone


class BudgetInline(ReadOnlyInline):
    model = BudgetLine


class TransitionInline(ReadOnlyInline):
    model = ProposalTransition


@admin.register(ExpressionOfInterest)
class ExpressionOfInterestAdmin(admin.ModelAdmin):
    list_display = ["__str__", "direction", "status", "created_at"]
    list_filter = ["status", "direction"]
    search_fields = ["challenge__title", "solution__name"]
    raw_id_fields = ["challenge", "solution", "created_by", "answered_by"]

    # Answers go through the services, which check roles and notify people.
    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(PilotProposal)
class PilotProposalAdmin(admin.ModelAdmin):
    list_display = ["title", "provider", "supplier", "status", "updated_at"]
    list_filter = ["status"]
    search_fields = ["title", "provider__name", "supplier__name"]
    inlines = [MetricInline, MilestoneInline, BudgetInline, TransitionInline]

    # The workflow lives in the services and the review screen, never a raw admin save.
    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "author", "created_at"]
    search_fields = ["body", "author__email"]
    raw_id_fields = ["interest", "proposal", "author", "mentions"]
