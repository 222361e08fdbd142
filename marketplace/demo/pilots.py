"""Demo pairings at every stage, walked there through the same services people use."""

from django.db import transaction

from marketplace.catalogue.models import Challenge, Solution
from marketplace.demo.content import CONTENT
from marketplace.organisations.models import Role
from marketplace.proposals import services
from marketplace.proposals.comments import comment_add
from marketplace.proposals.models import ExpressionOfInterest

PILOTS = CONTENT.pilots
# The way every proposal goes, as far as its pairing's stage.
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
    text = PILOTS["proposal"]
    names = {
        "pilot_homes": pilot_homes,
        "solution": solution.title,
        "challenge": challenge.title.lower(),
        "provider": challenge.organisation.name,
    }
    return {
        **text,
        "objectives": text["objectives"].format(**names),
        "scope_homes": pilot_homes,
        "scope_residents": pilot_homes * 2,
        "scope_sites": text["scope_sites"].format(**names),
        "metrics": [dict(metric) for metric in text["metrics"]],
        "milestones": [dict(milestone) for milestone in text["milestones"]],
        "budget_lines": [
            {
                "item": line["item"],
                "amount_pence": line["amount_pence"] * (pilot_homes if line["per_home"] else 1),
                "paid_by": line["paid_by"],
            }
            for line in text["budget_lines"]
        ],
    }


def owner_of(organisation):
    return organisation.memberships.get(role=Role.OWNER).user


@transaction.atomic
def seed_pilots(staff) -> int:
    """Create the demo pairings that do not exist yet; returns how many were created."""
    created = 0
    for pairing in PILOTS["pairings"]:
        challenge = Challenge.objects.filter(title=pairing["challenge"]).first()
        solution = Solution.objects.filter(name=pairing["solution"]).first()
        if challenge is None or solution is None:
            continue
        if ExpressionOfInterest.objects.filter(challenge=challenge, solution=solution).exists():
            continue
        _walk(staff, challenge, solution, pairing["starter"], pairing["stage"])
        created += 1
    return created


def _walk(staff, challenge, solution, starter, stage) -> None:
    provider, supplier = owner_of(challenge.organisation), owner_of(solution.organisation)
    interest = _open(challenge, solution, starter, provider, supplier)
    answerer = supplier if starter == "provider" else provider
    reasons = PILOTS["reasons"]
    if stage == "open":
        return
    if stage == "interest_declined":
        services.interest_decline(
            user=answerer, interest=interest, reason=reasons["interest_declined"]
        )
        return
    if stage == "withdrawn":
        services.interest_withdraw(
            user=supplier if starter == "supplier" else provider,
            interest=interest,
            reason=reasons["withdrawn"],
        )
        return
    proposal = services.interest_accept(user=answerer, interest=interest)
    comment_add(user=provider, proposal=proposal, body=PILOTS["comments"]["provider"])
    comment_add(user=supplier, proposal=proposal, body=PILOTS["comments"]["supplier"])
    proposal = services.proposal_update(
        user=supplier,
        proposal=proposal,
        version=proposal.version,
        **proposal_text(challenge, solution),
    )
    if stage == "abandoned":
        services.proposal_abandon(user=provider, proposal=proposal, reason=reasons["abandoned"])
        return
    target = "submitted" if stage == "declined" else stage
    for step in ORDER[1 : ORDER.index(target) + 1]:
        proposal = _advance(step, proposal, provider, supplier, staff)
    if stage == "declined":
        services.proposal_decline(user=staff, proposal=proposal, reason=reasons["declined"])


def _open(challenge, solution, starter, provider, supplier):
    names = {"solution": solution.title, "provider": challenge.organisation.name}
    if starter == "supplier":
        return services.interest_express(
            user=supplier,
            challenge=challenge,
            solution=solution,
            pitch=PILOTS["pitches"]["supplier"].format(**names),
        )
    return services.interest_invite(
        user=provider,
        challenge=challenge,
        solution=solution,
        pitch=PILOTS["pitches"]["provider"].format(**names),
    )


def _advance(step, proposal, provider, supplier, staff):
    reasons = PILOTS["reasons"]
    if step in ("submitted", "resubmitted"):
        for signer in (provider, supplier):
            proposal = services.proposal_sign_off(
                user=signer, proposal=proposal, version=proposal.version
            )
        return services.proposal_submit(user=supplier, proposal=proposal, version=proposal.version)
    if step == "changes_requested":
        return services.proposal_request_changes(
            user=staff, proposal=proposal, reason=reasons["changes_requested"]
        )
    if step == "approved":
        return services.proposal_approve(user=staff, proposal=proposal, reason=reasons["approved"])
    if step == "in_pilot":
        return services.proposal_start(user=provider, proposal=proposal)
    if step == "completed":
        completion = PILOTS["completion"]
        outcomes = dict(
            zip(proposal.metrics.values_list("pk", flat=True), completion["outcomes"], strict=True)
        )
        return services.proposal_complete(
            user=provider, proposal=proposal, outcomes=outcomes, summary=completion["summary"]
        )
    raise ValueError(step)
