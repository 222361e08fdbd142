"""Every change to a challenge or solution goes through here: who may, from which state, audited."""

import math
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from marketplace.billing.rules import require_good_standing
from marketplace.catalogue.models import (
    MAX_THEMES,
    CatalogueEntry,
    Challenge,
    MatchFeedback,
    Solution,
    Status,
    Verdict,
)
from marketplace.core.audit import audit_record, snapshot
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.outbox import task_queue_on_commit
from marketplace.core.validators import full_clean, require_storable_text
from marketplace.organisations.models import Organisation, OrganisationKind, Role
from marketplace.organisations.services import require_role

OWNER_KIND = {
    Challenge: OrganisationKind.HOUSING_PROVIDER,
    Solution: OrganisationKind.SUPPLIER,
}
EDITABLE_STATES = {Status.DRAFT, Status.PUBLISHED}
M2M_FIELDS = ("themes", "regions")
# JSON fields whose rules (Solution.clean) read them as lists of text.
TEXT_LIST_FIELDS = ("certifications", "evidence_links")
# Lists of free text, shown as written (certifications are codes from a fixed list).
FREE_TEXT_LISTS = ("evidence_links",)
# A task of marketplace.matchmaking, which owns indexing; queued by name (its old one).
SYNC_WITH_MATCHER = "marketplace.catalogue.tasks.sync_entry_with_matcher"
HELD_FOR_REVIEW = (
    "You changed text that programme staff had published, so it is back with them for "
    "review: until they publish it again, others cannot see it and it is not matched."
)


def _label(model: type[CatalogueEntry]) -> str:
    return str(model._meta.model_name)


def editable_fields(model: type[CatalogueEntry]) -> list[str]:
    excluded = {
        "id", "organisation", "status", "rejection_reason", "created_by", "created_at",
        "updated_at", "submitted_at", "published_at", "closed_at",
    }  # fmt: skip
    return [
        f.name for f in model._meta.get_fields() if f.concrete and f.name not in excluded
    ] + list(M2M_FIELDS)


def reviewed_fields(model: type[CatalogueEntry]) -> list[str]:
    """The free text people write and readers see: staff read all of it before publishing."""
    editable = set(editable_fields(model))
    return [
        f.name
        for f in model._meta.concrete_fields
        if f.name in editable
        and (
            f.name in FREE_TEXT_LISTS
            or (isinstance(f, models.CharField | models.TextField) and not f.choices)
        )
    ]


def review_notice(entry: CatalogueEntry) -> str:
    """What the owner is told about an entry held back from publication by their edit."""
    held = entry.status == Status.SUBMITTED and entry.published_at is not None
    return HELD_FOR_REVIEW if held else ""


def _audit_fields(model: type[CatalogueEntry]) -> list[str]:
    return [*editable_fields(model), "status"]


def _apply_changes(entry: CatalogueEntry, changes: dict[str, Any]) -> dict[str, Any]:
    allowed = set(editable_fields(type(entry)))
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError({name: "This field cannot be set." for name in sorted(unknown)})
    not_lists = [
        name
        for name in TEXT_LIST_FIELDS
        if name in changes
        and not (isinstance(changes[name], list) and all(isinstance(v, str) for v in changes[name]))
    ]
    if not_lists:
        raise ValidationError({name: "Give a list of text values." for name in not_lists})
    relations = {name: changes.pop(name) for name in M2M_FIELDS if name in changes}
    for name, value in changes.items():
        setattr(entry, name, value)
    if "themes" in relations and len(relations["themes"]) > MAX_THEMES:
        raise ValidationError({"themes": f"Choose at most {MAX_THEMES} themes."})
    contact = getattr(entry, "contact", None)
    if (
        contact is not None
        and not contact.memberships.filter(organisation_id=entry.organisation_id).exists()
    ):
        raise ValidationError({"contact": "The contact must be a member of your organisation."})
    full_clean(entry, exclude=["organisation", "created_by"])
    return relations


def _save_relations(entry: CatalogueEntry, relations: dict[str, Any]) -> None:
    for name, values in relations.items():
        getattr(entry, name).set(values)


