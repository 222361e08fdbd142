"""Two programme staff approve the same proposal at the same moment: one approval, one refusal."""

import threading

import pytest
from django.db import connection, connections

from marketplace.proposals import services
from marketplace.proposals.errors import TransitionRefused
from marketplace.proposals.models import PilotProposal, ProposalStatus, ProposalTransition
from tests.conftest import make_user
from tests.frontend.test_proposal_pages import proposal_ready_to_submit

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs row locks across connections (PostgreSQL; CI runs it there)",
    ),
]


@pytest.fixture
def submitted(provider, supplier, provider_admin, supplier_admin) -> PilotProposal:
    proposal = proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin)
    for admin in (provider_admin, supplier_admin):
        proposal = services.proposal_sign_off(
            user=admin, proposal=proposal, version=proposal.version
        )
    return services.proposal_submit(
        user=provider_admin, proposal=proposal, version=proposal.version
    )


def test_only_one_of_two_simultaneous_approvals_happens(submitted):
    reviewers = [make_user(f"reviewer{n}@launchpad.example", is_staff=True) for n in (1, 2)]
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def approve(reviewer) -> None:
        try:
            start.wait()
            services.proposal_approve(user=reviewer, proposal=submitted, reason="Good plan.")
            outcomes[reviewer.email] = "approved"
        except TransitionRefused as exc:
            outcomes[reviewer.email] = exc.message
        finally:
            connections.close_all()

    threads = [threading.Thread(target=approve, args=(r,)) for r in reviewers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcomes.values()) == [
        "A proposal that is approved cannot be approved.",
        "approved",
    ]
    submitted.refresh_from_db()
    assert submitted.status == ProposalStatus.APPROVED
    approvals = ProposalTransition.objects.filter(
        proposal=submitted, to_status=ProposalStatus.APPROVED
    )
    assert approvals.count() == 1
