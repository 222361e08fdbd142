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


# Everyday words that say nothing about a topic. BM25 keeps them (they still separate
# documents); a label that reads "average · miles · late" does not help anyone.
LABEL_FILLER = frozenset(
    """
    about above across after again against ago almost along already although always among
    another around average away back because been before behind being below best better
    between both bring came come comes could day days did does doing done down during
    early either else enough even ever every few find first five four get gets getting
    give given goes going good got great had half hard having help here high however just
    keep know known large last late least less let like little long look lot lots low
    made make makes making many might miles minutes month months much must near need
    needed needs never new next now off often once one only out over own part per put
    quite rather really right run said same say see seen set several show since six
    small still take taken tell ten three through too took two under until upon use
    used uses using very want way ways week weeks well went whether while whole why
    within without work year years yet
    """.split()  # noqa: SIM905 -- a word list reads better as prose than as 180 quoted strings
)


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
    corpus = _Corpus(document_terms)
    clusters = [
        _cluster(ids, vectors, document_terms, corpus, np.flatnonzero(assignments == group))
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
    centroids = kmeans.centroids
    if centroids is None:
        raise RuntimeError("FAISS k-means trained but returned no centroids.")
    return centroids


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


def _cluster(
    ids: list[int],
    vectors: np.ndarray,
    document_terms: list[set[str]],
    corpus: "_Corpus",
    members: np.ndarray,
) -> Cluster:
    top = _top_terms([document_terms[i] for i in members], corpus)
    return Cluster(
        label=LABEL_SEPARATOR.join(top[:LABEL_TERMS]),
        member_ids=tuple(sorted(int(ids[i]) for i in members)),
        top_terms=top,
        centroid=_normalised_mean(vectors[members]),
    )


class _Corpus:
    """How many documents use each word, over all documents clustered."""

    def __init__(self, document_terms: list[set[str]]) -> None:
        self.size = len(document_terms)
        self.frequency = Counter(term for doc in document_terms for term in doc)

    def share(self, term: str) -> float:
        return self.frequency[term] / self.size

    def idf(self, term: str) -> float:
        # Smoothed so that a word in every document still counts a little.
        return math.log((1 + self.size) / (1 + self.frequency[term])) + 1


def _top_terms(member_terms: list[set[str]], corpus: "_Corpus") -> tuple[str, ...]:
    """The words that set the group apart: common in it, much less common elsewhere.

    Ranked by share-in-group x log(share-in-group / share-overall), so words every
    challenge uses ("homes", "year", "average") score near zero however often they occur.
    Shares of documents, not raw counts, so one long document cannot name the whole group.
    """
    documents_using = Counter(term for doc in member_terms for term in doc if _labelling(term))
    size = len(member_terms)

    def rank(term: str) -> tuple[float, float, str]:
        in_group = documents_using[term] / size
        contrast = in_group * math.log(in_group / corpus.share(term))
        # Ties (one group holding the whole corpus) fall back to frequency x rarity.
        return (-round(contrast, 9), -in_group * corpus.idf(term), term)

    return tuple(sorted(documents_using, key=rank)[:TOP_TERMS])


def _labelling(term: str) -> bool:
    # Numbers and fragments ("46", "s" from "provider's") name nothing.
    return len(term) > 2 and term.isalpha() and term not in LABEL_FILLER


def _normalised_mean(vectors: np.ndarray) -> np.ndarray:
    mean = vectors.mean(axis=0)
    norm = np.linalg.norm(mean)
    return (mean / norm if norm > 0 else mean).astype(np.float32)
