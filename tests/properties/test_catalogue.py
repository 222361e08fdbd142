"""Challenges and solutions under hostile input: saved as sent with the rules kept, or refused."""

import math

import pytest
from django.core.validators import URLValidator
from hypothesis import example, given
from hypothesis import strategies as st

from marketplace.catalogue import services
from marketplace.catalogue.models import (
    MAX_THEMES,
    Certification,
    Challenge,
    HostingLocation,
    MatchFeedback,
    Maturity,
    PricingModel,
    ProcurementRoute,
    Solution,
    Status,
    Theme,
    Verdict,
    Visibility,
)
from marketplace.core.models import AuditEntry
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory
from tests.properties.support import (
    attempt,
    fresh,
    hostile_choice,
    hostile_date,
    hostile_dict,
    hostile_integer,
    isolated,
    properties,
    text,
    through,
    wrong_type,
)

pytestmark = pytest.mark.django_db

CHALLENGE_TABLES = [Challenge, AuditEntry, *through(Challenge, "themes", "regions")]
SOLUTION_TABLES = [Solution, AuditEntry, *through(Solution, "themes", "regions")]


def loose_text():
    return st.one_of(text(), text(), wrong_type())


def themes():
    return st.lists(st.sampled_from(range(8)), max_size=MAX_THEMES + 2, unique=True).map(
        lambda positions: list(Theme.objects.order_by("pk")[: max(positions, default=-1) + 1])
    )


SHARED = {
    "summary": loose_text(),
    "visibility": hostile_choice(Visibility.values),
    "themes": themes(),
}
CHALLENGE = {
    **SHARED,
    "title": loose_text(),
    "problem_statement": loose_text(),
    "desired_outcomes": loose_text(),
    "homes_affected": hostile_integer(),
    "residents_affected": hostile_integer(),
    "current_approach": loose_text(),
    "systems_constraints": loose_text(),
    "data_protection_constraints": loose_text(),
    "procurement_route": hostile_choice(ProcurementRoute.values),
    "budget_min_pence": hostile_integer(),
    "budget_max_pence": hostile_integer(),
    "pilot_length_weeks": hostile_integer(),
    "respond_by": hostile_date(),
}
CHALLENGE_TEXT = ["summary", "title", "problem_statement", "desired_outcomes", "current_approach",
                  "systems_constraints", "data_protection_constraints"]  # fmt: skip


def links():
    return st.one_of(
        st.lists(
            st.one_of(text(), st.sampled_from(["https://damp.example/case", "ftp://x.example"])),
            max_size=3,
        ),
        wrong_type(),
    )


SOLUTION = {
    **SHARED,
    "name": loose_text(),
    "description": loose_text(),
    "maturity": hostile_choice(Maturity.values),
    "pricing_model": hostile_choice(PricingModel.values),
    "indicative_price_pence": hostile_integer(),
    "housing_deployments": hostile_integer(),
    "evidence": loose_text(),
    "evidence_links": links(),
    "certifications": st.one_of(
        st.lists(hostile_choice(Certification.values, loose=False), max_size=3), wrong_type()
    ),
    "other_certifications": loose_text(),
    "integrations": loose_text(),
    "processes_personal_data": st.one_of(st.booleans(), wrong_type()),
    "data_hosting": hostile_choice(HostingLocation.values),
    "dpia_available": st.one_of(st.booleans(), wrong_type()),
}
SOLUTION_TEXT = ["summary", "name", "description", "evidence", "other_certifications",
                 "integrations"]  # fmt: skip


@pytest.fixture
def challenge_draft(provider) -> Challenge:
    return ChallengeFactory(organisation=provider)


@pytest.fixture
def solution_draft(supplier) -> Solution:
    return SolutionFactory(organisation=supplier)


@pytest.fixture
def submitted(provider) -> Challenge:
    return ChallengeFactory(organisation=provider, status=Status.SUBMITTED)


@pytest.fixture
def published(provider, supplier) -> tuple[Challenge, Solution]:
    return (
        ChallengeFactory(organisation=provider, status=Status.PUBLISHED),
        SolutionFactory(organisation=supplier, status=Status.PUBLISHED),
    )


def assert_text_round_trips(entry, sent: dict, names: list[str]) -> None:
    for name in names:
        if isinstance(sent.get(name), str):
            assert getattr(entry, name) == sent[name], name


def assert_challenge_holds(challenge: Challenge) -> None:
    numbers = ["homes_affected", "residents_affected", "budget_min_pence", "budget_max_pence",
               "pilot_length_weeks"]  # fmt: skip
    for name in numbers:
        value = getattr(challenge, name)
        assert value is None or (isinstance(value, int) and value >= 0), name
    low, high = challenge.budget_min_pence, challenge.budget_max_pence
    assert low is None or high is None or low <= high
    assert challenge.procurement_route in ProcurementRoute.values
    assert challenge.visibility in Visibility.values
    assert challenge.themes.count() <= MAX_THEMES


def assert_solution_holds(solution: Solution) -> None:
    assert solution.maturity in ["", *Maturity.values]
    assert solution.pricing_model in ["", *PricingModel.values]
    assert solution.visibility in Visibility.values
    assert set(solution.certifications) <= set(Certification.values)
    for link in solution.evidence_links:
        URLValidator(schemes=["http", "https"])(link)
    assert not solution.processes_personal_data or solution.data_hosting
    for name in ("indicative_price_pence", "housing_deployments"):
        value = getattr(solution, name)
        assert value is None or (isinstance(value, int) and value >= 0), name
    assert solution.themes.count() <= MAX_THEMES


