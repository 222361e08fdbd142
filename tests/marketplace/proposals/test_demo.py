from io import StringIO

import pytest
from django.core.management import call_command

from marketplace.proposals.models import (
    ExpressionOfInterest,
    InterestStatus,
    PilotProposal,
    ProposalStatus,
)

pytestmark = pytest.mark.django_db


def test_the_demo_has_interests_and_proposals_at_every_stage():
    call_command("seed_demo", stdout=StringIO())

    interest_states = set(ExpressionOfInterest.objects.values_list("status", flat=True))
    proposal_states = set(PilotProposal.objects.values_list("status", flat=True))
    assert interest_states == set(InterestStatus.values)
    assert proposal_states == set(ProposalStatus.values)
    completed = PilotProposal.objects.get(status=ProposalStatus.COMPLETED)
    assert [m.outcome for m in completed.metrics.all()] == ["11", "7.9/10"]


def test_seeding_the_demo_twice_adds_no_second_pairing():
    call_command("seed_demo", stdout=StringIO())
    first = (ExpressionOfInterest.objects.count(), PilotProposal.objects.count())

    call_command("seed_demo", stdout=StringIO())

    assert (ExpressionOfInterest.objects.count(), PilotProposal.objects.count()) == first
    assert first == (13, 9)
