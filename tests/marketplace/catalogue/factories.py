"""Challenges and solutions in any state, written straight to the database (no audit)."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from marketplace.catalogue.models import Challenge, Region, Solution, Status, Theme, Visibility

DAMP = "damp-mould-condensation"
REPAIRS = "repairs-maintenance"
ENERGY = "energy-retrofit-net-zero"
SAFETY = "building-fire-safety"

SUBMITTED_OR_LATER = {Status.SUBMITTED, Status.PUBLISHED, Status.CLOSED, Status.ARCHIVED}


def _when(*states):
    return factory.LazyAttribute(lambda o: timezone.now() if o.status in states else None)


class EntryFactory(DjangoModelFactory):
    """Complete enough to submit. Pass `themes` as slugs and `regions` as ITL1 codes."""

    class Meta:
        abstract = True

    summary = "Residents tell us late; we find out when the wall is black."
    status = Status.DRAFT
    visibility = Visibility.MEMBERS
    submitted_at = _when(*SUBMITTED_OR_LATER)
    published_at = _when(Status.PUBLISHED, Status.CLOSED, Status.ARCHIVED)
    closed_at = _when(Status.CLOSED, Status.ARCHIVED)

    @factory.post_generation
    def themes(self, create, slugs, **kwargs):
        if create:
            self.themes.set(Theme.objects.filter(slug__in=[DAMP] if slugs is None else slugs))

    @factory.post_generation
    def regions(self, create, codes, **kwargs):
        if create:
            self.regions.set(Region.objects.filter(code__in=["TLC"] if codes is None else codes))


class ChallengeFactory(EntryFactory):
    class Meta:
        model = Challenge
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Find damp before residents report it ({n})")
    problem_statement = "Reports arrive weeks after condensation starts."
    desired_outcomes = "Half the reports, found a month earlier."
    budget_min_pence = 500_000
    budget_max_pence = 2_000_000
    pilot_length_weeks = 12


class SolutionFactory(EntryFactory):
    class Meta:
        model = Solution
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Humidity sensor network ({n})")
    description = "Battery sensors in every room report humidity hourly."
    maturity = "piloted"
    pricing_model = "per_home_per_year"
    indicative_price_pence = 2_500


def row_of(entry) -> dict:
    """Every column of the entry as stored, to show that a refused action changed nothing."""
    return type(entry).objects.values().get(pk=entry.pk)
