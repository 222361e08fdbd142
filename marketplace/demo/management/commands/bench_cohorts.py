"""Measure cohort matchmaking and demand clustering at the sizes the issue names."""

import shlex
import statistics
import sys
import time

import numpy as np
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from marketplace.catalogue.models import Challenge, Solution, Status
from marketplace.cohorts import optimiser, services
from marketplace.cohorts.models import (
    Cohort,
    CohortChallenge,
    CohortSupplier,
    EntryStatus,
    Pairing,
    PairingState,
)
from marketplace.cohorts.selectors import cohort_matrix
from marketplace.demo.content import CHALLENGES
from marketplace.matchmaking import benchmarks
from marketplace.organisations.models import Organisation, OrganisationKind

RNG_SEED = 20261126


class Rollback(Exception):
    """Raised to throw away the synthetic cohort once it has been measured."""


class Command(BaseCommand):
    help = "Time the cohort optimiser, the matchmaking matrix and challenge clustering."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--challenges", type=int, default=200)
        parser.add_argument("--solutions", type=int, default=2000)
        parser.add_argument("--suppliers", type=int, default=100)
        parser.add_argument(
            "--scored-per-challenge", type=int, default=services.SCORED_PER_CHALLENGE
        )
        parser.add_argument("--cluster-documents", type=int, default=10_000)
        parser.add_argument("--rounds", type=int, default=5)

    def handle(self, *args, **options) -> None:
        arguments = " ".join(shlex.quote(argument) for argument in sys.argv[2:])
        self.stdout.write(f"Command: python manage.py bench_cohorts {arguments}".rstrip())
        self._solver(options)
        self._service(options)
        self._clustering(options)

    # -- the solver alone -------------------------------------------------------------------

    def _solver(self, o) -> None:
        rng = np.random.default_rng(RNG_SEED)
        supplier_of = np.arange(o["solutions"]) % o["suppliers"]
        sparse = _scores(rng, o["challenges"], o["solutions"], o["scored_per_challenge"])
        dense = rng.uniform(0.2, 0.95, (o["challenges"], o["solutions"]))
        for name, scores in (("top-scored", sparse), ("every pair scored", dense)):
            seconds = _timed(
                lambda scores=scores: optimiser.optimise(
                    scores,
                    supplier_of,
                    max_pilots_per_supplier=4,
                    max_suppliers_per_challenge=3,
                    min_score=0.3,
                ),
                o["rounds"],
            )
            self._line(f"optimiser {o['challenges']}x{o['solutions']} ({name})", seconds)

    # -- the service staff call, with the database ------------------------------------------

    def _service(self, o) -> None:
        try:
            with transaction.atomic():
                staff, cohort = _synthetic_cohort(o)
                self._line(
                    "cohort_optimise, first run",
                    _timed(lambda: services.cohort_optimise(user=staff, cohort=cohort), 1),
                )
                _staff_choices(cohort, 20)
                self._line(
                    "cohort_optimise around 20 pins and 20 removals",
                    _timed(
                        lambda: services.cohort_optimise(user=staff, cohort=cohort), o["rounds"]
                    ),
                )
                self._line(
                    "matchmaking matrix (what the page reads)",
                    _timed(lambda: _read_matrix(cohort), o["rounds"]),
                )
                raise Rollback
        except Rollback:
            pass

    # -- demand insight -----------------------------------------------------------------------

    def _clustering(self, o) -> None:
        texts = [f"{c['title']}. {c['summary']}" for c in CHALLENGES]
        seeds = benchmarks.encode(texts)
        n = o["cluster_documents"]
        picks = np.random.default_rng(RNG_SEED).integers(0, len(texts), n)
        vectors = benchmarks.synthetic_vectors(n, seeds)
        documents = [texts[i] for i in picks]
        ids = list(range(n))
        seconds = _timed(lambda: benchmarks.cluster_documents(ids, vectors, documents), 3)
        groups = benchmarks.cluster_documents(ids, vectors, documents)
        self._line(
            f"clustering {n} challenges into {len(groups)} groups "
            f"(k={benchmarks.default_cluster_count(n)})",
            seconds,
        )

    def _line(self, label: str, seconds: list[float]) -> None:
        median = statistics.median(seconds)
        self.stdout.write(
            f"{label}: median {median * 1000:.0f} ms, worst {max(seconds) * 1000:.0f} ms "
            f"over {len(seconds)} run(s)"
        )


