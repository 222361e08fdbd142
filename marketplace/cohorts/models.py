"""Cohorts: a programme round with its challenges, suppliers, rules and curated pairings."""

import itertools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q


class Stage(models.TextChoices):
    PLANNING = "planning", "Planning"
    OPEN = "open", "Open for challenges"
    MATCHING = "matching", "Matching"
    PILOTS = "pilots", "Pilots"
    COMPLETE = "complete", "Complete"


# What staff set on a cohort: the service accepts these, the form and the API offer them.
COHORT_FIELDS = (
    "name",
    "description",
    "stage",
    "opens_on",
    "matching_on",
    "pilots_on",
    "completes_on",
    "fee_pence",
    "max_pilots_per_supplier",
    "max_suppliers_per_challenge",
    "min_pairing_score",
)


class Cohort(models.Model):
    name = models.CharField(max_length=160, unique=True)
    slug = models.SlugField(max_length=160, unique=True)
    description = models.TextField(blank=True)
    themes = models.ManyToManyField("catalogue.Theme", blank=True, related_name="cohorts")
    stage = models.CharField(max_length=10, choices=Stage.choices, default=Stage.PLANNING)
    opens_on = models.DateField("opens for applications", null=True, blank=True)
    matching_on = models.DateField("matching starts", null=True, blank=True)
    pilots_on = models.DateField("pilots start", null=True, blank=True)
    completes_on = models.DateField("cohort completes", null=True, blank=True)
    fee_pence = models.PositiveIntegerField("participation fee (pence)", default=0)
    currency = models.CharField(max_length=3, default="gbp")
    max_pilots_per_supplier = models.PositiveSmallIntegerField(
        default=2, validators=[MinValueValidator(1)]
    )
    max_suppliers_per_challenge = models.PositiveSmallIntegerField(
        default=3, validators=[MinValueValidator(1)]
    )
    min_pairing_score = models.FloatField(
        default=0.3,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text="Pairings scoring below this (0 to 1, the chance of a real match) are never "
        "proposed; 0.3 and above is a good match, 0.6 and above a strong one.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    scores_computed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name

    STAGE_DATES = ("opens_on", "matching_on", "pilots_on", "completes_on")

    def clean(self) -> None:
        dated = [(name, getattr(self, name)) for name in self.STAGE_DATES if getattr(self, name)]
        for (earlier, first), (later, second) in itertools.pairwise(dated):
            if second < first:
                label = self._meta.get_field(earlier).verbose_name
                raise ValidationError({later: f"This cannot be before “{label}”."})


class EntryStatus(models.TextChoices):
    APPLIED = "applied", "Applied"
    INVITED = "invited", "Invited"
    ACCEPTED = "accepted", "Accepted"
    CONFIRMED = "confirmed", "Place confirmed"
    DECLINED = "declined", "Declined"


class CohortChallenge(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="entries")
    challenge = models.ForeignKey(
        "catalogue.Challenge", on_delete=models.PROTECT, related_name="cohort_entries"
    )
    status = models.CharField(max_length=10, choices=EntryStatus.choices)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "challenge"], name="challenge_once_per_cohort"
            )
        ]

    def __str__(self) -> str:
        return f"{self.challenge} in {self.cohort}"


class CohortSupplier(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="suppliers")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="cohort_places"
    )
    status = models.CharField(max_length=10, choices=EntryStatus.choices)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "organisation"], name="supplier_once_per_cohort"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} in {self.cohort}"


class PairingState(models.TextChoices):
    SUGGESTED = "suggested", "Suggested by the optimiser"
    PINNED = "pinned", "Pinned by staff"
    REMOVED = "removed", "Removed by staff"
    CONFIRMED = "confirmed", "Confirmed"


class Pairing(models.Model):
    """A challenge-solution pair in a cohort: its score, and what staff decided about it."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="pairings")
    challenge = models.ForeignKey("catalogue.Challenge", on_delete=models.CASCADE, related_name="+")
    solution = models.ForeignKey("catalogue.Solution", on_delete=models.CASCADE, related_name="+")
    score = models.FloatField(default=0.0)
    state = models.CharField(max_length=10, choices=PairingState.choices, blank=True)
    interest = models.ForeignKey(
        "proposals.ExpressionOfInterest",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "challenge", "solution"], name="pairing_once_per_cohort"
            )
        ]
        indexes = [
            models.Index(fields=["cohort", "state"], condition=~Q(state=""), name="pairing_decided")
        ]

    def __str__(self) -> str:
        return f"challenge {self.challenge_id}, solution {self.solution_id}"
