"""Housekeeping over stored vectors: what changed since a build, what a model holds, pruning."""

import logging
import time

from matching import engine
from matching.index import IndexUnavailable
from matching.models import DocumentKind, StoredDocument

logger = logging.getLogger(__name__)


def searchable_ids(kind: str, model_name: str) -> set[int]:
    return set(
        StoredDocument.objects.filter(
            kind=kind, model_name=model_name, is_searchable=True
        ).values_list("object_id", flat=True)
    )


def changed_since_built(kind: str) -> bool:
    """Whether the served version may lack a change (a rebuild would fold it in).

    Changes in the few seconds before the build count too, as the machines' clocks may
    differ: at worst one rebuild more than needed.
    """
    pointer = engine.index_store().pointer(kind)
    if pointer is None:
        return False  # nothing to compact: the first search builds the first version
    return StoredDocument.objects.filter(
        kind=kind,
        model_name=engine.serving_model_name(kind),
        updated_at__gt=engine.since_built(pointer.built_at),
    ).exists()


def prune_unused_models(*, settled_for: float) -> int:
    """Delete vectors of models neither configured nor served; returns how many rows went.

    Only once every index has served its model for `settled_for` seconds: a process that has
    not yet switched to a new version may still read the previous model's vectors.
    """
    in_use = {engine.encoder().model_name}
    for kind in DocumentKind.values:
        pointer = engine.index_store().pointer(kind)
        if pointer is not None and time.time() - pointer.built_at < settled_for:
            return 0
        in_use.add(engine.serving_model_name(kind))
    deleted, _ = StoredDocument.objects.exclude(model_name__in=in_use).delete()
    if deleted:
        logger.info("Deleted %s stored documents of models no longer in use", deleted)
    return deleted


def rebuild_damaged_indexes() -> dict[str, int]:
    """Rebuild each index whose current files are unreadable or damaged; the new versions.

    A web process that meets such files rebuilds them itself, but only when a search comes,
    and one that has just started answers /readyz with 503 meanwhile: behind a load balancer
    that takes it out of rotation, no search ever would. So the stale-data check runs this.
    """
    rebuilt = {}
    for kind in DocumentKind.values:
        asked_at = time.time()
        try:
            engine.index_store().check(kind)
        except IndexUnavailable:
            # One rebuild however many processes find the damage (see rebuild_index).
            rebuilt[kind] = engine.rebuild_index(kind, requested_at=asked_at)
            logger.warning("Rebuilt the damaged %s index as version %s", kind, rebuilt[kind])
    return rebuilt
