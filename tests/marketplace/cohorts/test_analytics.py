"""The staff dashboard's numbers, counted from objects made through the real services."""

import csv
import datetime
import io

import pytest

from marketplace.catalogue.models import Challenge, MatchFeedback, Status, Verdict
from marketplace.cohorts.analytics import (
    FunnelStep,
    StageTime,
    SupplierResponse,
    funnel,
    match_feedback_summary,
    supplier_response_rates,
    time_in_stage,
)
from marketplace.cohorts.models import Cohort, CohortChallenge, CohortSupplier, EntryStatus
from marketplace.core.spreadsheets import csv_response
from marketplace.organisations.models import OrganisationKind
from marketplace.proposals import services
from marketplace.proposals.models import (
    ExpressionOfInterest,
    InterestDirection,
    ProposalStatus,
    ProposalTransition,
)
from tests.conftest import make_organisation
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory
from tests.marketplace.proposals.support import COMPLETE

pytestmark = pytest.mark.django_db

P = ProposalStatus
T0 = datetime.datetime(2027, 1, 4, 9, 0, tzinfo=datetime.UTC)


def days(n: float) -> datetime.datetime:
    return T0 + datetime.timedelta(days=n)


def published_challenge(provider):
    return ChallengeFactory(organisation=provider, status=Status.PUBLISHED)


def published_solution(supplier):
    return SolutionFactory(organisation=supplier, status=Status.PUBLISHED)


def make_cohort(staff_user, name="Damp 2027"):
    return Cohort.objects.create(
        name=name, slug=name.lower().replace(" ", "-"), created_by=staff_user
    )


def enter(cohort, challenge, status=EntryStatus.ACCEPTED):
    return CohortChallenge.objects.create(cohort=cohort, challenge=challenge, status=status)


class Proposals:
    """Drives a proposal through the services, as the two organisations and staff would."""

    def __init__(self, provider_admin, supplier_admin, staff_user):
        self.provider_admin = provider_admin
        self.supplier_admin = supplier_admin
        self.staff_user = staff_user

    def draft(self, challenge, solution):
        interest = services.interest_express(
            user=self.supplier_admin, challenge=challenge, solution=solution, pitch="We fit."
        )
        proposal = services.interest_accept(user=self.provider_admin, interest=interest)
        return services.proposal_update(
            user=self.supplier_admin, proposal=proposal, version=proposal.version, **COMPLETE
        )

    def submit(self, proposal):
        for signer in (self.provider_admin, self.supplier_admin):
            proposal = services.proposal_sign_off(
                user=signer, proposal=proposal, version=proposal.version
            )
        return services.proposal_submit(
            user=self.provider_admin, proposal=proposal, version=proposal.version
        )

    def send_back(self, proposal):
        return services.proposal_request_changes(
            user=self.staff_user, proposal=proposal, reason="Add a resident survey."
        )

    def approve(self, proposal):
        return services.proposal_approve(user=self.staff_user, proposal=proposal)

    def start(self, proposal):
        return services.proposal_start(user=self.provider_admin, proposal=proposal)

    def complete(self, proposal):
        outcomes = {metric.pk: "12" for metric in proposal.metrics.all()}
        return services.proposal_complete(
            user=self.provider_admin, proposal=proposal, outcomes=outcomes, summary="Worked."
        )


@pytest.fixture
def proposals(provider_admin, supplier_admin, staff_user):
    return Proposals(provider_admin, supplier_admin, staff_user)


def stamp(proposal, *offsets_in_days):
    """Set the transitions' times, oldest first, to T0 plus each offset."""
    transitions = list(proposal.transitions.order_by("at", "id"))
    assert len(transitions) == len(offsets_in_days)
    for transition, offset in zip(transitions, offsets_in_days, strict=True):
        ProposalTransition.objects.filter(pk=transition.pk).update(at=days(offset))


def counts(steps):
    return {step.key: step.count for step in steps}


# -- funnel -----------------------------------------------------------------------------------


