from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from marketplace.catalogue.models import Region
from marketplace.core.audit import audit_record, snapshot
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.outbox import task_queue_on_commit
from marketplace.core.validators import full_clean, require_storable_text
from marketplace.notifications.models import Category
from marketplace.notifications.services import notify
from marketplace.organisations.models import (
    ROLE_RANK,
    Invitation,
    Membership,
    Organisation,
    OrganisationKind,
    Role,
)
from marketplace.organisations.selectors import membership_for, pending_invitations_of

INVITATION_SALT = "launchpad.organisations.invitation"
# Queued by name (marketplace.organisations.tasks registers it), so this module never imports
# its tasks. The name is stored in beat schedules and deferred tasks: it never changes.
SEND_INVITATION_EMAIL = "marketplace.organisations.tasks.send_invitation_email"
# What members edit on their organisation: the service accepts these, the form and the API
# offer them.
PROFILE_FIELDS = (
    "name",
    "website",
    "registered_number",
    "regions",
    "homes_managed",
    "employees",
    "description",
)
# What staff check when they verify an organisation: a change to any of them is a different
# claim of identity, and the badge must not carry over to it.
IDENTITY_FIELDS = ["name", "registered_number", "kind", "website"]
UNVERIFIED_NOTICE = (
    "You changed details that programme staff verified, so the organisation is no longer "
    "shown as verified until they check it again."
)


def require_role(*, user, organisation: Organisation, role: Role) -> Membership:
    membership = membership_for(user=user, organisation=organisation)
    if membership is None or not membership.has_role(role):
        raise NotAllowed(
            f"Only {Role(role).label.lower()}s of {organisation.name} may do that."
            if membership
            else f"You are not a member of {organisation.name}."
        )
    return membership


@transaction.atomic
def organisation_create(
    *,
    user,
    name: str,
    kind: str,
    registered_number: str = "",
    website: str = "",
    regions: list[Region] | None = None,
    homes_managed: int | None = None,
    employees: int | None = None,
    description: str = "",
) -> Organisation:
    """Create an organisation with the acting user as its owner."""
    if kind == OrganisationKind.PROGRAMME and not user.is_staff:
        raise NotAllowed("Only programme staff can create the programme team.")
    organisation = Organisation(
        name=name.strip(),
        slug=_unique_slug(name),
        kind=kind,
        registered_number=registered_number,
        website=website,
        homes_managed=homes_managed,
        employees=employees,
        description=description,
    )
    full_clean(organisation)
    _save_unique(organisation)
    organisation.regions.set(regions or [])
    Membership.objects.create(user=user, organisation=organisation, role=Role.OWNER)
    audit_record(
        actor=user,
        action="organisation.create",
        target=organisation,
        organisation=organisation,
        after=snapshot(organisation, [*PROFILE_FIELDS, "kind"]),
    )
    return organisation


@transaction.atomic
def organisation_update(*, user, organisation: Organisation, **changes) -> Organisation:
    require_role(user=user, organisation=organisation, role=Role.ADMIN)
    unknown = set(changes) - set(PROFILE_FIELDS)
    if unknown:
        raise DomainError(f"These fields cannot be changed here: {', '.join(sorted(unknown))}.")
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    before = snapshot(organisation, PROFILE_FIELDS)
    identity_before = snapshot(organisation, IDENTITY_FIELDS)
    regions = changes.pop("regions", None)
    if isinstance(changes.get("name"), str):
        # As organisation_create does: a name of spaces is no name.
        changes["name"] = changes["name"].strip()
    for field, value in changes.items():
        setattr(organisation, field, value)
    full_clean(organisation)
    identity_after = snapshot(organisation, IDENTITY_FIELDS)
    changed_identity = [f for f in IDENTITY_FIELDS if identity_after[f] != identity_before[f]]
    was_verified = organisation.is_verified
    if changed_identity:
        # Corrected details are what staff were waiting for, and new ones are unchecked:
        # either way, back into the verification queue.
        organisation.is_verified = False
        organisation.verified_at = None
        organisation.verified_by = None
        organisation.verification_query = ""
        organisation.verification_queried_at = None
    _save_unique(organisation)
    if regions is not None:
        organisation.regions.set(regions)
    audit_record(
        actor=user,
        action="organisation.update",
        target=organisation,
        organisation=organisation,
        before=before,
        after=snapshot(organisation, PROFILE_FIELDS),
    )
    if was_verified and changed_identity:
        audit_record(
            actor=user,
            action="organisation.unverify",
            target=organisation,
            organisation=organisation,
            before={"is_verified": True},
            after={"is_verified": False},
            reason=f"Changed what staff verified: {', '.join(changed_identity)}.",
        )
    return organisation


