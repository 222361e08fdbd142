"""Every change to an interest or a pilot proposal: who may, from which state, recorded."""

from collections.abc import Collection
from typing import Any, cast

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from marketplace.billing.rules import require_good_standing
from marketplace.catalogue.models import PER_HOME_PRICING, Challenge, Solution, Status
from marketplace.catalogue.selectors import visible_entries
from marketplace.core.audit import audit_record, snapshot
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.text import fit
from marketplace.core.validators import (
    full_clean,
    require_storable_text,
    storable_text_errors,
)
from marketplace.organisations.models import Organisation, Role
from marketplace.organisations.selectors import membership_for
from marketplace.organisations.services import require_role
from marketplace.proposals import notices
from marketplace.proposals.errors import StaleVersion, TransitionRefused
from marketplace.proposals.models import (
    CONTENT_FIELDS,
    ROW_FIELDS,
    BudgetLine,
    ExpressionOfInterest,
    InterestDirection,
    InterestStatus,
    Milestone,
    PilotProposal,
    ProposalStatus,
    ProposalTransition,
    SuccessMetric,
)
from marketplace.proposals.rules import submission_errors
from marketplace.proposals.transitions import (
    EDITABLE,
    INTEREST_TRANSITIONS,
    TRANSITIONS,
    Reason,
    Transition,
    Version,
    Who,
)

P = ProposalStatus

# -- expressions of interest ------------------------------------------------------------------


@transaction.atomic
def interest_express(
    *, user, challenge: Challenge, solution: Solution, pitch: str
) -> ExpressionOfInterest:
    """A supplier tells a provider that one of its solutions could meet their challenge."""
    require_role(user=user, organisation=solution.organisation, role=Role.MEMBER)
    require_good_standing(solution.organisation)
    return _open_interest(user, challenge, solution, pitch, InterestDirection.SUPPLIER_INTEREST)


@transaction.atomic
def interest_invite(
    *, user, challenge: Challenge, solution: Solution, pitch: str
) -> ExpressionOfInterest:
    """A provider invites a supplier's solution to its challenge."""
    require_role(user=user, organisation=challenge.organisation, role=Role.MEMBER)
    require_good_standing(challenge.organisation)
    return _open_interest(user, challenge, solution, pitch, InterestDirection.PROVIDER_INVITATION)


def interest_open(
    *, user, challenge: Challenge, solution: Solution, pitch: str
) -> ExpressionOfInterest:
    """Express interest or invite, whichever side of the pair the user belongs to."""
    if membership_for(user=user, organisation=solution.organisation):
        return interest_express(user=user, challenge=challenge, solution=solution, pitch=pitch)
    return interest_invite(user=user, challenge=challenge, solution=solution, pitch=pitch)


def _open_interest(user, challenge, solution, pitch, direction) -> ExpressionOfInterest:
    for entry in (challenge, solution):
        if entry.status != Status.PUBLISHED:
            raise DomainError(f"“{entry.title}” is not published, so it cannot be paired yet.")
        if not visible_entries(type(entry), user=user).filter(pk=entry.pk).exists():
            raise NotAllowed("You cannot see that entry.")
    if _pair_has(challenge, solution, InterestStatus.ACCEPTED):
        raise DomainError(
            "These two are already working on a pilot proposal together.", code="duplicate"
        )
    interest = ExpressionOfInterest(
        challenge=challenge,
        solution=solution,
        direction=direction,
        pitch=pitch.strip(),
        created_by=user,
    )
    full_clean(interest, exclude=["challenge", "solution", "created_by"])
    try:
        with transaction.atomic():
            interest.save()
    except IntegrityError as exc:
        raise DomainError(
            "There is already an open expression of interest for this challenge and solution.",
            code="duplicate",
        ) from exc
    audit_record(
        actor=user,
        action=f"interest.{direction}",
        target=interest,
        organisation=interest.from_organisation,
        after=snapshot(interest, ["challenge", "solution", "pitch"]),
    )
    notices.interest_opened(interest)
    return interest


