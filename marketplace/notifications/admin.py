from django.contrib import admin

from marketplace.notifications.models import Notification, NotificationPreference


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["subject", "recipient", "category", "created_at", "sent_at"]
    list_filter = ["category"]
    search_fields = ["subject", "recipient__email"]
    readonly_fields = [f.name for f in Notification._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "muted", "updated_at"]
    search_fields = ["user__email"]