@pytest.fixture
def pipeline(provider, supplier, proposals):
    """One challenge stopped at each step of the funnel."""
    draft = ChallengeFactory(organisation=provider)
    idle = published_challenge(provider)
    dismissed = published_challenge(provider)
    shortlisted = published_challenge(provider)
    interested = published_challenge(provider)
    drafted = published_challenge(provider)
    approved = published_challenge(provider)
    completed = published_challenge(provider)

    for challenge, verdict in [
        (dismissed, Verdict.DISMISS),
        (shortlisted, Verdict.SHORTLIST),
        (interested, Verdict.SHORTLIST),
    ]:
        MatchFeedback.objects.create(
            challenge=challenge,
            solution=published_solution(supplier),
            organisation=provider,
            verdict=verdict,
        )
    services.interest_express(
        user=proposals.supplier_admin,
        challenge=interested,
        solution=published_solution(supplier),
        pitch="We fit.",
    )
    proposals.draft(drafted, published_solution(supplier))
    proposals.approve(proposals.submit(proposals.draft(approved, published_solution(supplier))))
    done = proposals.draft(completed, published_solution(supplier))
    proposals.complete(proposals.start(proposals.approve(proposals.submit(done))))
    return {
        "draft": draft,
        "idle": idle,
        "dismissed": dismissed,
        "shortlisted": shortlisted,
        "interested": interested,
        "drafted": drafted,
        "approved": approved,
        "completed": completed,
    }


def test_funnel_counts_each_challenge_at_every_step_it_reached(
    pipeline, django_assert_max_num_queries
):
    with django_assert_max_num_queries(2):
        steps = funnel()

    assert steps == [
        FunnelStep("posted", "Challenges posted", 8),
        FunnelStep("published", "Challenges published", 7),
        FunnelStep("matched", "Challenges matched (shortlisted or with interest)", 5),
        FunnelStep("interests", "Challenges with an expression of interest", 4),
        FunnelStep("proposals", "Challenges with a pilot proposal", 3),
        FunnelStep("approved", "Pilot proposals approved", 2),
        FunnelStep("completed", "Pilots completed", 1),
    ]


def test_funnel_counts_a_closed_challenge_as_published(pipeline):
    Challenge.objects.filter(pk=pipeline["idle"].pk).update(status=Status.CLOSED)

    assert counts(funnel())["published"] == 7


def test_funnel_for_a_cohort_counts_only_its_challenges_not_declined(
    pipeline, staff_user, django_assert_max_num_queries
):
    cohort = make_cohort(staff_user)
    enter(cohort, pipeline["draft"], EntryStatus.APPLIED)
    enter(cohort, pipeline["shortlisted"])
    enter(cohort, pipeline["approved"], EntryStatus.CONFIRMED)
    enter(cohort, pipeline["completed"], EntryStatus.DECLINED)
    other = make_cohort(staff_user, "Retrofit 2027")
    enter(other, pipeline["completed"])
    enter(other, pipeline["interested"])

    with django_assert_max_num_queries(2):
        steps = funnel(cohort)

    assert counts(steps) == {
        "posted": 3,
        "published": 2,
        "matched": 2,
        "interests": 1,
        "proposals": 1,
        "approved": 1,
        "completed": 0,
    }
    assert counts(funnel(other)) == {
        "posted": 2,
        "published": 2,
        "matched": 2,
        "interests": 2,
        "proposals": 1,
        "approved": 1,
        "completed": 1,
    }


def test_funnel_of_an_empty_cohort_is_all_zeros(staff_user):
    cohort = make_cohort(staff_user)

    assert [step.count for step in funnel(cohort)] == [0, 0, 0, 0, 0, 0, 0]


# -- time in stage ----------------------------------------------------------------------------


