"""Staff confirming a cohort while another confirms it or decides a pairing: no deadlock."""

import pytest
from django.db import connection

from marketplace.cohorts import services
from marketplace.cohorts.models import Pairing, PairingState
from marketplace.proposals.models import ExpressionOfInterest
from tests.conftest import make_user
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory
from tests.marketplace.organisations.test_concurrent_memberships import at_once

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs row locks across connections (PostgreSQL; CI runs it there)",
    ),
]


@pytest.fixture
def picked(staff_user, provider, supplier) -> list[Pairing]:
    cohort = services.cohort_create(user=staff_user, name="Damp 2027", max_pilots_per_supplier=3)
    challenges = [ChallengeFactory(organisation=provider, status="published") for _ in range(3)]
    solution = SolutionFactory(organisation=supplier, status="published")
    return [
        Pairing.objects.create(
            cohort=cohort, challenge=c, solution=solution, score=0.8, state=PairingState.SUGGESTED
        )
        for c in challenges
    ]


def test_two_staff_confirming_at_once_send_each_invitation_once(picked, staff_user):
    other = make_user("staff2@launchpad.example", is_staff=True)
    cohort = picked[0].cohort

    outcomes = at_once(
        lambda: services.cohort_confirm(user=staff_user, cohort=cohort),
        lambda: services.cohort_confirm(user=other, cohort=cohort),
    )

    assert sorted(o.split(":")[0] for o in outcomes) == ["done", "refused"], outcomes
    assert ExpressionOfInterest.objects.count() == 3


def test_confirming_while_removing_a_pairing_is_one_or_the_other(picked, staff_user):
    other = make_user("staff2@launchpad.example", is_staff=True)
    cohort, removed = picked[0].cohort, picked[-1]

    outcomes = at_once(
        lambda: services.cohort_confirm(user=staff_user, cohort=cohort),
        lambda: services.pairing_decide(user=other, pairing=removed, state=PairingState.REMOVED),
    )

    assert "error" not in " ".join(o.split(":")[0] for o in outcomes), outcomes
    removed.refresh_from_db()
    invited = ExpressionOfInterest.objects.count()
    assert (removed.state, invited) in [(PairingState.REMOVED, 2), (PairingState.CONFIRMED, 3)]
