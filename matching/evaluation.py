"""Offline evaluation on labelled challenge -> solution data (the matching-bench format).

With a few dozen queries a difference of a few hundredths can be noise, so besides the means
this reports each query's nDCG@10, a paired bootstrap of the full ranking against each
baseline, fold-wise figures, and the figures per kind of query where the data names kinds.
"""

import csv
import hashlib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from matching import constraints
from matching.bm25 import BM25
from matching.contracts import Facts, Weights
from matching.encoder import Encoder
from matching.metrics import (
    Comparison,
    Runs,
    ndcg_at,
    paired_bootstrap,
    per_query_ndcg,
    summarise,
)
from matching.ranking import Corpus, build_corpus, rank, reordered_by_feedback
from matching.text import normalise, passages

DEPTH = 100
RANKERS = ("bm25", "dense", "full")
BASELINES = ("bm25", "dense")
KINDS_FILE = "kinds.json"
UNLABELLED = "(no kind)"


@dataclass
class Dataset:
    solutions: list[dict]
    challenges: list[dict]
    qrels: dict[str, dict[str, float]]  # query id -> {solution id: grade > 0}
    kinds: dict[str, str] = field(default_factory=dict)  # query id -> kind, from kinds.json
    skipped_queries: list[str] = field(default_factory=list)  # judged, but not a challenge
    unknown_solutions: list[str] = field(default_factory=list)  # judged, but not a solution
    solution_facts: list[Facts] = field(default_factory=list)
    challenge_facts: list[Facts] = field(default_factory=list)


def load_jsonl(path: str | Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}, line {number}: not valid JSON ({exc.msg}).") from exc
            if not isinstance(row, dict) or "id" not in row:
                raise ValueError(f"{path}, line {number}: each line needs an object with an id.")
            rows.append(row)
    return rows


def load_qrels(path: str | Path) -> dict[str, dict[str, float]]:
    """Graded judgements of grade > 0; a file without a grade column judges every pair 1."""
    judged: dict[str, dict[str, float]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        columns = set(reader.fieldnames or [])
        missing = {"query_id", "solution_id"} - columns
        if missing:
            raise ValueError(f"{path}: the header needs the columns {', '.join(sorted(missing))}.")
        for row in reader:
            where = f"{path}, line {reader.line_num}"
            query, solution = row["query_id"], row["solution_id"]
            if not query or not solution:
                raise ValueError(f"{where}: needs a query_id and a solution_id.")
            grade = _grade(row["grade"], where) if "grade" in columns else 1.0
            if solution in judged.get(query, {}):
                raise ValueError(f"{where}: judges {query} -> {solution} a second time.")
            judged.setdefault(query, {})[solution] = grade
    # Grade 0 is the same as no judgement, and a query with nothing relevant cannot be scored.
    relevant = {q: {s: g for s, g in j.items() if g > 0} for q, j in judged.items()}
    return {q: j for q, j in relevant.items() if j}


def _grade(text: str | None, where: str) -> float:
    try:
        grade = float(text or "")
    except ValueError:
        raise ValueError(f"{where}: the grade {text!r} is not a number.") from None
    if not math.isfinite(grade) or grade < 0:
        raise ValueError(f"{where}: the grade {text!r} is not a number of 0 or more.")
    return grade


def load_kinds(path: Path) -> dict[str, str]:
    try:
        kinds = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON ({exc.msg}).") from exc
    if not isinstance(kinds, dict) or not all(isinstance(v, str) for v in kinds.values()):
        raise ValueError(f"{path}: needs an object mapping each query id to its kind.")
    return kinds


def facts_for(row: dict, side: str) -> Facts:
    """The structured facts a benchmark row carries, and the hard constraints its text states
    (read as the product reads an entry's); a missing field takes the default."""
    text = document_text(row)
    needs, offers = frozenset[str](), frozenset[str]()
    if side == "challenge":
        needs = constraints.challenge_needs(text)
    else:
        offers = constraints.solution_offers(text, data_hosting=_text(row, "data_hosting") or "")
    return Facts(
        side=side,
        needs=needs,
        offers=offers,
        themes=_names(row, "themes"),
        regions=_names(row, "regions"),
        price_pence=_whole_number(row, "indicative_price_pence"),
        pricing_model=_text(row, "pricing_model"),
        maturity=_text(row, "maturity"),
        budget_min_pence=_whole_number(row, "budget_min_pence"),
        budget_max_pence=_whole_number(row, "budget_max_pence"),
        homes=_whole_number(row, "homes"),
    )


def _names(row: dict, name: str) -> frozenset[str]:
    value = row.get(name)
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"row {row['id']}: {name} must be a list of strings.")
    return frozenset(value)