BUDGET = {"budget_min_pence", "budget_max_pence"}


def named_by_rules(sent) -> set[str]:
    """The fields sent, and those a cross-field rule may name instead: the budget's other end,
    and where personal data is hosted once a solution says it processes some."""
    named = {*sent, *(BUDGET if BUDGET & set(sent) else ())}
    return named | ({"data_hosting"} if "processes_personal_data" in sent else set())


@properties
@given(overrides=hostile_dict(CHALLENGE))
@example(overrides={"summary": "Damp\x00"})
@example(overrides={"budget_min_pence": "many", "budget_max_pence": 5})
@example(overrides={"respond_by": [2027]})
def test_challenge_create_saves_what_was_sent_or_names_the_field(
    provider, provider_member, overrides
):
    fields = {"title": "Find damp early", **overrides}
    with isolated():
        outcome = attempt(
            lambda: services.entry_create(
                Challenge, user=provider_member, organisation=provider, **dict(fields)
            ),
            fields=named_by_rules(fields),
            tables=CHALLENGE_TABLES,
        )
        if outcome.saved:
            challenge = fresh(outcome.result)
            assert (challenge.status, challenge.organisation) == (Status.DRAFT, provider)
            assert_text_round_trips(challenge, fields, CHALLENGE_TEXT)
            assert_challenge_holds(challenge)


@properties
@given(overrides=hostile_dict(SOLUTION))
@example(overrides={"evidence": "\x00"})
@example(overrides={"certifications": ["iso_9001\x00"]})
@example(overrides={"certifications": True})
def test_solution_create_saves_what_was_sent_or_names_the_field(
    supplier, supplier_member, overrides
):
    fields = {"name": "Humidity sensors", **overrides}
    with isolated():
        outcome = attempt(
            lambda: services.entry_create(
                Solution, user=supplier_member, organisation=supplier, **dict(fields)
            ),
            fields=named_by_rules(fields),
            tables=SOLUTION_TABLES,
        )
        if outcome.saved:
            solution = fresh(outcome.result)
            assert_text_round_trips(solution, fields, SOLUTION_TEXT)
            assert_solution_holds(solution)


@properties
@given(changes=hostile_dict(CHALLENGE))
@example(changes={"title": "Damp\x00"})
@example(changes={"homes_affected": ""})
def test_challenge_update_keeps_the_saved_draft_whole_or_names_the_field(
    challenge_draft, provider_member, changes
):
    draft = challenge_draft
    with isolated():
        outcome = attempt(
            lambda: services.entry_update(fresh(draft), user=provider_member, **dict(changes)),
            fields=named_by_rules(changes),
            tables=CHALLENGE_TABLES,
        )
        if outcome.saved:
            challenge = fresh(draft)
            assert_text_round_trips(challenge, changes, CHALLENGE_TEXT)
            assert_challenge_holds(challenge)


@properties
@given(changes=hostile_dict(SOLUTION))
@example(changes={"integrations": "\ud800"})
@example(changes={"evidence_links": 5})
def test_solution_update_keeps_the_saved_draft_whole_or_names_the_field(
    solution_draft, supplier_member, changes
):
    draft = solution_draft
    with isolated():
        outcome = attempt(
            lambda: services.entry_update(fresh(draft), user=supplier_member, **dict(changes)),
            fields=named_by_rules(changes),
            tables=SOLUTION_TABLES,
        )
        if outcome.saved:
            solution = fresh(draft)
            assert_text_round_trips(solution, changes, SOLUTION_TEXT)
            assert_solution_holds(solution)


@properties
@given(reason=text())
@example(reason="Too vague\x00")
def test_rejecting_a_submission_stores_the_reason_or_names_it(submitted, staff_user, reason):
    with isolated():
        outcome = attempt(
            lambda: services.entry_reject(fresh(submitted), user=staff_user, reason=reason),
            fields={"reason"},
            tables=CHALLENGE_TABLES,
        )
        challenge = fresh(submitted)
        if outcome.saved:
            assert (challenge.status, challenge.rejection_reason) == (Status.DRAFT, reason.strip())
            assert reason.strip()


@properties
@given(
    verdict=st.one_of(st.sampled_from(Verdict.values), hostile_choice(Verdict.values, loose=False)),
    reason=text(),
    score=st.one_of(
        st.none(), st.floats(0, 1), st.floats(), st.sampled_from([math.nan, math.inf, -1.0, 2.0])
    ),
)
@example(verdict="dismiss", reason="\x00", score=0.5)
@example(verdict="shortlist", reason="", score=math.nan)
def test_match_feedback_is_stored_as_given_or_names_the_field(
    provider, published, provider_member, verdict, reason, score
):
    challenge, solution = published
    with isolated():
        outcome = attempt(
            lambda: services.feedback_record(
                user=provider_member,
                organisation=provider,
                challenge=challenge,
                solution=solution,
                verdict=verdict,
                reason=reason,
                score=score,
            ),
            fields={"verdict", "reason", "score"},
            tables=[MatchFeedback, AuditEntry],
        )
        if outcome.saved:
            feedback = fresh(outcome.result)
            assert feedback.verdict in Verdict.values
            assert feedback.reason == reason.strip()[:500]
            assert feedback.score == score or (score is None and feedback.score is None)
            assert feedback.score is None or math.isfinite(feedback.score)
