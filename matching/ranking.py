"""Hybrid ranking: FAISS candidates, BM25, the model's readings and structured fit, fused.

Components, each measured against the query's own best scores (Scale):
- lexical: BM25 of the whole query text;
- dense: the best cosine between any query passage and any document passage;
- coverage: how well the document answers each query passage, on average;
- lead: cosine between the two opening passages (what each text is about overall);
- structured: theme overlap, region served, budget vs pilot cost (when facts exist);
- constraints: hard constraints the challenge states and the solution says it breaks or meets.

The fused evidence becomes a score in [0, 1], the chance that a pair this strong is a real
match, calibrated on labelled pairs.
"""

import math
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

import faiss
import numpy as np

from matching.bm25 import BM25
from matching.constraints import breaches, meets
from matching.contracts import Components, Facts, Match, Weights, challenge_and_solution
from matching.index import APPROXIMATE_FROM, build_index, search

# Passage vectors share one index: id = document id * PASSAGE_SLOTS + passage number.
PASSAGE_SLOTS = 64
COMPONENTS = ("lexical", "dense", "coverage", "lead")
# Each component is measured against the query's own best this many scores (see Scale).
SCALE_DEPTH = 100
# Documents read at once while measuring a yardstick: bounds the memory, not the result.
SCALE_BLOCK = 4096
# The least spread a component's best scores are taken to have: BM25 in its own units,
# cosines in theirs. Only matters for a corpus of one or two documents.
MIN_SPREAD = {"lexical": 0.5, "dense": 0.02, "coverage": 0.02, "lead": 0.02}
# Fused evidence -> the chance a pair is a real match: a logistic fit on the top 100 of every
# query of both labelled sets (dev and housing-dev), docs/benchmarks.md "Calibration".
CALIBRATION_SLOPE = 0.83
CALIBRATION_OFFSET = -5.83
# An organisation's own judgements have half the say of one view: enough to reorder close
# matches, not to bury what the texts say is strong.
FEEDBACK_SAY = 0.5
# The hard constraints a provider states weigh as much as one of the two views: a solution
# that says it breaks one drops below those that do not; one that says it meets them all
# rises by a view, and by its share of them for some.
BREACH_PENALTY = 2.0
MET_BONUS = 2.0


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
    scale: "Scale | None" = None,
) -> list[Match]:
    """The k best documents for the query, best first.

    Scores are measured by `scale`, the query's yardstick (see Scale), kept by the caller so
    that they hold still; without one it is measured afresh over the whole corpus.
    """
    if len(corpus) == 0 or len(query_passages) == 0:
        return []
    weights = weights or Weights()
    query_passages = query_passages[:PASSAGE_SLOTS]
    lexical_all = corpus.lexical_scores(query_text)
    candidates = _candidates(corpus, query_passages, lexical_all, max(k, 100), allowed, excluded)
    if not len(candidates):
        return []
    if scale is None:
        scale = Scale.measure(corpus, query_passages, lexical_all)
    return _scored(corpus, query_passages, lexical_all, query_facts, weights, scale, candidates, k)


def score_pair(
    corpus: Corpus,
    query_passages: np.ndarray,
    query_text: str,
    query_facts: Facts | None,
    doc_id: int,
    scale: "Scale",
    weights: Weights | None = None,
) -> Match | None:
    """One document's match with the query, by the query's yardstick; no candidate search."""
    if doc_id not in corpus.row_of or len(query_passages) == 0:
        return None
    lexical_all = corpus.lexical_scores(query_text)
    candidates = np.array([doc_id], dtype=np.int64)
    return _scored(
        corpus, query_passages[:PASSAGE_SLOTS], lexical_all, query_facts, weights or Weights(),
        scale, candidates,
    )[0]  # fmt: skip


def _scored(corpus, query_passages, lexical_all, query_facts, weights, scale, candidates, k=1):
    """The k best candidates' matches, best first."""
    rows = np.fromiter(
        (corpus.row_of[c] for c in candidates), dtype=np.int64, count=len(candidates)
    )
    raw = {"lexical": lexical_all[rows], **_dense_features(corpus, query_passages, candidates)}
    evidence = scale.standardise(raw)
    facts = [corpus.facts.get(c) for c in candidates]
    structured = np.array([_or_nan(structured_fit(query_facts, f)) for f in facts])
    broken = np.array([len(_breaches(query_facts, f)) for f in facts], dtype=np.float64)
    met = np.array([_share_met(query_facts, f) for f in facts], dtype=np.float64)
    totals = _fuse(evidence, structured, broken, met, weights)
    order = np.lexsort((candidates, -totals))[:k]
    return [_match(candidates, i, evidence, structured, totals) for i in order]