def test_time_in_stage_sums_returns_to_a_stage_and_counts_the_current_one_until_now(
    provider, supplier, proposals, django_assert_max_num_queries
):
    # Sent back twice: 1 day, then 2 days in changes requested.
    finished = proposals.draft(published_challenge(provider), published_solution(supplier))
    finished = proposals.submit(finished)
    finished = proposals.send_back(finished)
    finished = proposals.submit(finished)
    finished = proposals.send_back(finished)
    finished = proposals.submit(finished)
    finished = proposals.complete(proposals.start(proposals.approve(finished)))
    stamp(finished, 0, 2, 5, 6, 8, 10, 14, 15, 44)
    waiting = proposals.submit(
        proposals.draft(published_challenge(provider), published_solution(supplier))
    )
    stamp(waiting, 0, 4)
    fresh = proposals.draft(published_challenge(provider), published_solution(supplier))
    stamp(fresh, 0)

    with django_assert_max_num_queries(1):
        stages = time_in_stage(now=days(20))

    assert stages == [
        StageTime("draft", "Draft", 3, 4.0, 26 / 3),
        StageTime("submitted", "Submitted for review", 2, 9.5, 9.5),
        StageTime("changes_requested", "Changes requested", 1, 3.0, 3.0),
        StageTime("resubmitted", "Resubmitted for review", 1, 6.0, 6.0),
        StageTime("approved", "Approved", 1, 1.0, 1.0),
        StageTime("in_pilot", "In pilot", 1, 29.0, 29.0),
    ]


def test_time_in_stage_for_a_cohort_reads_only_its_proposals(
    provider, supplier, proposals, staff_user, django_assert_max_num_queries
):
    inside = published_challenge(provider)
    stamp(proposals.submit(proposals.draft(inside, published_solution(supplier))), 0, 1.5)
    stamp(proposals.draft(published_challenge(provider), published_solution(supplier)), 0)
    cohort = make_cohort(staff_user)
    enter(cohort, inside)

    with django_assert_max_num_queries(1):
        stages = time_in_stage(cohort, now=days(3))

    assert [(s.stage, s.proposals, s.median_days, s.mean_days) for s in stages] == [
        ("draft", 1, 1.5, 1.5),
        ("submitted", 1, 1.5, 1.5),
        ("changes_requested", 0, None, None),
        ("resubmitted", 0, None, None),
        ("approved", 0, None, None),
        ("in_pilot", 0, None, None),
    ]


# -- match feedback ---------------------------------------------------------------------------


def test_match_feedback_summary_counts_every_verdict(provider, supplier, staff_user):
    inside, outside = published_challenge(provider), published_challenge(provider)
    for challenge, verdict in [
        (inside, Verdict.SHORTLIST),
        (inside, Verdict.SHORTLIST),
        (inside, Verdict.DISMISS),
        (outside, Verdict.SHORTLIST),
        (outside, Verdict.NOT_RELEVANT),
    ]:
        MatchFeedback.objects.create(
            challenge=challenge,
            solution=published_solution(supplier),
            organisation=provider,
            verdict=verdict,
        )
    cohort = make_cohort(staff_user)
    enter(cohort, inside)

    assert match_feedback_summary() == {"shortlist": 3, "dismiss": 1, "not_relevant": 1}
    assert match_feedback_summary(cohort) == {"shortlist": 2, "dismiss": 1, "not_relevant": 0}


# -- supplier response rates ------------------------------------------------------------------


@pytest.fixture
def airwise(db):
    return make_organisation("Airwise", OrganisationKind.SUPPLIER, "11223344")


@pytest.fixture
def answered_invitations(
    provider,
    supplier,
    other_supplier,
    provider_admin,
    supplier_admin,
    other_supplier_admin,
    staff_user,
):
    """Damp Sense is asked three times and answers two; Heat Logic only asks."""

    def invite(challenge):
        return services.interest_invite(
            user=provider_admin,
            challenge=challenge,
            solution=published_solution(supplier),
            pitch="Would this fit?",
        )

    accepted_on = published_challenge(provider)
    services.interest_accept(user=supplier_admin, interest=invite(accepted_on))
    services.interest_decline(
        user=supplier_admin, interest=invite(published_challenge(provider)), reason="Busy."
    )
    ExpressionOfInterest.objects.create(
        challenge=published_challenge(provider),
        solution=published_solution(supplier),
        direction=InterestDirection.PROGRAMME_PAIRING,
        pitch="Paired by the programme.",
        created_by=staff_user,
    )
    # Damp Sense sent this one; it does not count as asked of Damp Sense.
    services.interest_express(
        user=supplier_admin,
        challenge=published_challenge(provider),
        solution=published_solution(supplier),
        pitch="We fit.",
    )
    heat_logic_pitch = services.interest_express(
        user=other_supplier_admin,
        challenge=published_challenge(provider),
        solution=published_solution(other_supplier),
        pitch="We fit too.",
    )
    services.interest_decline(user=provider_admin, interest=heat_logic_pitch, reason="No.")
    return accepted_on