@transaction.atomic
def organisation_verify(*, user, organisation: Organisation) -> Organisation:
    _require_staff_to_verify(user)
    organisation.is_verified = True
    organisation.verified_at = timezone.now()
    organisation.verified_by = user
    organisation.verification_query = ""
    organisation.verification_queried_at = None
    organisation.save(update_fields=[*VERIFICATION_FIELDS, "updated_at"])
    audit_record(
        actor=user,
        action="organisation.verify",
        target=organisation,
        organisation=organisation,
        after={"is_verified": True},
    )
    _tell_admins(
        organisation,
        f"{organisation.name} is verified",
        [f"Programme staff checked {organisation.name} and marked it verified."],
    )
    return organisation


@transaction.atomic
def organisation_query_verification(
    *, user, organisation: Organisation, reason: str
) -> Organisation:
    """Ask an organisation to correct its details; it returns to the queue when it does."""
    _require_staff_to_verify(user)
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "Say what the organisation needs to correct."})
    require_storable_text(reason=reason)
    if organisation.is_verified:
        raise DomainError(f"{organisation.name} is already verified.")
    organisation.verification_query = reason
    organisation.verification_queried_at = timezone.now()
    organisation.save(update_fields=[*VERIFICATION_FIELDS, "updated_at"])
    audit_record(
        actor=user,
        action="organisation.query_verification",
        target=organisation,
        organisation=organisation,
        reason=reason,
    )
    _tell_admins(
        organisation,
        f"Please check the details of {organisation.name}",
        [
            f"Programme staff could not yet verify {organisation.name}.",
            f"What to correct: {reason}",
            "Edit your organisation's details; staff will look again once you have.",
        ],
    )
    return organisation


VERIFICATION_FIELDS = [
    "is_verified",
    "verified_at",
    "verified_by",
    "verification_query",
    "verification_queried_at",
]


def _require_staff_to_verify(user) -> None:
    if not user.is_staff:
        raise NotAllowed("Only programme staff can verify organisations.")


def _tell_admins(organisation: Organisation, subject: str, lines: list[str]) -> None:
    admins = [
        m.user
        for m in organisation.memberships.select_related("user").filter(
            role__in=[Role.OWNER, Role.ADMIN]
        )
    ]
    notify(
        admins,
        category=Category.VERIFICATION,
        subject=subject,
        template="notice",
        context={"lines": lines, "action": "Open your organisation"},
        link=reverse("frontend:organisation_detail", kwargs={"slug": organisation.slug}),
    )


@transaction.atomic
def invitation_create(*, user, organisation: Organisation, email: str, role: str) -> Invitation:
    inviter = require_role(user=user, organisation=organisation, role=Role.ADMIN)
    email = email.strip().lower()
    if role not in Role.values:
        raise ValidationError({"role": f"Choose one of: {', '.join(Role.values)}."})
    if ROLE_RANK[Role(role)] > ROLE_RANK[Role(inviter.role)]:
        raise NotAllowed(f"An {inviter.get_role_display().lower()} cannot invite an owner.")
    invitation = Invitation(
        organisation=organisation,
        email=email,
        role=role,
        invited_by=user,
        expires_at=timezone.now() + timedelta(days=settings.INVITATION_MAX_AGE_DAYS),
    )
    # Before the address is looked up: a NUL or a 100,000-character "address" is a field
    # error, not a database error. The pending-invitation constraint is checked below with
    # a clearer message.
    full_clean(invitation, validate_constraints=False)
    if organisation.memberships.filter(user__email__iexact=email).exists():
        raise ValidationError({"email": f"{email} is already a member of {organisation.name}."})
    duplicate = ValidationError(
        {"email": f"{email} already has a pending invitation to {organisation.name}."}
    )
    if pending_invitations_of(organisation=organisation).filter(email=email).exists():
        raise duplicate
    try:
        with transaction.atomic():
            invitation.save()
    except IntegrityError as exc:
        raise duplicate from exc
    audit_record(
        actor=user,
        action="invitation.create",
        target=invitation,
        organisation=organisation,
        after={"email": email, "role": role},
    )
    task_queue_on_commit(SEND_INVITATION_EMAIL, invitation.pk)
    return invitation


def invitation_token(invitation: Invitation) -> str:
    return signing.dumps({"invitation": invitation.pk}, salt=INVITATION_SALT, compress=True)


