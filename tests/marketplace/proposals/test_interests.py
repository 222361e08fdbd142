"""Expressions of interest: who may open one, who may answer it, and what accepting starts."""

import pytest

from marketplace.catalogue.models import Status, Visibility
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.models import AuditEntry
from marketplace.notifications.models import Notification
from marketplace.proposals import services
from marketplace.proposals.errors import TransitionRefused
from marketplace.proposals.models import (
    ExpressionOfInterest,
    InterestDirection,
    InterestStatus,
    PilotProposal,
    ProposalStatus,
)
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory
from tests.marketplace.proposals.support import published_pair

pytestmark = pytest.mark.django_db

PITCH = "Our sensors found damp five weeks earlier in Leeds."


def everything() -> dict:
    """All that an interest action could write, to show that a refused one wrote nothing."""
    return {
        "interests": list(ExpressionOfInterest.objects.order_by("pk").values()),
        "proposals": list(PilotProposal.objects.order_by("pk").values()),
        "audit": AuditEntry.objects.count(),
        "notifications": Notification.objects.count(),
    }


def express(user, challenge, solution, pitch=PITCH):
    return services.interest_express(user=user, challenge=challenge, solution=solution, pitch=pitch)


def invite(user, challenge, solution, pitch=PITCH):
    return services.interest_invite(user=user, challenge=challenge, solution=solution, pitch=pitch)


def answer(action: str, user, interest, reason: str = ""):
    return getattr(services, f"interest_{action}")(user=user, interest=interest, reason=reason)


# Opening one


def test_supplier_member_expresses_interest_in_a_published_challenge(
    provider, supplier, supplier_member
):
    challenge, solution = published_pair(provider, supplier)

    interest = express(supplier_member, challenge, solution, pitch=f"  {PITCH}\n")

    interest.refresh_from_db()
    assert (interest.challenge, interest.solution) == (challenge, solution)
    assert interest.direction == InterestDirection.SUPPLIER_INTEREST
    assert interest.status == InterestStatus.OPEN
    assert interest.pitch == PITCH
    assert interest.created_by == supplier_member
    assert (interest.from_organisation, interest.to_organisation) == (supplier, provider)
    assert (interest.answered_by, interest.answered_at, interest.answer_reason) == (None, None, "")
    audit = AuditEntry.objects.get()
    assert (audit.action, audit.actor, audit.organisation) == (
        "interest.supplier_interest",
        supplier_member,
        supplier,
    )


def test_provider_member_invites_a_published_solution(provider, supplier, provider_member):
    challenge, solution = published_pair(provider, supplier)

    interest = invite(provider_member, challenge, solution)

    interest.refresh_from_db()
    assert (interest.challenge, interest.solution) == (challenge, solution)
    assert interest.direction == InterestDirection.PROVIDER_INVITATION
    assert interest.status == InterestStatus.OPEN
    assert interest.created_by == provider_member
    assert (interest.from_organisation, interest.to_organisation) == (provider, supplier)
    audit = AuditEntry.objects.get()
    assert (audit.action, audit.actor, audit.organisation) == (
        "interest.provider_invitation",
        provider_member,
        provider,
    )


# (how, who) -> refused: only members of the solution's supplier express, of the challenge's
# provider invite.
OPEN_REFUSED = [
    ("express", "provider_member"),
    ("express", "provider_admin"),
    ("express", "other_supplier_admin"),
    ("express", "outsider"),
    ("express", "staff_user"),
    ("invite", "supplier_member"),
    ("invite", "supplier_admin"),
    ("invite", "other_provider_admin"),
    ("invite", "outsider"),
    ("invite", "staff_user"),
]


@pytest.mark.parametrize(("how", "who"), OPEN_REFUSED, ids=[f"{w}-{h}" for h, w in OPEN_REFUSED])
def test_opening_an_interest_from_the_wrong_organisation_is_not_allowed_and_creates_nothing(
    request, provider, supplier, how, who
):
    challenge, solution = published_pair(provider, supplier)
    user = request.getfixturevalue(who)
    before = everything()

    with pytest.raises(NotAllowed):
        {"express": express, "invite": invite}[how](user, challenge, solution)

    assert everything() == before


UNPUBLISHED = [Status.DRAFT, Status.SUBMITTED, Status.CLOSED, Status.ARCHIVED]


