from django.contrib import admin

from marketplace.jobs.models import Job


@admin.register(Job)
class JobAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "status", "done", "total", "started_at", "finished_at"]
    list_filter = ["status", "kind"]
    # Jobs change only through their services, driven by the tasks doing the work.
    readonly_fields = [field.name for field in Job._meta.fields]

    def has_add_permission(self, request) -> bool:
        return False
