"""The matcher's engine: index, remove, rank and explain documents (the domain calls matching.api).

Vectors live in the database (StoredDocument). A build writes the FAISS index and BM25 of
every searchable document to versioned files in MATCHING_INDEX_DIR, shared by every
process. Each process searches the current version plus a small segment of the documents
changed since it was built; it checks for changes at most once a second, and re-reads only
those, so a publish shows up everywhere within seconds at any catalogue size.

Each published version records the model whose vectors it holds, and searches use that
model's vectors. Changing MATCHING_MODEL_PATH therefore changes nothing until the catalogue
has been re-embedded with the new model and its index published: the old index serves
until then, and edits in between are embedded with both models.
"""

import json
import logging
import threading
import time
from collections import ChainMap, OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import numpy as np
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils import timezone

from matching import text as textlib
from matching.bm25 import BM25
from matching.contracts import (
    Document,
    Facts,
    Judgement,
    Match,
    MatcherError,
    MatcherUnavailable,
    NotIndexed,
    Weights,
)
from matching.encoder import Encoder, shared_encoder
from matching.explain import best_sentence_pairs, reason_for
from matching.index import IndexStore, IndexUnavailable, LoadedIndex, Pointer
from matching.locks import LockTimeout, exclusive
from matching.models import DocumentKind, StoredDocument
from matching.ranking import (
    PASSAGE_SLOTS,
    Corpus,
    Scale,
    Segment,
    build_segment,
    rank,
    reordered_by_feedback,
    score_pair,
)

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 200_000  # about 30,000 words; beyond that only the start is embedded
MAX_SENTENCES = 400
REFRESH_EVERY = 1.0
# Rankings kept per process: a few hundred entries' pages, each viewed again and again.
RANKINGS_KEPT = 1024
CLOCK_SKEW_ALLOWANCE = 5.0
# Changes since the last build are folded into a new one past this many documents or share.
FOLD_CHANGES_FROM = 500
FOLD_CHANGES_SHARE = 0.05
# How long a search waits for another process to finish rebuilding an unreadable index
# before telling the user to come back: well inside a web worker's timeout.
REPAIR_WAIT = 10.0


def encoder() -> Encoder:
    """The configured model: new text is always embedded with it."""
    return shared_encoder(settings.MATCHING_MODEL_PATH or None)


def serving_model_name(kind: str) -> str:
    """The model whose vectors the published index of `kind` holds (before any: the configured)."""
    pointer = index_store().pointer(kind)
    return _model_of(pointer) or encoder().model_name


def _model_of(pointer: Pointer | None) -> str | None:
    return pointer.meta.get("model_name") if pointer else None


def _encoders_to_write() -> list[Encoder]:
    """The configured model first, then any other model a published index still serves."""
    encoders = {encoder().model_name: encoder()}
    for kind in DocumentKind.values:
        pointer = index_store().pointer(kind)
        name = _model_of(pointer)
        if pointer is None or not name or name in encoders:
            continue
        serving = shared_encoder(pointer.meta.get("model_path") or None)
        if serving.model_name != name or not serving.model_path.exists():
            # Its documents stay as they were until the re-embed for the new model switches.
            logger.warning("Model %s of the %s index is not on this machine", name, kind)
            continue
        encoders[name] = serving
    return list(encoders.values())


def weights() -> Weights:
    return Weights(**settings.MATCHING_WEIGHTS)


@cache
def index_store() -> IndexStore:
    return IndexStore(Path(settings.MATCHING_INDEX_DIR), check_every=REFRESH_EVERY)


# -- writing ---------------------------------------------------------------------------------


def index_document(document: Document) -> StoredDocument:
    """Embed the document if its text changed, and make it searchable.

    Written for every model in use (see _encoders_to_write), so search stays current while
    the catalogue is re-embedded for a new model. Returns the configured model's row.
    """
    text = textlib.normalise(document.full_text)[:MAX_TEXT_CHARS]
    if not textlib.terms(text):
        raise MatcherError("There is no text to match: add a title and a description.")
    digest = textlib.text_hash(text)
    facts = document.facts.to_json()
    rows = [_index_with(model, document, text, digest, facts) for model in _encoders_to_write()]
    return rows[0]


