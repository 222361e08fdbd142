"""The proposal and interest state machines, as tables.

Services check and move by them, the pages and the API route and describe their actions
from them, and docs/proposals.md draws them (`manage.py proposal_diagram`).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from marketplace.proposals import notices
from marketplace.proposals.models import InterestStatus, ProposalStatus

P = ProposalStatus
I = InterestStatus  # noqa: E741 - the interest counterpart of P


class Who(StrEnum):
    """Who may take a step: the refusal's words come with each."""

    PARTY_MEMBER = "member of either organisation"
    PARTY_ADMIN = "admin of either organisation"
    PARTY_ADMIN_OR_STAFF = "admin of either organisation, or staff"
    PROVIDER_ADMIN_OR_STAFF = "provider admin, or staff"
    STAFF = "programme staff"
    INVITED_MEMBER = "member of the invited organisation"


class Reason(StrEnum):
    NONE = "none"
    OPTIONAL = "optional"
    REQUIRED = "required"


class Version(StrEnum):
    """Whether the step names the version it was taken on (a stale one is refused)."""

    NONE = "none"
    OPTIONAL = "optional"
    REQUIRED = "required"


@dataclass(frozen=True)
class Transition:
    action: str
    moves: Mapping[str, str]  # from-state → to-state; a step that stays puts the same state
    who: Who
    verb: str  # "A proposal that is draft cannot be <verb>."
    done: str  # what the page tells the person who took the step
    reason: Reason = Reason.NONE
    reason_missing: str = ""  # the refusal when a required reason is blank
    version: Version = Version.NONE
    may: str = ""  # "Only … may <may>." where the refusal names the step
    notice: Callable | None = None  # (proposal, actor) → None, sent after the move
    # What the move writes besides the state.
    reason_field: str = ""
    stamp: str = ""  # a datetime field set to now
    clears_sign_offs: bool = False
    signs: bool = False  # the acting admin's side agrees to this version; the state stays
    needs_ready: bool = False  # both sides signed off and nothing missing for review
    reports_outcomes: bool = False  # takes a result for each metric and a summary

    @property
    def from_states(self) -> frozenset[str]:
        return frozenset(self.moves)

    @property
    def url_name(self) -> str:
        return self.action.replace("_", "-")

    @property
    def label(self) -> str:
        return self.action.replace("_", " ")

    @property
    def staff_only(self) -> bool:
        return self.who is Who.STAFF


def _to(target: str, *sources: str) -> dict[str, str]:
    return dict.fromkeys(sources, target)


# Where the text can still change: edited, signed off and submitted.
EDITABLE = (P.DRAFT, P.CHANGES_REQUESTED)
UNDER_REVIEW = (P.SUBMITTED, P.RESUBMITTED)
ABANDONABLE = (*EDITABLE, *UNDER_REVIEW, P.APPROVED, P.IN_PILOT)

_TRANSITIONS = (
    Transition(
        "sign_off",
        moves={state: state for state in EDITABLE},
        who=Who.PARTY_ADMIN,
        verb="signed off",
        done="Signed off for your organisation.",
        version=Version.REQUIRED,
        signs=True,
    ),
    Transition(
        "submit",
        moves={P.DRAFT: P.SUBMITTED, P.CHANGES_REQUESTED: P.RESUBMITTED},
        who=Who.PARTY_MEMBER,
        verb="submitted",
        done="Submitted. Programme staff will review it.",
        version=Version.REQUIRED,
        notice=notices.proposal_submitted,
        stamp="submitted_at",
        needs_ready=True,
    ),
    Transition(
        "request_changes",
        moves=_to(P.CHANGES_REQUESTED, *UNDER_REVIEW),
        who=Who.STAFF,
        verb="sent back for changes",
        done="Sent back with your requested changes.",
        reason=Reason.REQUIRED,
        reason_missing="Say what needs to change.",
        version=Version.OPTIONAL,
        may="request changes",
        notice=notices.proposal_changes_requested,
        reason_field="decision_reason",
        clears_sign_offs=True,
    ),
    Transition(
        "approve",
        moves=_to(P.APPROVED, *UNDER_REVIEW),
        who=Who.STAFF,
        verb="approved",
        done="Approved.",
        reason=Reason.OPTIONAL,
        version=Version.OPTIONAL,
        may="approve proposals",
        notice=notices.proposal_decided,
        reason_field="decision_reason",
        stamp="decided_at",
    ),
    Transition(
        "decline",
        moves=_to(P.DECLINED, *UNDER_REVIEW),
        who=Who.STAFF,
        verb="declined",
        done="Declined.",
        reason=Reason.REQUIRED,
        reason_missing="Say why the proposal is declined.",
        version=Version.OPTIONAL,
        may="decline proposals",
        notice=notices.proposal_decided,
        reason_field="decision_reason",
        stamp="decided_at",
    ),
    Transition(
        "start",
        moves=_to(P.IN_PILOT, P.APPROVED),
        who=Who.PROVIDER_ADMIN_OR_STAFF,
        verb="started",
        done="The pilot is under way.",
        may="start the pilot",
    ),
    Transition(
        "complete",
        moves=_to(P.COMPLETED, P.IN_PILOT),
        who=Who.PROVIDER_ADMIN_OR_STAFF,
        verb="completed",
        done="Pilot completed. Thank you for reporting the outcomes.",
        may="complete the pilot",
        reports_outcomes=True,
    ),
    Transition(
        "abandon",
        moves=_to(P.ABANDONED, *ABANDONABLE),
        who=Who.PARTY_ADMIN_OR_STAFF,
        verb="abandoned",
        done="Abandoned.",
        reason=Reason.REQUIRED,
        reason_missing="Say why the pilot is abandoned.",
        reason_field="abandoned_reason",
    ),
)
TRANSITIONS: dict[str, Transition] = {t.action: t for t in _TRANSITIONS}
# A proposal starts as a draft when the invited side accepts an interest.
INITIAL = P.DRAFT


# -- expressions of interest ------------------------------------------------------------------


@dataclass(frozen=True)
class InterestTransition:
    action: str
    to_state: str
    who: Who
    done: str
    from_states: frozenset[str] = field(default=frozenset({I.OPEN}))
    reason: Reason = Reason.OPTIONAL
    starts_proposal: bool = False
    # (interest, acting=organisation) → None: tells the other side what `acting` did.
    notice: Callable = notices.interest_answered

    @property
    def label(self) -> str:
        return self.action


_INTEREST_TRANSITIONS = (
    InterestTransition(
        "accept",
        I.ACCEPTED,
        Who.INVITED_MEMBER,
        "Accepted. Write the pilot proposal together.",
        starts_proposal=True,
    ),
    InterestTransition("decline", I.DECLINED, Who.INVITED_MEMBER, "Declined. They have been told."),
    InterestTransition("withdraw", I.WITHDRAWN, Who.PARTY_MEMBER, "Withdrawn."),
)
INTEREST_TRANSITIONS: dict[str, InterestTransition] = {t.action: t for t in _INTEREST_TRANSITIONS}
# A supplier expresses interest, a provider invites, or staff pair them in a cohort.
INTEREST_INITIAL = I.OPEN
