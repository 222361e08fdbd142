from django.apps import AppConfig


class ProposalsConfig(AppConfig):
    name = "marketplace.proposals"
    label = "proposals"
    verbose_name = "Interests and pilot proposals"
