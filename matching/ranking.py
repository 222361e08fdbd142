"""Hybrid ranking: FAISS candidates, BM25, structured fit, fused into one score in [0, 1].

Components, each in [0, 1] within the candidate pool of one query:
- dense: the best cosine between any query passage and any document passage (local evidence);
- lead: cosine between the two opening passages (what each text is about overall);
- lexical: BM25 of the whole query text;
- structured: theme overlap, region served, budget vs price, maturity (when facts exist).
"""

from collections.abc import Collection, Mapping
from dataclasses import dataclass

import faiss
import numpy as np

from matching.bm25 import BM25
from matching.contracts import Components, Facts, Match, Weights, challenge_and_solution
from matching.index import APPROXIMATE_FROM, build_index, search

# Passage vectors share one index: id = document id * PASSAGE_SLOTS + passage number.
PASSAGE_SLOTS = 64
MATURITY_FIT = {"concept": 0.2, "prototype": 0.4, "piloted": 0.7, "deployed": 0.9, "at_scale": 1.0}


@dataclass(frozen=True)
class Segment:
    """Documents searched together: their passage index and BM25. Never changed once built."""

    doc_ids: np.ndarray
    passage_counts: np.ndarray
    index: faiss.Index
    bm25: BM25

    def __len__(self) -> int:
        return len(self.doc_ids)