@dataclass(frozen=True)
class Scale:
    """A query's yardstick: where the best scores of each component lie for it.

    Raw scores mean different things for different queries (a long text shares more words
    with everything; a vague one is close to everything), so each component is measured in
    spreads above the mean of the query's own best SCALE_DEPTH scores. That standard does
    not move when unrelated documents join the corpus (they are not among the best), unlike
    scaling to whatever happens to be in the candidate pool.
    """

    centres: tuple[float, ...]
    spreads: tuple[float, ...]

    @classmethod
    def measure(cls, corpus: Corpus, query_passages: np.ndarray, lexical_all: np.ndarray):
        """The query's yardstick over every document, a block of documents at a time.

        Over the whole corpus, not the candidates: the candidates are chosen by the best
        passage and the words, so they are not the best by every other reading.
        """
        doc_ids = np.fromiter(corpus.row_of, dtype=np.int64, count=len(corpus.row_of))
        best: dict[str, np.ndarray] = {}
        for start in range(0, len(doc_ids), SCALE_BLOCK):
            block = _dense_features(corpus, query_passages, doc_ids[start : start + SCALE_BLOCK])
            for name, values in block.items():
                joined = np.concatenate([best.get(name, values[:0]), values])
                best[name] = joined[_top_rows(joined, SCALE_DEPTH, positive_only=False)]
        live_rows = np.fromiter(corpus.row_of.values(), dtype=np.int64, count=len(doc_ids))
        return cls.of(best, lexical_all[live_rows])

    @classmethod
    def of(cls, raw: dict[str, np.ndarray], lexical_all: np.ndarray) -> "Scale":
        centres, spreads = [], []
        for name in COMPONENTS:
            values = lexical_all if name == "lexical" else raw[name]
            best = values[_top_rows(values, SCALE_DEPTH, positive_only=False)]
            centres.append(float(best.mean()))
            # A query with one possible answer has no spread; a floor keeps it finite.
            spreads.append(max(float(best.std()), MIN_SPREAD[name]))
        return cls(tuple(centres), tuple(spreads))

    def standardise(self, raw: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        return {
            name: (raw[name] - centre) / spread
            for name, centre, spread in zip(COMPONENTS, self.centres, self.spreads, strict=True)
        }

    def to_json(self) -> list[list[float]]:
        return [list(self.centres), list(self.spreads)]

    @classmethod
    def from_json(cls, data: list[list[float]]) -> "Scale":
        return cls(tuple(data[0]), tuple(data[1]))


def _or_nan(value: float | None) -> float:
    return np.nan if value is None else value


def _breaches(query: Facts | None, match: Facts | None) -> tuple[str, ...]:
    return () if query is None or match is None else breaches(query, match)


def _share_met(query: Facts | None, match: Facts | None) -> float:
    """The share of the challenge's stated hard constraints the solution says it meets."""
    if query is None or match is None:
        return 0.0
    challenge, _ = challenge_and_solution(query, match)
    return len(meets(query, match)) / len(challenge.needs) if challenge.needs else 0.0


def _fuse(
    evidence: dict[str, np.ndarray],
    structured: np.ndarray,
    breaches: np.ndarray,
    met: np.ndarray,
    weights: Weights,
) -> np.ndarray:
    """Two views of equal say: the words two texts share, and what the model reads in them.

    No weighting was tuned: weights fitted on one labelled set did not carry over to
    another (docs/benchmarks.md). The model's view averages its three readings, so no
    single reading of a weak model outvotes the words.
    """
    meaning = (evidence["dense"] + evidence["coverage"] + evidence["lead"]) / 3
    total = evidence["lexical"] + meaning
    # Structured fit counts only where both sides have facts to compare.
    known = ~np.isnan(structured)
    total[known] += weights.structured * structured[known]
    return total - BREACH_PENALTY * breaches + MET_BONUS * met


def calibrated(total: float) -> float:
    """The chance, as measured on labelled pairs, that a pair this strong is a real match."""
    return 1 / (1 + math.exp(-(CALIBRATION_SLOPE * total + CALIBRATION_OFFSET)))


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


def _top_rows(scores: np.ndarray, count: int, positive_only: bool = True) -> np.ndarray:
    rows = np.flatnonzero(scores > 0) if positive_only else np.arange(len(scores))
    if len(rows) <= count:
        return rows
    return rows[np.argpartition(-scores[rows], count)[:count]]


def _dense_features(corpus, query_passages, candidates) -> dict[str, np.ndarray]:
    """The model's three readings of each candidate against the query.

    dense: the best agreement of any query passage with any of the document's passages;
    coverage: how well the document answers the query's passages on average (each passage
    by its best counterpart), so a long query is not matched on one paragraph alone;
    lead: the two opening passages, what each text is about overall.
    """
    vectors, counts = corpus.passage_vectors(candidates)
    similarity = query_passages @ vectors.T
    starts = _first_rows(counts)
    best_per_query_passage = np.maximum.reduceat(similarity, starts, axis=1)
    return {
        "dense": best_per_query_passage.max(axis=0),
        "coverage": best_per_query_passage.mean(axis=0),
        "lead": vectors[starts] @ query_passages[0],
    }


def _match(candidates, i, evidence, structured, totals) -> Match:
    fit = structured[i]
    meaning = (evidence["dense"][i] + evidence["coverage"][i]) / 2
    components = Components(
        dense=_share(meaning),
        lead=_share(evidence["lead"][i]),
        lexical=_share(evidence["lexical"][i]),
        structured=None if np.isnan(fit) else round(float(fit), 4),
    )
    return Match(id=int(candidates[i]), score=round(calibrated(float(totals[i])), 4),
                 components=components)  # fmt: skip


def _share(standardised: float) -> float:
    """A component's evidence in [0, 1]: 0.5 is the query's typical good result."""
    return round(0.5 * (1 + math.erf(float(standardised) / math.sqrt(2))), 4)


def feedback_nudges(
    corpus: Corpus, candidate_ids: np.ndarray, judged: Mapping[int, float]
) -> np.ndarray:
    """How far each candidate moves for being like what was shortlisted or dismissed.

    `judged` maps documents of the corpus to a signed weight (positive: shortlisted). A
    candidate's affinity is the weighted mean cosine of its opening passage with theirs
    (Rocchio on the leads); affinities are standardised across the candidates, so the
    judgements reorder what the texts found rather than pile onto every score.
    """
    nudges = np.zeros(len(candidate_ids))
    known = {doc: weight for doc, weight in judged.items() if doc in corpus.row_of and weight}
    if not known or len(candidate_ids) < 2:
        return nudges
    weights = np.array(list(known.values()))
    similarity = _lead_vectors(corpus, candidate_ids) @ _lead_vectors(corpus, list(known)).T
    affinity = similarity @ weights / np.abs(weights).sum()
    spread = float(affinity.std())
    if spread < 1e-6:
        return nudges
    return FEEDBACK_SAY * (affinity - affinity.mean()) / spread


def reordered_by_feedback(
    corpus: Corpus, matches: list[Match], judged: Mapping[int, float]
) -> list[Match]:
    """The matches with their nudges (feedback_nudges), best first by evidence plus nudge.

    The scores stay the pairs' own; only the order moves.
    """
    ids = np.array([m.id for m in matches], dtype=np.int64)
    nudges = feedback_nudges(corpus, ids, judged)
    moved = [replace(m, nudge=round(float(n), 4)) for m, n in zip(matches, nudges, strict=True)]
    moved.sort(key=lambda m: (-(evidence_of(m.score) + m.nudge), m.id))
    return moved


def _lead_vectors(corpus: Corpus, doc_ids) -> np.ndarray:
    vectors, counts = corpus.passage_vectors(np.asarray(doc_ids, dtype=np.int64))
    return vectors[_first_rows(counts)]


def _first_rows(counts: np.ndarray) -> np.ndarray:
    """Where each document's passages start in a stack of them, counts[i] per document."""
    return np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)


def evidence_of(score: float) -> float:
    """The fused evidence behind a calibrated score (the inverse of `calibrated`)."""
    score = min(max(score, 1e-9), 1 - 1e-9)
    return (math.log(score / (1 - score)) - CALIBRATION_OFFSET) / CALIBRATION_SLOPE


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
    cost = solution.pilot_cost_pence(challenge)
    if challenge.budget_max_pence and cost is not None:
        scores.append(_budget_fit(challenge.budget_max_pence, cost))
    # Maturity is not here: how far along a product is says nothing of whether it fits the
    # problem (averaged in, it lifted off-topic products at scale). Cards show it.
    return sum(scores) / len(scores) if scores else None


def _budget_fit(budget_max: int, price: int) -> float:
    if price <= budget_max:
        return 1.0
    # Over budget fades out: half marks at 1.5x, nothing at 2x and beyond.
    return max(0.0, 1.0 - (price - budget_max) / budget_max)
