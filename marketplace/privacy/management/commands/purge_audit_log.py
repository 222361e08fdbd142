from django.core.management.base import BaseCommand

from marketplace.privacy.services import retention_purge


class Command(BaseCommand):
    help = (
        "Delete audit entries older than AUDIT_RETENTION_DAYS and sent e-mail records older "
        "than NOTIFICATION_RETENTION_DAYS. Safe to run again: Celery beat runs it nightly."
    )

    def handle(self, *args, **options) -> None:
        result = retention_purge()
        self.stdout.write(
            f"Deleted {result.audit_entries} audit entries from before "
            f"{result.audit_cutoff:%Y-%m-%d %H:%M} UTC and {result.notifications} sent "
            f"notifications from before {result.notification_cutoff:%Y-%m-%d %H:%M} UTC."
        )
