"""Stored vectors as features beyond ranking read them: demand insight and load tests.

Vectors are float32, L2-normalised, stored row after row as raw bytes (StoredDocument); only
this package decodes them.
"""

import numpy as np
from django.db.models import Count, Max, Q

from matching.contracts import LeadPassages
from matching.models import StoredDocument
from matching.text import PASSAGE_WORDS


def _searchable(kind: str, model_name: str):
    return StoredDocument.objects.filter(
        kind=kind, model_name=model_name, is_searchable=True
    ).order_by("object_id")


def stored_state(model_name: str) -> list[tuple]:
    """(kind, rows, searchable rows, latest change) of each kind's documents of `model_name`.

    Changes whenever a document is indexed, edited or withdrawn: indexing saves the row
    (auto_now) and withdrawal dates it too, so the latest change moves; a deleted row changes
    the count.
    """
    state = (
        StoredDocument.objects.filter(model_name=model_name)
        .values("kind")
        .annotate(
            total=Count("id"),
            searchable=Count("id", filter=Q(is_searchable=True)),
            changed=Max("updated_at"),
        )
        .order_by("kind")
    )
    return [tuple(row.values()) for row in state]


def lead_passages(kind: str, model_name: str) -> LeadPassages:
    rows = list(
        _searchable(kind, model_name).values_list(
            "object_id", "dimension", "passage_vectors", "text"
        )
    )
    if not rows:
        return LeadPassages((), np.empty((0, 0), dtype=np.float32), ())
    leads = np.vstack([_lead(dimension, blob) for _, dimension, blob, _ in rows])
    return LeadPassages(
        tuple(row[0] for row in rows), leads, tuple(_lead_text(text) for *_, text in rows)
    )


def _lead(dimension: int, blob) -> np.ndarray:
    return np.frombuffer(bytes(blob), dtype=np.float32, count=dimension)


def _lead_text(text: str) -> str:
    # Stored texts are normalised already, so the first passage is just the first words.
    return " ".join(text.split()[:PASSAGE_WORDS])


def passage_vectors(kind: str, model_name: str) -> list[np.ndarray]:
    """Every passage of each searchable document, one matrix per document, in id order."""
    blobs = _searchable(kind, model_name).values_list("dimension", "passage_vectors")
    return [np.frombuffer(bytes(blob), dtype=np.float32).reshape(-1, d) for d, blob in blobs]


def documents_copy(kind: str, copies: list[tuple[int, int]], model_name: str) -> int:
    """Store each (template id, copy id) copy with the template's text, facts and vectors.

    For identical text: its embedding is identical, so nothing is embedded. Returns how many
    were stored.
    """
    rows = StoredDocument.objects.filter(
        kind=kind, model_name=model_name, object_id__in={template for template, _ in copies}
    )
    templates = {row.object_id: row for row in rows}
    created = StoredDocument.objects.bulk_create(
        _stored_copy(templates[template], copy) for template, copy in copies
    )
    return len(created)


def _stored_copy(stored: StoredDocument, object_id: int) -> StoredDocument:
    fields = {
        field.attname: getattr(stored, field.attname)
        for field in StoredDocument._meta.concrete_fields
        if field.name not in {"id", "object_id", "updated_at"}
    }
    return StoredDocument(**fields, object_id=object_id)