def _pair_has(challenge, solution, status) -> bool:
    return ExpressionOfInterest.objects.filter(
        challenge=challenge, solution=solution, status=status
    ).exists()


def interest_accept(*, user, interest: ExpressionOfInterest, reason: str = "") -> PilotProposal:
    """The invited side says yes; a draft proposal, pre-filled from both entries, starts."""
    # Accepting always starts a proposal: its row in INTEREST_TRANSITIONS says so.
    return cast(
        PilotProposal,
        interest_transition(action="accept", user=user, interest=interest, reason=reason),
    )


def interest_decline(*, user, interest: ExpressionOfInterest, reason: str = "") -> None:
    interest_transition(action="decline", user=user, interest=interest, reason=reason)


def interest_withdraw(*, user, interest: ExpressionOfInterest, reason: str = "") -> None:
    """Either side may step back while the interest is still open."""
    interest_transition(action="withdraw", user=user, interest=interest, reason=reason)


@transaction.atomic
def interest_transition(
    *, action: str, user, interest: ExpressionOfInterest, reason: str = ""
) -> PilotProposal | None:
    """Answer an open interest as INTEREST_TRANSITIONS[action] says; the proposal it starts."""
    step = INTEREST_TRANSITIONS[action]
    interest = _lock_interest(interest)
    acting = _require_interest_actor(user, interest, step.who)
    _answer(interest, user, step.to_state, step.from_states, reason)
    proposal = _proposal_from(interest, user) if step.starts_proposal else None
    step.notice(interest, acting=acting)
    return proposal


def _require_interest_actor(user, interest: ExpressionOfInterest, who: Who) -> Organisation | None:
    """The organisation the user answers for, once they may."""
    if who is Who.INVITED_MEMBER:
        require_role(user=user, organisation=interest.to_organisation, role=Role.MEMBER)
        return interest.to_organisation
    if not any(membership_for(user=user, organisation=org) for org in _sides(interest)):
        raise NotAllowed("Only members of the two organisations may withdraw this.")
    return _acting_organisation(user, interest)


def _sides(interest: ExpressionOfInterest) -> tuple[Organisation, Organisation]:
    return (interest.challenge.organisation, interest.solution.organisation)


def _lock_interest(interest: ExpressionOfInterest) -> ExpressionOfInterest:
    return (
        ExpressionOfInterest.objects.select_for_update(of=("self",))
        .select_related("challenge__organisation", "solution__organisation")
        .get(pk=interest.pk)
    )


def _answer(
    interest: ExpressionOfInterest, user, status: str, allowed: frozenset[str], reason: str
) -> None:
    if interest.status not in allowed:
        raise TransitionRefused(
            f"This expression of interest is already {interest.get_status_display().lower()}."
        )
    interest.status = status
    interest.answer_reason = reason.strip()
    interest.answered_by = user
    interest.answered_at = timezone.now()
    full_clean(interest, exclude=["challenge", "solution", "created_by", "answered_by"])
    interest.save()
    audit_record(
        actor=user,
        action=f"interest.{status}",
        target=interest,
        organisation=_acting_organisation(user, interest),
        reason=interest.answer_reason,
        after={"status": status},
    )


def _acting_organisation(user, interest) -> Organisation | None:
    for organisation in _sides(interest):
        if membership_for(user=user, organisation=organisation):
            return organisation
    return None


def _proposal_from(interest: ExpressionOfInterest, user) -> PilotProposal:
    challenge, solution = interest.challenge, interest.solution
    # A proposal is for the pilot: its homes where the challenge says, else all those affected.
    homes = challenge.pilot_homes or challenge.homes_affected
    cost = solution.indicative_price_pence
    if cost is not None and solution.pricing_model in PER_HOME_PRICING:
        cost = cost * homes if homes else None
    proposal = PilotProposal.objects.create(
        interest=interest,
        challenge=challenge,
        solution=solution,
        provider=challenge.organisation,
        supplier=solution.organisation,
        title=fit(PilotProposal, "title", f"{solution.title} for {challenge.organisation.name}"),
        problem=challenge.problem_statement or challenge.summary,
        outcomes=challenge.desired_outcomes,
        solution_summary=solution.description or solution.summary,
        scope_homes=homes,
        indicative_cost_pence=cost,
        created_by=user,
    )
    _record_transition(proposal, user, "", P.DRAFT, "Created from an accepted interest.")
    return proposal