def _index_with(model: Encoder, document: Document, text, digest, facts) -> StoredDocument:
    lookup = {"kind": document.kind, "object_id": document.id, "model_name": model.model_name}
    stored = StoredDocument.objects.filter(**lookup).first()
    if stored is not None and (stored.text_hash, stored.facts, stored.is_searchable) == (
        digest,
        facts,
        True,
    ):
        # Saving an unchanged row would date it and make every process re-read it.
        return stored
    if stored is None or stored.text_hash != digest:
        stored = _embed(model, document, text, digest, stored)
    stored.facts = facts
    stored.is_searchable = True
    try:
        with transaction.atomic():
            stored.save()
    except IntegrityError:
        # A concurrent task embedded the same document first; its row serves as well.
        return StoredDocument.objects.get(**lookup)
    return stored


def _embed(model: Encoder, document, text, digest, stored) -> StoredDocument:
    passages = textlib.passages(text)[:PASSAGE_SLOTS]
    sentences = textlib.sentences(text)[:MAX_SENTENCES] or passages[:1]
    vectors = model.encode(passages + sentences)
    stored = stored or StoredDocument(
        kind=document.kind, object_id=document.id, model_name=model.model_name
    )
    stored.text_hash = digest
    stored.text = text
    stored.dimension = vectors.shape[1]
    stored.passage_vectors = vectors[: len(passages)].tobytes()
    stored.sentences = sentences
    stored.sentence_vectors = vectors[len(passages) :].tobytes()
    stored.scale = None  # measured for the old text
    return stored


def remove_document(kind: str, object_id: int) -> None:
    # update() skips auto_now; the change must be dated for other processes to notice it.
    StoredDocument.objects.filter(kind=kind, object_id=object_id).update(
        is_searchable=False, updated_at=timezone.now()
    )


# -- the shared index ------------------------------------------------------------------------


def _searchable(kind: str, model_name: str):
    return StoredDocument.objects.filter(
        kind=kind, model_name=model_name, is_searchable=True
    ).order_by("object_id")


@contextmanager
def rebuild_lock(kind: str, *, wait: float | None = None) -> Iterator[None]:
    """One rebuild of `kind` at a time across every process and machine sharing the index."""
    with exclusive(f"rebuild-{kind}", wait=wait):
        yield


def rebuild_index(
    kind: str, *, model_name: str | None = None, requested_at: float | None = None
) -> int:
    """Build the kind's index and BM25 from the stored documents; publish them as a version.

    `model_name` builds from another model's vectors, switching every process to it (the end
    of a re-embed); by default the model the index serves now. A caller that waited while
    another rebuild of the same model read the data after `requested_at` (a time.time())
    reuses that version: what it asked for is already done.
    """
    with rebuild_lock(kind):
        pointer = index_store().pointer(kind)
        model_name = model_name or _model_of(pointer) or encoder().model_name
        if (
            requested_at is not None
            and pointer is not None
            and pointer.built_at >= requested_at
            and (_model_of(pointer) or encoder().model_name) == model_name
        ):
            return pointer.version
        return _build_and_publish(kind, model_name)


def _build_and_publish(kind: str, model_name: str) -> int:
    """Call while holding rebuild_lock(kind)."""
    started = time.time()
    fields = ("object_id", "dimension", "passage_vectors", "text", "facts")
    rows = list(_searchable(kind, model_name).values_list(*fields))
    segment = build_segment(
        [r[0] for r in rows],
        [np.frombuffer(bytes(r[2]), dtype=np.float32).reshape(-1, r[1]) for r in rows],
        [r[3] for r in rows],
        dimension=rows[0][1] if rows else encoder().dimension,
        approximate_from=settings.MATCHING_APPROXIMATE_FROM,
    )
    facts = {str(r[0]): r[4] for r in rows}
    extras = {
        "doc_ids": segment.doc_ids,
        "passage_counts": segment.passage_counts,
        "facts": np.frombuffer(json.dumps(facts).encode(), dtype=np.uint8),
        **segment.bm25.to_arrays(),
    }
    meta = {"model_name": model_name, "model_path": _model_path(kind, model_name)}
    version = index_store().publish(kind, segment.index, extras, built_at=started, meta=meta)
    logger.info(
        "Published %s index version %s with %s documents of %s",
        kind,
        version,
        len(rows),
        model_name,
    )
    return version