def _timed(call, rounds: int) -> list[float]:
    seconds = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        seconds.append(time.perf_counter() - started)
    return seconds


def _scores(rng, challenges: int, solutions: int, per_challenge: int) -> np.ndarray:
    """What cohort_score stores: each challenge's best few solutions carry a score."""
    scores = np.zeros((challenges, solutions))
    for i in range(challenges):
        columns = rng.choice(solutions, size=min(per_challenge, solutions), replace=False)
        scores[i, columns] = rng.uniform(0.2, 0.95, len(columns))
    return scores


def _synthetic_cohort(o) -> tuple:
    staff = get_user_model().objects.create_user(
        "bench-staff@launchpad.invalid", None, full_name="Bench", is_staff=True
    )
    providers = Organisation.objects.bulk_create(
        Organisation(
            name=f"Bench provider {n}",
            slug=f"bench-provider-{n}",
            kind=OrganisationKind.HOUSING_PROVIDER,
            homes_managed=1000,
        )
        for n in range(20)
    )
    suppliers = Organisation.objects.bulk_create(
        Organisation(
            name=f"Bench supplier {n}",
            slug=f"bench-supplier-{n}",
            kind=OrganisationKind.SUPPLIER,
            employees=10,
        )
        for n in range(o["suppliers"])
    )
    challenges = Challenge.objects.bulk_create(
        Challenge(
            organisation=providers[n % len(providers)],
            title=f"Bench challenge {n}",
            summary="Synthetic.",
            status=Status.PUBLISHED,
        )
        for n in range(o["challenges"])
    )
    solutions = Solution.objects.bulk_create(
        Solution(
            organisation=suppliers[n % len(suppliers)],
            name=f"Bench solution {n}",
            summary="Synthetic.",
            status=Status.PUBLISHED,
        )
        for n in range(o["solutions"])
    )
    cohort = services.cohort_create(
        user=staff,
        name="Bench cohort",
        max_pilots_per_supplier=4,
        max_suppliers_per_challenge=3,
        min_pairing_score=0.3,
    )
    CohortChallenge.objects.bulk_create(
        CohortChallenge(cohort=cohort, challenge=c, status=EntryStatus.ACCEPTED) for c in challenges
    )
    CohortSupplier.objects.bulk_create(
        CohortSupplier(cohort=cohort, organisation=s, status=EntryStatus.CONFIRMED)
        for s in suppliers
    )
    scores = _scores(
        np.random.default_rng(RNG_SEED), len(challenges), len(solutions), o["scored_per_challenge"]
    )
    rows, columns = np.nonzero(scores)
    Pairing.objects.bulk_create(
        Pairing(
            cohort=cohort,
            challenge=challenges[i],
            solution=solutions[j],
            score=float(scores[i, j]),
        )
        for i, j in zip(rows, columns, strict=True)
    )
    return staff, cohort


def _staff_choices(cohort: Cohort, count: int) -> None:
    suggested = list(cohort.pairings.filter(state=PairingState.SUGGESTED).order_by("pk"))
    # Pins one per challenge so that no supplier is pinned past its capacity.
    pinned, seen = [], set()
    for pairing in suggested:
        if pairing.challenge_id not in seen and len(pinned) < count:
            pinned.append(pairing.pk)
            seen.add(pairing.challenge_id)
    removed = [p.pk for p in suggested if p.pk not in pinned][:count]
    cohort.pairings.filter(pk__in=pinned).update(state=PairingState.PINNED)
    cohort.pairings.filter(pk__in=removed).update(state=PairingState.REMOVED)


def _read_matrix(cohort: Cohort) -> float:
    """What the matchmaking page reads: the matrix, its solution choices and its total."""
    matrix = cohort_matrix(cohort)
    list(matrix.solutions_queryset.values_list("pk", "name", "organisation__name"))
    return matrix.total_of_picks