# -- writing a proposal -----------------------------------------------------------------------

ROW_MODELS = {"metrics": SuccessMetric, "milestones": Milestone, "budget_lines": BudgetLine}


@transaction.atomic
def proposal_update(
    *, user, proposal: PilotProposal, version: int, **changes: Any
) -> PilotProposal:
    """Save some fields or whole row sections. Changing the text undoes both sign-offs."""
    proposal = _lock(proposal)
    _require_member(user, proposal)
    _require_version(proposal, version)
    _require_state(proposal, EDITABLE, "edited")
    unknown = set(changes) - set(CONTENT_FIELDS) - set(ROW_MODELS)
    if unknown:
        raise ValidationError({name: "This field cannot be set." for name in sorted(unknown)})
    before = snapshot(proposal, CONTENT_FIELDS)
    for name in CONTENT_FIELDS:
        if name in changes:
            setattr(proposal, name, changes[name])
    full_clean(proposal, exclude=_relations())
    rows = {name: changes[name] for name in ROW_MODELS if name in changes}
    _replace_rows(proposal, rows)
    if not rows and snapshot(proposal, CONTENT_FIELDS) == before:
        # Nothing changed: the sign-offs still hold for this text.
        return proposal
    _clear_sign_offs(proposal)
    _save(proposal)
    audit_record(
        actor=user,
        action="proposal.update",
        target=proposal,
        before=before,
        after=snapshot(proposal, CONTENT_FIELDS),
    )
    return proposal


def _relations() -> list[str]:
    return [
        "interest",
        "challenge",
        "solution",
        "provider",
        "supplier",
        "created_by",
        "provider_signed_off_by",
        "supplier_signed_off_by",
    ]


def _replace_rows(proposal: PilotProposal, sections: dict[str, list[dict]]) -> None:
    errors: dict[str, list[str]] = {}
    for name, rows in sections.items():
        model = ROW_MODELS[name]
        built = []
        for position, row in enumerate(rows):
            instance = model(
                proposal=proposal, position=position, **{f: row.get(f) for f in ROW_FIELDS[name]}
            )
            try:
                full_clean(instance, exclude=["proposal"])
            except ValidationError as exc:
                for field, messages in exc.message_dict.items():
                    errors.setdefault(f"{name}.{position}.{field}", []).extend(messages)
            built.append(instance)
        if not errors:
            model._default_manager.filter(proposal=proposal).delete()
            model._default_manager.bulk_create(built)
    if errors:
        raise ValidationError(errors)


def _clear_sign_offs(proposal: PilotProposal) -> None:
    proposal.provider_signed_off_by = proposal.provider_signed_off_at = None
    proposal.supplier_signed_off_by = proposal.supplier_signed_off_at = None


def _admin_side(user, proposal: PilotProposal) -> str:
    for side in ("provider", "supplier"):
        membership = membership_for(user=user, organisation=getattr(proposal, side))
        if membership and membership.has_role(Role.ADMIN):
            return side
    raise NotAllowed("Only an admin or owner of one of the two organisations may sign this off.")


def _signed_off(proposal: PilotProposal, side: str) -> bool:
    return getattr(proposal, f"{side}_signed_off_at") is not None


# -- the steps of TRANSITIONS -----------------------------------------------------------------


def proposal_sign_off(*, user, proposal: PilotProposal, version: int) -> PilotProposal:
    """An admin of one side agrees to this version of the text on behalf of their organisation."""
    return proposal_transition(action="sign_off", user=user, proposal=proposal, version=version)