@transaction.atomic
def entry_create(
    model: type[CatalogueEntry], *, user, organisation: Organisation, **fields
) -> CatalogueEntry:
    """Create a draft. Drafts may be incomplete: the guided form saves after every step."""
    require_role(user=user, organisation=organisation, role=Role.MEMBER)
    if organisation.kind != OWNER_KIND[model]:
        raise NotAllowed(f"Only a {OWNER_KIND[model].label.lower()} can post a {_label(model)}.")
    entry = model(organisation=organisation, created_by=user, status=Status.DRAFT)
    relations = _apply_changes(entry, fields)
    entry.save()
    _save_relations(entry, relations)
    audit_record(
        actor=user,
        action=f"{_label(model)}.create",
        target=entry,
        organisation=organisation,
        after=snapshot(entry, _audit_fields(model)),
    )
    return entry


@transaction.atomic
def entry_update(entry: CatalogueEntry, *, user, **changes) -> CatalogueEntry:
    """Save changes; a published entry whose text changes goes back to moderation.

    Held, not live: the entry returns to submitted, hidden from others and out of the
    matcher, until staff publish it again or send it back (see docs/moderation.md).
    """
    entry = _lock(entry)
    published = entry.status == Status.PUBLISHED
    require_role(
        user=user, organisation=entry.organisation, role=Role.ADMIN if published else Role.MEMBER
    )
    _require_state(entry, EDITABLE_STATES, "edited")
    before = snapshot(entry, _audit_fields(type(entry)))
    relations = _apply_changes(entry, changes)
    text = reviewed_fields(type(entry))
    held = published and snapshot(entry, text) != {name: before[name] for name in text}
    if held:
        entry.status = Status.SUBMITTED
        entry.submitted_at = timezone.now()
    entry.save()
    _save_relations(entry, relations)
    _record(user, entry, "update", before, reason="Published text changed: held for review."
            if held else "")  # fmt: skip
    return entry


@transaction.atomic
def entry_submit(entry: CatalogueEntry, *, user) -> CatalogueEntry:
    entry = _lock(entry)
    require_role(user=user, organisation=entry.organisation, role=Role.MEMBER)
    require_good_standing(entry.organisation)
    _require_state(entry, {Status.DRAFT}, "submitted")
    errors = entry.submission_errors()
    if errors:
        raise ValidationError(errors)
    return _move(entry, user, "submit", Status.SUBMITTED, submitted_at=timezone.now(),
                 rejection_reason="")  # fmt: skip


@transaction.atomic
def entry_publish(entry: CatalogueEntry, *, user) -> CatalogueEntry:
    _require_staff(user, "publish")
    entry = _lock(entry)
    require_good_standing(entry.organisation)
    _require_state(entry, {Status.SUBMITTED}, "published")
    return _move(entry, user, "publish", Status.PUBLISHED, published_at=timezone.now())


@transaction.atomic
def entry_reject(entry: CatalogueEntry, *, user, reason: str) -> CatalogueEntry:
    """Send a submission back to its organisation as a draft, saying what to change."""
    _require_staff(user, "reject")
    if not reason or not reason.strip():
        raise ValidationError({"reason": "Say why, so the organisation knows what to change."})
    require_storable_text(reason=reason)
    entry = _lock(entry)
    _require_state(entry, {Status.SUBMITTED}, "rejected")
    return _move(entry, user, "reject", Status.DRAFT, reason=reason.strip(),
                 rejection_reason=reason.strip())  # fmt: skip


@transaction.atomic
def entry_close(entry: CatalogueEntry, *, user) -> CatalogueEntry:
    entry = _lock(entry)
    _require_admin_or_staff(user, entry)
    _require_state(entry, {Status.PUBLISHED}, "closed")
    return _move(entry, user, "close", Status.CLOSED, closed_at=timezone.now())


@transaction.atomic
def entry_archive(entry: CatalogueEntry, *, user) -> CatalogueEntry:
    entry = _lock(entry)
    _require_admin_or_staff(user, entry)
    _require_state(entry, {Status.DRAFT, Status.CLOSED}, "archived")
    return _move(entry, user, "archive", Status.ARCHIVED)


