import math
from pathlib import Path

import numpy as np
import pytest

from matching.evaluation import load_qrels
from matching.metrics import (
    mrr_at,
    ndcg_at,
    paired_bootstrap,
    per_query_ndcg,
    recall_at,
    summarise,
)

DEV_QRELS = Path(__file__).resolve().parents[3] / "shared/data/matching-bench/dev/qrels.tsv"


def binary_summary(runs: dict[str, list[str]], qrels: dict[str, set[str]]) -> dict[str, float]:
    """The binary metrics as they were before grades: the reference for grade-1 data."""

    def ndcg(ranked, rel, k=10):
        gains = sum(1 / math.log2(i + 2) for i, doc in enumerate(ranked[:k]) if doc in rel)
        ideal = sum(1 / math.log2(i + 2) for i in range(min(len(rel), k)))
        return gains / ideal if ideal else 0.0

    def recall(ranked, rel, k):
        return len(set(ranked[:k]) & rel) / len(rel) if rel else 0.0

    def mrr(ranked, rel, k=10):
        return next((1 / (i + 1) for i, doc in enumerate(ranked[:k]) if doc in rel), 0.0)

    queries = [q for q in qrels if q in runs]

    def mean(metric) -> float:
        return round(sum(metric(runs[q], qrels[q]) for q in queries) / len(queries), 4)

    return {
        "ndcg@10": mean(lambda r, rel: ndcg(r, rel, 10)),
        "recall@10": mean(lambda r, rel: recall(r, rel, 10)),
        "recall@100": mean(lambda r, rel: recall(r, rel, 100)),
        "mrr@10": mean(lambda r, rel: mrr(r, rel, 10)),
    }


def shuffled_runs(qrels, solution_ids: list[str], seed: int) -> dict[str, list[str]]:
    rng = np.random.default_rng(seed)
    runs = {}
    for query in qrels:
        ranked = [solution_ids[i] for i in rng.permutation(len(solution_ids))]
        # Pull some relevant solutions up, so that the top ranks have hits to score.
        for doc in sorted(qrels[query]):
            if rng.random() < 0.7:
                ranked.remove(doc)
                ranked.insert(int(rng.integers(12)), doc)
        runs[query] = ranked[:100]
    return runs


def test_graded_ndcg_uses_the_grade_as_gain_and_the_graded_ideal():
    judgements = {"a": 2, "b": 1, "c": 1}

    score = ndcg_at(["b", "x", "a", "c"], judgements, 10)

    dcg = 1 / math.log2(2) + 2 / math.log2(4) + 1 / math.log2(5)  # b at 1, a at 3, c at 4
    ideal = 2 / math.log2(2) + 1 / math.log2(3) + 1 / math.log2(4)  # a, b, c
    assert score == pytest.approx(dcg / ideal)
    assert round(score, 4) == 0.7763


def test_the_grade_2_solution_first_scores_more_than_a_grade_1_first():
    judgements = {"a": 2, "b": 1}

    assert ndcg_at(["a", "b"], judgements) == 1.0
    assert round(ndcg_at(["b", "a"], judgements), 4) == 0.8597


def test_grade_0_counts_as_not_relevant_in_every_metric():
    judgements = {"a": 1, "z": 0}

    assert ndcg_at(["z", "a"], judgements) == pytest.approx(1 / math.log2(3))
    assert recall_at(["z"], judgements, 10) == 0.0
    assert mrr_at(["z", "a"], judgements) == 0.5


def test_recall_and_mrr_count_any_grade_above_0_alike():
    judgements = {"a": 2, "b": 1}

    assert recall_at(["b", "x"], judgements, 2) == 0.5
    assert mrr_at(["x", "b", "a"], judgements) == 0.5


def test_grade_1_judgements_give_exactly_the_binary_figures():
    qrels = {f"q{i}": {f"s{j}" for j in range(i % 3 + 1)} for i in range(40)}
    solutions = [f"s{j}" for j in range(300)]
    runs = shuffled_runs(qrels, solutions, seed=7)

    graded = {q: dict.fromkeys(rel, 1.0) for q, rel in qrels.items()}

    assert summarise(runs, graded) == binary_summary(runs, qrels)


@pytest.mark.skipif(not DEV_QRELS.is_file(), reason="the matching-bench data is not checked out")
def test_the_dev_qrels_give_exactly_the_binary_figures():
    graded = load_qrels(DEV_QRELS)
    binary = {q: set(judgements) for q, judgements in graded.items()}
    solutions = sorted({s for rel in binary.values() for s in rel} | {f"x{i}" for i in range(500)})

    for seed in range(5):
        runs = shuffled_runs(binary, solutions, seed)
        assert summarise(runs, graded) == binary_summary(runs, binary)
    assert {grade for j in graded.values() for grade in j.values()} == {1.0}
    assert len(graded) == 28


def test_per_query_ndcg_scores_only_queries_with_a_relevant_solution():
    qrels = {"q1": {"a": 1.0}, "q2": {"b": 2.0}}
    runs = {"q1": ["a"], "q2": ["x", "b"], "q3": ["a"]}

    assert per_query_ndcg(runs, qrels) == {"q1": 1.0, "q2": pytest.approx(1 / math.log2(3))}


def test_paired_bootstrap_is_repeatable_and_its_interval_holds_the_observed_difference():
    rng = np.random.default_rng(3)
    baseline = rng.random(28).tolist()
    system = [min(1.0, b + rng.normal(0.03, 0.1)) for b in baseline]

    first = paired_bootstrap(system, baseline)
    second = paired_bootstrap(system, baseline)

    assert first == second
    observed = sum(s - b for s, b in zip(system, baseline, strict=True)) / 28
    assert first.difference == pytest.approx(observed)
    assert first.low < first.difference < first.high
    assert first.queries == 28
    assert 0 < first.p < 1


def test_paired_bootstrap_of_a_system_better_on_every_query_has_p_0():
    comparison = paired_bootstrap([0.9, 0.8, 0.7, 0.6], [0.5, 0.5, 0.5, 0.5])

    assert comparison.difference == pytest.approx(0.25)
    assert comparison.low >= 0.1
    assert comparison.p == 0.0


def test_paired_bootstrap_of_identical_systems_has_a_zero_interval_and_p_1():
    comparison = paired_bootstrap([0.4, 0.7, 1.0], [0.4, 0.7, 1.0])

    assert (comparison.difference, comparison.low, comparison.high) == (0.0, 0.0, 0.0)
    assert comparison.p == 1.0


def test_paired_bootstrap_needs_a_score_from_each_system_per_query():
    with pytest.raises(ValueError, match="same queries"):
        paired_bootstrap([0.1, 0.2], [0.1])
