"""The state-machine tables are the one source: the docs, the routes and the states agree."""

from django.urls import reverse

from marketplace.api import proposal_views as api_views
from marketplace.proposals.diagram import docs_page, docs_path
from marketplace.proposals.models import InterestStatus, ProposalStatus
from marketplace.proposals.transitions import (
    INITIAL,
    INTEREST_TRANSITIONS,
    TRANSITIONS,
)


def test_committed_diagram_matches_the_tables():
    # Out of date? Run `manage.py proposal_diagram` and commit docs/proposals.md.
    assert docs_path().read_text() == docs_page()


def test_every_proposal_state_is_reached_and_every_move_names_real_states():
    targets = {target for step in TRANSITIONS.values() for target in step.moves.values()}
    reached = {INITIAL} | targets
    named = {state for step in TRANSITIONS.values() for state in step.moves} | reached

    assert reached == set(ProposalStatus.values)
    assert named <= set(ProposalStatus.values)


def test_every_interest_answer_leaves_open_for_a_real_state():
    for step in INTEREST_TRANSITIONS.values():
        assert step.from_states == {InterestStatus.OPEN}
        assert step.to_state in InterestStatus.values


def test_the_api_routes_one_action_per_step(db):
    assert sorted(api_views.PROPOSAL_ACTION_VIEWS) == sorted(
        step.url_name for step in TRANSITIONS.values()
    )
    for step in TRANSITIONS.values():
        assert reverse(f"api:proposal-{step.url_name}", args=[1]) == (
            f"/api/v1/proposals/1/{step.url_name}/"
        )
        assert reverse(f"frontend:proposal_{step.action}", args=[1]) == (
            f"/proposals/1/{step.url_name}/"
        )
    for action in INTEREST_TRANSITIONS:
        assert reverse(f"api:interest-{action}", args=[1]) == f"/api/v1/interests/1/{action}/"
        assert reverse(f"frontend:interest_{action}", args=[1]) == f"/interests/1/{action}/"