@pytest.mark.parametrize("status", UNPUBLISHED)
@pytest.mark.parametrize(
    ("how", "who", "unpublished"),
    [
        ("express", "supplier_member", "challenge"),
        ("express", "supplier_member", "solution"),
        ("invite", "provider_member", "challenge"),
        ("invite", "provider_member", "solution"),
    ],
)
def test_an_unpublished_challenge_or_solution_cannot_be_paired(
    request, provider, supplier, how, who, unpublished, status
):
    challenge, solution = published_pair(provider, supplier)
    entry = {"challenge": challenge, "solution": solution}[unpublished]
    type(entry).objects.filter(pk=entry.pk).update(status=status)
    entry.refresh_from_db()
    before = everything()

    with pytest.raises(DomainError) as error:
        {"express": express, "invite": invite}[how](
            request.getfixturevalue(who), challenge, solution
        )

    assert error.value.code == "invalid"
    assert error.value.message == (f"“{entry.title}” is not published, so it cannot be paired yet.")
    assert everything() == before


def test_supplier_cannot_express_interest_in_a_challenge_it_cannot_see(
    provider, supplier, supplier_member
):
    challenge = ChallengeFactory(
        organisation=provider, status=Status.PUBLISHED, visibility=Visibility.COHORT
    )
    solution = SolutionFactory(organisation=supplier, status=Status.PUBLISHED)
    before = everything()

    with pytest.raises(NotAllowed) as error:
        express(supplier_member, challenge, solution)

    assert error.value.message == "You cannot see that entry."
    assert everything() == before


def test_provider_cannot_invite_a_solution_it_cannot_see(provider, supplier, provider_member):
    challenge = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)
    solution = SolutionFactory(
        organisation=supplier, status=Status.PUBLISHED, visibility=Visibility.COHORT
    )
    before = everything()

    with pytest.raises(NotAllowed) as error:
        invite(provider_member, challenge, solution)

    assert error.value.message == "You cannot see that entry."
    assert everything() == before


# One open interest per pair


@pytest.mark.parametrize(
    ("second_how", "second_who"),
    [("express", "supplier_member"), ("express", "supplier_admin"), ("invite", "provider_member")],
)
def test_a_second_open_interest_for_the_same_pair_is_a_duplicate(
    request, provider, supplier, supplier_member, second_how, second_who
):
    challenge, solution = published_pair(provider, supplier)
    first = express(supplier_member, challenge, solution)
    before = everything()

    with pytest.raises(DomainError) as error:
        {"express": express, "invite": invite}[second_how](
            request.getfixturevalue(second_who), challenge, solution, pitch="Again."
        )

    assert error.value.code == "duplicate"
    assert error.value.message == (
        "There is already an open expression of interest for this challenge and solution."
    )
    assert everything() == before
    assert list(ExpressionOfInterest.objects.values_list("pk", flat=True)) == [first.pk]


def test_the_same_solution_may_be_offered_to_another_challenge_while_one_is_open(
    provider, supplier, supplier_member
):
    challenge, solution = published_pair(provider, supplier)
    second_challenge = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)
    express(supplier_member, challenge, solution)

    express(supplier_member, second_challenge, solution)

    assert ExpressionOfInterest.objects.filter(status=InterestStatus.OPEN).count() == 2


@pytest.mark.parametrize(
    ("action", "who"),
    [("decline", "provider_member"), ("withdraw", "supplier_member"),
     ("withdraw", "provider_member")],
)  # fmt: skip
def test_a_new_interest_may_be_opened_after_the_last_was_declined_or_withdrawn(
    request, provider, supplier, supplier_member, action, who
):
    challenge, solution = published_pair(provider, supplier)
    first = express(supplier_member, challenge, solution)
    answer(action, request.getfixturevalue(who), first, reason="Not this year.")

    second = express(supplier_member, challenge, solution, pitch="Budget is back.")

    assert second.pk != first.pk
    assert list(
        ExpressionOfInterest.objects.order_by("pk").values_list("pk", "status")
    ) == [(first.pk, {"decline": "declined", "withdraw": "withdrawn"}[action]),
          (second.pk, "open")]  # fmt: skip


@pytest.mark.parametrize(("how", "who"), [("express", "supplier_member"),
                                          ("invite", "provider_member")])  # fmt: skip
