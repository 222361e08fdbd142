"""Which people hear about which step, and what the e-mail says."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from marketplace.notifications.models import Category
from marketplace.notifications.services import notify
from marketplace.proposals.models import (
    ExpressionOfInterest,
    InterestDirection,
    InterestStatus,
    PilotProposal,
)


def members_of(*organisations):
    return (
        get_user_model()
        .objects.filter(memberships__organisation__in=organisations, is_active=True)
        .distinct()
    )


def programme_staff():
    return get_user_model().objects.filter(is_staff=True, is_active=True)


def interest_link(interest: ExpressionOfInterest) -> str:
    return reverse("frontend:interest_detail", kwargs={"pk": interest.pk})


def proposal_link(proposal: PilotProposal) -> str:
    return reverse("frontend:proposal_detail", kwargs={"pk": proposal.pk})


def interest_opened(interest: ExpressionOfInterest) -> None:
    if interest.direction == InterestDirection.PROGRAMME_PAIRING:
        sender, recipients = "Launchpad programme", members_of(*_sides(interest))
    else:
        sender = interest.from_organisation.name
        recipients = members_of(interest.to_organisation)
    notify(
        recipients,
        category=Category.INTEREST_NEW,
        subject=f"{sender}: {interest.solution.title} for “{interest.challenge.title}”",
        template="notice",
        context={
            "lines": [
                f"{sender} would like to pair “{interest.solution.title}” with "
                f"“{interest.challenge.title}”.",
                interest.pitch,
            ],
            "action": "Read it and answer",
        },
        link=interest_link(interest),
    )


def _sides(interest: ExpressionOfInterest):
    return (interest.challenge.organisation, interest.solution.organisation)


def interest_answered(interest: ExpressionOfInterest, *, acting) -> None:
    """Tell the other side what `acting` (the organisation that answered) did."""
    verb = {
        InterestStatus.ACCEPTED: "accepted",
        InterestStatus.DECLINED: "declined",
        InterestStatus.WITHDRAWN: "withdrew",
    }[interest.status]
    actor_org = acting
    lines = [
        f"{actor_org.name} {verb} the pairing of “{interest.solution.title}” with "
        f"“{interest.challenge.title}”."
    ]
    if interest.answer_reason:
        lines.append(f"Their reason: {interest.answer_reason}")
    if interest.status == InterestStatus.ACCEPTED:
        lines.append("A draft pilot proposal is ready for both of you to write.")
    link = (
        proposal_link(interest.proposal)
        if interest.status == InterestStatus.ACCEPTED
        else interest_link(interest)
    )
    notify(
        members_of(*{interest.from_organisation, interest.to_organisation} - {actor_org}),
        category=Category.INTEREST_ANSWERED,
        subject=f"{actor_org.name} {verb}: {interest.solution.title}",
        template="notice",
        context={"lines": lines, "action": "Open it"},
        link=link,
    )


def proposal_submitted(proposal: PilotProposal, actor) -> None:
    verb = "resubmitted" if proposal.status == "resubmitted" else "submitted"
    notify(
        [*programme_staff(), *members_of(proposal.provider, proposal.supplier)],
        category=Category.PROPOSAL_SUBMITTED,
        subject=f"Pilot proposal {verb} for review: {proposal.title}",
        template="notice",
        context={
            "lines": [
                f"{proposal.provider.name} and {proposal.supplier.name} {verb} "
                f"“{proposal.title}” for review."
            ],
            "action": "Review the proposal",
        },
        link=proposal_link(proposal),
        exclude=actor,
    )


def proposal_changes_requested(proposal: PilotProposal, actor) -> None:
    notify(
        members_of(proposal.provider, proposal.supplier),
        category=Category.PROPOSAL_CHANGES_REQUESTED,
        subject=f"Changes requested: {proposal.title}",
        template="notice",
        context={
            "lines": [
                "Programme staff asked for changes before approving the pilot.",
                proposal.decision_reason,
                "Both organisations sign off again before resubmitting.",
            ],
            "action": "Edit the proposal",
        },
        link=proposal_link(proposal),
        exclude=actor,
    )


def proposal_decided(proposal: PilotProposal, actor) -> None:
    verb = "approved" if proposal.status == "approved" else "declined"
    lines = [f"Programme staff {verb} “{proposal.title}”."]
    if proposal.decision_reason:
        lines.append(proposal.decision_reason)
    notify(
        members_of(proposal.provider, proposal.supplier),
        category=Category.PROPOSAL_DECIDED,
        subject=f"Pilot proposal {verb}: {proposal.title}",
        template="notice",
        context={"lines": lines, "action": "Open the proposal"},
        link=proposal_link(proposal),
        exclude=actor,
    )


def comment_posted(comment, participants) -> None:
    thread = comment.proposal or comment.interest
    title = thread.title if comment.proposal else str(thread)
    link = proposal_link(thread) if comment.proposal else interest_link(thread)
    mentioned = set(comment.mentions.values_list("pk", flat=True))
    author = comment.author.get_full_name() or comment.author.email
    for people, subject in (
        ([p for p in participants if p.pk in mentioned], f"{author} mentioned you on {title}"),
        ([p for p in participants if p.pk not in mentioned], f"New comment on {title}"),
    ):
        notify(
            people,
            category=Category.COMMENT_NEW,
            subject=subject,
            template="notice",
            context={"lines": [f"{author} wrote:", comment.body], "action": "Reply"},
            link=link,
            exclude=comment.author,
        )