def proposal_submit(*, user, proposal: PilotProposal, version: int) -> PilotProposal:
    return proposal_transition(action="submit", user=user, proposal=proposal, version=version)


def proposal_request_changes(
    *, user, proposal: PilotProposal, reason: str, version: int | None = None
) -> PilotProposal:
    return proposal_transition(
        action="request_changes", user=user, proposal=proposal, reason=reason, version=version
    )


def proposal_approve(
    *, user, proposal: PilotProposal, reason: str = "", version: int | None = None
) -> PilotProposal:
    return proposal_transition(
        action="approve", user=user, proposal=proposal, reason=reason, version=version
    )


def proposal_decline(
    *, user, proposal: PilotProposal, reason: str, version: int | None = None
) -> PilotProposal:
    return proposal_transition(
        action="decline", user=user, proposal=proposal, reason=reason, version=version
    )


def proposal_start(*, user, proposal: PilotProposal) -> PilotProposal:
    """The pilot begins on the ground; the provider says so (or staff on its behalf)."""
    return proposal_transition(action="start", user=user, proposal=proposal)


def proposal_complete(
    *, user, proposal: PilotProposal, outcomes: dict[int, str], summary: str
) -> PilotProposal:
    """Close the pilot with a figure for every success metric."""
    return proposal_transition(
        action="complete", user=user, proposal=proposal, outcomes=outcomes, summary=summary
    )


def proposal_abandon(*, user, proposal: PilotProposal, reason: str) -> PilotProposal:
    return proposal_transition(action="abandon", user=user, proposal=proposal, reason=reason)


@transaction.atomic
def proposal_transition(
    *,
    action: str,
    user,
    proposal: PilotProposal,
    version: int | None = None,
    reason: str = "",
    outcomes: dict[int, str] | None = None,
    summary: str = "",
) -> PilotProposal:
    """Take the step TRANSITIONS[action]: lock, check who and from where, move, tell people.

    Who may act is checked before the version, so that someone who may not act learns
    nothing more; the version before the state, as a stale page explains a moved state.
    """
    step = TRANSITIONS[action]
    proposal = _lock(proposal)
    side = _require_actor(user, proposal, step)
    if step.version is not Version.NONE:
        _require_version(proposal, version)
    _require_state(proposal, step.from_states, step.verb)
    reason = _clean_reason(step, reason)
    if step.signs:
        _sign(proposal, user, side)
        return proposal
    if step.needs_ready:
        _require_ready(proposal)
    if step.reports_outcomes:
        _record_outcomes(proposal, outcomes or {}, summary)
    if step.clears_sign_offs:
        _clear_sign_offs(proposal)
    if step.reason_field:
        setattr(proposal, step.reason_field, reason)
    if step.stamp:
        setattr(proposal, step.stamp, timezone.now())
    _move(proposal, user, step.moves[proposal.status], reason)
    if step.notice is not None:
        step.notice(proposal, user)
    return proposal


def _require_actor(user, proposal: PilotProposal, step: Transition) -> str | None:
    """Refuse anyone the step's `who` leaves out; the side an acting admin signs for."""
    who = step.who
    if who is Who.STAFF:
        require_staff(user, step.may)
    elif who is Who.PARTY_MEMBER:
        _require_member(user, proposal)
    elif who is Who.PROVIDER_ADMIN_OR_STAFF:
        _require_provider_admin_or_staff(user, proposal, step.may)
    elif who is Who.PARTY_ADMIN:
        return _admin_side(user, proposal)
    elif who is Who.PARTY_ADMIN_OR_STAFF and not user.is_staff:
        _admin_side(user, proposal)
    return None


def _clean_reason(step: Transition, reason: str) -> str:
    if step.reason is Reason.REQUIRED:
        return _required_reason(reason, step.reason_missing)
    if step.reason is Reason.OPTIONAL:
        require_storable_text(reason=reason)
        return reason.strip()
    return ""


