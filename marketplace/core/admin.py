from django.contrib import admin

from marketplace.core.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["created_at", "actor", "organisation", "action", "target_type", "target_id"]
    list_filter = ["action", "target_type"]
    search_fields = ["actor__email", "organisation__name", "target_id", "reason"]
    date_hierarchy = "created_at"
    list_select_related = ["actor", "organisation"]

    # The trail is evidence: nobody edits or deletes it from the admin.
    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
