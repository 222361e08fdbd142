"""Programme staff run cohorts: entries, suppliers, scores, optimised and confirmed pairings."""

import logging
from dataclasses import dataclass

import numpy as np
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from marketplace.billing.rules import require_good_standing
from marketplace.catalogue.models import Challenge, Solution, Status
from marketplace.cohorts import transitions
from marketplace.cohorts.models import (
    COHORT_FIELDS,
    Cohort,
    CohortChallenge,
    CohortSupplier,
    EntryStatus,
    Pairing,
    PairingState,
    Stage,
)
from marketplace.cohorts.optimiser import InfeasiblePins, optimise
from marketplace.cohorts.transitions import (
    DECISIONS,
    NEW,
    PAIRING_TRANSITIONS,
    PLACE_TRANSITIONS,
    SCORED,
    Transition,
    Who,
    decision_to,
)
from marketplace.core.audit import audit_record, snapshot
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.validators import full_clean
from marketplace.matchmaking.matches import score_words, solution_scores
from marketplace.organisations.models import Organisation, OrganisationKind, Role
from marketplace.organisations.services import require_role
from marketplace.proposals.models import ExpressionOfInterest, InterestDirection, InterestStatus

logger = logging.getLogger(__name__)

# Scores kept per challenge: enough for staff to look past the optimiser's picks.
SCORED_PER_CHALLENGE = 50
TAKING_PART = list(transitions.TAKING_PART)
INVITE = PLACE_TRANSITIONS["invite"]
CONFIRM = PAIRING_TRANSITIONS["confirm"]


def _require_staff(user) -> None:
    if not user.is_staff:
        raise NotAllowed("Only programme staff may run cohorts.")


def _tidy(fields: dict) -> dict:
    # As the forms and the API do: a name of spaces is no name.
    if isinstance(fields.get("name"), str):
        return {**fields, "name": fields["name"].strip()}
    return fields


@transaction.atomic
def cohort_create(*, user, themes=(), **fields) -> Cohort:
    _require_staff(user)
    fields = _tidy(fields)
    cohort = Cohort(created_by=user, slug=slugify(fields.get("name", ""))[:160])
    for name, value in fields.items():
        if name not in COHORT_FIELDS:
            raise ValidationError({name: "This field cannot be set."})
        setattr(cohort, name, value)
    # The address is made from the name, so a problem with it is a problem with the name.
    if not cohort.slug:
        raise ValidationError({"name": "Use some letters or numbers in the name."})
    if Cohort.objects.filter(slug=cohort.slug).exists():
        raise ValidationError(
            {"name": f"A cohort called “{cohort.name}” already exists: choose another name."}
        )
    full_clean(cohort, exclude=["created_by"])
    cohort.save()
    cohort.themes.set(themes)
    audit_record(
        actor=user, action="cohort.create", target=cohort, after=snapshot(cohort, COHORT_FIELDS)
    )
    return cohort


@transaction.atomic
def cohort_update(*, user, cohort: Cohort, themes=None, **fields) -> Cohort:
    _require_staff(user)
    cohort = Cohort.objects.select_for_update().get(pk=cohort.pk)
    before = snapshot(cohort, COHORT_FIELDS)
    for name, value in _tidy(fields).items():
        if name not in COHORT_FIELDS:
            raise ValidationError({name: "This field cannot be set."})
        setattr(cohort, name, value)
    full_clean(cohort, exclude=["created_by"])
    cohort.save()
    if themes is not None:
        cohort.themes.set(themes)
    audit_record(
        actor=user,
        action="cohort.update",
        target=cohort,
        before=before,
        after=snapshot(cohort, COHORT_FIELDS),
    )
    return cohort


# -- who takes part ---------------------------------------------------------------------------


@transaction.atomic
def cohort_add_challenge(*, user, cohort: Cohort, challenge: Challenge) -> CohortChallenge:
    """Staff add a published challenge, or accept one a provider applied with."""
    _require_staff(user)
    if challenge.status != Status.PUBLISHED:
        raise DomainError(f"“{challenge.title}” is not published yet.")
    entry, _ = CohortChallenge.objects.update_or_create(
        cohort=cohort, challenge=challenge, defaults={"status": EntryStatus.ACCEPTED}
    )
    audit_record(actor=user, action="cohort.challenge_accept", target=entry)
    return entry


@transaction.atomic
def cohort_apply_with_challenge(*, user, cohort: Cohort, challenge: Challenge) -> CohortChallenge:
    require_role(user=user, organisation=challenge.organisation, role=Role.ADMIN)
    require_good_standing(challenge.organisation)
    if challenge.status != Status.PUBLISHED:
        raise DomainError("Only a published challenge can join a cohort.")
    return _apply(CohortChallenge, user, cohort=cohort, challenge=challenge)