def _text(row: dict, name: str) -> str | None:
    value = row.get(name)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"row {row['id']}: {name} must be a string.")
    return value or None


def _whole_number(row: dict, name: str) -> int | None:
    value = row.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"row {row['id']}: {name} must be a whole number of 0 or more.")
    return value


def _facts_of(rows: list[dict], side: str, path: str) -> list[Facts]:
    try:
        return [facts_for(row, side) for row in rows]
    except ValueError as exc:
        raise ValueError(f"{path}, {exc}") from exc


def load_dataset(solutions: str, challenges: str, qrels: str) -> Dataset:
    """The three files, and kinds.json when one sits beside the qrels file.

    Judgements of a query that is not among the challenges are left out (and listed in
    `skipped_queries`); judged solutions that are missing stay judged, so recall says so.
    """
    solution_rows, challenge_rows = load_jsonl(solutions), load_jsonl(challenges)
    judged = load_qrels(qrels)
    challenge_ids = {str(row["id"]) for row in challenge_rows}
    solution_ids = {str(row["id"]) for row in solution_rows}
    kinds_path = Path(qrels).with_name(KINDS_FILE)
    return Dataset(
        solutions=solution_rows,
        challenges=challenge_rows,
        qrels={q: j for q, j in judged.items() if q in challenge_ids},
        kinds=load_kinds(kinds_path) if kinds_path.is_file() else {},
        skipped_queries=sorted(set(judged) - challenge_ids),
        unknown_solutions=sorted(
            {s for q, j in judged.items() if q in challenge_ids for s in j} - solution_ids
        ),
        solution_facts=_facts_of(solution_rows, "solution", solutions),
        challenge_facts=_facts_of(challenge_rows, "challenge", challenges),
    )


def document_text(row: dict) -> str:
    title = str(row.get("title") or "").strip()
    body = str(row.get("text") or "")
    return normalise(f"{title}.\n{body}" if title else body)


class PassageEmbedder:
    """Passage vectors per document, cached on disk by text hash so reruns skip the model."""

    def __init__(self, encoder: Encoder, cache_dir: Path | None) -> None:
        self.encoder = encoder
        self.cache_dir = cache_dir

    def embed(self, texts: list[str]) -> list[np.ndarray]:
        chunks = [passages(text) or [""] for text in texts]
        key = hashlib.sha256(
            (self.encoder.model_name + "\x00" + "\x01".join(texts)).encode("utf-8")
        ).hexdigest()[:24]
        cached = self.cache_dir / f"{key}.npy" if self.cache_dir else None
        if cached and cached.exists():
            flat = np.load(cached)
        else:
            flat = self.encoder.encode([p for chunk in chunks for p in chunk])
            if cached:
                cached.parent.mkdir(parents=True, exist_ok=True)
                np.save(cached, flat)
        bounds = np.cumsum([0] + [len(chunk) for chunk in chunks])
        return [flat[bounds[i] : bounds[i + 1]] for i in range(len(chunks))]


@dataclass
class Prepared:
    dataset: Dataset
    solution_vectors: list[np.ndarray]
    challenge_vectors: list[np.ndarray]
    solution_texts: list[str]
    challenge_texts: list[str]


def prepare(dataset: Dataset, embedder: PassageEmbedder) -> Prepared:
    solution_texts = [document_text(row) for row in dataset.solutions]
    challenge_texts = [document_text(row) for row in dataset.challenges]
    return Prepared(
        dataset,
        embedder.embed(solution_texts),
        embedder.embed(challenge_texts),
        solution_texts,
        challenge_texts,
    )