def test_no_new_interest_once_the_pair_has_an_accepted_one(
    request, provider, supplier, supplier_member, provider_member, how, who
):
    challenge, solution = published_pair(provider, supplier)
    first = express(supplier_member, challenge, solution)
    services.interest_accept(user=provider_member, interest=first)
    before = everything()

    with pytest.raises(DomainError) as error:
        {"express": express, "invite": invite}[how](
            request.getfixturevalue(who), challenge, solution
        )

    assert error.value.code == "duplicate"
    assert error.value.message == "These two are already working on a pilot proposal together."
    assert everything() == before


# Accepting


def test_accepting_starts_a_draft_proposal_pre_filled_from_the_challenge_and_solution(
    provider, supplier, supplier_member, provider_member
):
    challenge, solution = published_pair(provider, supplier)
    interest = express(supplier_member, challenge, solution)

    proposal = services.interest_accept(user=provider_member, interest=interest)

    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED
    assert interest.answered_by == provider_member
    assert interest.answered_at is not None
    proposal = PilotProposal.objects.get()
    assert proposal.interest == interest
    assert (proposal.challenge, proposal.solution) == (challenge, solution)
    assert (proposal.provider, proposal.supplier) == (provider, supplier)
    assert proposal.status == ProposalStatus.DRAFT
    assert proposal.version == 1
    assert proposal.created_by == provider_member
    assert proposal.title == "Humidity sensors for damp and mould for Tyne Homes"
    assert proposal.problem == "Reports arrive weeks after condensation starts."
    assert proposal.outcomes == "Half the reports, found a month earlier."
    assert proposal.solution_summary == "Battery sensors in every room report humidity hourly."
    assert proposal.scope_homes == 400
    # £25 per home per year for the 400 homes the challenge affects.
    assert proposal.indicative_cost_pence == 2_500 * 400
    assert (proposal.provider_signed_off_at, proposal.supplier_signed_off_at) == (None, None)
    assert [(t.from_status, t.to_status, t.actor) for t in proposal.transitions.all()] == [
        ("", "draft", provider_member)
    ]


def test_an_accepted_invitation_is_answered_by_the_supplier(
    provider, supplier, provider_member, supplier_member
):
    challenge, solution = published_pair(provider, supplier)
    interest = invite(provider_member, challenge, solution)

    proposal = services.interest_accept(user=supplier_member, interest=interest)

    interest.refresh_from_db()
    assert (interest.status, interest.answered_by) == (InterestStatus.ACCEPTED, supplier_member)
    assert (proposal.created_by, proposal.provider, proposal.supplier) == (
        supplier_member,
        provider,
        supplier,
    )


def test_a_flat_price_is_copied_as_the_indicative_cost(provider, supplier, supplier_member,
                                                       provider_member):  # fmt: skip
    challenge = ChallengeFactory(organisation=provider, status=Status.PUBLISHED, homes_affected=400)
    solution = SolutionFactory(organisation=supplier, status=Status.PUBLISHED,
                               pricing_model="licence", indicative_price_pence=900_000)  # fmt: skip
    interest = express(supplier_member, challenge, solution)

    proposal = services.interest_accept(user=provider_member, interest=interest)

    assert proposal.indicative_cost_pence == 900_000


@pytest.mark.parametrize("pricing_model", ["per_home_per_year", "one_off_per_home"])
def test_a_per_home_price_is_costed_over_the_homes_in_the_pilot(
    provider, supplier, supplier_member, provider_member, pricing_model
):
    challenge = ChallengeFactory(
        organisation=provider, status=Status.PUBLISHED, homes_affected=6_200, pilot_homes=150
    )
    solution = SolutionFactory(
        organisation=supplier, status=Status.PUBLISHED, pricing_model=pricing_model,
        indicative_price_pence=2_800,
    )  # fmt: skip
    interest = express(supplier_member, challenge, solution)

    proposal = services.interest_accept(user=provider_member, interest=interest)

    assert (proposal.scope_homes, proposal.indicative_cost_pence) == (150, 420_000)


def test_a_per_home_price_without_a_home_count_leaves_the_cost_empty(
    provider, supplier, supplier_member, provider_member
):
    challenge = ChallengeFactory(
        organisation=provider, status=Status.PUBLISHED, homes_affected=None
    )
    solution = SolutionFactory(organisation=supplier, status=Status.PUBLISHED)
    interest = express(supplier_member, challenge, solution)

    proposal = services.interest_accept(user=provider_member, interest=interest)

    assert (proposal.scope_homes, proposal.indicative_cost_pence) == (None, None)


# Declining and withdrawing