def _model_path(kind: str, model_name: str) -> str:
    """Where the model lives, so other processes can embed edits with it while it serves."""
    if model_name == encoder().model_name:
        return str(settings.MATCHING_MODEL_PATH or "")
    pointer = index_store().pointer(kind)
    if pointer is None or _model_of(pointer) != model_name:
        return ""
    return pointer.meta.get("model_path", "")


def rebuild_if_fragmented(kind: str) -> int | None:
    """Fold recent changes into a new version once they are too many to re-read cheaply.

    Every process re-reads the changes since the last build whenever anything changes, so
    that set must stay small; a rebuild resets it. Without a version yet, nothing to fold:
    the first search builds one.
    """
    pointer = index_store().pointer(kind)
    if pointer is None:
        return None
    documents = StoredDocument.objects.filter(kind=kind, model_name=serving_model_name(kind))
    changed = documents.filter(updated_at__gt=since_built(pointer.built_at)).count()
    if changed <= FOLD_CHANGES_FROM:
        return None
    if changed <= FOLD_CHANGES_SHARE * documents.filter(is_searchable=True).count():
        return None
    return rebuild_index(kind, requested_at=time.time())


@dataclass(frozen=True)
class _Base:
    """A published version, ready to search: its segment and the facts of its documents."""

    version: int
    built_at: float
    segment: Segment
    facts: dict[int, Facts]
    model_name: str


@dataclass
class _Snapshot:
    corpus: Corpus
    model_name: str
    signature: tuple
    checked_at: float


_bases: dict[str, _Base] = {}
_snapshots: dict[str, _Snapshot] = {}
_snapshot_lock = threading.Lock()


def _signature(kind: str) -> tuple:
    pointer = index_store().pointer(kind)
    model_name = _model_of(pointer) or encoder().model_name
    state = StoredDocument.objects.filter(kind=kind, model_name=model_name).aggregate(
        changed=Max("updated_at"), searchable=Count("id", filter=Q(is_searchable=True))
    )
    version = pointer.version if pointer else None
    return (version, model_name, state["changed"], state["searchable"])


def corpus_for(kind: str) -> Corpus:
    """This process's searchable view of `kind`, refreshed when anything changed."""
    return _snapshot_for(kind).corpus


def _snapshot_for(kind: str) -> _Snapshot:
    with _snapshot_lock:
        snapshot = _snapshots.get(kind)
        now = time.monotonic()
        if snapshot and now - snapshot.checked_at < REFRESH_EVERY:
            return snapshot
        signature = _signature(kind)
        if snapshot and snapshot.signature == signature:
            snapshot.checked_at = now
            return snapshot
        base = _base(kind)
        corpus = _load_corpus(kind, base)
        snapshot = _Snapshot(corpus, base.model_name, signature, time.monotonic())
        _snapshots[kind] = snapshot
        return snapshot


def load_published() -> None:
    """Load each kind's published index now, so that no request waits while a process does.

    For a web worker as it starts: loading the 10,000-document load-test index takes about
    2 s of CPU (docs/benchmarks.md). Unreadable files are left to the first search, which
    repairs them under the rebuild lock; a worker starts whatever state the index is in.
    """
    for kind in DocumentKind.values:
        try:
            if index_store().pointer(kind) is None:
                continue
            _current_base(kind)
            corpus_for(kind)
        except Exception:
            # Whatever went wrong, the first search meets it again and answers for it.
            logger.warning("The %s index was not loaded ahead of requests", kind, exc_info=True)


def served_version(kind: str) -> int | None:
    """The version this process searches now, reloading it if another process published one.

    None before any version exists (the first search builds it). Raises IndexUnavailable
    when the current files cannot be read.
    """
    if index_store().pointer(kind) is None:
        return None
    return index_store().get(kind).version