def test_supplier_response_rates_count_what_each_supplier_was_asked(
    answered_invitations, airwise, django_assert_max_num_queries
):
    with django_assert_max_num_queries(1):
        rates = supplier_response_rates()

    assert rates == [
        SupplierResponse("Damp Sense", received=3, answered=2, accepted=1, rate=2 / 3),
        SupplierResponse("Airwise", received=0, answered=0, accepted=0, rate=None),
        SupplierResponse("Heat Logic", received=0, answered=0, accepted=0, rate=None),
    ]


def test_supplier_response_rates_for_a_cohort_list_its_suppliers_and_who_it_asked(
    answered_invitations, airwise, other_supplier, staff_user
):
    cohort = make_cohort(staff_user)
    enter(cohort, answered_invitations)
    CohortSupplier.objects.create(
        cohort=cohort, organisation=other_supplier, status=EntryStatus.CONFIRMED
    )
    CohortSupplier.objects.create(cohort=cohort, organisation=airwise, status=EntryStatus.DECLINED)

    assert supplier_response_rates(cohort) == [
        SupplierResponse("Damp Sense", received=1, answered=1, accepted=1, rate=1.0),
        SupplierResponse("Heat Logic", received=0, answered=0, accepted=0, rate=None),
    ]


# -- CSV --------------------------------------------------------------------------------------


def test_csv_response_round_trips_awkward_text_behind_a_byte_order_mark():
    awkward = 'Tŷ Cymru, "quoted"\nsecond line'

    response = csv_response(
        "response-rates.csv", ["Organisation", "Received"], [[awkward, 3], ("Plain", None)]
    )

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="response-rates.csv"'
    assert response.content.startswith(b"\xef\xbb\xbf")
    text = response.content.decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["Organisation", "Received"],
        [awkward, "3"],
        ["Plain", ""],
    ]


def test_csv_response_keeps_the_filename_inside_its_quotes():
    response = csv_response('evil".csv\r\nX-Injected: 1', ["A"], [])

    assert response["Content-Disposition"] == 'attachment; filename="evil.csvX-Injected: 1"'
    assert response.content.decode("utf-8-sig") == "A\r\n"


def test_a_supplier_stepping_back_has_answered_but_a_withdrawn_invitation_has_not(
    provider, supplier, provider_admin, supplier_member
):
    def invite():
        return services.interest_invite(
            user=provider_admin,
            challenge=published_challenge(provider),
            solution=published_solution(supplier),
            pitch="Would this fit?",
        )

    services.interest_withdraw(user=supplier_member, interest=invite(), reason="Not for us.")
    services.interest_withdraw(user=provider_admin, interest=invite(), reason="Filled.")

    assert supplier_response_rates() == [
        SupplierResponse("Damp Sense", received=2, answered=1, accepted=0, rate=0.5),
    ]


def test_csv_response_writes_text_that_looks_like_a_formula_as_text():
    response = csv_response(
        "names.csv",
        ["Organisation", "Received"],
        [['=HYPERLINK("http://evil.example")', 3], ["@SUM(A1)", -2], ["-1+1", 0], ["A=B", 1]],
    )

    text = response.content.decode("utf-8-sig")
    assert list(csv.reader(io.StringIO(text, newline=""))) == [
        ["Organisation", "Received"],
        ['\'=HYPERLINK("http://evil.example")', "3"],
        ["'@SUM(A1)", "-2"],
        ["'-1+1", "0"],
        ["A=B", "1"],
    ]
