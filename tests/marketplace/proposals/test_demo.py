import pytest

from marketplace.proposals.models import (
    ExpressionOfInterest,
    InterestStatus,
    PilotProposal,
    ProposalStatus,
)
from tests.marketplace.core.test_admin_health_seed import seed

pytestmark = pytest.mark.django_db


def test_the_demo_has_interests_and_proposals_at_every_stage():
    seed()

    interest_states = set(ExpressionOfInterest.objects.values_list("status", flat=True))
    proposal_states = set(PilotProposal.objects.values_list("status", flat=True))
    assert interest_states == set(InterestStatus.values)
    assert proposal_states == set(ProposalStatus.values)
    completed = PilotProposal.objects.get(status=ProposalStatus.COMPLETED)
    assert [m.outcome for m in completed.metrics.all()] == ["11", "7.9/10"]


def test_seeding_the_demo_twice_adds_no_second_pairing():
    seed()
    first = (ExpressionOfInterest.objects.count(), PilotProposal.objects.count())

    seed()

    assert (ExpressionOfInterest.objects.count(), PilotProposal.objects.count()) == first
    assert first == (13, 9)
