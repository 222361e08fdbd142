"""The cohort's state machines, as tables: supplier places and pairings.

Services check and move by them, and docs/cohorts.md draws them (`manage.py proposal_diagram`).
A cohort's stage has no table: staff set it freely, with its dates, on the cohort form.
Challenge entries share EntryStatus, but only staff adding or a provider applying set it.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from marketplace.cohorts.models import EntryStatus, PairingState
from marketplace.proposals import notices

E = EntryStatus
S = PairingState

# A place or a pairing that does not exist yet; a pairing that is scored but undecided.
NEW = "new"
SCORED = ""
# How the diagrams name a state that has no name of its own.
STATE_NAMES = {NEW: "new", SCORED: "scored"}


class Who(StrEnum):
    STAFF = "programme staff"
    SUPPLIER_ADMIN = "supplier admin"
    BILLING = "billing, on payment"


@dataclass(frozen=True)
class Transition:
    action: str
    moves: Mapping[str, str]  # from-state → to-state
    who: Who
    refusal: str = ""  # the DomainError when the state is not one of the from-states
    refusal_code: str = "invalid"
    audit: str = ""  # the audit action recorded on the moved row
    notice: Callable | None = None
    # A place taken up in a free cohort is confirmed at once; with a fee, on payment.
    free_moves: Mapping[str, str] | None = None

    @property
    def from_states(self) -> frozenset[str]:
        return frozenset(self.moves)

    def to_state(self, source: str, *, free: bool = False) -> str:
        if free and self.free_moves is not None:
            return self.free_moves[source]
        return self.moves[source]

    @property
    def label(self) -> str:
        return self.action.replace("_", " ")


def _to(target: str, *sources: str) -> dict[str, str]:
    return dict.fromkeys(sources, target)


# -- supplier places (CohortSupplier.status) --------------------------------------------------

TAKING_PART = (E.ACCEPTED, E.CONFIRMED)
NOT_TAKING_PART = (E.APPLIED, E.INVITED, E.DECLINED)

_NOT_CONFIRMED = [state for state in E.values if state != E.CONFIRMED]

_PLACE_TRANSITIONS = (
    Transition(
        "apply",
        moves=_to(E.APPLIED, NEW),
        who=Who.SUPPLIER_ADMIN,
        refusal="Already part of this cohort.",
        refusal_code="duplicate",
        audit="cohort.apply",
    ),
    Transition(
        "invite",
        moves=_to(E.INVITED, NEW, *NOT_TAKING_PART),
        who=Who.STAFF,
        refusal="{organisation} already has a place in {cohort}.",
        audit="cohort.supplier_invite",
    ),
    Transition(
        # Staff accept from any state but confirmed: accepting a paid place again would put it
        # back to waiting for a fee already paid.
        "accept",
        moves=_to(E.ACCEPTED, *_NOT_CONFIRMED),
        free_moves=_to(E.CONFIRMED, *_NOT_CONFIRMED),
        who=Who.STAFF,
        refusal="This supplier's place is already confirmed.",
        refusal_code="wrong_state",
        audit="cohort.supplier_accept",
    ),
    Transition(
        "accept_invitation",
        moves=_to(E.ACCEPTED, E.INVITED),
        free_moves=_to(E.CONFIRMED, E.INVITED),
        who=Who.SUPPLIER_ADMIN,
        refusal="There is no open invitation to accept.",
        refusal_code="wrong_state",
        audit="cohort.invitation_accept",
    ),
    Transition(
        # Every report of the payment arrives here: a confirmed place stays as it is, and one
        # in any other state is logged and left to staff.
        "pay",
        moves={E.ACCEPTED: E.CONFIRMED, E.CONFIRMED: E.CONFIRMED},
        who=Who.BILLING,
        audit="cohort.place_paid",
    ),
)
PLACE_TRANSITIONS: dict[str, Transition] = {t.action: t for t in _PLACE_TRANSITIONS}


# -- pairings (Pairing.state) -----------------------------------------------------------------

DECIDABLE = (SCORED, S.SUGGESTED, S.PINNED, S.REMOVED)
CONFIRMED_REFUSAL = "This pairing is confirmed: its invitation has gone out."

_PAIRING_TRANSITIONS = (
    Transition(
        # Scoring the cohort stores a pairing for each challenge's best solutions, undecided.
        "score",
        moves=_to(SCORED, NEW),
        who=Who.STAFF,
    ),
    Transition(
        "suggest",
        moves=_to(S.SUGGESTED, SCORED, S.SUGGESTED),
        who=Who.STAFF,
    ),
    Transition(
        # The optimiser's earlier suggestion it no longer picks.
        "unsuggest",
        moves=_to(SCORED, S.SUGGESTED),
        who=Who.STAFF,
    ),
    Transition(
        "add",
        moves=_to(S.PINNED, NEW),
        who=Who.STAFF,
    ),
    Transition(
        "pin",
        moves=_to(S.PINNED, *DECIDABLE),
        who=Who.STAFF,
        refusal=CONFIRMED_REFUSAL,
    ),
    Transition(
        "remove",
        moves=_to(S.REMOVED, *DECIDABLE),
        who=Who.STAFF,
        refusal=CONFIRMED_REFUSAL,
    ),
    Transition(
        "reset",
        moves=_to(SCORED, *DECIDABLE),
        who=Who.STAFF,
        refusal=CONFIRMED_REFUSAL,
    ),
    Transition(
        "confirm",
        moves=_to(S.CONFIRMED, S.SUGGESTED, S.PINNED),
        who=Who.STAFF,
        notice=notices.interest_opened,  # when no open interest pairs the two already
    ),
)
PAIRING_TRANSITIONS: dict[str, Transition] = {t.action: t for t in _PAIRING_TRANSITIONS}
# Staff decide one pairing at a time: the state each decision puts, by decision.
DECISIONS = ("pin", "remove", "reset")


def _decision_state(action: str) -> str:
    (target,) = set(PAIRING_TRANSITIONS[action].moves.values())
    return target


# The state each staff decision puts a pairing in, for the pages' and the API's routes.
DECISION_STATES = {action: _decision_state(action) for action in DECISIONS}


def decision_to(state: str) -> Transition | None:
    """The decision that puts `state`, or None when no decision puts it."""
    for action in DECISIONS:
        step = PAIRING_TRANSITIONS[action]
        if state in step.moves.values():
            return step
    return None
