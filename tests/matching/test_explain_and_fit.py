"""Reasons and structured fit from facts and vectors alone: no model, no database."""

import numpy as np
import pytest

from matching.contracts import Facts
from matching.explain import best_sentence_pairs, fit_notes, reason_for
from matching.ranking import structured_fit

DAMP, ENERGY, REPAIRS = "damp-mould-condensation", "energy-retrofit-net-zero", "repairs-maintenance"


def challenge_facts(**fields) -> Facts:
    return Facts(side="challenge", **fields)


def solution_facts(**fields) -> Facts:
    return Facts(side="solution", **fields)


# best_sentence_pairs()


def test_sentence_pairs_are_the_most_similar_and_use_each_sentence_once():
    query = np.eye(3, dtype=np.float32)
    match = np.array([[0.0, 0.8, 0.6], [1.0, 0.0, 0.0], [0.0, 0.6, 0.8]], dtype=np.float32)

    pairs = best_sentence_pairs(["q0", "q1", "q2"], query, ["m0", "m1", "m2"], match)

    assert [(p.query_sentence, p.match_sentence, p.similarity) for p in pairs] == [
        ("q0", "m1", 1.0),
        ("q1", "m0", 0.8),
        ("q2", "m2", 0.8),
    ]


def test_sentence_pairs_stop_at_the_limit_or_the_shorter_side():
    vectors = np.eye(4, dtype=np.float32)

    assert len(best_sentence_pairs(list("abcd"), vectors, list("efgh"), vectors)) == 3
    assert len(best_sentence_pairs(list("abcd"), vectors, ["e"], vectors[:1])) == 1
    assert best_sentence_pairs([], np.zeros((0, 4), np.float32), ["e"], vectors[:1]) == ()


# reason_for() and fit_notes()


def test_reason_lists_shared_themes_and_regions_sorted():
    reason = reason_for(
        challenge_facts(themes=frozenset({REPAIRS, DAMP}), regions=frozenset({"TLC", "TLD"})),
        solution_facts(themes=frozenset({DAMP, REPAIRS, ENERGY}), regions=frozenset({"TLD"})),
        (),
    )

    assert reason.shared_themes == (DAMP, REPAIRS)
    assert reason.shared_regions == ("TLD",)


def test_fit_notes_say_within_budget_and_region_not_served():
    notes = fit_notes(
        challenge_facts(budget_max_pence=2_000_000, regions=frozenset({"TLC"})),
        solution_facts(price_pence=1_500_000, pricing_model="one_off", regions=frozenset({"TLK"})),
    )

    assert notes == (
        "Pilot cost: £15,000 one-off, within the £20,000 budget",
        "Does not yet serve this region",
    )


def test_fit_notes_are_the_same_whichever_side_asks():
    challenge = challenge_facts(budget_max_pence=1_000_000)
    solution = solution_facts(price_pence=3_000_000, pricing_model="licence")

    assert fit_notes(challenge, solution) == fit_notes(solution, challenge)
    assert fit_notes(challenge, solution) == (
        "Pilot cost: £30,000 × 1 year = £30,000, over the £10,000 budget",
    )


def test_fit_note_never_prices_a_per_home_solution_over_all_the_homes_affected():
    # 10,000 homes have the problem; how many a pilot covers is not said.
    challenge = challenge_facts(budget_max_pence=2_000_000, homes=10_000)
    solution = solution_facts(price_pence=2_500, pricing_model="per_home_per_year")

    assert fit_notes(challenge, solution) == (
        "Per-home price: add homes in the pilot to check the budget",
    )


# structured_fit()


def test_structured_fit_is_none_without_facts_to_compare():
    assert structured_fit(challenge_facts(), solution_facts()) is None
    assert structured_fit(None, solution_facts(maturity="deployed")) is None


@pytest.mark.parametrize(
    ("challenge", "solution", "expected"),
    [
        (
            challenge_facts(themes=frozenset({DAMP, REPAIRS})),
            solution_facts(themes=frozenset({DAMP})),
            1.0,
        ),
        (
            challenge_facts(regions=frozenset({"TLC", "TLD"})),
            solution_facts(regions=frozenset({"TLC"})),
            0.5,
        ),
        (
            challenge_facts(budget_max_pence=1_000_000),
            solution_facts(price_pence=1_500_000, pricing_model="licence"),
            0.5,
        ),
        (
            challenge_facts(budget_max_pence=1_000_000, homes=100, pilot_homes=100),
            solution_facts(price_pence=5_000, pricing_model="per_home_per_year"),
            1.0,
        ),
        (
            challenge_facts(themes=frozenset({DAMP})),
            solution_facts(themes=frozenset({DAMP}), maturity="prototype"),
            1.0,
        ),
        (
            challenge_facts(themes=frozenset({ENERGY}), regions=frozenset({"TLC", "TLD"})),
            solution_facts(themes=frozenset({DAMP}), regions=frozenset({"TLC"})),
            0.25,
        ),
    ],
    ids=[
        "theme-overlap",
        "half-the-regions",
        "half-over-budget",
        "per-home-within",
        "maturity-is-no-fit",
        "mean-of-checks",
    ],
)
def test_structured_fit_scores(challenge, solution, expected):
    assert structured_fit(challenge, solution) == pytest.approx(expected)
    assert structured_fit(solution, challenge) == pytest.approx(expected)
