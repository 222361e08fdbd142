"""Ranking metrics with binary relevance, as the matching benchmark defines them."""

import math


def ndcg_at(ranked: list[str], relevant: set[str], k: int = 10) -> float:
    gains = sum(1 / math.log2(i + 2) for i, doc in enumerate(ranked[:k]) if doc in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    return gains / ideal if ideal else 0.0


def recall_at(ranked: list[str], relevant: set[str], k: int) -> float:
    return len(set(ranked[:k]) & relevant) / len(relevant) if relevant else 0.0


def mrr_at(ranked: list[str], relevant: set[str], k: int = 10) -> float:
    for i, doc in enumerate(ranked[:k]):
        if doc in relevant:
            return 1 / (i + 1)
    return 0.0


def summarise(runs: dict[str, list[str]], qrels: dict[str, set[str]]) -> dict[str, float]:
    """Mean of each metric over the queries that have relevance labels."""
    queries = [q for q in qrels if q in runs]
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
