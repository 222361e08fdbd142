"""Demo pairings at every stage, walked there through the same services people use."""

import datetime

from django.db import transaction

from marketplace.catalogue.models import Challenge, Solution
from marketplace.organisations.models import Role
from marketplace.proposals import services
from marketplace.proposals.comments import comment_add
from marketplace.proposals.models import ExpressionOfInterest

# (challenge title, solution name, who starts it, the stage it reaches)
PAIRINGS = [
    (
        "Spotting condensation risk in 1960s cross-wall homes before mould appears",
        "DampSense Home Sensor",
        "supplier",
        "completed",
    ),
    (
        "Meeting Awaab's Law timescales for damp and mould reports",
        "RepairFlow Damp Pathway",
        "provider",
        "in_pilot",
    ),
    (
        "Avoiding damp after insulation: checking ventilation in retrofitted homes",
        "DampSense Retrofit Ventilation Check",
        "supplier",
        "approved",
    ),
    (
        "Sequencing a ten-year retrofit programme to reach EPC C by 2030",
        "RetroFit Analytics Stock Planner",
        "provider",
        "resubmitted",
    ),
    (
        "Keeping heat pump running costs affordable for residents",
        "HeatWise Resident Coach",
        "supplier",
        "changes_requested",
    ),
    (
        "Getting more repairs fixed first time across Tyneside",
        "RepairFlow Van Stock",
        "supplier",
        "submitted",
    ),
    (
        "Replacing oil and LPG heating in off-gas stone terraces and rural homes",
        "HeatWise Heat Loss Survey",
        "provider",
        "draft",
    ),
    (
        "Weather-triggered welfare calls for older residents in cold snaps",
        "HeatWise Cold Home Alert",
        "supplier",
        "declined",
    ),
    (
        "Telling penetrating damp from condensation in solid-wall homes",
        "DampSense Risk Score",
        "supplier",
        "abandoned",
    ),
    (
        "Repairs in scattered rural homes without losing half the day to travel",
        "RepairFlow Triage",
        "supplier",
        "open",
    ),
    (
        "Fuel poverty support for residents in off-grid homes",
        "Bill Impact Model",
        "provider",
        "open",
    ),
    (
        "Cutting void re-let times on our general needs homes",
        "RepairFlow Predict",
        "supplier",
        "interest_declined",
    ),
    ("Reaching residents who are not online", "DampSense Home Display", "supplier", "withdrawn"),
]

ORDER = [
    "draft",
    "submitted",
    "changes_requested",
    "resubmitted",
    "approved",
    "in_pilot",
    "completed",
]