def _sign(proposal: PilotProposal, user, side: str | None) -> None:
    setattr(proposal, f"{side}_signed_off_by", user)
    setattr(proposal, f"{side}_signed_off_at", timezone.now())
    _save(proposal)
    audit_record(
        actor=user,
        action=f"proposal.sign_off.{side}",
        target=proposal,
        organisation=getattr(proposal, str(side)),
    )


def _require_ready(proposal: PilotProposal) -> None:
    missing = [side for side in ("provider", "supplier") if not _signed_off(proposal, side)]
    if missing:
        names = " and ".join(getattr(proposal, side).name for side in missing)
        raise DomainError(f"Waiting for sign-off from {names}.", code="sign_off_missing")
    errors = submission_errors(proposal)
    if errors:
        raise ValidationError(errors)


def _record_outcomes(proposal: PilotProposal, outcomes: dict[int, str], summary: str) -> None:
    metrics = list(proposal.metrics.all())
    errors = {
        f"outcomes.{metric.pk}": f"Give the result for “{metric.metric}”."
        for metric in metrics
        if not str(outcomes.get(metric.pk, "")).strip()
    }
    if not summary.strip():
        errors["summary"] = "Sum up what the pilot showed."
    errors |= storable_text_errors(
        summary=summary, **{f"outcomes.{m.pk}": outcomes.get(m.pk) for m in metrics}
    )
    if errors:
        raise ValidationError(errors)
    for metric in metrics:
        metric.outcome = str(outcomes[metric.pk]).strip()[:120]
    SuccessMetric.objects.bulk_update(metrics, ["outcome"])
    proposal.outcome_summary = summary.strip()


# -- shared checks ----------------------------------------------------------------------------


def _lock(proposal: PilotProposal) -> PilotProposal:
    return (
        PilotProposal.objects.select_for_update(of=("self",))
        .select_related("provider", "supplier", "challenge", "solution")
        .get(pk=proposal.pk)
    )


def _require_version(proposal: PilotProposal, version: int | None) -> None:
    """Refuse a change based on a version older than the one saved.

    Checked after who-may-act, so that someone who may not act learns nothing more.
    """
    if version is not None and proposal.version != version:
        raise StaleVersion(proposal.version)


def _save(proposal: PilotProposal) -> None:
    proposal.version = F("version") + 1
    proposal.save()
    proposal.refresh_from_db(fields=["version", "updated_at"])


def _move(proposal: PilotProposal, user, target: str, reason: str = "") -> None:
    previous = proposal.status
    proposal.status = target
    _save(proposal)
    _record_transition(proposal, user, previous, target, reason)


def _record_transition(proposal, user, previous: str, target: str, reason: str) -> None:
    ProposalTransition.objects.create(
        proposal=proposal, from_status=previous, to_status=target, actor=user, reason=reason
    )
    audit_record(
        actor=user,
        action=f"proposal.{target}",
        target=proposal,
        reason=reason,
        before={"status": previous},
        after={"status": target},
    )


def _require_state(proposal: PilotProposal, allowed: Collection[str], verb: str) -> None:
    if proposal.status not in allowed:
        raise TransitionRefused(
            f"A proposal that is {proposal.get_status_display().lower()} cannot be {verb}."
        )


def _require_member(user, proposal: PilotProposal) -> None:
    if not any(membership_for(user=user, organisation=org) for org in proposal.organisations):
        raise NotAllowed("Only members of the two organisations may do that.")


def require_staff(user, verb: str) -> None:
    if not user.is_staff:
        raise NotAllowed(f"Only programme staff may {verb}.")


def _require_provider_admin_or_staff(user, proposal: PilotProposal, verb: str) -> None:
    if user.is_staff:
        return
    membership = membership_for(user=user, organisation=proposal.provider)
    if membership is None or not membership.has_role(Role.ADMIN):
        raise NotAllowed(f"Only an admin of {proposal.provider.name} or staff may {verb}.")


def _required_reason(reason: str, message: str) -> str:
    if not (reason or "").strip():
        raise ValidationError({"reason": message})
    require_storable_text(reason=reason)
    return reason.strip()
