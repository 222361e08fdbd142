"""Demand insight: group similar challenges and name each group by its distinctive words.

Spherical k-means on the normalised embeddings (inner product = cosine), so the groups agree
with what the matcher calls similar. Labels come from the texts, not the model, so a person
can see why documents were put together.
"""

import math
import os
from collections import Counter
from dataclasses import dataclass, field

import faiss
import numpy as np

from matching.index import omp_threads
from matching.text import terms

KMEANS_ITERATIONS = 20
KMEANS_RESTARTS = 5
SEED_POOL_PER_CLUSTER = 20
TOP_TERMS = 5
LABEL_TERMS = 3
LABEL_SEPARATOR = " · "


@dataclass(frozen=True)
class Cluster:
    label: str
    member_ids: tuple[int, ...]
    top_terms: tuple[str, ...]
    centroid: np.ndarray = field(compare=False, hash=False, repr=False)


def cluster_documents(
    ids: list[int],
    vectors: np.ndarray,
    texts: list[str],
    *,
    k: int | None = None,
    seed: int = 0,
) -> list[Cluster]:
    """Group documents; `vectors` rows must be L2-normalised, one per id and text.

    `k` is an upper bound: it is lowered to the number of distinct vectors, and groups that
    end up empty are dropped. Documents without words give a cluster with an empty label.
    """
    if not (len(ids) == len(vectors) == len(texts)):
        raise ValueError("ids, vectors and texts must have one entry per document.")
    if not ids:
        return []
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    count = _cluster_count(vectors, k)
    assignments = _assign(vectors, count, seed)
    document_terms = [set(terms(text)) for text in texts]
    idf = _inverse_document_frequency(document_terms)
    clusters = [
        _cluster(ids, vectors, document_terms, idf, np.flatnonzero(assignments == group))
        for group in np.unique(assignments)
    ]
    return sorted(clusters, key=lambda c: (-len(c.member_ids), c.label, c.member_ids))


def default_cluster_count(n_documents: int) -> int:
    # Grows slowly with the catalogue so that each group stays big enough to mean a trend.
    return max(1, min(round(math.sqrt(n_documents / 2)), n_documents))


def _cluster_count(vectors: np.ndarray, requested: int | None) -> int:
    wanted = default_cluster_count(len(vectors)) if requested is None else requested
    # More centroids than distinct points would only leave clusters empty.
    distinct = len({row.tobytes() for row in vectors})
    return max(1, min(wanted, distinct))


def _assign(vectors: np.ndarray, count: int, seed: int) -> np.ndarray:
    if count == 1:
        return np.zeros(len(vectors), dtype=np.int64)
    rng = np.random.default_rng(seed)
    best_cohesion, best = -np.inf, np.zeros(0, dtype=np.int64)
    # k-means stops in local optima (a tight group split in two while two others merge);
    # on real challenge texts one run in three did, five restarts almost never.
    for _ in range(KMEANS_RESTARTS):
        similarity = vectors @ _trained_centroids(vectors, count, rng).T
        cohesion = float(similarity.max(axis=1).sum())
        if cohesion > best_cohesion:
            best_cohesion, best = cohesion, similarity.argmax(axis=1)
    return best


def _trained_centroids(vectors: np.ndarray, count: int, rng: np.random.Generator) -> np.ndarray:
    kmeans = faiss.Kmeans(
        vectors.shape[1],
        count,
        niter=KMEANS_ITERATIONS,
        seed=int(rng.integers(2**31 - 1)),
        spherical=True,
        # Small catalogues are the common case; FAISS would only warn about them.
        min_points_per_centroid=1,
        verbose=False,
    )
    # A batch job: use every core, unlike a search that shares the process with requests.
    with omp_threads(os.cpu_count() or 1):
        kmeans.train(
            vectors, init_centroids=_spread_seeds(_seed_pool(vectors, count, rng), count, rng)
        )
    return kmeans.centroids


def _seed_pool(vectors: np.ndarray, count: int, rng: np.random.Generator) -> np.ndarray:
    """A random sample big enough to seed every group; k-means itself still sees every row.

    k-means++ is sequential (one pass over the rows per seed): over all 10,000 challenges it
    took longer than the k-means training that follows.
    """
    size = SEED_POOL_PER_CLUSTER * count
    if len(vectors) <= size:
        return vectors
    pool = vectors[rng.choice(len(vectors), size=size, replace=False)]
    enough_distinct = len({row.tobytes() for row in pool}) >= count
    return pool if enough_distinct else vectors


def _spread_seeds(vectors: np.ndarray, count: int, rng: np.random.Generator) -> np.ndarray:
    """k-means++ seeding; call with `count` at most the number of distinct rows.

    FAISS starts from random documents, which often puts two seeds in one tight group of
    near-duplicates and then splits that group while merging two others.
    """
    chosen = [int(rng.integers(len(vectors)))]
    # Squared distance between unit vectors is 2 - 2 cos.
    distance = np.maximum(2 - 2 * (vectors @ vectors[chosen[0]]), 0)
    for _ in range(count - 1):
        total = distance.sum()
        weights = distance / total if total > 0 else None
        chosen.append(int(rng.choice(len(vectors), p=weights)))
        distance = np.minimum(distance, np.maximum(2 - 2 * (vectors @ vectors[chosen[-1]]), 0))
    return vectors[chosen]


def _inverse_document_frequency(document_terms: list[set[str]]) -> dict[str, float]:
    frequency = Counter(term for doc in document_terms for term in doc)
    n = len(document_terms)
    # Smoothed so that a word in every document still counts a little and never divides by 0.
    return {term: math.log((1 + n) / (1 + df)) + 1 for term, df in frequency.items()}


def _cluster(
    ids: list[int],
    vectors: np.ndarray,
    document_terms: list[set[str]],
    idf: dict[str, float],
    members: np.ndarray,
) -> Cluster:
    top = _top_terms([document_terms[i] for i in members], idf)
    return Cluster(
        label=LABEL_SEPARATOR.join(top[:LABEL_TERMS]),
        member_ids=tuple(sorted(int(ids[i]) for i in members)),
        top_terms=top,
        centroid=_normalised_mean(vectors[members]),
    )


def _top_terms(member_terms: list[set[str]], idf: dict[str, float]) -> tuple[str, ...]:
    # Share of the cluster's documents using a word, not raw counts, so one long document
    # repeating itself cannot name the whole group.
    documents_using = Counter(term for doc in member_terms for term in doc)
    ranked = sorted(documents_using, key=lambda term: (-documents_using[term] * idf[term], term))
    return tuple(ranked[:TOP_TERMS])


def _normalised_mean(vectors: np.ndarray) -> np.ndarray:
    mean = vectors.mean(axis=0)
    norm = np.linalg.norm(mean)
    return (mean / norm if norm > 0 else mean).astype(np.float32)