def _top(scores: np.ndarray, ids: list[str]) -> list[str]:
    return [ids[i] for i in np.argsort(-scores, kind="stable")[:DEPTH]]


def run_bm25(p: Prepared) -> dict[str, list[str]]:
    bm25 = BM25().fit(p.solution_texts)
    ids = [str(row["id"]) for row in p.dataset.solutions]
    return {
        str(c["id"]): _top(bm25.scores(text), ids)
        for c, text in zip(p.dataset.challenges, p.challenge_texts, strict=True)
    }


def run_dense(p: Prepared) -> dict[str, list[str]]:
    """Dense alone: the best passage-pair cosine, over every solution, exactly."""
    ids = [str(row["id"]) for row in p.dataset.solutions]
    stacked = np.vstack(p.solution_vectors)
    owners = np.repeat(np.arange(len(ids)), [len(v) for v in p.solution_vectors])
    runs = {}
    for challenge, query in zip(p.dataset.challenges, p.challenge_vectors, strict=True):
        best = np.full(len(ids), -np.inf, dtype=np.float32)
        np.maximum.at(best, owners, (query @ stacked.T).max(axis=0))
        runs[str(challenge["id"])] = _top(best, ids)
    return runs


def run_full(p: Prepared, weights: Weights, corpus: Corpus | None = None) -> dict[str, list[str]]:
    """The product's ranking: FAISS candidates, BM25, structured fit and the fused score."""
    corpus = corpus or full_corpus(p)
    ids = [str(row["id"]) for row in p.dataset.solutions]
    facts = p.dataset.challenge_facts or [Facts(side="challenge")] * len(p.dataset.challenges)
    runs = {}
    for challenge, text, query, query_facts in zip(
        p.dataset.challenges, p.challenge_texts, p.challenge_vectors, facts, strict=True
    ):
        matches = rank(corpus, query, text, query_facts, weights, k=DEPTH)
        runs[str(challenge["id"])] = [ids[m.id] for m in matches]
    return runs


def full_corpus(p: Prepared) -> Corpus:
    facts = dict(enumerate(p.dataset.solution_facts))
    return build_corpus(
        list(range(len(p.solution_texts))), p.solution_vectors, p.solution_texts, facts=facts
    )


def run_all(p: Prepared, weights: Weights) -> dict[str, Runs]:
    return {"bm25": run_bm25(p), "dense": run_dense(p), "full": run_full(p, weights)}


# -- telling a gain from noise -------------------------------------------------------------


@dataclass(frozen=True)
class Fold:
    queries: tuple[str, ...]
    ndcg: dict[str, float]  # ranker -> mean nDCG@10 over the fold's queries

    @property
    def full_minus_best_baseline(self) -> float:
        return self.ndcg["full"] - max(self.ndcg[b] for b in BASELINES)


@dataclass
class Report:
    summary: dict[str, dict[str, float]]  # ranker -> metric -> mean
    per_query: dict[str, dict[str, float]]  # query -> ranker -> nDCG@10, in query order
    comparisons: dict[str, Comparison]  # "full_vs_bm25" -> full against that baseline
    per_kind: dict[str, dict[str, float]]  # kind -> "queries" and ranker -> mean nDCG@10
    folds: list[Fold] | None = None


def report(p: Prepared, weights: Weights, folds: int | None = None) -> Report:
    """Every figure of one evaluation; `folds` splits the judged queries for the fold-wise
    figures (the ranker has no weights fitted to data left to tune on them)."""
    qrels = p.dataset.qrels
    runs = run_all(p, weights)
    scores = {ranker: per_query_ndcg(runs[ranker], qrels) for ranker in RANKERS}
    queries = sorted(scores["full"])
    per_query = {q: {ranker: scores[ranker][q] for ranker in RANKERS} for q in queries}
    split = fold_split(queries, folds) if folds else None
    return Report(
        summary={ranker: summarise(runs[ranker], qrels) for ranker in RANKERS},
        per_query=per_query,
        comparisons={
            f"full_vs_{baseline}": paired_bootstrap(
                [scores["full"][q] for q in queries], [scores[baseline][q] for q in queries]
            )
            for baseline in BASELINES
        },
        per_kind=per_kind(per_query, p.dataset.kinds) if p.dataset.kinds else {},
        folds=fold_scores(per_query, split) if split else None,
    )


