from collections.abc import Sequence
from typing import Any

from django.db import models
from django.forms.models import model_to_dict

from marketplace.core.models import AuditEntry


def snapshot(instance: models.Model, fields: Sequence[str]) -> dict[str, Any]:
    """A JSON-safe picture of the named fields, for the before/after of an audit entry."""
    values = model_to_dict(instance, fields=fields)
    return {name: _json_safe(value) for name, value in values.items()}


def _json_safe(value: Any) -> Any:
    if isinstance(value, list):
        return sorted(str(item.pk if isinstance(item, models.Model) else item) for item in value)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def audit_record(
    *,
    actor,
    action: str,
    target: models.Model,
    organisation=None,
    before: dict | None = None,
    after: dict | None = None,
    reason: str = "",
) -> AuditEntry:
    return AuditEntry.objects.create(
        actor=actor if actor is not None and actor.is_authenticated else None,
        organisation=organisation,
        action=action,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        before=before or {},
        after=after or {},
        reason=reason,
    )
