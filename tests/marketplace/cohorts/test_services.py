"""Cohort matchmaking with the real matcher: score, optimise around staff choices, confirm."""

import pytest
from django.core import mail

from marketplace.billing.models import Payment
from marketplace.cohorts import services
from marketplace.cohorts.models import Cohort, EntryStatus, PairingState
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.proposals.models import ExpressionOfInterest, InterestDirection
from tests.marketplace.catalogue.test_matches import (
    damp_challenge,
    indexed,
    payroll_solution,
    sensor_solution,
)
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    with fresh_index(settings, tmp_path) as directory:
        yield directory


@pytest.fixture
def cohort(staff_user):
    return services.cohort_create(
        user=staff_user,
        name="Damp 2027",
        max_pilots_per_supplier=1,
        max_suppliers_per_challenge=2,
        # A catalogue of one or two solutions: no score stands out from so few
        # (docs/benchmarks.md), so these tests, about the cohort's steps, take every pairing.
        min_pairing_score=0.0,
    )


def taking_part(staff_user, cohort, challenges, suppliers):
    for challenge in challenges:
        services.cohort_add_challenge(user=staff_user, cohort=cohort, challenge=challenge)
    for supplier in suppliers:
        place = services.cohort_invite_supplier(
            user=staff_user, cohort=cohort, organisation=supplier
        )
        services.cohort_accept_supplier(user=staff_user, place=place)


def test_only_staff_create_cohorts(provider_admin):
    with pytest.raises(NotAllowed):
        services.cohort_create(user=provider_admin, name="Mine")

    assert Cohort.objects.count() == 0


def test_score_then_optimise_pairs_the_damp_challenge_with_the_sensor(
    staff_user, cohort, provider, supplier, other_supplier
):
    challenge, sensor, _payroll = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(other_supplier)
    )
    taking_part(staff_user, cohort, [challenge], [supplier, other_supplier])
    # Against two solutions the right one still scores low, but far above the wrong one.
    type(cohort).objects.filter(pk=cohort.pk).update(min_pairing_score=0.01)
    cohort.refresh_from_db()

    scored = services.cohort_score(user=staff_user, cohort=cohort)
    run = services.cohort_optimise(user=staff_user, cohort=cohort)

    assert scored == 2
    suggested = cohort.pairings.filter(state=PairingState.SUGGESTED)
    assert [p.solution_id for p in suggested] == [sensor.pk]
    assert run.suggested == 1
    assert run.total == pytest.approx(suggested.get().score)


def test_a_removed_pairing_is_never_suggested_again_and_a_pinned_one_stays(
    staff_user, cohort, provider, supplier, other_supplier
):
    challenge, sensor, payroll = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(other_supplier)
    )
    taking_part(staff_user, cohort, [challenge], [supplier, other_supplier])
    services.cohort_score(user=staff_user, cohort=cohort)
    by_solution = {p.solution_id: p for p in cohort.pairings.all()}

    services.pairing_decide(user=staff_user, pairing=by_solution[sensor.pk], state="removed")
    services.pairing_add(user=staff_user, cohort=cohort, challenge=challenge, solution=payroll)
    services.cohort_optimise(user=staff_user, cohort=cohort)

    states = dict(cohort.pairings.values_list("solution_id", "state"))
    assert states == {sensor.pk: PairingState.REMOVED, payroll.pk: PairingState.PINNED}


def test_confirming_sends_a_programme_invitation_to_both_sides(
    django_capture_on_commit_callbacks,
    staff_user,
    cohort,
    provider,
    supplier,
    provider_member,
    supplier_member,
):
    challenge, sensor = indexed(damp_challenge(provider), sensor_solution(supplier))
    taking_part(staff_user, cohort, [challenge], [supplier])
    services.cohort_score(user=staff_user, cohort=cohort)
    services.cohort_optimise(user=staff_user, cohort=cohort)

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = services.cohort_confirm(user=staff_user, cohort=cohort)

    interest = ExpressionOfInterest.objects.get()
    assert confirmed == 1
    assert interest.direction == InterestDirection.PROGRAMME_PAIRING
    assert (interest.challenge, interest.solution) == (challenge, sensor)
    assert cohort.pairings.get().interest == interest
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [provider_member.email, supplier_member.email]
    )
    with pytest.raises(DomainError, match="confirmed"):
        services.pairing_decide(user=staff_user, pairing=cohort.pairings.get(), state="removed")


def test_pins_beyond_a_suppliers_capacity_are_refused_by_name(
    staff_user, cohort, provider, supplier
):
    first, second, sensor = indexed(
        damp_challenge(provider),
        damp_challenge(provider),
        sensor_solution(supplier),
    )
    taking_part(staff_user, cohort, [first, second], [supplier])
    for challenge in (first, second):
        services.pairing_add(user=staff_user, cohort=cohort, challenge=challenge, solution=sensor)

    with pytest.raises(DomainError, match="Damp Sense has 2 pinned pilots; the cohort allows 1"):
        services.cohort_optimise(user=staff_user, cohort=cohort)


def test_a_free_cohort_confirms_an_accepted_supplier_at_once_a_paid_one_waits(
    staff_user, cohort, supplier
):
    place = services.cohort_invite_supplier(user=staff_user, cohort=cohort, organisation=supplier)
    assert services.cohort_accept_supplier(user=staff_user, place=place).status == (
        EntryStatus.CONFIRMED
    )
    paid = services.cohort_create(user=staff_user, name="Paid 2027", fee_pence=50_000)
    place = services.cohort_invite_supplier(user=staff_user, cohort=paid, organisation=supplier)

    assert services.cohort_accept_supplier(user=staff_user, place=place).status == (
        EntryStatus.ACCEPTED
    )


def test_accepting_a_paid_place_again_is_refused_and_it_stays_confirmed(staff_user, supplier):
    paid = services.cohort_create(user=staff_user, name="Paid 2027", fee_pence=50_000)
    place = services.cohort_invite_supplier(user=staff_user, cohort=paid, organisation=supplier)
    services.cohort_accept_supplier(user=staff_user, place=place)
    payment = Payment.objects.create(
        organisation=supplier,
        place=place,
        description="Paid 2027 participation fee",
        amount_pence=50_000,
        idempotency_key="paid-2027-place",
    )
    services.cohort_place_paid(payment=payment)

    with pytest.raises(DomainError, match="already confirmed"):
        services.cohort_accept_supplier(user=staff_user, place=place)

    place.refresh_from_db()
    assert place.status == EntryStatus.CONFIRMED
