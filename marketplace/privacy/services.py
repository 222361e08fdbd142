"""Data-protection actions: export an organisation's data, delete an account, apply retention."""

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from importlib import import_module
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from marketplace.accounts.models import ApiToken, User
from marketplace.catalogue.models import Challenge
from marketplace.core.audit import audit_record
from marketplace.core.errors import DomainError
from marketplace.core.models import AuditEntry
from marketplace.notifications.models import Notification, NotificationPreference, SentMarker
from marketplace.organisations.models import Invitation, Membership, Organisation, Role
from marketplace.organisations.services import lock_organisations, require_role
from marketplace.privacy.archive import export_zip
from marketplace.privacy.selectors import nested_document, organisation_tables, retention_policy

logger = logging.getLogger(__name__)

FORMER_MEMBER = "Former member"


@dataclass(frozen=True)
class OrganisationExport:
    filename: str
    content: bytes


@transaction.atomic
def organisation_export(*, user, organisation: Organisation) -> OrganisationExport:
    """All of the organisation's data, for its owner (UK GDPR access and portability)."""
    require_role(user=user, organisation=organisation, role=Role.OWNER)
    return _export(organisation, actor=user, exported_by=user.get_full_name(), reason="")


@transaction.atomic
def organisation_export_for_request(
    *, organisation: Organisation, requested_by: str
) -> OrganisationExport:
    """The same export, made by an operator at the shell for a subject-access request."""
    requested_by = requested_by.strip()
    if not requested_by:
        raise ValidationError({"requested_by": "Say who asked for the export, and how."})
    return _export(
        organisation, actor=None, exported_by="programme staff", reason=requested_by[:2000]
    )


def _export(organisation, *, actor, exported_by: str, reason: str) -> OrganisationExport:
    now = timezone.now()
    stem = f"launchpad-{organisation.slug}-{timezone.localdate(now).isoformat()}"
    tables = organisation_tables(organisation=organisation)
    content = export_zip(
        stem=stem,
        tables=tables,
        document={
            "exported_at": now.isoformat(),
            "exported_by": exported_by,
            **nested_document(tables),
        },
        organisation=organisation.name,
        exported_at=now.isoformat(timespec="seconds"),
        exported_by=exported_by,
    )
    audit_record(
        actor=actor,
        action="organisation.export",
        target=organisation,
        organisation=organisation,
        after={"tables": {table.name: len(table.rows) for table in tables}},
        reason=reason,
    )
    return OrganisationExport(filename=f"{stem}.zip", content=content)


# -- account deletion -------------------------------------------------------------------------


def account_delete(*, user, password: str) -> None:
    """The person deletes their own account, confirming it with their password."""
    if not password or not user.check_password(password):
        raise ValidationError({"password": "That is not your password."})
    account_anonymise(user=user)


@transaction.atomic
def account_anonymise(*, user) -> None:
    """Erase the person; keep what their organisations wrote, credited to "Former member".

    Call only once the person's identity is confirmed (account_delete checks the password).
    Comments, proposal transitions, interests and audit entries keep pointing at the user row,
    which no longer says who it was: e-mail, name and job title are replaced, every way to
    sign in is removed, and the e-mail address is scrubbed from the audit trail.
    """
    _refuse_if_last_owner(user)
    user = User.objects.select_for_update().get(pk=user.pk)
    email = user.email
    anonymous_email = f"deleted-{user.pk}@deleted.invalid"
    memberships = list(Membership.objects.filter(user=user).select_related("organisation"))
    for membership in memberships:
        audit_record(
            actor=user,
            action="account.delete",
            target=user,
            organisation=membership.organisation,
            before={"role": membership.role},
        )
    if not memberships:
        audit_record(actor=user, action="account.delete", target=user)
    Membership.objects.filter(user=user).delete()
    Challenge.objects.filter(contact=user).update(contact=None)
    Invitation.objects.filter(accepted_by=user).update(email=anonymous_email)
    _scrub_audit_trail(email, anonymous_email)
    EmailAddress.objects.filter(user=user).delete()
    Authenticator.objects.filter(user=user).delete()
    ApiToken.objects.filter(user=user).delete()
    NotificationPreference.objects.filter(user=user).delete()
    # Sent ones too: a record of what we e-mailed someone is theirs, not their organisation's.
    Notification.objects.filter(recipient=user).delete()
    SentMarker.objects.filter(recipient=user).delete()
    user.email = anonymous_email
    user.full_name = FORMER_MEMBER
    user.job_title = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    user.set_unusable_password()
    user.full_clean()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    _end_sessions(user)
    # Only the id: if an older backup is ever restored, this is how the deletion is redone.
    logger.info("Account deleted: user %s", user.pk)


