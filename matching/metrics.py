"""Ranking metrics over graded judgements, as the matching benchmark defines them.

A query's judgements map solution ids to grades; a grade of 0, or no judgement, is not
relevant. nDCG uses the grade as the gain; recall and MRR count any grade above 0 as relevant,
so with grade-1 judgements every figure is the binary one.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

Judgements = Mapping[str, float]  # solution id -> grade
Qrels = Mapping[str, Judgements]  # query id -> judgements
Runs = Mapping[str, list[str]]  # query id -> ranked solution ids

BOOTSTRAP_RESAMPLES = 10_000
BOOTSTRAP_SEED = 20


def relevant(judgements: Judgements) -> set[str]:
    return {doc for doc, grade in judgements.items() if grade > 0}


def ndcg_at(ranked: list[str], judgements: Judgements, k: int = 10) -> float:
    gains = sum(
        judgements.get(doc, 0) / math.log2(i + 2)
        for i, doc in enumerate(ranked[:k])
        if judgements.get(doc, 0) > 0
    )
    best = sorted((grade for grade in judgements.values() if grade > 0), reverse=True)[:k]
    ideal = sum(grade / math.log2(i + 2) for i, grade in enumerate(best))
    return gains / ideal if ideal else 0.0


def recall_at(ranked: list[str], judgements: Judgements, k: int) -> float:
    wanted = relevant(judgements)
    return len(set(ranked[:k]) & wanted) / len(wanted) if wanted else 0.0


def mrr_at(ranked: list[str], judgements: Judgements, k: int = 10) -> float:
    for i, doc in enumerate(ranked[:k]):
        if judgements.get(doc, 0) > 0:
            return 1 / (i + 1)
    return 0.0


def judged_queries(runs: Runs, qrels: Qrels) -> list[str]:
    """The queries that were run and have at least one relevant solution, in qrels order."""
    return [q for q in qrels if q in runs and relevant(qrels[q])]


def per_query_ndcg(runs: Runs, qrels: Qrels, k: int = 10) -> dict[str, float]:
    return {q: ndcg_at(runs[q], qrels[q], k) for q in judged_queries(runs, qrels)}


def summarise(runs: Runs, qrels: Qrels) -> dict[str, float]:
    """Mean of each metric over the queries that have relevance labels."""
    queries = judged_queries(runs, qrels)
    if not queries:
        return {"ndcg@10": 0.0, "recall@10": 0.0, "recall@100": 0.0, "mrr@10": 0.0}

    def mean(metric) -> float:
        return round(sum(metric(runs[q], qrels[q]) for q in queries) / len(queries), 4)

    return {
        "ndcg@10": mean(lambda r, rel: ndcg_at(r, rel, 10)),
        "recall@10": mean(lambda r, rel: recall_at(r, rel, 10)),
        "recall@100": mean(lambda r, rel: recall_at(r, rel, 100)),
        "mrr@10": mean(lambda r, rel: mrr_at(r, rel, 10)),
    }


@dataclass(frozen=True)
class Comparison:
    """A paired bootstrap of one system against another over the same queries."""

    difference: float  # mean of (system - baseline) over the queries
    low: float  # 95% interval of that mean
    high: float
    p: float  # share of resamples where the system did not beat the baseline
    queries: int


def paired_bootstrap(
    system: list[float],
    baseline: list[float],
    resamples: int = BOOTSTRAP_RESAMPLES,
    seed: int = BOOTSTRAP_SEED,
) -> Comparison:
    """Resample queries with replacement, keeping each query's pair of scores together.

    `system[i]` and `baseline[i]` must score the same query. The seed is fixed so that a rerun
    prints the same interval.
    """
    if len(system) != len(baseline):
        raise ValueError("Both systems need a score for the same queries.")
    differences = np.asarray(system, dtype=np.float64) - np.asarray(baseline, dtype=np.float64)
    if not len(differences):
        return Comparison(0.0, 0.0, 0.0, 1.0, 0)
    picks = np.random.default_rng(seed).integers(0, len(differences), (resamples, len(differences)))
    means = differences[picks].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return Comparison(
        difference=float(differences.mean()),
        low=float(low),
        high=float(high),
        p=float(np.mean(means <= 0)),
        queries=len(differences),
    )
