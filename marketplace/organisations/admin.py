from django.contrib import admin, messages

from marketplace.organisations.models import Invitation, Membership, Organisation
from marketplace.organisations.services import organisation_verify


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "kind",
        "registered_number",
        "homes_managed",
        "employees",
        "is_verified",
        "created_at",
    ]
    list_filter = ["kind", "is_verified", "regions"]
    search_fields = ["name", "registered_number", "website", "memberships__user__email"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["regions"]
    readonly_fields = ["verified_at", "verified_by", "created_at", "updated_at"]
    inlines = [MembershipInline]
    actions = ["verify_selected"]

    @admin.action(description="Mark selected organisations as verified")
    def verify_selected(self, request, queryset) -> None:
        for organisation in queryset.filter(is_verified=False):
            organisation_verify(user=request.user, organisation=organisation)
        messages.success(request, "The selected organisations are verified.")


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role", "created_at"]
    list_filter = ["role", "organisation__kind"]
    search_fields = ["user__email", "user__full_name", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]
    list_select_related = ["user", "organisation"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "organisation", "role", "created_at", "expires_at", "accepted_at"]
    list_filter = ["role", "accepted_at", "revoked_at"]
    search_fields = ["email", "organisation__name"]
    list_select_related = ["organisation"]
    raw_id_fields = ["organisation", "invited_by", "accepted_by"]