def _base(kind: str) -> _Base:
    try:
        return _current_base(kind)
    except IndexUnavailable:
        pass
    # A missing or corrupt file is rebuilt from the stored vectors, never an error page; a
    # search that cannot wait for the rebuild (another process holds the lock, or Redis,
    # which holds the lock, is down) says so instead of waiting past the worker's timeout.
    try:
        with rebuild_lock(kind, wait=REPAIR_WAIT):
            index_store().forget(kind)
            try:
                # Another process may have rebuilt it while this one waited for the lock.
                return _current_base(kind)
            except IndexUnavailable:
                _build_and_publish(kind, serving_model_name(kind))
                index_store().forget(kind)
                return _current_base(kind)
    except LockTimeout as exc:
        logger.warning("The %s index is unreadable and cannot be rebuilt now: %s", kind, exc)
        raise MatcherUnavailable(
            "Matching is being rebuilt just now. Try again in a minute."
        ) from exc


def _current_base(kind: str) -> _Base:
    loaded = index_store().get(kind)
    base = _bases.get(kind)
    if base is None or base.version != loaded.version:
        base = _bases[kind] = _base_from(loaded)
    return base


def _base_from(loaded: LoadedIndex) -> _Base:
    try:
        extras = loaded.extras
        segment = Segment(
            extras["doc_ids"], extras["passage_counts"], loaded.index, BM25.from_arrays(extras)
        )
        facts = json.loads(extras["facts"].tobytes())
    except (KeyError, ValueError) as exc:
        raise IndexUnavailable(f"The index files are incomplete: {exc}") from exc
    facts = {int(pk): Facts.from_json(data) for pk, data in facts.items()}
    model_name = loaded.meta.get("model_name") or encoder().model_name
    return _Base(loaded.version, loaded.built_at, segment, facts, model_name)


def since_built(built_at: float) -> datetime:
    # Clocks of the machines that write rows and the one that built the index may differ a
    # little; re-reading a few extra documents is harmless, missing one is not.
    return datetime.fromtimestamp(built_at - CLOCK_SKEW_ALLOWANCE, tz=UTC)


def _load_corpus(kind: str, base: _Base) -> Corpus:
    """The published version plus a small segment of what changed after it was built."""
    changed = list(
        StoredDocument.objects.filter(
            kind=kind, model_name=base.model_name, updated_at__gt=since_built(base.built_at)
        ).only("object_id", "is_searchable", "dimension", "passage_vectors", "text", "facts")
    )
    live = set(_searchable(kind, base.model_name).values_list("object_id", flat=True))
    removed = set(base.segment.doc_ids.tolist()) - live
    recent = [doc for doc in changed if doc.object_id in live]
    if not recent:
        return Corpus([base.segment], base.facts, removed)
    delta = build_segment(
        [doc.object_id for doc in recent],
        [doc.passages_matrix() for doc in recent],
        [doc.text for doc in recent],
        statistics_from=base.segment.bm25,
        dimension=base.segment.index.d,
    )
    facts = ChainMap({doc.object_id: Facts.from_json(doc.facts) for doc in recent}, base.facts)
    return Corpus([base.segment, delta], facts, removed)


# -- reading ---------------------------------------------------------------------------------


def stored_document(kind: str, object_id: int, model_name: str | None = None) -> StoredDocument:
    """The document's row for `model_name` (default: the model its own kind's index serves)."""
    stored = _stored_rows(kind, object_id, model_name or serving_model_name(kind)).first()
    if stored is None:
        raise _not_indexed()
    return stored


def _stored_rows(kind: str, object_id: int, model_name: str):
    return StoredDocument.objects.filter(kind=kind, object_id=object_id, model_name=model_name)


def _not_indexed() -> NotIndexed:
    return NotIndexed("Matches are being prepared for this text. Try again in a moment.")


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
    """Rank documents of `target_kind` for an already-indexed query document.

    `judgements` (the asking organisation's verdicts on its entries' pairings) reorder the
    matches towards what it shortlisted (_judged_weights); scores stay.
    """
    served = _snapshot_for(target_kind)
    text_hash, _ = _indexed_state(query.kind, query.id, served.model_name)
    return _kept_or_ranked(
        query, text_hash, served, target_kind, allowed, excluded, k, explain, judgements
    )


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
    """Rank for a document as it was indexed: its stored vectors, text and facts, explained.

    Cheaper for a caller that has not read the document's taxonomy, and consistent: the
    facts are those stored with the vectors the ranking uses.
    """
    served = _snapshot_for(target_kind)
    text_hash, facts = _indexed_state(kind, object_id, served.model_name)
    query = Document(kind=kind, id=object_id, title="", text="", facts=Facts.from_json(facts))
    return _kept_or_ranked(
        query, text_hash, served, target_kind, allowed, excluded, k, True, judgements
    )


