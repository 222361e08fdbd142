"""The matcher's interface for the domain: index, remove, rank and explain documents.

Vectors live in the database (StoredDocument); FAISS index files live in
MATCHING_INDEX_DIR and are shared by every process. Each process keeps a searchable
corpus per kind in memory and rebuilds it when the index version or the stored documents
change, checked at most once a second, so a publish shows up everywhere within seconds.
"""

import fcntl
import logging
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import numpy as np
from django.conf import settings
from django.db.models import Count, Max, Q

from matching import text as textlib
from matching.contracts import Document, Facts, Match, Weights
from matching.encoder import Encoder, shared_encoder
from matching.explain import best_sentence_pairs, reason_for
from matching.index import IndexStore, IndexUnavailable, build_index
from matching.models import StoredDocument
from matching.ranking import PASSAGE_SLOTS, Corpus, build_corpus, passage_ids, rank

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 200_000  # about 30,000 words; beyond that only the start is embedded
MAX_SENTENCES = 400
REFRESH_EVERY = 1.0


class MatcherError(Exception):
    """A document cannot be matched; the message says why."""


class NotIndexed(MatcherError):
    """The document has not been embedded yet (its task is still queued)."""


def encoder() -> Encoder:
    return shared_encoder(settings.MATCHING_MODEL_PATH or None)


def weights() -> Weights:
    return Weights(**settings.MATCHING_WEIGHTS)


@cache
def index_store() -> IndexStore:
    return IndexStore(Path(settings.MATCHING_INDEX_DIR), check_every=REFRESH_EVERY)


# -- writing ---------------------------------------------------------------------------------


def index_document(document: Document) -> StoredDocument:
    """Embed the document if its text changed, and make it searchable."""
    text = textlib.normalise(document.full_text)[:MAX_TEXT_CHARS]
    if not textlib.terms(text):
        raise MatcherError("There is no text to match: add a title and a description.")
    digest = textlib.text_hash(text)
    model_name = encoder().model_name
    stored = StoredDocument.objects.filter(
        kind=document.kind, object_id=document.id, model_name=model_name
    ).first()
    if stored is None or stored.text_hash != digest:
        stored = _embed(document, text, digest, model_name, stored)
    stored.facts = facts_to_json(document.facts)
    stored.is_searchable = True
    stored.save()
    return stored


def _embed(document, text, digest, model_name, stored) -> StoredDocument:
    passages = textlib.passages(text)[:PASSAGE_SLOTS]
    sentences = textlib.sentences(text)[:MAX_SENTENCES] or passages[:1]
    vectors = encoder().encode(passages + sentences)
    stored = stored or StoredDocument(
        kind=document.kind, object_id=document.id, model_name=model_name
    )
    stored.text_hash = digest
    stored.text = text
    stored.dimension = vectors.shape[1]
    stored.passage_vectors = vectors[: len(passages)].tobytes()
    stored.sentences = sentences
    stored.sentence_vectors = vectors[len(passages) :].tobytes()
    return stored


def remove_document(kind: str, object_id: int) -> None:
    StoredDocument.objects.filter(kind=kind, object_id=object_id).update(is_searchable=False)


def facts_to_json(facts: Facts) -> dict:
    return {
        "side": facts.side,
        "themes": sorted(facts.themes),
        "regions": sorted(facts.regions),
        "budget_min_pence": facts.budget_min_pence,
        "budget_max_pence": facts.budget_max_pence,
        "price_pence": facts.price_pence,
        "pricing_model": facts.pricing_model,
        "homes": facts.homes,
        "maturity": facts.maturity,
    }


def facts_from_json(data: dict) -> Facts:
    return Facts(
        side=data.get("side", ""),
        themes=frozenset(data.get("themes", ())),
        regions=frozenset(data.get("regions", ())),
        budget_min_pence=data.get("budget_min_pence"),
        budget_max_pence=data.get("budget_max_pence"),
        price_pence=data.get("price_pence"),
        pricing_model=data.get("pricing_model"),
        homes=data.get("homes"),
        maturity=data.get("maturity"),
    )


# -- the shared index ------------------------------------------------------------------------


def _searchable(kind: str):
    return StoredDocument.objects.filter(
        kind=kind, model_name=encoder().model_name, is_searchable=True
    ).order_by("object_id")


@contextmanager
def _rebuild_lock(kind: str):
    """One rebuild per kind at a time on this machine; others wait and reuse its result."""
    directory = Path(settings.MATCHING_INDEX_DIR)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / f".{kind}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def rebuild_index(kind: str) -> int:
    """Build the kind's FAISS index from the stored vectors and publish it as a new version."""
    with _rebuild_lock(kind):
        rows = list(_searchable(kind).values_list("object_id", "dimension", "passage_vectors"))
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        matrices = [np.frombuffer(bytes(r[2]), dtype=np.float32).reshape(-1, r[1]) for r in rows]
        counts = np.array([len(m) for m in matrices], dtype=np.int64)
        dimension = rows[0][1] if rows else encoder().dimension
        stacked = np.vstack(matrices) if matrices else np.zeros((0, dimension), np.float32)
        index = build_index(
            passage_ids(ids, counts), stacked, approximate_from=settings.MATCHING_APPROXIMATE_FROM
        )
        version = index_store().publish(kind, index)
        logger.info("Published %s index version %s with %s documents", kind, version, len(ids))
        return version


