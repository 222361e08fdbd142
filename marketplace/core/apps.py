from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "marketplace.core"
    label = "core"
    verbose_name = "Audit trail"

    def ready(self) -> None:
        from marketplace.core import ratelimit  # noqa: F401  (registers its system check)
