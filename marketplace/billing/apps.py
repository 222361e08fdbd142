from django.apps import AppConfig


class BillingConfig(AppConfig):
    name = "marketplace.billing"
    label = "billing"
    verbose_name = "Billing"
