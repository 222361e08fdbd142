from django.apps import AppConfig


class JobsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "marketplace.jobs"
    verbose_name = "Jobs"