def _indexed_state(kind: str, object_id: int, model_name: str) -> tuple[str, dict]:
    # Not the row: a kept ranking needs none of its vectors.
    found = _stored_rows(kind, object_id, model_name).values_list("text_hash", "facts")
    for text_hash, facts in found:
        return text_hash, facts
    raise _not_indexed()


def _kept_or_ranked(
    query, text_hash, served, target_kind, allowed, excluded, k, explain, judgements=()
):
    excluded = frozenset(excluded) | ({query.id} if query.kind == target_kind else frozenset())
    judgements = tuple(sorted(judgements, key=lambda j: (j.about, j.target)))
    # Everything the ranking reads, so a changed corpus, query, filter or weight misses.
    # Allow-lists (search filters) are not kept: they vary too much to be asked for again.
    key = (
        (query.kind, query.id, text_hash, query.facts, target_kind),
        (served.signature, excluded, k, explain, weights(), judgements),
    )
    if allowed is None and (cached := _rankings.get(key)) is not None:
        return cached
    # The query's vectors must come from the model the searched index was built with.
    query_stored = stored_document(query.kind, query.id, served.model_name)
    depth = max(FEEDBACK_DEPTH * k, 30) if judgements else k
    matches = _scored(query, query_stored, served, target_kind, allowed, excluded, depth)
    if judgements:
        matches = _nudged(matches, query, query_stored, served, judgements)[:k]
    if explain:
        matches = _explained(matches, query, query_stored, served, target_kind)
    if allowed is None:
        _rankings.put(key, matches)
    return matches


# With judgements, this many times the matches asked for are reordered, so something like
# what was shortlisted can rise into view from a little further down.
FEEDBACK_DEPTH = 3


def _scored(query, query_stored, served, target_kind, allowed, excluded, k) -> list[Match]:
    if (query.kind, target_kind) == ("solution", "challenge"):
        return _scored_from_challenges(query, query_stored, served, allowed, excluded, k)
    # The query's own yardstick over everything it is ranked against (see Scale).
    scale = _query_scale(query_stored, served, target_kind)
    return _ranked(served.corpus, query_stored, query.facts, k, allowed, excluded, scale)


def _nudged(matches, query, query_stored, served, judgements) -> list[Match]:
    """The matches reordered by the organisation's judgements (feedback_nudges)."""
    judged = _judged_weights(query, query_stored, served.model_name, judgements)
    return reordered_by_feedback(served.corpus, matches, judged)


def _judged_weights(query, query_stored, model_name, judgements) -> dict[int, float]:
    """What was shortlisted, each weighted: in full on this entry, and on another of the
    organisation's entries as much as that entry is like this one.

    Dismissals only hide their cards: pushing what is like them down as well cost 0.02 to
    0.05 nDCG@10 in the simulation (docs/benchmarks.md), since a dismissed card is often the
    right topic with one thing wrong.
    """
    liked = [j for j in judgements if j.liked]
    others = {j.about for j in liked if j.about != query.id}
    likeness = {}
    if others:
        lead = query_stored.passages_matrix()[0]
        for row in StoredDocument.objects.filter(
            kind=query.kind, model_name=model_name, object_id__in=others
        ).only("object_id", "dimension", "passage_vectors"):
            likeness[row.object_id] = max(0.0, float(row.passages_matrix()[0] @ lead))
    weights: dict[int, float] = {}
    for judgement in liked:
        weight = 1.0 if judgement.about == query.id else likeness.get(judgement.about, 0.0)
        weights[judgement.target] = weights.get(judgement.target, 0.0) + weight
    return weights


def _explained(matches, query, query_stored, served, target_kind) -> list[Match]:
    sentences = {
        doc.object_id: doc
        for doc in StoredDocument.objects.filter(
            kind=target_kind, model_name=served.model_name, object_id__in=[m.id for m in matches]
        ).only("object_id", "dimension", "sentences", "sentence_vectors")
    }
    # A document whose row is gone (its entry deleted since this process loaded the index)
    # is no longer indexed, whatever the loaded files still hold.
    facts = served.corpus.facts
    return [
        replace(m, reason=_reason(query, query_stored, facts[m.id], sentences[m.id]))
        for m in matches
        if m.id in sentences
    ]


