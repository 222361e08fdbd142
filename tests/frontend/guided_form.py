"""What a browser posts to each step of the guided challenge form."""

from django.test import Client

from marketplace.catalogue.models import Region, Theme
from tests.marketplace.catalogue.factories import DAMP


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def problem_step(**overrides) -> dict:
    return {
        "title": "Find damp before residents report it",
        "summary": "Reports arrive late.",
        "themes": [str(Theme.objects.get(slug=DAMP).pk)],
        "regions": [str(Region.objects.get(code="TLC").pk)],
        "next": "",
        **overrides,
    }


DETAIL_STEP = {
    "problem_statement": "Condensation goes unreported for weeks.",
    "desired_outcomes": "Find it a month earlier.",
    "homes_affected": "1200",
    "next": "",
}
CONSTRAINTS_STEP = {"procurement_route": "framework", "next": ""}
BUDGET_STEP = {
    "budget_min": "5000",
    "budget_max": "20000.50",
    "pilot_length_weeks": "12",
    "visibility": "members",
    "next": "",
}
