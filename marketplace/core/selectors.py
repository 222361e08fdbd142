"""What the audit-log view reads."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Model, QuerySet

from marketplace.core.models import AuditEntry


@dataclass(frozen=True)
class AuditFilter:
    # An organisations.Organisation: core, the ground floor, imports no app above it.
    organisation: Model | None = None
    actor_email: str = ""
    target_type: str = ""
    target_id: str = ""
    action: str = ""


def audit_entries(selection: AuditFilter) -> QuerySet[AuditEntry]:
    entries = AuditEntry.objects.select_related("actor", "organisation")
    if selection.organisation is not None:
        entries = entries.filter(organisation_id=selection.organisation.pk)
    if selection.actor_email:
        entries = entries.filter(actor__email__iexact=selection.actor_email)
    if selection.target_type:
        entries = entries.filter(target_type=selection.target_type)
    if selection.target_id:
        entries = entries.filter(target_id=selection.target_id)
    if selection.action:
        entries = entries.filter(action__startswith=selection.action)
    return entries


def audited_target_types() -> list[str]:
    return list(
        AuditEntry.objects.order_by("target_type").values_list("target_type", flat=True).distinct()
    )


def audited_actions() -> list[str]:
    return list(AuditEntry.objects.order_by("action").values_list("action", flat=True).distinct())


def known_actor(email: str) -> bool:
    return get_user_model().objects.filter(email__iexact=email).exists()
