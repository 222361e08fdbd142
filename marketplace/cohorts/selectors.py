"""What the staff console reads about a cohort."""

from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from marketplace.cohorts.models import (
    Cohort,
    CohortChallenge,
    CohortSupplier,
    Pairing,
    PairingState,
    Stage,
)
from marketplace.cohorts.services import cohort_challenges, cohort_solutions

SHOWN_PER_CHALLENGE = 8


def cohort_get(*, slug: str) -> Cohort:
    """The cohort at this address, or 404. For the staff pages and API, which see every cohort."""
    return get_object_or_404(Cohort, slug=slug)


@dataclass
class MatrixRow:
    challenge: object
    pairings: list[Pairing] = field(default_factory=list)  # best first, decided ones always


@dataclass
class CohortMatrix:
    rows: list[MatrixRow]
    challenges_queryset: QuerySet
    solutions_queryset: QuerySet
    solution_count: int
    scored: int

    @property
    def total_of_picks(self) -> float:
        picked = (PairingState.SUGGESTED, PairingState.PINNED, PairingState.CONFIRMED)
        return sum(p.score for row in self.rows for p in row.pairings if p.state in picked)


def cohort_matrix(cohort: Cohort) -> CohortMatrix:
    """Each challenge with its best-scored solutions, and every pairing staff decided on."""
    challenges = cohort_challenges(cohort).select_related("organisation")
    solutions = cohort_solutions(cohort).select_related("organisation")
    ranked = cohort.pairings.order_by("challenge_id", "-score", "solution_id").values_list(
        "pk", "challenge_id", "state"
    )
    # Choose what shows from plain rows first; only those become model instances.
    shown_ids, scored = [], 0
    place: dict[int, int] = {}
    for pk, challenge_id, state in ranked:
        place[challenge_id] = place.get(challenge_id, -1) + 1
        scored += 1
        if place[challenge_id] < SHOWN_PER_CHALLENGE or state:
            shown_ids.append(pk)
    shown = cohort.pairings.filter(pk__in=shown_ids).select_related("solution__organisation")
    by_challenge: dict[int, list[Pairing]] = {}
    for pairing in shown.order_by("challenge_id", "-score", "solution_id"):
        by_challenge.setdefault(pairing.challenge_id, []).append(pairing)
    rows = [MatrixRow(challenge, by_challenge.get(challenge.pk, [])) for challenge in challenges]
    return CohortMatrix(rows, challenges, solutions, solutions.count(), scored)


@dataclass
class CohortForOrganisation:
    cohort: Cohort
    entries: list[CohortChallenge]
    place: CohortSupplier | None

    @property
    def taking_applications(self) -> bool:
        return self.cohort.stage == Stage.OPEN


def cohorts_for_organisation(organisation) -> list[CohortForOrganisation]:
    """Cohorts open for applications, and every cohort the organisation has a part in."""
    entries = CohortChallenge.objects.filter(challenge__organisation=organisation).select_related(
        "challenge"
    )
    places = {p.cohort_id: p for p in CohortSupplier.objects.filter(organisation=organisation)}
    by_cohort: dict[int, list[CohortChallenge]] = {}
    for entry in entries:
        by_cohort.setdefault(entry.cohort_id, []).append(entry)
    cohorts = (
        Cohort.objects.filter(
            Q(stage=Stage.OPEN) | Q(pk__in=by_cohort.keys()) | Q(pk__in=places.keys())
        )
        .prefetch_related("themes")
        .order_by("-created_at")
    )
    return [
        CohortForOrganisation(cohort, by_cohort.get(cohort.pk, []), places.get(cohort.pk))
        for cohort in cohorts
    ]


def pairing_rows(cohort: Cohort):
    """The cohort's scored pairings as CSV rows, best first, read in chunks from the database."""
    pairings = cohort.pairings.select_related(
        "challenge__organisation", "solution__organisation"
    ).order_by("-score", "pk")
    for p in pairings.iterator(chunk_size=2_000):
        yield (
            p.challenge.title,
            p.challenge.organisation.name,
            p.solution.title,
            p.solution.organisation.name,
            f"{p.score:.4f}",
            p.get_state_display() or "Scored",
        )