class Corpus:
    """One side of the market, ready to search: its segments and every document's facts.

    A large segment comes from the shared index file; a small one holds what changed since.
    A later segment supersedes an earlier one for the documents it holds, and `removed`
    documents are in no result, so nothing ever has to be deleted from a FAISS index.
    """

    def __init__(
        self,
        segments: list[Segment],
        facts: Mapping[int, Facts] | None = None,
        removed: Collection[int] = (),
    ) -> None:
        self.segments = segments
        self.facts = facts or {}
        self.doc_ids = np.concatenate([s.doc_ids for s in segments]).astype(np.int64)
        self.passage_counts = np.concatenate([s.passage_counts for s in segments])
        self.segment_of_row = np.repeat(np.arange(len(segments)), [len(s) for s in segments])
        self.row_of = {int(doc_id): row for row, doc_id in enumerate(self.doc_ids)}
        for doc_id in removed:
            self.row_of.pop(doc_id, None)
        self.superseded = None
        if len(self.row_of) < len(self.doc_ids):
            self.superseded = np.ones(len(self.doc_ids), dtype=bool)
            self.superseded[list(self.row_of.values())] = False

    def __len__(self) -> int:
        return len(self.row_of)

    def lexical_scores(self, query_text: str) -> np.ndarray:
        """BM25 for every row; rows that no longer count score nothing."""
        scores = np.concatenate([s.bm25.scores(query_text) for s in self.segments])
        if self.superseded is not None:
            scores[self.superseded] = 0
        return scores

    def passage_vectors(self, doc_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The passages of each document, stacked in order, and how many each has."""
        rows = np.fromiter((self.row_of[d] for d in doc_ids), dtype=np.int64, count=len(doc_ids))
        counts = self.passage_counts[rows]
        if len(self.segments) == 1:
            return self.segments[0].index.reconstruct_batch(passage_ids(doc_ids, counts)), counts
        positions = passage_ids(np.zeros(len(rows), np.int64), counts)
        positions += np.repeat(np.cumsum(counts) - counts, counts)
        segment_of_passage = np.repeat(self.segment_of_row[rows], counts)
        ids = passage_ids(doc_ids, counts)
        vectors = np.empty((len(ids), self.segments[0].index.d), dtype=np.float32)
        for number, segment in enumerate(self.segments):
            mine = segment_of_passage == number
            if mine.any():
                vectors[positions[mine]] = segment.index.reconstruct_batch(ids[mine])
        return vectors, counts


def passage_ids(doc_ids: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Index ids of every passage of the given documents, document by document."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    starts = np.cumsum(counts) - counts
    within = np.arange(total, dtype=np.int64) - np.repeat(starts, counts)
    return np.repeat(np.asarray(doc_ids, dtype=np.int64) * PASSAGE_SLOTS, counts) + within


def build_segment(
    doc_ids: list[int],
    passage_vectors: list[np.ndarray],
    texts: list[str],
    index: faiss.Index | None = None,
    statistics_from: BM25 | None = None,
    dimension: int = 384,
    approximate_from: int = APPROXIMATE_FROM,
) -> Segment:
    """`passage_vectors[i]` holds document i's passages, capped at PASSAGE_SLOTS rows."""
    ids = np.asarray(doc_ids, dtype=np.int64)
    matrices = [m[:PASSAGE_SLOTS] for m in passage_vectors]
    counts = np.array([len(m) for m in matrices], dtype=np.int64)
    if index is None:
        stacked = np.vstack(matrices) if matrices else np.zeros((0, dimension), np.float32)
        index = build_index(passage_ids(ids, counts), stacked, approximate_from)
    return Segment(ids, counts, index, BM25().fit(texts, statistics_from=statistics_from))


def build_corpus(
    doc_ids: list[int],
    passage_vectors: list[np.ndarray],
    texts: list[str],
    facts: Mapping[int, Facts] | None = None,
    index: faiss.Index | None = None,
) -> Corpus:
    return Corpus([build_segment(doc_ids, passage_vectors, texts, index)], facts)


def rank(
    corpus: Corpus,
    query_passages: np.ndarray,
    query_text: str,
    query_facts: Facts | None = None,
    weights: Weights | None = None,
    k: int = 10,
    allowed: Collection[int] | None = None,
    excluded: Collection[int] = (),
) -> list[Match]:
    if len(corpus) == 0 or len(query_passages) == 0:
        return []
    weights = weights or Weights()
    query_passages = query_passages[:PASSAGE_SLOTS]
    lexical_all = corpus.lexical_scores(query_text)
    candidates = _candidates(corpus, query_passages, lexical_all, max(k, 100), allowed, excluded)
    if not len(candidates):
        return []
    dense, lead = _dense_features(corpus, query_passages, candidates)
    rows = np.fromiter(
        (corpus.row_of[c] for c in candidates), dtype=np.int64, count=len(candidates)
    )
    parts = {
        "dense": _normalise(dense),
        "lead": _normalise(lead),
        "lexical": _normalise(lexical_all[rows]),
    }
    structured = np.array(
        [_or_nan(structured_fit(query_facts, corpus.facts.get(c))) for c in candidates]
    )
    totals = _fuse(parts, structured, weights)
    order = np.lexsort((candidates, -totals))[:k]
    return [_match(candidates, i, parts, structured, totals) for i in order]


def _or_nan(value: float | None) -> float:
    return np.nan if value is None else value


def _fuse(parts: dict[str, np.ndarray], structured: np.ndarray, weights: Weights) -> np.ndarray:
    total = (
        weights.dense * parts["dense"]
        + weights.lead * parts["lead"]
        + weights.lexical * parts["lexical"]
    )
    weight_sum = np.full(len(total), weights.dense + weights.lead + weights.lexical)
    # Structured fit counts only where both sides have facts to compare.
    known = ~np.isnan(structured)
    total[known] += weights.structured * structured[known]
    weight_sum[known] += weights.structured
    return total / weight_sum


def _candidates(corpus, query_passages, lexical_all, pool, allowed, excluded) -> np.ndarray:
    allowed_set = None if allowed is None else set(allowed)
    excluded_set = set(excluded)
    # Each query passage nominates its share of the pool; an allow-list needs a deeper look,
    # a few excluded ids only as many more.
    deeper = 4 if allowed_set is not None else 1
    depth = max(100, 3 * pool // len(query_passages)) * deeper + len(excluded_set)
    found = set()
    for segment in corpus.segments:
        _, hits = search(segment.index, query_passages, depth)
        found.update((hits[hits >= 0] // PASSAGE_SLOTS).tolist())
    lexical_pool = pool * deeper + len(excluded_set)
    found |= set(corpus.doc_ids[_top_rows(lexical_all, lexical_pool)].tolist())
    # An older segment may still hold documents removed since it was built.
    found &= corpus.row_of.keys()
    if allowed_set is not None:
        found &= allowed_set
    found -= excluded_set
    return np.array(sorted(found), dtype=np.int64)


def _top_rows(scores: np.ndarray, count: int) -> np.ndarray:
    positive = np.flatnonzero(scores > 0)
    if len(positive) <= count:
        return positive
    return positive[np.argpartition(-scores[positive], count)[:count]]


def _dense_features(corpus, query_passages, candidates) -> tuple[np.ndarray, np.ndarray]:
    vectors, counts = corpus.passage_vectors(candidates)
    best_per_passage = (query_passages @ vectors.T).max(axis=0)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
    dense = np.maximum.reduceat(best_per_passage, starts)
    lead = vectors[starts] @ query_passages[0]
    return dense, lead


def _normalise(values: np.ndarray) -> np.ndarray:
    """Scale to [0, 1] across the candidate pool; a flat pool scores by its sign."""
    low, high = float(values.min()), float(values.max())
    if high - low < 1e-9:
        return np.full(len(values), 1.0 if high > 0 else 0.0)
    return (values - low) / (high - low)


def _match(candidates, i, parts, structured, totals) -> Match:
    fit = structured[i]
    components = Components(
        dense=round(float(parts["dense"][i]), 4),
        lead=round(float(parts["lead"][i]), 4),
        lexical=round(float(parts["lexical"][i]), 4),
        structured=None if np.isnan(fit) else round(float(fit), 4),
    )
    return Match(id=int(candidates[i]), score=round(float(totals[i]), 4), components=components)


def structured_fit(a: Facts | None, b: Facts | None) -> float | None:
    """Mean of the fit checks both sides have facts for; None when there are none."""
    if a is None or b is None:
        return None
    challenge, solution = challenge_and_solution(a, b)
    scores = []
    if a.themes and b.themes:
        scores.append(len(a.themes & b.themes) / min(len(a.themes), len(b.themes)))
    if challenge.regions and solution.regions:
        scores.append(len(challenge.regions & solution.regions) / len(challenge.regions))
    cost = solution.pilot_cost_pence(challenge.homes)
    if challenge.budget_max_pence and cost is not None:
        scores.append(_budget_fit(challenge.budget_max_pence, cost))
    if solution.maturity in MATURITY_FIT:
        scores.append(MATURITY_FIT[solution.maturity])
    return sum(scores) / len(scores) if scores else None


def _budget_fit(budget_max: int, price: int) -> float:
    if price <= budget_max:
        return 1.0
    # Over budget fades out: half marks at 1.5x, nothing at 2x and beyond.
    return max(0.0, 1.0 - (price - budget_max) / budget_max)
