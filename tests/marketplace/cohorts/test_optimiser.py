"""The cohort optimiser: capacity rules always hold, pins stay, and the total is optimal."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from marketplace.cohorts.optimiser import InfeasiblePins, optimise


def broken_rules(pairs, supplier_of, per_supplier: int, per_challenge: int) -> list[str]:
    problems = []
    pilots: dict[int, int] = {}
    suppliers_of_challenge: dict[int, list[int]] = {}
    for i, j in pairs:
        supplier = int(supplier_of[j])
        pilots[supplier] = pilots.get(supplier, 0) + 1
        suppliers_of_challenge.setdefault(i, []).append(supplier)
    problems += [f"supplier {s} runs {n}" for s, n in pilots.items() if n > per_supplier]
    for i, suppliers in suppliers_of_challenge.items():
        if len(set(suppliers)) != len(suppliers):
            problems.append(f"challenge {i} has two solutions of one supplier")
        if len(suppliers) > per_challenge:
            problems.append(f"challenge {i} has {len(suppliers)} suppliers")
    return problems


def brute_force_best(scores, supplier_of, per_supplier, per_challenge, min_score=0.0) -> float:
    cells = [(i, j) for i, j in zip(*np.nonzero(scores > min_score), strict=True)]
    best = 0.0
    for size in range(len(cells) + 1):
        for subset in itertools.combinations(cells, size):
            if not broken_rules(subset, supplier_of, per_supplier, per_challenge):
                best = max(best, sum(float(scores[i, j]) for i, j in subset))
    return best


@st.composite
def cohorts(draw, max_challenges=12, max_solutions=30):
    challenges = draw(st.integers(1, max_challenges))
    solutions = draw(st.integers(1, max_solutions))
    scores = draw(
        arrays(
            np.float64, (challenges, solutions), elements=st.floats(0, 1, allow_nan=False, width=32)
        )
    )
    supplier_of = np.array(
        draw(
            st.lists(st.integers(0, max(0, solutions // 2)), min_size=solutions, max_size=solutions)
        )
    )
    return scores, supplier_of, draw(st.integers(1, 4)), draw(st.integers(1, 4))


@settings(max_examples=150, deadline=None)
@given(cohorts())
def test_capacity_rules_always_hold(cohort):
    scores, supplier_of, per_supplier, per_challenge = cohort

    result = optimise(
        scores,
        supplier_of,
        max_pilots_per_supplier=per_supplier,
        max_suppliers_per_challenge=per_challenge,
    )

    assert broken_rules(result.pairs, supplier_of, per_supplier, per_challenge) == []
    assert result.total == pytest.approx(sum(scores[i, j] for i, j in result.pairs))


@settings(max_examples=60, deadline=None)
@given(cohorts(max_challenges=3, max_solutions=4))
def test_the_total_equals_the_brute_force_optimum_on_small_cohorts(cohort):
    scores, supplier_of, per_supplier, per_challenge = cohort

    result = optimise(
        scores,
        supplier_of,
        max_pilots_per_supplier=per_supplier,
        max_suppliers_per_challenge=per_challenge,
    )

    best = brute_force_best(scores, supplier_of, per_supplier, per_challenge)
    assert result.total == pytest.approx(best, abs=1e-6)


@settings(max_examples=100, deadline=None)
@given(cohorts(), st.data())
def test_pinned_pairings_are_kept_and_removed_ones_never_come_back(cohort, data):
    scores, supplier_of, per_supplier, per_challenge = cohort
    cells = [(i, j) for i in range(scores.shape[0]) for j in range(scores.shape[1])]
    pin = data.draw(st.sampled_from(cells))
    removed = set(data.draw(st.lists(st.sampled_from(cells), max_size=5))) - {pin}

    result = optimise(
        scores,
        supplier_of,
        max_pilots_per_supplier=per_supplier,
        max_suppliers_per_challenge=per_challenge,
        pinned=[pin],
        removed=removed,
    )

    assert pin in result.pairs
    assert not removed & set(result.pairs)
    assert broken_rules(result.pairs, supplier_of, per_supplier, per_challenge) == []


def test_one_supplier_with_one_place_goes_where_it_scores_most():
    scores = np.array([[0.9, 0.2], [0.95, 0.1]])
    supplier_of = np.array([0, 1])

    result = optimise(scores, supplier_of, max_pilots_per_supplier=1, max_suppliers_per_challenge=2)

    assert result.pairs == ((0, 1), (1, 0))
    assert result.total == pytest.approx(1.15)


def test_pairs_below_the_minimum_score_are_never_proposed():
    scores = np.array([[0.4, 0.8]])

    result = optimise(
        scores,
        np.array([0, 1]),
        max_pilots_per_supplier=1,
        max_suppliers_per_challenge=2,
        min_score=0.5,
    )

    assert result.pairs == ((0, 1),)


def test_pins_that_break_a_rule_are_refused_with_the_rule_named():
    scores = np.ones((2, 2))

    with pytest.raises(InfeasiblePins, match="Supplier 0 has 2 pinned pilots; the cohort allows 1"):
        optimise(
            scores,
            np.array([0, 0]),
            max_pilots_per_supplier=1,
            max_suppliers_per_challenge=2,
            pinned=[(0, 0), (1, 1)],
        )