@transaction.atomic
def cohort_invite_supplier(*, user, cohort: Cohort, organisation: Organisation) -> CohortSupplier:
    _require_staff(user)
    _require_supplier(organisation)
    place = CohortSupplier.objects.filter(cohort=cohort, organisation=organisation).first()
    source = NEW if place is None else place.status
    if source not in INVITE.from_states:
        raise DomainError(
            INVITE.refusal.format(organisation=organisation.name, cohort=cohort.name),
            code=INVITE.refusal_code,
        )
    place, _ = CohortSupplier.objects.update_or_create(
        cohort=cohort, organisation=organisation, defaults={"status": INVITE.to_state(source)}
    )
    audit_record(actor=user, action=INVITE.audit, target=place)
    return place


@transaction.atomic
def cohort_apply_as_supplier(*, user, cohort: Cohort, organisation: Organisation):
    require_role(user=user, organisation=organisation, role=Role.ADMIN)
    require_good_standing(organisation)
    _require_supplier(organisation)
    return _apply(CohortSupplier, user, cohort=cohort, organisation=organisation)


@transaction.atomic
def cohort_accept_supplier(*, user, place: CohortSupplier) -> CohortSupplier:
    """A place is accepted; it is confirmed at once when the cohort is free, else on payment."""
    return _place_move(PLACE_TRANSITIONS["accept"], user=user, place=place)


def _require_supplier(organisation: Organisation) -> None:
    if organisation.kind != OrganisationKind.SUPPLIER:
        raise DomainError(f"{organisation.name} is not a supplier.")


@transaction.atomic
def cohort_accept_invitation(*, user, place: CohortSupplier) -> CohortSupplier:
    """A supplier's admin takes up the place staff invited it to."""
    return _place_move(PLACE_TRANSITIONS["accept_invitation"], user=user, place=place)


def _place_move(step: Transition, *, user, place: CohortSupplier) -> CohortSupplier:
    """Check who and from where, move the place by the table, and record it."""
    if step.who is Who.STAFF:
        _require_staff(user)
    else:
        require_role(user=user, organisation=place.organisation, role=Role.ADMIN)
    with transaction.atomic():
        # Re-read under a row lock: a payment confirmed since the page was drawn must not be
        # undone by an acceptance decided on the old state.
        place = (
            CohortSupplier.objects.select_for_update(of=("self",))
            .select_related("cohort")
            .get(pk=place.pk)
        )
        if place.status not in step.from_states:
            raise DomainError(step.refusal, code=step.refusal_code)
        # A fee is paid through billing, which confirms the place; a free one is confirmed now.
        place.status = step.to_state(place.status, free=place.cohort.fee_pence == 0)
        place.save(update_fields=["status"])
        audit_record(actor=user, action=step.audit, target=place)
    return place


@transaction.atomic
def cohort_place_paid(*, payment) -> None:
    """Billing says the place's fee is paid: the place is confirmed, once.

    Called for every report of the payment (the page's return, each webhook event), so a
    place already confirmed stays as it is. One that staff have declined since it was paid
    for is left to staff, who may refund.
    """
    step = PLACE_TRANSITIONS["pay"]
    place = CohortSupplier.objects.select_for_update().get(pk=payment.place_id)
    if place.status not in step.from_states:
        logger.warning(
            "Payment %s succeeded for place %s, which is %s", payment.pk, place.pk, place.status
        )
        return
    if step.to_state(place.status) == place.status:
        return
    place.status = step.to_state(place.status)
    place.save(update_fields=["status"])
    audit_record(
        actor=None,
        action=step.audit,
        target=place,
        organisation=payment.organisation,
        after={"payment": payment.pk, "intent": payment.stripe_payment_intent_id},
    )


def _apply(model, user, **keys):
    step = PLACE_TRANSITIONS["apply"]
    cohort = keys["cohort"]
    if cohort.stage != Stage.OPEN:
        raise DomainError(
            f"{cohort.name} is not taking applications ({cohort.get_stage_display().lower()}).",
            code="wrong_state",
        )
    try:
        with transaction.atomic():
            entry = model.objects.create(status=step.to_state(NEW), **keys)
    except IntegrityError as exc:
        raise DomainError(step.refusal, code=step.refusal_code) from exc
    audit_record(actor=user, action=step.audit, target=entry)
    return entry


def cohort_challenges(cohort: Cohort):
    return Challenge.objects.filter(
        cohort_entries__cohort=cohort,
        cohort_entries__status__in=TAKING_PART,
        status=Status.PUBLISHED,
    ).order_by("pk")


