from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo sector: its content in data/, the seeding that walks it in through services."""

    name = "marketplace.demo"
    label = "demo"
    verbose_name = "Demo sector"
