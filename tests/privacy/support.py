"""A provider with a history on Launchpad, made through the services as people would make it."""

import io
import zipfile
from dataclasses import dataclass

from marketplace.catalogue import services as catalogue_services
from marketplace.catalogue.models import Challenge, Solution
from marketplace.cohorts import services as cohort_services
from marketplace.organisations import services as organisation_services
from marketplace.proposals import services as proposal_services
from marketplace.proposals.comments import comment_add
from marketplace.proposals.models import Comment, ExpressionOfInterest, PilotProposal
from tests.marketplace.proposals.support import COMPLETE, published_pair

INTEREST_COMMENT = "Could the sensors go in before the heating season? Ça dépend — café first."
PROPOSAL_COMMENT = (
    "Installation team booked for the 3rd — 120 homes, blocks A to D, £1,500 per home."
)
OTHER_DRAFT = "Mersey's unannounced retrofit plan"
SUPPLIER_DRAFT = "Damp Sense's unreleased thermal camera"


@dataclass(frozen=True)
class History:
    challenge: Challenge
    draft_challenge: Challenge
    solution: Solution
    interest: ExpressionOfInterest
    proposal: PilotProposal
    interest_comment: Comment
    proposal_comment: Comment


def provider_history(*, provider, supplier, owner, member, supplier_member, staff) -> History:
    """Tyne Homes (provider) and Damp Sense (supplier) writing a pilot proposal together."""
    challenge, solution = published_pair(provider, supplier)
    draft_challenge = catalogue_services.entry_create(
        Challenge, user=member, organisation=provider, title="Voids turnaround (draft)",
        summary="Empty homes take 40 days to relet.",
    )  # fmt: skip
    interest = proposal_services.interest_express(
        user=supplier_member, challenge=challenge, solution=solution,
        pitch="Our sensors found damp five weeks earlier in Gateshead.",
    )  # fmt: skip
    interest_comment = comment_add(user=member, interest=interest, body=INTEREST_COMMENT)
    proposal = proposal_services.interest_accept(user=member, interest=interest)
    proposal = proposal_services.proposal_update(
        user=member, proposal=proposal, version=proposal.version, **COMPLETE
    )
    proposal_comment = comment_add(user=supplier_member, proposal=proposal, body=PROPOSAL_COMMENT)
    catalogue_services.feedback_record(
        user=member, organisation=provider, challenge=challenge, solution=solution,
        verdict="shortlist", score=0.82,
    )  # fmt: skip
    cohort = cohort_services.cohort_create(user=staff, name="Damp and mould 2027")
    cohort_services.cohort_add_challenge(user=staff, cohort=cohort, challenge=challenge)
    organisation_services.invitation_create(
        user=owner, organisation=provider, email="new.colleague@tyne.example", role="member"
    )
    return History(
        challenge, draft_challenge, solution, interest, proposal, interest_comment,
        proposal_comment,
    )  # fmt: skip


def other_organisations_drafts(*, other_provider_admin, other_provider, supplier_member, supplier):
    """Drafts that the provider's owner never sees, so no export of theirs may hold them."""
    catalogue_services.entry_create(
        Challenge, user=other_provider_admin, organisation=other_provider, title=OTHER_DRAFT
    )
    catalogue_services.entry_create(
        Solution, user=supplier_member, organisation=supplier, name=SUPPLIER_DRAFT
    )


def unzip(content: bytes) -> dict[str, bytes]:
    """Every file in the zip by its name, without the folder the zip puts them in."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name.split("/", 1)[1]: archive.read(name) for name in archive.namelist()}