def test_the_invited_side_declines_with_a_reason(
    provider, supplier, supplier_member, provider_member
):
    challenge, solution = published_pair(provider, supplier)
    interest = express(supplier_member, challenge, solution)

    services.interest_decline(
        user=provider_member, interest=interest, reason="  We chose another supplier. "
    )

    interest.refresh_from_db()
    assert interest.status == InterestStatus.DECLINED
    assert interest.answer_reason == "We chose another supplier."
    assert interest.answered_by == provider_member
    assert interest.answered_at is not None
    assert PilotProposal.objects.count() == 0
    audit = AuditEntry.objects.get(action="interest.declined")
    assert (audit.actor, audit.organisation, audit.reason) == (
        provider_member,
        provider,
        "We chose another supplier.",
    )


@pytest.mark.parametrize(
    ("who", "organisation"), [("supplier_member", "supplier"), ("provider_member", "provider")]
)
def test_either_side_may_withdraw_an_open_interest(
    request, provider, supplier, supplier_member, who, organisation
):
    challenge, solution = published_pair(provider, supplier)
    interest = express(supplier_member, challenge, solution)
    user = request.getfixturevalue(who)

    services.interest_withdraw(user=user, interest=interest, reason="Budget cut.")

    interest.refresh_from_db()
    assert interest.status == InterestStatus.WITHDRAWN
    assert (interest.answered_by, interest.answer_reason) == (user, "Budget cut.")
    assert PilotProposal.objects.count() == 0
    audit = AuditEntry.objects.get(action="interest.withdrawn")
    assert (audit.actor, audit.organisation) == (user, request.getfixturevalue(organisation))


# (direction, action, who) -> NotAllowed. Only the invited side answers; only the two sides
# withdraw. The initiating side cannot accept or decline its own interest.
ANSWER_REFUSED = [
    ("express", "accept", "supplier_member"),
    ("express", "accept", "supplier_admin"),
    ("express", "decline", "supplier_member"),
    ("express", "accept", "other_provider_admin"),
    ("express", "accept", "outsider"),
    ("express", "accept", "staff_user"),
    ("express", "decline", "other_provider_admin"),
    ("express", "withdraw", "other_provider_admin"),
    ("express", "withdraw", "other_supplier_admin"),
    ("express", "withdraw", "outsider"),
    ("express", "withdraw", "staff_user"),
    ("invite", "accept", "provider_member"),
    ("invite", "accept", "provider_admin"),
    ("invite", "decline", "provider_member"),
    ("invite", "accept", "other_supplier_admin"),
    ("invite", "decline", "outsider"),
]


@pytest.mark.parametrize(
    ("how", "action", "who"), ANSWER_REFUSED, ids=[f"{w}-{a}-{h}" for h, a, w in ANSWER_REFUSED]
)
def test_answering_from_the_wrong_side_is_not_allowed_and_changes_nothing(
    request, provider, supplier, supplier_member, provider_member, how, action, who
):
    challenge, solution = published_pair(provider, supplier)
    interest = (
        express(supplier_member, challenge, solution)
        if how == "express"
        else invite(provider_member, challenge, solution)
    )
    before = everything()

    with pytest.raises(NotAllowed):
        answer(action, request.getfixturevalue(who), interest, reason="No.")

    assert everything() == before


# (how it was closed, by whom) x (what is tried next, by whom) -> TransitionRefused
CLOSED_BY = [("accept", "provider_member"), ("decline", "provider_member"),
             ("withdraw", "supplier_member")]  # fmt: skip
THEN = [("accept", "provider_admin"), ("decline", "provider_admin"),
        ("withdraw", "supplier_admin"), ("withdraw", "provider_admin")]  # fmt: skip


@pytest.mark.parametrize(("then", "then_who"), THEN)
@pytest.mark.parametrize(("closed", "closed_who"), CLOSED_BY)
def test_answering_an_interest_that_is_no_longer_open_is_refused(
    request, provider, supplier, supplier_member, closed, closed_who, then, then_who
):
    challenge, solution = published_pair(provider, supplier)
    interest = express(supplier_member, challenge, solution)
    answer(closed, request.getfixturevalue(closed_who), interest, reason="First answer.")
    before = everything()

    with pytest.raises(TransitionRefused) as error:
        answer(then, request.getfixturevalue(then_who), interest, reason="Second answer.")

    status = {"accept": "accepted", "decline": "declined", "withdraw": "withdrawn"}[closed]
    assert error.value.code == "invalid_state"
    assert error.value.message == f"This expression of interest is already {status}."
    assert everything() == before
