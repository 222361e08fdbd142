"""The cohort's state-machine tables are the one source: the docs and the states agree."""

from marketplace.cohorts.diagram import docs_page, docs_path
from marketplace.cohorts.models import EntryStatus, PairingState
from marketplace.cohorts.transitions import (
    DECISIONS,
    NEW,
    PAIRING_TRANSITIONS,
    PLACE_TRANSITIONS,
    SCORED,
    decision_to,
)


def test_committed_diagram_matches_the_tables():
    # Out of date? Run `manage.py proposal_diagram` and commit docs/cohorts.md.
    assert docs_path().read_text() == docs_page()


def _named(steps) -> set[str]:
    named = set()
    for step in steps.values():
        named |= set(step.moves) | set(step.moves.values())
        named |= set((step.free_moves or {}).values())
    return named


def test_every_move_names_real_states():
    assert _named(PLACE_TRANSITIONS) <= {NEW, *EntryStatus.values}
    assert _named(PAIRING_TRANSITIONS) == {NEW, SCORED, *PairingState.values}


def test_a_free_place_moves_from_the_same_states_as_a_paid_one():
    for step in PLACE_TRANSITIONS.values():
        if step.free_moves is not None:
            assert set(step.free_moves) == set(step.moves)


def test_every_decision_leaves_the_same_states_and_only_a_confirmed_pairing_stays():
    froms = {PAIRING_TRANSITIONS[action].from_states for action in DECISIONS}
    assert froms == {frozenset(set(PairingState.values) - {PairingState.CONFIRMED} | {SCORED})}
    assert decision_to(PairingState.PINNED) is PAIRING_TRANSITIONS["pin"]
    assert decision_to(SCORED) is PAIRING_TRANSITIONS["reset"]
    assert decision_to(PairingState.CONFIRMED) is None
