"""The matcher's one door: everything the domain asks of matching goes through here.

The domain imports this module and matching.contracts (the values and errors passed across),
never the rest of the package; within marketplace, only marketplace.matchmaking does.
Each function hands over to the module that does the work, looked up when called.
"""

import numpy as np

from matching import benchmark, clustering, constraints, engine, maintenance
from matching import vectors as stored_vectors
from matching.clustering import Cluster
from matching.contracts import (
    Document,
    Facts,
    IndexUnavailable,
    Judgement,
    LeadPassages,
    Match,
    MatcherError,
    MatcherUnavailable,
    MatchReason,
    NotIndexed,
)
from matching.models import DocumentKind

__all__ = [
    "KINDS",
    "Cluster",
    "Document",
    "DocumentKind",
    "Facts",
    "IndexUnavailable",
    "Judgement",
    "LeadPassages",
    "Match",
    "MatchReason",
    "MatcherError",
    "MatcherUnavailable",
    "NotIndexed",
]

KINDS: tuple[str, ...] = tuple(DocumentKind.values)


# -- documents -------------------------------------------------------------------------------


def index_document(document: Document) -> None:
    """Embed the document if its text changed, and make it searchable."""
    engine.index_document(document)


def remove_document(kind: str, object_id: int) -> None:
    engine.remove_document(kind, object_id)


# -- stated constraints ----------------------------------------------------------------------


def challenge_needs(text: str, **ticked) -> frozenset[str]:
    """A challenge's hard constraints: the boxes its provider ticked, and what its text says."""
    return constraints.challenge_needs(text, **ticked)


def solution_offers(text: str, **stated) -> frozenset[str]:
    """What a solution needs and offers: its structured answers, and what its text says."""
    return constraints.solution_offers(text, **stated)


# -- ranking and reasons ---------------------------------------------------------------------


def rank_for(
    query: Document,
    target_kind: str,
    *,
    allowed: set[int] | None = None,
    excluded: set[int] | frozenset = frozenset(),
    k: int = 10,
    explain: bool = True,
    judgements: tuple[Judgement, ...] = (),
) -> list[Match]:
    """Rank documents of `target_kind` for an already-indexed query document; `judgements`
    (an organisation's verdicts) reorder the matches, never their scores."""
    return engine.rank_for(
        query, target_kind, allowed=allowed, excluded=excluded, k=k, explain=explain,
        judgements=judgements,
    )  # fmt: skip


def rank_indexed(
    kind: str,
    object_id: int,
    target_kind: str,
    *,
    allowed: set[int] | None = None,
    excluded: set[int] | frozenset = frozenset(),
    k: int = 10,
    judgements: tuple[Judgement, ...] = (),
) -> list[Match]:
    """Rank for a document as it was indexed (its stored text and facts), explained."""
    return engine.rank_indexed(
        kind, object_id, target_kind, allowed=allowed, excluded=excluded, k=k,
        judgements=judgements,
    )  # fmt: skip


def explain(query: Document, match: Document) -> MatchReason:
    """The reason for any pair, ranked or not."""
    return engine.explain(query, match)


# -- the shared index and its upkeep ---------------------------------------------------------


def rebuild_index(
    kind: str, *, model_name: str | None = None, requested_at: float | None = None
) -> int:
    """Build and publish a new version of the kind's index; see engine.rebuild_index."""
    return engine.rebuild_index(kind, model_name=model_name, requested_at=requested_at)


def rebuild_if_fragmented(kind: str) -> int | None:
    return engine.rebuild_if_fragmented(kind)


def changed_since_built(kind: str) -> bool:
    return maintenance.changed_since_built(kind)


def rebuild_damaged_indexes() -> dict[str, int]:
    return maintenance.rebuild_damaged_indexes()


def prune_unused_models(*, settled_for: float) -> int:
    return maintenance.prune_unused_models(settled_for=settled_for)


def searchable_ids(kind: str, model_name: str) -> set[int]:
    return maintenance.searchable_ids(kind, model_name)


def configured_model_name() -> str:
    """The model new text is embedded with (MATCHING_MODEL_PATH)."""
    return engine.encoder().model_name


def serving_model_name(kind: str) -> str:
    """The model whose vectors the published index of `kind` holds."""
    return engine.serving_model_name(kind)


def served_version(kind: str) -> int | None:
    """The version this process searches; raises IndexUnavailable if its files are unreadable."""
    return engine.served_version(kind)


# -- process start ---------------------------------------------------------------------------


def load_published() -> None:
    """Load each kind's published index now (a web worker, before taking requests)."""
    engine.load_published()


def load_embedding_model() -> str:
    """Load the configured model now (a Celery worker, before taking tasks); its name."""
    encoder = engine.encoder()
    encoder.model  # noqa: B018 - loading is the point
    return encoder.model_name


# -- the vectors other features read ---------------------------------------------------------


def stored_state(model_name: str) -> list[tuple]:
    """Per kind, what changes whenever a document of `model_name` is indexed or withdrawn."""
    return stored_vectors.stored_state(model_name)


def lead_passages(kind: str, model_name: str) -> LeadPassages:
    return stored_vectors.lead_passages(kind, model_name)


def passage_vectors(kind: str, model_name: str) -> list[np.ndarray]:
    return stored_vectors.passage_vectors(kind, model_name)


def documents_copy(kind: str, copies: list[tuple[int, int]], model_name: str) -> int:
    """Store (template id, copy id) copies of identical text without embedding them again."""
    return stored_vectors.documents_copy(kind, copies, model_name)


def cluster_documents(
    ids: list[int], vectors: np.ndarray, texts: list[str], *, k: int | None = None
) -> list[Cluster]:
    return clustering.cluster_documents(ids, vectors, texts, k=k)


def default_cluster_count(n_documents: int) -> int:
    return clustering.default_cluster_count(n_documents)


# -- benchmarks ------------------------------------------------------------------------------


def encode(texts: list[str]) -> np.ndarray:
    """The configured model's vectors of the texts, one L2-normalised row each."""
    return engine.encoder().encode(texts)


def synthetic_vectors(n: int, seeds: np.ndarray) -> np.ndarray:
    """`n` vectors shaped like real ones (the seeds plus noise), for sizes no catalogue has yet."""
    return benchmark.synthetic_vectors(n, seeds)
