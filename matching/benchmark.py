"""Figures for docs/benchmarks.md: encoder throughput, index build/search, ranking latency."""

import resource
import time
from dataclasses import dataclass

import faiss
import numpy as np

from matching.bm25 import BM25
from matching.index import build_index, search
from matching.ranking import Corpus, Scale, build_segment, rank

RNG_SEED = 7


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    values = np.asarray(samples_ms)
    return {f"p{p}": round(float(np.percentile(values, p)), 3) for p in (50, 95, 99)}


def encoder_throughput(product_encode, plain_encode, texts: list[str], rounds: int = 2) -> dict:
    """Passages per second of both encoders on the same texts.

    The two take turns and each keeps its best round, so neither gains from going second
    (warm caches) or loses to a burst of other load on the machine.
    """
    product_encode(texts[:8])
    plain_encode(texts[:8])
    product_s, plain_s = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        product = product_encode(texts)
        product_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        plain = plain_encode(texts)
        plain_s.append(time.perf_counter() - started)
    agreement = float(np.mean(np.sum(product * plain, axis=1)))
    return {
        "passages": len(texts),
        "rounds": rounds,
        "product_per_s": round(len(texts) / min(product_s), 1),
        "plain_per_s": round(len(texts) / min(plain_s), 1),
        "speedup": round(min(plain_s) / min(product_s), 2),
        "mean_cosine_product_vs_plain": round(agreement, 4),
    }


def synthetic_vectors(n: int, seeds: np.ndarray, noise: float = 0.06) -> np.ndarray:
    """Vectors shaped like real ones: real embeddings plus noise, normalised."""
    rng = np.random.default_rng(RNG_SEED + n)
    picks = seeds[rng.integers(0, len(seeds), n)]
    vectors = picks + rng.normal(0, noise, picks.shape).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.ascontiguousarray(vectors, dtype=np.float32)


@dataclass
class IndexFigures:
    size: int
    kind: str
    build_s: float
    latency_ms: dict
    recall_at_10: float
    bytes_per_vector: float


def index_figures(size: int, seeds: np.ndarray, queries: int = 200) -> list[IndexFigures]:
    vectors = synthetic_vectors(size, seeds)
    probes = synthetic_vectors(queries, seeds[::-1].copy(), noise=0.08)
    ids = np.arange(size, dtype=np.int64)
    figures, exact_hits = [], None
    for kind, approximate_from in (("exact", size + 1), ("ivf", 0)):
        started = time.perf_counter()
        index = build_index(ids, vectors, approximate_from=approximate_from)
        build_s = time.perf_counter() - started
        latencies, hits = [], []
        for probe in probes:
            started = time.perf_counter()
            _, found = search(index, probe[None, :], 10)
            latencies.append((time.perf_counter() - started) * 1000)
            hits.append(found[0])
        if exact_hits is None:
            exact_hits = hits
        recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(hits, exact_hits, strict=True)])
        size_bytes = faiss.serialize_index(index).nbytes
        figures.append(
            IndexFigures(
                size,
                kind,
                round(build_s, 2),
                percentiles(latencies),
                round(float(recall), 4),
                round(size_bytes / size, 1),
            )
        )
    return figures


def ranking_figures(
    size: int,
    seeds: np.ndarray,
    query_passages: list[np.ndarray],
    query_text: str,
    words: list[str],
    edits: int = 200,
) -> dict:
    """One full ranking call (FAISS candidates + BM25 + fusion) over `size` documents.

    Then the same after `edits` documents changed since the build: the in-process cost of
    the refresh (a segment of the changed documents beside the built one) and of ranking
    over both segments.
    """
    vectors = synthetic_vectors(size, seeds)
    rng = np.random.default_rng(RNG_SEED)
    texts = [" ".join(rng.choice(words, 40)) for _ in range(size)]
    started = time.perf_counter()
    base = build_segment(list(range(size)), list(vectors[:, None, :]), texts,
                         approximate_from=50_000)  # fmt: skip
    build_s = time.perf_counter() - started
    figures = {"size": size, "build_s": round(build_s, 1), **_latencies(
        Corpus([base]), query_passages, query_text)}  # fmt: skip
    edited = rng.choice(size, edits, replace=False)
    started = time.perf_counter()
    recent = build_segment(edited.tolist(), list(vectors[edited, None, :]),
                           [texts[i] for i in edited], statistics_from=base.bm25)  # fmt: skip
    corpus = Corpus([base, recent], removed=edited[: edits // 4].tolist())
    figures["refresh_ms"] = round((time.perf_counter() - started) * 1000, 1)
    after = _latencies(corpus, query_passages, query_text)
    figures.update({f"{key}_after_{edits}_edits": value for key, value in after.items()})
    return figures


def _latencies(
    corpus: Corpus, query_passages: list[np.ndarray], query_text: str, rounds: int = 5
) -> dict:
    """Every query `rounds` times, so p95 and p99 rest on more than a handful of calls.

    A query's yardstick (Scale) is measured once and kept with it (engine._query_scale), so
    the calls rank with it; measuring it is timed apart, as `scale_ms`, the p95 of the first
    ranking of each query beyond the others.
    """
    scales, scale_ms = [], []
    lexical = corpus.lexical_scores(query_text)
    for passages in query_passages:
        started = time.perf_counter()
        scales.append(Scale.measure(corpus, passages, lexical))
        scale_ms.append((time.perf_counter() - started) * 1000)
    latencies = []
    for _ in range(rounds):
        for passages, scale in zip(query_passages, scales, strict=True):
            started = time.perf_counter()
            rank(corpus, passages, query_text, k=10, scale=scale)
            latencies.append((time.perf_counter() - started) * 1000)
    return {**percentiles(latencies), "scale_ms": percentiles(scale_ms)["p95"]}


def peak_memory_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


__all__ = ["BM25", "encoder_throughput", "index_figures", "peak_memory_mb", "ranking_figures"]