def cohort_solutions(cohort: Cohort):
    return Solution.objects.filter(
        organisation__cohort_places__cohort=cohort,
        organisation__cohort_places__status__in=TAKING_PART,
        status=Status.PUBLISHED,
    ).order_by("pk")


# -- scores and pairings ----------------------------------------------------------------------


@transaction.atomic
def cohort_score(*, user, cohort: Cohort) -> int:
    """Score every cohort challenge against the cohort's solutions with the matcher.

    Keeps each pairing's staff decision; returns how many pairings carry a score. For a large
    cohort, marketplace.cohorts.jobs runs the same steps as a job, a challenge at a time.
    """
    _require_staff(user)
    solution_ids = cohort_solution_ids(cohort)
    scored = 0
    for challenge in cohort_challenges(cohort).prefetch_related("themes", "regions"):
        scored += cohort_score_challenge(
            cohort=cohort, challenge=challenge, solution_ids=solution_ids
        )
    return scored + cohort_score_finish(cohort=cohort)


def cohort_solution_ids(cohort: Cohort) -> set[int]:
    return set(cohort_solutions(cohort).values_list("pk", flat=True))


def cohort_score_challenge(*, cohort: Cohort, challenge: Challenge, solution_ids: set[int]) -> int:
    """Store one challenge's scores against the solutions; how many pairings carry one.

    A step of cohort_score: call in a transaction, by staff, with the challenge taking part.
    """
    scored = solution_scores(challenge, among=solution_ids, k=SCORED_PER_CHALLENGE)
    existing = {p.solution_id: p for p in cohort.pairings.filter(challenge=challenge)}
    for solution_id, pairing in existing.items():
        pairing.score = scored.get(solution_id, 0.0)
    Pairing.objects.bulk_update(existing.values(), ["score"])
    Pairing.objects.bulk_create(
        Pairing(
            cohort=cohort,
            challenge=challenge,
            solution_id=solution_id,
            score=score,
            state=PAIRING_TRANSITIONS["score"].to_state(NEW),
        )
        for solution_id, score in scored.items()
        if solution_id not in existing
    )
    return len(scored)


def cohort_score_finish(*, cohort: Cohort) -> int:
    """The last step of cohort_score: challenges no longer taking part score nothing.

    Returns 0, so that the steps add up to the pairings scored.
    """
    taking_part = cohort_challenges(cohort).values("pk")
    cohort.pairings.exclude(challenge__in=taking_part).update(score=0.0)
    cohort.scores_computed_at = timezone.now()
    cohort.save(update_fields=["scores_computed_at"])
    return 0


@dataclass(frozen=True)
class OptimiserRun:
    suggested: int
    total: float


@transaction.atomic
def cohort_optimise(*, user, cohort: Cohort) -> OptimiserRun:
    """Suggest the best pairings around the ones staff pinned, removed or confirmed."""
    _require_staff(user)
    cohort = _lock_cohort(cohort.pk)
    # Plain rows, not model instances: building 10,000 Pairings took most of a second.
    pairings = list(
        cohort.pairings.values_list(
            "pk", "challenge_id", "solution_id", "solution__organisation_id", "score", "state"
        )
    )
    if not pairings:
        raise DomainError("Score the cohort first: there are no pairings to choose from.")
    row = {pk: i for i, pk in enumerate(sorted({p[1] for p in pairings}))}
    col = {pk: j for j, pk in enumerate(sorted({p[2] for p in pairings}))}
    scores = np.zeros((len(row), len(col)))
    supplier_of = np.zeros(len(col), dtype=np.int64)
    cell = {}
    for pk, challenge_id, solution_id, supplier_id, score, _state in pairings:
        cell[pk] = (row[challenge_id], col[solution_id])
        scores[cell[pk]] = score
        supplier_of[col[solution_id]] = supplier_id
    kept = {PairingState.PINNED, PairingState.CONFIRMED}
    try:
        result = optimise(
            scores,
            supplier_of,
            max_pilots_per_supplier=cohort.max_pilots_per_supplier,
            max_suppliers_per_challenge=cohort.max_suppliers_per_challenge,
            pinned=[cell[p[0]] for p in pairings if p[5] in kept],
            removed=[cell[p[0]] for p in pairings if p[5] == PairingState.REMOVED],
            min_score=cohort.min_pairing_score,
        )
    except InfeasiblePins as exc:
        raise DomainError(_named(str(exc), set(supplier_of.tolist())), code="capacity") from exc
    chosen = set(result.pairs)
    suggest, unsuggest = PAIRING_TRANSITIONS["suggest"], PAIRING_TRANSITIONS["unsuggest"]
    chosen_ids = [p[0] for p in pairings if p[5] in suggest.from_states and cell[p[0]] in chosen]
    # Two set-based updates; bulk_update's CASE per row took seconds for 10,000 pairings.
    stale = cohort.pairings.filter(state__in=unsuggest.from_states).exclude(pk__in=chosen_ids)
    stale.update(state=SCORED)
    cohort.pairings.filter(pk__in=chosen_ids).update(state=PairingState.SUGGESTED)
    audit_record(
        actor=user,
        action="cohort.optimise",
        target=cohort,
        after={"suggested": len(chosen_ids), "total": round(result.total, 4)},
    )
    return OptimiserRun(len(chosen_ids), result.total)