def _ranked(corpus, query_stored, facts, k, allowed, excluded, scale) -> list[Match]:
    return rank(
        corpus,
        query_stored.passages_matrix(),
        query_stored.text,
        facts,
        weights(),
        k=k,
        allowed=allowed,
        excluded=excluded,
        scale=scale,
    )


# A query's kept yardstick is measured again once the corpus size has changed by this share.
RESCALE_FROM = 0.2
# A solution's candidate challenges are rescored from each challenge's side; this many times
# the matches asked for are rescored, so a challenge the solution's own view ranks a little
# lower can still take its place.
RESCORED_SHARE = 3


def _scored_from_challenges(solution, solution_stored, challenges, allowed, excluded, k):
    """A solution's challenges, each scored as the challenge scores the solution.

    A pair has one score: the challenge's, measured by the challenge's yardstick over every
    solution (Scale). The solution's own view only nominates the candidates.
    """
    own_scale = _query_scale(solution_stored, challenges, "challenge")
    nominated = _ranked(
        challenges.corpus, solution_stored, solution.facts, RESCORED_SHARE * k, allowed,
        excluded, own_scale,
    )  # fmt: skip
    solutions = _snapshot_for("solution")
    if solution.id not in solutions.corpus.row_of:
        return nominated[:k]
    stored = {
        row.object_id: row
        for row in StoredDocument.objects.filter(
            kind="challenge", model_name=solutions.model_name,
            object_id__in=[m.id for m in nominated],
        ).only("object_id", "text_hash", "dimension", "passage_vectors", "text", "scale")
    }  # fmt: skip
    rescored = []
    for match in nominated:
        challenge = stored.get(match.id)
        if challenge is None:
            continue
        scale = _query_scale(challenge, solutions, "solution")
        if scale is None:
            continue
        pair = score_pair(
            solutions.corpus, challenge.passages_matrix(), challenge.text,
            challenges.corpus.facts.get(match.id), solution.id, scale, weights(),
        )  # fmt: skip
        if pair is not None:
            rescored.append(replace(pair, id=match.id))
    rescored.sort(key=lambda m: (-m.score, m.id))
    return rescored[:k]


def _query_scale(stored, served: "_Snapshot", target_kind: str) -> Scale | None:
    """A query's yardstick over every document of `target_kind`, whatever a page filters.

    Measured once and kept with the query's row, so the same pair scores the same on every
    page and in every process, and publishing entries leaves it still; measured again once
    the corpus has grown or shrunk by RESCALE_FROM, when the old yardstick no longer fits.
    """
    corpus, size = served.corpus, len(served.corpus)
    kept = (stored.scale or {}).get(target_kind)
    if kept and abs(size - kept["size"]) <= RESCALE_FROM * kept["size"]:
        return Scale.from_json(kept["scale"])
    if size == 0:
        return None
    passages = stored.passages_matrix()[:PASSAGE_SLOTS]
    scale = Scale.measure(corpus, passages, corpus.lexical_scores(stored.text))
    stored.scale = {**(stored.scale or {}), target_kind: {"size": size, "scale": scale.to_json()}}
    # update() leaves updated_at alone: no other process needs to re-read the corpus.
    StoredDocument.objects.filter(pk=stored.pk).update(scale=stored.scale)
    return scale


class _RankingCache:
    """The latest rankings this process made, most recently used kept.

    Match pages are read far more often than the catalogue changes; a ranking is reused
    only while the corpus signature it was made from is current (see _snapshot_for).
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[tuple, list[Match]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> list[Match] | None:
        with self._lock:
            matches = self._entries.get(key)
            if matches is not None:
                self._entries.move_to_end(key)
            return matches

    def put(self, key: tuple, matches: list[Match]) -> None:
        with self._lock:
            self._entries[key] = matches
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


_rankings = _RankingCache(RANKINGS_KEPT)


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
    model_name = serving_model_name(match.kind)
    query_stored = stored_document(query.kind, query.id, model_name)
    match_stored = stored_document(match.kind, match.id, model_name)
    return _reason(query, query_stored, match.facts, match_stored)
