"""Groups of similar published challenges, and how well any solution meets each challenge.

From the challenges' stored embeddings (through matching.api), for demand insight
(marketplace.cohorts.insight). Cached under a signature of the stored documents of both
sides, so a page load reclusters only after a challenge or solution was indexed, edited or
withdrawn.
"""

import hashlib
from dataclasses import dataclass

import numpy as np
from django.core.cache import cache

from matching import api
from matching.api import DocumentKind

# The signature is what keeps the cache fresh; expiry only frees memory from old keys.
CACHE_SECONDS = 24 * 60 * 60
# Raise when the cached shapes change, so no process reads an old one (2: moved here from
# marketplace.cohorts.insight, whose classes the version 1 entries name).
CACHE_VERSION = 2
# Challenge rows per matrix product, so 10k challenges never need one 10k x N matrix.
FIT_CHUNK = 1024


@dataclass(frozen=True)
class Group:
    label: str
    top_terms: tuple[str, ...]
    member_ids: tuple[int, ...]


@dataclass(frozen=True)
class Grouping:
    groups: tuple[Group, ...]
    # Each clustered challenge's best fit with any published solution; None with no solutions.
    fit: dict[int, float] | None


def challenge_grouping(k: int | None) -> Grouping:
    """Searchable challenges in at most `k` groups (None: as many as their number suggests)."""
    key = _cache_key(k)
    grouping = cache.get(key)
    if grouping is None:
        grouping = _grouping(k)
        cache.set(key, grouping, CACHE_SECONDS)
    return grouping


def _cache_key(k: int | None) -> str:
    """Changes whenever a document of either side is indexed, edited or withdrawn."""
    model_name = _model_name()
    signature = repr((model_name, k, api.stored_state(model_name)))
    return f"insight:clusters:v{CACHE_VERSION}:" + hashlib.sha256(signature.encode()).hexdigest()


def _grouping(k: int | None) -> Grouping:
    # The lead passage (title, summary, the start of the problem) says what a challenge is
    # about; later passages are mostly the systems and constraints that unrelated challenges
    # share, and averaging them in pulls different needs together. The matcher's own "lead"
    # score compares the same passages.
    leads = api.lead_passages(DocumentKind.CHALLENGE, _model_name())
    if not leads.ids:
        return Grouping((), None)
    ids = list(leads.ids)
    clusters = api.cluster_documents(ids, leads.vectors, list(leads.texts), k=k)
    groups = tuple(Group(c.label, c.top_terms, c.member_ids) for c in clusters)
    return Grouping(groups, _best_fit(ids, leads.vectors))


def _model_name() -> str:
    # One model for both sides, so that challenges and solutions compare; while a re-embed
    # runs, both sides have vectors of the model the challenge index serves.
    return api.serving_model_name(DocumentKind.CHALLENGE)


def _best_fit(ids: list[int], leads: np.ndarray) -> dict[int, float] | None:
    """Each challenge's closest published solution: the best cosine with any of its passages.

    Not the matcher's score: that is scaled within each query's candidates, so the best of
    even one unrelated solution scores about 0.7 and no demand would ever look unmet. The
    cosine of unit vectors means the same whatever else is in the catalogue.
    """
    matrices = api.passage_vectors(DocumentKind.SOLUTION, _model_name())
    if not matrices:
        return None
    solutions = np.ascontiguousarray(np.vstack(matrices).T)
    best = np.concatenate(
        [
            (leads[start : start + FIT_CHUNK] @ solutions).max(axis=1)
            for start in range(0, len(leads), FIT_CHUNK)
        ]
    )
    scores = np.clip(best, 0.0, 1.0).round(4).tolist()
    return dict(zip(ids, scores, strict=True))
