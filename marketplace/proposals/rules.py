"""What a proposal needs before programme staff can review it."""

from marketplace.proposals.models import DpiaStatus, PilotProposal

REQUIRED_TEXT = {
    "title": "Give the proposal a title.",
    "problem": "Describe the problem the pilot tackles.",
    "objectives": "Say what the pilot sets out to show.",
    "scope_sites": "Say where the pilot runs.",
    "resident_engagement": "Say how residents will be told, asked and heard.",
    "risks": "List the main risks and how you will reduce them.",
    "exit_plan": "Say what happens to equipment, data and residents when the pilot ends.",
}

# Only asked when personal data is processed; then each one is required.
DATA_PROTECTION = {
    "personal_data_categories": "List the categories of personal data.",
    "lawful_basis": "Choose the lawful basis for processing.",
    "dpia_status": "Say whether a DPIA is needed and whether it is done.",
    "data_sharing_agreement": "Say whether a data-sharing agreement is needed or signed.",
    "retention": "Say how long data is kept and how it is deleted.",
    "data_hosting": "Say where the data is hosted.",
}


def submission_errors(proposal: PilotProposal) -> dict[str, str]:
    """Field-level reasons the proposal cannot go to review yet; empty when it can."""
    errors = {
        name: message
        for name, message in REQUIRED_TEXT.items()
        if not str(getattr(proposal, name) or "").strip()
    }
    if not proposal.scope_homes:
        errors["scope_homes"] = "Say how many homes are in scope."
    if not proposal.metrics.exists():
        errors["metrics"] = "Add at least one success metric with a baseline and a target."
    if not proposal.milestones.exists():
        errors["milestones"] = "Add at least one milestone with a date."
    if not proposal.budget_lines.exists():
        errors["budget_lines"] = "Add the budget: what it costs and who pays."
    if proposal.processes_personal_data:
        errors.update(data_protection_errors(proposal))
    return errors


def data_protection_errors(proposal: PilotProposal) -> dict[str, str]:
    errors = {
        name: message
        for name, message in DATA_PROTECTION.items()
        if not str(getattr(proposal, name) or "").strip()
    }
    if proposal.special_category_data is None:
        errors["special_category_data"] = "Say whether special category data is processed."
    elif proposal.special_category_data and proposal.dpia_status == DpiaStatus.NOT_NEEDED:
        # UK GDPR: large-scale special category processing needs a DPIA.
        errors["dpia_status"] = "Special category data needs a DPIA."
    return errors