def proposal_text(challenge: Challenge, solution: Solution) -> dict:
    homes = challenge.homes_affected or 200
    pilot_homes = max(20, min(homes // 10, 300))
    return {
        "objectives": f"Show, in {pilot_homes} homes over six months, that {solution.title} "
        f"makes a measurable difference to: {challenge.title.lower()}.",
        "scope_homes": pilot_homes,
        "scope_residents": pilot_homes * 2,
        "scope_sites": f"Homes chosen with {challenge.organisation.name}'s neighbourhood teams.",
        "resident_engagement": "A letter and a visit before anything is installed; residents "
        "may opt out at any time; a feedback survey at three and six months.",
        "processes_personal_data": True,
        "personal_data_categories": "Address, contact details, readings linked to a home.",
        "special_category_data": False,
        "lawful_basis": "legitimate_interests",
        "dpia_status": "done",
        "data_sharing_agreement": "signed",
        "retention": "Kept for the pilot and 12 months after, then deleted.",
        "data_hosting": "UK data centre (London)",
        "risks": "Residents decline to take part: explain the benefit face to face.\n"
        "Data arrives late: weekly check-in between both teams.",
        "exit_plan": "Equipment stays with the provider; the supplier returns and deletes data.",
        "metrics": [
            {
                "metric": "Days from first sign to action",
                "baseline": "42",
                "target": "14",
                "how_measured": "Case log compared with the start of the problem",
            },
            {
                "metric": "Resident satisfaction",
                "baseline": "6.1/10",
                "target": "7.5/10",
                "how_measured": "Survey at the end of the pilot",
            },
        ],
        "milestones": [
            {"title": "Homes selected and residents told", "due_on": datetime.date(2027, 1, 15)},
            {"title": "Installation complete", "due_on": datetime.date(2027, 2, 26)},
            {"title": "Final report to the board", "due_on": datetime.date(2027, 8, 31)},
        ],
        "budget_lines": [
            {
                "item": "Licences and equipment",
                "amount_pence": pilot_homes * 9_500,
                "paid_by": "provider",
            },
            {"item": "Set-up and training", "amount_pence": 450_000, "paid_by": "supplier"},
            {"item": "Evaluation", "amount_pence": 300_000, "paid_by": "programme"},
        ],
    }


def owner_of(organisation):
    return organisation.memberships.get(role=Role.OWNER).user


@transaction.atomic
def seed_pilots(staff) -> int:
    """Create the demo pairings that do not exist yet; returns how many were created."""
    created = 0
    for challenge_title, solution_name, starter, stage in PAIRINGS:
        challenge = Challenge.objects.filter(title=challenge_title).first()
        solution = Solution.objects.filter(name=solution_name).first()
        if challenge is None or solution is None:
            continue
        if ExpressionOfInterest.objects.filter(challenge=challenge, solution=solution).exists():
            continue
        _walk(staff, challenge, solution, starter, stage)
        created += 1
    return created


def _walk(staff, challenge, solution, starter, stage) -> None:
    provider, supplier = owner_of(challenge.organisation), owner_of(solution.organisation)
    interest = _open(challenge, solution, starter, provider, supplier)
    answerer = supplier if starter == "provider" else provider
    if stage == "open":
        return
    if stage == "interest_declined":
        services.interest_decline(
            user=answerer, interest=interest, reason="We have just signed a contract for this."
        )
        return
    if stage == "withdrawn":
        services.interest_withdraw(
            user=supplier if starter == "supplier" else provider,
            interest=interest,
            reason="The product is being rebuilt.",
        )
        return
    proposal = services.interest_accept(user=answerer, interest=interest)
    comment_add(
        user=provider,
        proposal=proposal,
        body="Glad to be working on this. Could we start with the worst-affected blocks?",
    )
    comment_add(
        user=supplier,
        proposal=proposal,
        body="Yes: we will draft the metrics and the data protection section this week.",
    )
    proposal = services.proposal_update(
        user=supplier,
        proposal=proposal,
        version=proposal.version,
        **proposal_text(challenge, solution),
    )
    if stage == "abandoned":
        services.proposal_abandon(
            user=provider,
            proposal=proposal,
            reason="Budget moved to the building-safety programme.",
        )
        return
    target = "submitted" if stage == "declined" else stage
    for step in ORDER[1 : ORDER.index(target) + 1]:
        proposal = _advance(step, proposal, provider, supplier, staff)
    if stage == "declined":
        services.proposal_decline(
            user=staff,
            proposal=proposal,
            reason="Overlaps with a pilot already funded in this region.",
        )


def _open(challenge, solution, starter, provider, supplier):
    pitch = (
        f"{solution.title} has helped other landlords with this; we would like to show "
        f"{challenge.organisation.name} how in a small pilot."
    )
    if starter == "supplier":
        return services.interest_express(
            user=supplier, challenge=challenge, solution=solution, pitch=pitch
        )
    return services.interest_invite(
        user=provider,
        challenge=challenge,
        solution=solution,
        pitch=f"We think {solution.title} fits; shall we pilot it?",
    )


def _advance(step, proposal, provider, supplier, staff):
    if step in ("submitted", "resubmitted"):
        for signer in (provider, supplier):
            proposal = services.proposal_sign_off(
                user=signer, proposal=proposal, version=proposal.version
            )
        return services.proposal_submit(user=supplier, proposal=proposal, version=proposal.version)
    if step == "changes_requested":
        return services.proposal_request_changes(
            user=staff,
            proposal=proposal,
            reason="Add how residents who opt out will be recorded, and a second milestone.",
        )
    if step == "approved":
        return services.proposal_approve(
            user=staff, proposal=proposal, reason="A clear plan with measurable outcomes."
        )
    if step == "in_pilot":
        return services.proposal_start(user=provider, proposal=proposal)
    if step == "completed":
        outcomes = dict(
            zip(proposal.metrics.values_list("pk", flat=True), ["11", "7.9/10"], strict=True)
        )
        return services.proposal_complete(
            user=provider,
            proposal=proposal,
            outcomes=outcomes,
            summary="Problems were found a month earlier on "
            "average; residents rated the service higher.",
        )
    raise ValueError(step)
