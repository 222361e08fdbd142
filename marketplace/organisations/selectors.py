from django.db.models import Count, QuerySet
from django.http import Http404

from marketplace.organisations.models import (
    Invitation,
    Membership,
    Organisation,
    OrganisationKind,
)


def memberships_for_user(*, user) -> QuerySet[Membership]:
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(user=user).select_related("organisation")


# Set by ActiveOrganisationMiddleware from the memberships it loads for every request.
MEMBER_IDS_ATTRIBUTE = "_member_organisation_ids"


def member_organisation_ids(user) -> list[int]:
    """The ids of the organisations the user belongs to.

    Within a request they are read once: like Django's permission cache, the middleware keeps
    them on the request's user object, so a membership granted mid-request counts from the
    next request on. Elsewhere (tasks, shells, tests) each call asks the database.
    """
    if not user.is_authenticated:
        return []
    known = getattr(user, MEMBER_IDS_ATTRIBUTE, None)
    if known is not None:
        return known
    return list(Membership.objects.filter(user=user).values_list("organisation_id", flat=True))


def membership_for(*, user, organisation: Organisation) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, organisation=organisation).first()


def organisation_directory() -> QuerySet[Organisation]:
    """Organisations any signed-in user may look up: their public profile only."""
    return Organisation.objects.prefetch_related("regions").order_by("name")


def organisation_get_for_member(*, user, slug: str) -> tuple[Organisation, Membership]:
    """The organisation and the user's membership of it; 404 for anyone not a member."""
    membership = (
        memberships_for_user(user=user).filter(organisation__slug=slug).first()
        if user.is_authenticated
        else None
    )
    if membership is None:
        raise Http404("No such organisation.")
    return membership.organisation, membership


def members_of(*, organisation: Organisation) -> QuerySet[Membership]:
    return organisation.memberships.select_related("user").order_by("user__email")


def pending_invitations_of(*, organisation: Organisation) -> QuerySet[Invitation]:
    return organisation.invitations.filter(
        accepted_at__isnull=True, revoked_at__isnull=True
    ).select_related("invited_by")


def pending_invitations_for_email(*, email: str) -> QuerySet[Invitation]:
    return Invitation.objects.filter(
        email__iexact=email, accepted_at__isnull=True, revoked_at__isnull=True
    ).select_related("organisation")


def verification_queue() -> tuple[QuerySet[Organisation], QuerySet[Organisation]]:
    """Organisations waiting for staff, and those asked to correct their details first."""
    unverified = (
        Organisation.objects.filter(is_verified=False)
        .exclude(kind=OrganisationKind.PROGRAMME)
        .annotate(member_count=Count("memberships"))
        .order_by("created_at", "pk")
    )
    return (
        unverified.filter(verification_queried_at__isnull=True),
        unverified.filter(verification_queried_at__isnull=False),
    )
