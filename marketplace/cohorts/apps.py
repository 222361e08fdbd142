from django.apps import AppConfig


class CohortsConfig(AppConfig):
    name = "marketplace.cohorts"
    label = "cohorts"
    verbose_name = "Cohorts"