@dataclass
class _Snapshot:
    corpus: Corpus
    stored: dict[int, StoredDocument]
    signature: tuple
    checked_at: float


_snapshots: dict[str, _Snapshot] = {}
_snapshot_lock = threading.Lock()


def _signature(kind: str) -> tuple:
    state = StoredDocument.objects.filter(kind=kind, model_name=encoder().model_name).aggregate(
        changed=Max("updated_at"), searchable=Count("id", filter=Q(is_searchable=True))
    )
    return (index_store().current_version(kind), state["changed"], state["searchable"])


def corpus_for(kind: str) -> tuple[Corpus, dict[int, StoredDocument]]:
    """This process's searchable view of `kind`, refreshed when anything changed."""
    with _snapshot_lock:
        snapshot = _snapshots.get(kind)
        now = time.monotonic()
        if snapshot and now - snapshot.checked_at < REFRESH_EVERY:
            return snapshot.corpus, snapshot.stored
        signature = _signature(kind)
        if snapshot and snapshot.signature == signature:
            snapshot.checked_at = now
            return snapshot.corpus, snapshot.stored
        snapshot = _load_snapshot(kind)
        _snapshots[kind] = snapshot
        return snapshot.corpus, snapshot.stored


def _load_snapshot(kind: str) -> _Snapshot:
    try:
        loaded = index_store().get(kind)
    except IndexUnavailable:
        # A missing or corrupt file is rebuilt from the stored vectors, never an error page.
        rebuild_index(kind)
        index_store().forget(kind)
        loaded = index_store().get(kind)
    signature = _signature(kind)
    stored = {doc.object_id: doc for doc in _searchable(kind)}
    index = _with_recent_changes(loaded.index, stored, loaded.built_at)
    corpus = build_corpus(
        list(stored),
        [doc.passages_matrix() for doc in stored.values()],
        [doc.text for doc in stored.values()],
        facts={pk: facts_from_json(doc.facts) for pk, doc in stored.items()},
        index=index,
    )
    return _Snapshot(corpus, stored, signature, time.monotonic())


def _with_recent_changes(base, stored: dict[int, StoredDocument], built_at: float):
    """The loaded index plus documents embedded after it was built.

    Re-adding an id makes reconstruct() return the new vectors; removed documents are
    filtered out by `allowed`, so a stale vector can only nominate, never score.
    """
    import faiss

    recent = [doc for doc in stored.values() if doc.updated_at.timestamp() > built_at]
    known = faiss.vector_to_array(base.id_map) if hasattr(base, "id_map") else np.zeros(0)
    known_docs = set((known // PASSAGE_SLOTS).tolist())
    missing = [doc for pk, doc in stored.items() if pk not in known_docs]
    changed = {d.object_id: d for d in recent + missing}
    if not changed:
        return base
    # A copy: the store's loaded index must stay as the file has it for the next refresh.
    base = faiss.clone_index(base)
    for doc in changed.values():
        vectors = doc.passages_matrix()[:PASSAGE_SLOTS]
        ids = passage_ids(np.array([doc.object_id]), np.array([len(vectors)]))
        base.add_with_ids(np.ascontiguousarray(vectors), ids)
    return base


# -- reading ---------------------------------------------------------------------------------


def stored_document(kind: str, object_id: int) -> StoredDocument:
    stored = StoredDocument.objects.filter(
        kind=kind, object_id=object_id, model_name=encoder().model_name
    ).first()
    if stored is None:
        raise NotIndexed("Matches are being prepared for this text. Try again in a moment.")
    return stored


def rank_for(
    query: Document,
    target_kind: str,
    *,
    allowed: set[int] | None = None,
    excluded: set[int] | frozenset = frozenset(),
    k: int = 10,
    explain: bool = True,
) -> list[Match]:
    """Rank documents of `target_kind` for an already-indexed query document."""
    query_stored = stored_document(query.kind, query.id)
    corpus, stored = corpus_for(target_kind)
    excluded = set(excluded) | ({query.id} if query.kind == target_kind else set())
    matches = rank(
        corpus,
        query_stored.passages_matrix(),
        query_stored.text,
        query.facts,
        weights(),
        k=k,
        allowed=allowed,
        excluded=excluded,
    )
    if not explain:
        return matches
    return [
        replace(m, reason=_reason(query, query_stored, corpus.facts[m.id], stored[m.id]))
        for m in matches
    ]


def rank_solutions(challenge: Document, **options) -> list[Match]:
    return rank_for(challenge, "solution", **options)


def rank_challenges(solution: Document, **options) -> list[Match]:
    return rank_for(solution, "challenge", **options)


def _reason(query: Document, query_stored, match_facts: Facts, match_stored):
    pairs = best_sentence_pairs(
        query_stored.sentences,
        query_stored.sentences_matrix(),
        match_stored.sentences,
        match_stored.sentences_matrix(),
    )
    return reason_for(query.facts, match_facts, pairs)


def explain(query: Document, match: Document):
    """The reason for any pair, ranked or not."""
    query_stored = stored_document(query.kind, query.id)
    match_stored = stored_document(match.kind, match.id)
    return _reason(query, query_stored, match.facts, match_stored)