def per_kind(
    per_query: dict[str, dict[str, float]], kinds: dict[str, str]
) -> dict[str, dict[str, float]]:
    groups: dict[str, list[str]] = {}
    for query in per_query:
        groups.setdefault(kinds.get(query, UNLABELLED), []).append(query)
    return {
        kind: {"queries": len(members), **_means(per_query, members)}
        for kind, members in sorted(groups.items())
    }


def fold_split(queries: list[str], k: int) -> list[tuple[str, ...]]:
    """Round-robin over the sorted query ids: the same folds on every run."""
    if k < 2:
        raise ValueError(f"needs at least 2 folds, not {k}.")
    if k > len(queries):
        raise ValueError(f"{k} folds need at least {k} judged queries; there are {len(queries)}.")
    ordered = sorted(queries)
    return [tuple(ordered[i::k]) for i in range(k)]


def fold_scores(per_query: dict[str, dict[str, float]], split: list[tuple[str, ...]]) -> list[Fold]:
    return [Fold(queries, _means(per_query, queries)) for queries in split]


def _means(per_query: dict[str, dict[str, float]], queries) -> dict[str, float]:
    return {r: float(np.mean([per_query[q][r] for q in queries])) for r in RANKERS}


# -- feedback, simulated -----------------------------------------------------------------------

# A simulated organisation judges the cards of the first page it sees.
FIRST_PAGE = 10


@dataclass(frozen=True)
class FeedbackSimulation:
    queries: int
    hidden_only: float  # nDCG@10 on the held-back judgements, verdicts only hiding cards
    taught: float  # the same, with the verdicts reordering the ranking
    comparison: Comparison


def simulate_feedback(p: Prepared, weights: Weights) -> FeedbackSimulation | None:
    """Does an organisation's feedback teach its later ranking? Measured on labelled data.

    For each query, every second relevant solution (by id) is revealed as shortlisted and
    the irrelevant ones on the first page are marked not relevant; the rest of the relevant
    ones are held back. Both rankings leave the judged solutions out; one also lets the
    verdicts reorder it (matching.ranking.feedback_nudges), as the product does. Scored on
    the held-back judgements only.
    """
    corpus = full_corpus(p)
    ids = [str(row["id"]) for row in p.dataset.solutions]
    number = {solution_id: i for i, solution_id in enumerate(ids)}
    facts = p.dataset.challenge_facts or [Facts(side="challenge")] * len(p.dataset.challenges)
    plain, taught = [], []
    for challenge, text, query, query_facts in zip(
        p.dataset.challenges, p.challenge_texts, p.challenge_vectors, facts, strict=True
    ):
        relevant = p.dataset.qrels.get(str(challenge["id"]), {})
        shortlisted, held_back = _split_judgements(relevant)
        if not held_back:
            continue
        first_page = rank(corpus, query, text, query_facts, weights, k=FIRST_PAGE)
        dismissed = {m.id for m in first_page if ids[m.id] not in relevant}
        # As in the product: the shortlist teaches, dismissals only hide their cards.
        judged = {number[s]: 1.0 for s in shortlisted if s in number}
        again = rank(corpus, query, text, query_facts, weights, k=3 * FIRST_PAGE,
                     excluded=set(judged) | dismissed)  # fmt: skip
        grades = {s: relevant[s] for s in held_back}
        plain.append(ndcg_at([ids[m.id] for m in again], grades))
        reordered = reordered_by_feedback(corpus, again, judged)
        taught.append(ndcg_at([ids[m.id] for m in reordered], grades))
    if not plain:
        return None
    return FeedbackSimulation(
        len(plain), float(np.mean(plain)), float(np.mean(taught)), paired_bootstrap(taught, plain)
    )


def _split_judgements(relevant: dict[str, float]) -> tuple[list[str], list[str]]:
    """Every second relevant solution revealed, the rest held back; one alone is held back."""
    ordered = sorted(relevant)
    if len(ordered) < 2:
        return [], ordered
    return ordered[::2], ordered[1::2]