def _lock_cohort(pk: int) -> Cohort:
    """The lock every change to a cohort's pairings takes first, before any pairing row.

    Optimising rewrites many pairings, confirming locks many and deciding locks one: taken
    in different orders, two of them could each hold a row the other waits for.
    """
    return Cohort.objects.select_for_update().get(pk=pk)


def _named(message: str, supplier_ids: set[int]) -> str:
    for pk, name in Organisation.objects.filter(pk__in=supplier_ids).values_list("pk", "name"):
        message = message.replace(f"Supplier {pk} ", f"{name} ")
    return message


@transaction.atomic
def pairing_decide(*, user, pairing: Pairing, state: str) -> Pairing:
    """Pin, remove or reset one pairing; a confirmed one is past changing here."""
    _require_staff(user)
    _lock_cohort(pairing.cohort_id)
    pairing = Pairing.objects.select_for_update().get(pk=pairing.pk)
    step = decision_to(state)
    # A confirmed pairing is refused whatever was asked: every decision leaves the same states.
    guard = step or PAIRING_TRANSITIONS[DECISIONS[0]]
    if pairing.state not in guard.from_states:
        raise DomainError(guard.refusal)
    if step is None:
        raise ValidationError({"state": "Choose pin, remove or reset."})
    pairing.state, pairing.decided_by = step.to_state(pairing.state), user
    pairing.save(update_fields=["state", "decided_by", "updated_at"])
    return pairing


@transaction.atomic
def pairing_add(*, user, cohort: Cohort, challenge: Challenge, solution: Solution) -> Pairing:
    """Staff pair two cohort entries the matcher did not put forward, pinned."""
    _require_staff(user)
    if not cohort_challenges(cohort).filter(pk=challenge.pk).exists():
        raise DomainError("That challenge is not taking part in this cohort.")
    if not cohort_solutions(cohort).filter(pk=solution.pk).exists():
        raise DomainError("That solution's supplier is not taking part in this cohort.")
    pairing, _ = Pairing.objects.get_or_create(
        cohort=cohort, challenge=challenge, solution=solution
    )
    return pairing_decide(
        user=user, pairing=pairing, state=PAIRING_TRANSITIONS["add"].to_state(NEW)
    )


@transaction.atomic
def cohort_confirm(*, user, cohort: Cohort) -> int:
    """Send the suggested and pinned pairings to both sides as programme invitations."""
    _require_staff(user)
    _lock_cohort(cohort.pk)
    pairings = (
        cohort.pairings.select_for_update(of=("self",))
        .filter(state__in=CONFIRM.from_states)
        .select_related("challenge__organisation", "solution__organisation")
        .order_by("pk")
    )
    if not pairings:
        # Right request, wrong moment: it succeeds once the optimiser or staff pick pairings.
        raise DomainError("No suggested or pinned pairings to confirm.", code="nothing_picked")
    confirmed = 0
    for pairing in pairings:
        interest = ExpressionOfInterest.objects.filter(
            challenge=pairing.challenge, solution=pairing.solution, status=InterestStatus.OPEN
        ).first() or _programme_invitation(user, cohort, pairing)
        pairing.state = CONFIRM.to_state(pairing.state)
        pairing.interest, pairing.decided_by = interest, user
        pairing.save(update_fields=["state", "interest", "decided_by", "updated_at"])
        confirmed += 1
    audit_record(actor=user, action="cohort.confirm", target=cohort, after={"confirmed": confirmed})
    return confirmed


def _programme_invitation(user, cohort, pairing) -> ExpressionOfInterest:
    interest = ExpressionOfInterest.objects.create(
        challenge=pairing.challenge,
        solution=pairing.solution,
        direction=InterestDirection.PROGRAMME_PAIRING,
        created_by=user,
        pitch=f"Programme staff paired these in the {cohort.name} cohort "
        f"(match score {score_words(pairing.score)}).",
    )
    if CONFIRM.notice is not None:
        CONFIRM.notice(interest)
    return interest