def _refuse_if_last_owner(user) -> None:
    owned = list(
        Membership.objects.filter(user=user, role=Role.OWNER).values_list(
            "organisation_id", flat=True
        )
    )
    # The organisations' locks first, as every change to who owns one takes them: two owners
    # deleting their accounts at once then wait in turn, never each for the other (deadlock),
    # and cannot both leave.
    lock_organisations(owned)
    owners = Membership.objects.filter(organisation_id__in=owned, role=Role.OWNER)
    owner_ids: dict[int, set[int]] = {}
    for organisation_id, user_id in owners.order_by().values_list("organisation_id", "user_id"):
        owner_ids.setdefault(organisation_id, set()).add(user_id)
    alone = [pk for pk, users in owner_ids.items() if users == {user.pk}]
    if not alone:
        return
    names = list(
        Organisation.objects.filter(pk__in=alone).order_by("name").values_list("name", flat=True)
    )
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    raise DomainError(
        f"You are the only owner of {listed}. Make someone else owner first "
        "(on the organisation's members page), then delete your account.",
        code="last_owner",
    )


def _scrub_audit_trail(email: str, replacement: str) -> None:
    mentions = AuditEntry.objects.filter(
        Q(before__icontains=email) | Q(after__icontains=email) | Q(reason__icontains=email)
    )
    pattern = re.compile(re.escape(email), re.IGNORECASE)
    entries = list(mentions)
    for entry in entries:
        entry.before = _replace(entry.before, pattern, replacement)
        entry.after = _replace(entry.after, pattern, replacement)
        entry.reason = pattern.sub(replacement, entry.reason)
    AuditEntry.objects.bulk_update(entries, ["before", "after", "reason"])


def _replace(value: Any, pattern: re.Pattern, replacement: str) -> Any:
    if isinstance(value, str):
        return pattern.sub(replacement, value)
    if isinstance(value, list):
        return [_replace(item, pattern, replacement) for item in value]
    if isinstance(value, dict):
        return {key: _replace(item, pattern, replacement) for key, item in value.items()}
    return value


def _end_sessions(user) -> None:
    """Delete the user's stored sessions.

    Belt and braces: with the password unusable and the account inactive, Django already
    refuses every other session of the user on its next request.
    """
    store = import_module(settings.SESSION_ENGINE).SessionStore
    if not hasattr(store, "get_model_class"):
        return
    sessions = store.get_model_class().objects.filter(expire_date__gt=timezone.now())
    # Sessions are stored encoded, so they are read one by one; there are few live ones.
    ended = [
        session.session_key
        for session in sessions.iterator()
        if session.get_decoded().get(SESSION_KEY) == str(user.pk)
    ]
    sessions.filter(session_key__in=ended).delete()


# -- retention --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PurgeResult:
    audit_entries: int
    audit_cutoff: datetime
    notifications: int
    notification_cutoff: datetime


def retention_purge(*, now: datetime | None = None) -> PurgeResult:
    """Delete audit entries and sent e-mail records past their retention. Idempotent."""
    policy = retention_policy()
    now = now or timezone.now()
    audit_cutoff = now - timedelta(days=policy.audit_days)
    notification_cutoff = now - timedelta(days=policy.notification_days)
    audit_entries, _ = AuditEntry.objects.filter(created_at__lt=audit_cutoff).delete()
    notifications, _ = Notification.objects.filter(sent_at__lt=notification_cutoff).delete()
    # Markers only need to outlive their week; they go with the e-mails they stood for.
    SentMarker.objects.filter(claimed_at__lt=notification_cutoff).delete()
    logger.info(
        "Retention: deleted %s audit entries before %s and %s sent notifications before %s",
        audit_entries,
        audit_cutoff.isoformat(),
        notifications,
        notification_cutoff.isoformat(),
    )
    return PurgeResult(audit_entries, audit_cutoff, notifications, notification_cutoff)
