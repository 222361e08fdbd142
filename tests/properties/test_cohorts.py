"""Cohorts under hostile input: stage dates in order, fees whole pence, capacities at least one."""

import datetime
import math

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from marketplace.catalogue.models import Status, Theme
from marketplace.cohorts import services
from marketplace.cohorts.models import Cohort, Pairing, PairingState, Stage
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

TABLES = [Cohort, AuditEntry, *through(Cohort, "themes")]
SCORES = st.one_of(
    st.floats(0, 1),
    st.floats(),
    st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 1.0000001]),
    hostile_integer(),
)
FIELDS = {
    "name": st.one_of(text(), wrong_type()),
    "description": st.one_of(text(), wrong_type()),
    "stage": hostile_choice(Stage.values),
    **{name: hostile_date() for name in Cohort.STAGE_DATES},
    "fee_pence": hostile_integer(),
    "max_pilots_per_supplier": hostile_integer(),
    "max_suppliers_per_challenge": hostile_integer(),
    "min_pairing_score": SCORES,
}


def named_by_rules(sent) -> set[str]:
    """The fields sent, and the stage dates a date-order rule may name instead."""
    dates = set(Cohort.STAGE_DATES)
    return {*sent, *(dates if dates & set(sent) else ())}


def assert_cohort_holds(cohort: Cohort) -> None:
    assert cohort.name.strip() and cohort.slug
    assert cohort.stage in Stage.values
    dates = [getattr(cohort, name) for name in Cohort.STAGE_DATES if getattr(cohort, name)]
    assert dates == sorted(dates)
    assert isinstance(cohort.fee_pence, int) and cohort.fee_pence >= 0
    assert cohort.max_pilots_per_supplier >= 1 and cohort.max_suppliers_per_challenge >= 1
    assert 0 <= cohort.min_pairing_score <= 1


def assert_text_round_trips(cohort: Cohort, sent: dict) -> None:
    if isinstance(sent.get("name"), str):
        assert cohort.name == sent["name"].strip()
    if isinstance(sent.get("description"), str):
        assert cohort.description == sent["description"]


@properties
@given(overrides=hostile_dict(FIELDS), theme_count=st.integers(0, 4))
@example(overrides={"description": "\x00"}, theme_count=0)
@example(overrides={"min_pairing_score": math.nan}, theme_count=0)
@example(overrides={"name": "!!!"}, theme_count=0)
@example(overrides={"opens_on": "soon", "matching_on": datetime.date(2027, 1, 1)}, theme_count=0)
def test_cohort_create_keeps_the_rules_or_names_the_field(staff_user, overrides, theme_count):
    fields = {"name": "Damp and mould 2027", **overrides}
    themes = list(Theme.objects.order_by("pk")[:theme_count])
    with isolated():
        outcome = attempt(
            lambda: services.cohort_create(user=staff_user, themes=themes, **fields),
            fields=named_by_rules(fields),
            tables=TABLES,
        )
        if outcome.saved:
            cohort = fresh(outcome.result)
            assert_text_round_trips(cohort, fields)
            assert_cohort_holds(cohort)
            assert list(cohort.themes.order_by("pk")) == themes


@pytest.fixture
def cohort(staff_user) -> Cohort:
    return services.cohort_create(
        user=staff_user, name="Retrofit 2026", fee_pence=45_000,
        opens_on="2026-01-05", matching_on="2026-03-01", pilots_on="2026-05-01",
    )  # fmt: skip


@pytest.fixture
def pairing(cohort, provider, supplier) -> Pairing:
    return Pairing.objects.create(
        cohort=cohort,
        challenge=ChallengeFactory(organisation=provider, status=Status.PUBLISHED),
        solution=SolutionFactory(organisation=supplier, status=Status.PUBLISHED),
        score=0.7,
    )


@properties
@given(changes=hostile_dict(FIELDS))
@example(changes={"name": "Retrofit\x00"})
@example(changes={"min_pairing_score": math.inf})
@example(changes={"opens_on": datetime.date(2026, 6, 1)})
@example(changes={"name": " \x85 "})
def test_cohort_update_keeps_the_rules_or_names_the_field(staff_user, cohort, changes):
    with isolated():
        outcome = attempt(
            lambda: services.cohort_update(user=staff_user, cohort=cohort, **changes),
            fields=named_by_rules(changes),
            tables=TABLES,
        )
        if outcome.saved:
            after = fresh(cohort)
            assert_text_round_trips(after, changes)
            assert_cohort_holds(after)
            assert after.slug == cohort.slug


@properties
@given(state=hostile_choice([*PairingState.values, ""], loose=False))
@example(state="pinned\x00")
def test_a_pairing_decision_is_one_of_the_three_or_is_refused(staff_user, pairing, state):
    with isolated():
        outcome = attempt(
            lambda: services.pairing_decide(user=staff_user, pairing=pairing, state=state),
            fields={"state"},
            tables=[Pairing],
        )
        if outcome.saved:
            assert fresh(pairing).state == state
            assert state in (PairingState.PINNED, PairingState.REMOVED, "")
