"""What each user may see of interests and proposals."""

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from django.http import Http404

from marketplace.organisations.selectors import member_organisation_ids
from marketplace.proposals.models import (
    ExpressionOfInterest,
    InterestStatus,
    PilotProposal,
    ProposalStatus,
)


def interests_for_user(*, user) -> QuerySet[ExpressionOfInterest]:
    queryset = ExpressionOfInterest.objects.select_related(
        "challenge__organisation", "solution__organisation", "created_by"
    )
    if user.is_authenticated and user.is_staff:
        return queryset
    ids = member_organisation_ids(user)
    return queryset.filter(
        Q(challenge__organisation_id__in=ids) | Q(solution__organisation_id__in=ids)
    )


def interest_get_for_user(*, user, pk: int) -> ExpressionOfInterest:
    interest = interests_for_user(user=user).filter(pk=pk).first()
    if interest is None:
        raise Http404("No such expression of interest.")
    return interest


def interest_inbox(*, user, organisation) -> dict[str, QuerySet]:
    """What the organisation received and what it sent."""
    if organisation is None:
        none = ExpressionOfInterest.objects.none()
        return {"received": none, "sent": none}
    mine = interests_for_user(user=user)
    as_provider = Q(challenge__organisation=organisation)
    as_supplier = Q(solution__organisation=organisation)
    # Both sides receive a programme pairing; the supplier answers it.
    received = (as_provider & Q(direction__in=["supplier_interest", "programme_pairing"])) | (
        as_supplier & Q(direction__in=["provider_invitation", "programme_pairing"])
    )
    sent = (as_provider & Q(direction="provider_invitation")) | (
        as_supplier & Q(direction="supplier_interest")
    )
    return {"received": mine.filter(received), "sent": mine.filter(sent)}


def proposals_for_user(*, user) -> QuerySet[PilotProposal]:
    queryset = PilotProposal.objects.select_related("provider", "supplier", "challenge", "solution")
    if user.is_authenticated and user.is_staff:
        return queryset
    ids = member_organisation_ids(user)
    return queryset.filter(Q(provider_id__in=ids) | Q(supplier_id__in=ids))


def proposal_get_for_user(*, user, pk: int) -> PilotProposal:
    proposal = proposals_for_user(user=user).filter(pk=pk).first()
    if proposal is None:
        raise Http404("No such proposal.")
    return proposal


def review_queue() -> QuerySet[PilotProposal]:
    return (
        PilotProposal.objects.filter(
            status__in=[ProposalStatus.SUBMITTED, ProposalStatus.RESUBMITTED]
        )
        .select_related("provider", "supplier")
        .order_by("submitted_at", "id")
    )


def participants_of(thread: ExpressionOfInterest | PilotProposal):
    """Members of the two organisations, and staff who have joined the conversation."""
    if isinstance(thread, PilotProposal):
        organisations = [thread.provider_id, thread.supplier_id]
    else:
        organisations = [thread.challenge.organisation_id, thread.solution.organisation_id]
    staff_in_thread = thread.comments.filter(author__is_staff=True).values("author_id")
    return (
        get_user_model()
        .objects.filter(
            Q(memberships__organisation_id__in=organisations) | Q(pk__in=staff_in_thread),
            is_active=True,
        )
        .distinct()
        .order_by("email")
    )


def interests_waiting_for(*, user, organisation) -> QuerySet[ExpressionOfInterest]:
    """Open interests the organisation has received and not yet answered, oldest first."""
    received = interest_inbox(user=user, organisation=organisation)["received"]
    return received.filter(status=InterestStatus.OPEN).order_by("created_at", "pk")


def proposals_in_progress(*, user, organisation) -> QuerySet[PilotProposal]:
    """The organisation's proposals that are not finished, most recently changed first."""
    finished = [ProposalStatus.COMPLETED, ProposalStatus.ABANDONED, ProposalStatus.DECLINED]
    return (
        proposals_for_user(user=user)
        .filter(Q(provider=organisation) | Q(supplier=organisation))
        .exclude(status__in=finished)
        .order_by("-updated_at")
    )


def interests_by_counterpart(*, user, entry) -> dict[int, ExpressionOfInterest]:
    """The latest interest between `entry` (a challenge or a solution) and each counterpart.

    Keyed by the counterpart's id, so a list of matches can say "invited" beside each one.
    """
    side, other = (
        ("challenge", "solution_id")
        if entry._meta.model_name == "challenge"
        else ("solution", "challenge_id")
    )
    # A list of matches shows each interest's state and links to it: no related rows needed.
    interests = (
        interests_for_user(user=user)
        .select_related(None)
        .filter(**{side: entry})
        .order_by("created_at", "pk")
    )
    return {getattr(interest, other): interest for interest in interests}