def _lock(entry: CatalogueEntry) -> CatalogueEntry:
    # Re-read under a row lock so two moderators cannot both act on the same state.
    # Its own row only: a lock on the organisation's row would queue every other change that
    # refers to the organisation (audit entries, memberships) behind this one.
    return (
        type(entry)
        ._default_manager.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=entry.pk)
    )


def _require_state(entry: CatalogueEntry, allowed: set[Status], verb: str) -> None:
    if entry.status not in allowed:
        states = " or ".join(sorted(Status(s).label.lower() for s in allowed))
        raise DomainError(
            f"This {_label(type(entry))} is {entry.get_status_display().lower()}; "
            f"only a {_label(type(entry))} that is {states} can be {verb}.",
            code="invalid_state",
        )


def _require_staff(user, verb: str) -> None:
    if not user.is_staff:
        raise NotAllowed(f"Only programme staff can {verb} submissions.")


def _require_admin_or_staff(user, entry: CatalogueEntry) -> None:
    if not user.is_staff:
        require_role(user=user, organisation=entry.organisation, role=Role.ADMIN)


def _move(
    entry: CatalogueEntry, user, action: str, status: Status, *, reason: str = "", **fields
) -> CatalogueEntry:
    before = snapshot(entry, ["status"])
    entry.status = status
    for name, value in fields.items():
        setattr(entry, name, value)
    entry.save()
    _record(user, entry, action, before, reason=reason)
    return entry


def _sync_matcher_after_commit(entry: CatalogueEntry) -> None:
    # Embedding takes seconds: never inside the request that saved the entry.
    task_queue_on_commit(SYNC_WITH_MATCHER, _label(type(entry)), entry.pk)


def _record(user, entry: CatalogueEntry, action: str, before: dict, reason: str = "") -> None:
    _sync_matcher_after_commit(entry)
    after_fields = list(before) if set(before) == {"status"} else _audit_fields(type(entry))
    audit_record(
        actor=user,
        action=f"{_label(type(entry))}.{action}",
        target=entry,
        organisation=entry.organisation,
        before=before,
        after=snapshot(entry, after_fields),
        reason=reason,
    )


@transaction.atomic
def feedback_record(
    *, user, organisation: Organisation, challenge: Challenge, solution: Solution,
    verdict: str, reason: str = "", score: float | None = None,
) -> MatchFeedback:  # fmt: skip
    """Shortlist, dismiss or mark a pairing not relevant, for the acting organisation."""
    require_role(user=user, organisation=organisation, role=Role.MEMBER)
    if organisation.pk not in (challenge.organisation_id, solution.organisation_id):
        raise NotAllowed("You can only judge matches for your own challenges or solutions.")
    if verdict not in Verdict.values:
        raise ValidationError({"verdict": f"Choose one of: {', '.join(Verdict.values)}."})
    if verdict == Verdict.NOT_RELEVANT and not reason.strip():
        raise ValidationError({"reason": "Say why it is not relevant; it improves the matcher."})
    require_storable_text(reason=reason)
    if score is not None and not math.isfinite(score):
        raise ValidationError({"score": "The score must be a number."})
    feedback, _ = MatchFeedback.objects.update_or_create(
        challenge=challenge,
        solution=solution,
        organisation=organisation,
        defaults={"user": user, "verdict": verdict, "reason": reason.strip()[:500],
                  "score": score},
    )  # fmt: skip
    audit_record(
        actor=user,
        action=f"match.{verdict}",
        target=feedback,
        organisation=organisation,
        after={"challenge": challenge.pk, "solution": solution.pk, "verdict": verdict},
        reason=reason,
    )
    return feedback


@transaction.atomic
def feedback_clear(*, user, organisation: Organisation, challenge: Challenge, solution: Solution):
    """Undo a shortlist or dismissal."""
    require_role(user=user, organisation=organisation, role=Role.MEMBER)
    MatchFeedback.objects.filter(
        challenge=challenge, solution=solution, organisation=organisation
    ).delete()
