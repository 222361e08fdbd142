"""A published challenge-solution pair and a proposal text complete enough to submit."""

import datetime

from marketplace.catalogue.models import Status
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory

COMPLETE = {
    "objectives": "Show that hourly humidity readings find damp a month earlier.",
    "scope_homes": 120,
    "scope_residents": 300,
    "scope_sites": "Byker estate, blocks A to D.",
    "resident_engagement": "Letters, a drop-in at the community centre, opt-out at any time.",
    "processes_personal_data": True,
    "personal_data_categories": "Address, humidity and temperature readings per room.",
    "special_category_data": False,
    "lawful_basis": "legitimate_interests",
    "dpia_status": "done",
    "data_sharing_agreement": "signed",
    "retention": "Readings kept 24 months, then deleted.",
    "data_hosting": "AWS eu-west-2 (London)",
    "risks": "Sensors removed by residents: explain the purpose, replace free of charge.",
    "exit_plan": "Sensors stay with the provider; data returned and deleted by the supplier.",
    "metrics": [
        {
            "metric": "Days from damp onset to report",
            "baseline": "45",
            "target": "10",
            "how_measured": "Repairs log against sensor alerts",
        },
    ],
    "milestones": [
        {"title": "Sensors installed", "due_on": datetime.date(2027, 2, 1)},
        {"title": "Final report", "due_on": datetime.date(2027, 8, 1)},
    ],
    "budget_lines": [
        {"item": "Sensors and installation", "amount_pence": 1_200_000, "paid_by": "provider"},
        {"item": "Analytics licence", "amount_pence": 300_000, "paid_by": "supplier"},
    ],
}


def published_pair(provider, supplier):
    challenge = ChallengeFactory(
        organisation=provider,
        status=Status.PUBLISHED,
        homes_affected=400,
        title="Find damp and mould before residents report it",
    )
    solution = SolutionFactory(
        organisation=supplier, status=Status.PUBLISHED, name="Humidity sensors for damp and mould"
    )
    return challenge, solution
