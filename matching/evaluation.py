"""Offline evaluation on labelled challenge -> solution data (the matching-bench format)."""

import csv
import hashlib
import itertools
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from matching.bm25 import BM25
from matching.contracts import Weights
from matching.encoder import Encoder
from matching.metrics import summarise
from matching.ranking import build_corpus, rank
from matching.text import normalise, passages

DEPTH = 100


@dataclass
class Dataset:
    solutions: list[dict]
    challenges: list[dict]
    qrels: dict[str, set[str]]


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


def load_qrels(path: str | Path) -> dict[str, set[str]]:
    qrels: dict[str, set[str]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = {"query_id", "solution_id"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: the header needs the columns {', '.join(sorted(missing))}.")
        for row in reader:
            if float(row.get("grade") or 1) > 0:
                qrels.setdefault(row["query_id"], set()).add(row["solution_id"])
    return qrels


def load_dataset(solutions: str, challenges: str, qrels: str) -> Dataset:
    return Dataset(load_jsonl(solutions), load_jsonl(challenges), load_qrels(qrels))


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


def run_full(p: Prepared, weights: Weights, corpus=None) -> dict[str, list[str]]:
    """The product's ranking: FAISS candidates, BM25 and the fused score."""
    corpus = corpus or full_corpus(p)
    ids = [str(row["id"]) for row in p.dataset.solutions]
    runs = {}
    for challenge, text, query in zip(
        p.dataset.challenges, p.challenge_texts, p.challenge_vectors, strict=True
    ):
        matches = rank(corpus, query, text, None, weights, k=DEPTH)
        runs[str(challenge["id"])] = [ids[m.id] for m in matches]
    return runs


def full_corpus(p: Prepared):
    return build_corpus(list(range(len(p.solution_texts))), p.solution_vectors, p.solution_texts)


def evaluate(p: Prepared, weights: Weights) -> dict[str, dict[str, float]]:
    qrels = p.dataset.qrels
    return {
        "bm25": summarise(run_bm25(p), qrels),
        "dense": summarise(run_dense(p), qrels),
        "full": summarise(run_full(p, weights), qrels),
    }


def tune(p: Prepared, step: float = 0.1) -> list[tuple[Weights, dict[str, float]]]:
    """Every weighting of dense/lead/lexical on a grid, best first (nDCG@10, then Recall@100)."""
    corpus = full_corpus(p)
    grid = [round(step * i, 2) for i in range(int(1 / step) + 1)]
    results = []
    for dense, lead in itertools.product(grid, grid):
        lexical = round(1 - dense - lead, 2)
        if lexical < 0:
            continue
        weights = Weights(dense=dense, lead=lead, lexical=lexical)
        results.append((weights, summarise(run_full(p, weights, corpus), p.dataset.qrels)))
    results.sort(key=lambda r: (-r[1]["ndcg@10"], -r[1]["recall@100"]))
    return results