def invitation_from_token(token: str) -> Invitation:
    """The invitation a link points at; DomainError for forged, expired or used links."""
    max_age = timedelta(days=settings.INVITATION_MAX_AGE_DAYS)
    try:
        payload = signing.loads(token, salt=INVITATION_SALT, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise DomainError(
            "This invitation has expired. Ask for a new one.", code="expired"
        ) from exc
    except signing.BadSignature as exc:
        raise DomainError("This invitation link is not valid.", code="forged") from exc
    invitation = (
        Invitation.objects.select_related("organisation").filter(pk=payload["invitation"]).first()
    )
    if invitation is None or invitation.revoked_at is not None:
        raise DomainError("This invitation has been withdrawn.", code="revoked")
    if invitation.accepted_at is not None:
        raise DomainError("This invitation has already been used.", code="used")
    if invitation.expires_at <= timezone.now():
        raise DomainError("This invitation has expired. Ask for a new one.", code="expired")
    return invitation


@transaction.atomic
def invitation_accept(*, user, token: str) -> Membership:
    invitation = invitation_from_token(token)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted_at is not None:
        raise DomainError("This invitation has already been used.", code="used")
    if invitation.email.lower() != user.email.lower():
        raise NotAllowed(
            f"This invitation was sent to {invitation.email}. "
            "Sign in with that address to accept it."
        )
    membership, _ = Membership.objects.get_or_create(
        user=user, organisation=invitation.organisation, defaults={"role": invitation.role}
    )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    audit_record(
        actor=user,
        action="invitation.accept",
        target=invitation,
        organisation=invitation.organisation,
        after={"member": user.email, "role": membership.role},
    )
    return membership


@transaction.atomic
def invitation_revoke(*, user, invitation: Invitation) -> Invitation:
    require_role(user=user, organisation=invitation.organisation, role=Role.ADMIN)
    if not invitation.is_pending:
        raise DomainError("Only a pending invitation can be withdrawn.")
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])
    audit_record(
        actor=user,
        action="invitation.revoke",
        target=invitation,
        organisation=invitation.organisation,
    )
    return invitation


@transaction.atomic
def membership_change_role(*, user, membership: Membership, role: str) -> Membership:
    _lock_membership(membership)
    acting = require_role(user=user, organisation=membership.organisation, role=Role.ADMIN)
    if role not in Role.values:
        raise ValidationError({"role": f"Choose one of: {', '.join(Role.values)}."})
    touches_owner = Role.OWNER in (role, membership.role)
    if touches_owner and acting.role != Role.OWNER:
        raise NotAllowed("Only an owner can make or unmake owners.")
    if membership.role == Role.OWNER and role != Role.OWNER:
        _ensure_another_owner(membership)
    before = {"role": membership.role}
    membership.role = role
    membership.save(update_fields=["role"])
    audit_record(
        actor=user,
        action="membership.change_role",
        target=membership,
        organisation=membership.organisation,
        before=before,
        after={"role": role},
    )
    return membership


@transaction.atomic
def membership_remove(*, user, membership: Membership) -> None:
    _lock_membership(membership)
    leaving_self = membership.user_id == user.pk
    if not leaving_self:
        acting = require_role(user=user, organisation=membership.organisation, role=Role.ADMIN)
        if membership.role == Role.OWNER and acting.role != Role.OWNER:
            raise NotAllowed("Only an owner can remove another owner.")
    if membership.role == Role.OWNER:
        _ensure_another_owner(membership)
    audit_record(
        actor=user,
        action="membership.remove",
        target=membership,
        organisation=membership.organisation,
        before={"member": membership.user.email, "role": membership.role},
    )
    membership.delete()


def lock_organisations(organisation_ids) -> None:
    """Take the row locks that every change to who belongs to an organisation starts with.

    Lowest id first, and before any membership row: two changes then queue on the
    organisation instead of each locking a membership the other needs next (two owners
    demoting each other deadlocked). No-key locks, so that rows referring to the
    organisation (audit entries, entries, memberships) can still be written meanwhile.
    """
    list(
        Organisation.objects.select_for_update(no_key=True)
        .filter(pk__in=list(organisation_ids))
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _lock_membership(membership: Membership) -> None:
    """Lock the membership's organisation, then read the membership again as it now is.

    The caller's copy may be stale: the role it shows could have changed, or the member
    left, while this request waited.
    """
    lock_organisations([membership.organisation_id])
    try:
        membership.refresh_from_db(fields=["role"])
    except Membership.DoesNotExist as exc:
        raise DomainError(
            f"{membership.user.email} is no longer a member of {membership.organisation.name}.",
            code="not_a_member",
        ) from exc


def _ensure_another_owner(membership: Membership) -> None:
    """Call while holding the organisation's lock (lock_organisations)."""
    others = Membership.objects.filter(
        organisation_id=membership.organisation_id, role=Role.OWNER
    ).exclude(pk=membership.pk)
    if not others.exists():
        raise DomainError(
            "An organisation needs at least one owner. Make someone else owner first."
        )


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "organisation"
    slug, n = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _save_unique(organisation: Organisation) -> None:
    # full_clean has already looked for duplicates; this catches the race between two saves.
    try:
        with transaction.atomic():
            organisation.save()
    except IntegrityError as exc:
        raise ValidationError(
            {"registered_number": "Another organisation is already registered with this number."}
        ) from exc
