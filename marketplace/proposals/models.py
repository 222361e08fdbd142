"""Expressions of interest between a challenge and a solution, and the pilots they become."""

from django.conf import settings
from django.core.validators import MaxLengthValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from marketplace.catalogue.models import LONG_TEXT_LIMIT


def long_text(verbose_name: str, help_text: str = "") -> models.TextField:
    return models.TextField(
        verbose_name,
        blank=True,
        help_text=help_text,
        validators=[MaxLengthValidator(LONG_TEXT_LIMIT)],
    )


class InterestDirection(models.TextChoices):
    SUPPLIER_INTEREST = "supplier_interest", "Supplier expressed interest"
    PROVIDER_INVITATION = "provider_invitation", "Provider invited the solution"
    # Programme staff paired them in a cohort: the supplier answers, as for an invitation.
    PROGRAMME_PAIRING = "programme_pairing", "Paired by the programme"


class InterestStatus(models.TextChoices):
    OPEN = "open", "Awaiting an answer"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"
    WITHDRAWN = "withdrawn", "Withdrawn"


class ExpressionOfInterest(models.Model):
    """One side reaching out to the other about a challenge-solution pair."""

    challenge = models.ForeignKey(
        "catalogue.Challenge", on_delete=models.PROTECT, related_name="interests"
    )
    solution = models.ForeignKey(
        "catalogue.Solution", on_delete=models.PROTECT, related_name="interests"
    )
    direction = models.CharField(max_length=20, choices=InterestDirection.choices)
    pitch = models.TextField(validators=[MaxLengthValidator(2_000)])
    status = models.CharField(
        max_length=10, choices=InterestStatus.choices, default=InterestStatus.OPEN, db_index=True
    )
    answer_reason = models.TextField(blank=True, validators=[MaxLengthValidator(2_000)])
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    answered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "expression of interest"
        verbose_name_plural = "expressions of interest"
        constraints = [
            models.UniqueConstraint(
                fields=["challenge", "solution"],
                condition=Q(status="open"),
                name="one_open_interest_per_pair",
            )
        ]

    def __str__(self) -> str:
        return f"{self.solution} → {self.challenge}"

    @property
    def from_organisation(self):
        if self.direction == InterestDirection.SUPPLIER_INTEREST:
            return self.solution.organisation
        return self.challenge.organisation

    @property
    def to_organisation(self):
        if self.direction == InterestDirection.SUPPLIER_INTEREST:
            return self.challenge.organisation
        return self.solution.organisation


class ProposalStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted for review"
    CHANGES_REQUESTED = "changes_requested", "Changes requested"
    RESUBMITTED = "resubmitted", "Resubmitted for review"
    APPROVED = "approved", "Approved"
    DECLINED = "declined", "Declined"
    IN_PILOT = "in_pilot", "In pilot"
    COMPLETED = "completed", "Completed"
    ABANDONED = "abandoned", "Abandoned"


class LawfulBasis(models.TextChoices):
    CONSENT = "consent", "Consent"
    CONTRACT = "contract", "Contract"
    LEGAL_OBLIGATION = "legal_obligation", "Legal obligation"
    VITAL_INTERESTS = "vital_interests", "Vital interests"
    PUBLIC_TASK = "public_task", "Public task"
    LEGITIMATE_INTERESTS = "legitimate_interests", "Legitimate interests"


class DpiaStatus(models.TextChoices):
    NOT_NEEDED = "not_needed", "Not needed"
    NEEDED = "needed", "Needed, not yet done"
    DONE = "done", "Done"


class SharingAgreement(models.TextChoices):
    NOT_NEEDED = "not_needed", "Not needed"
    DRAFTED = "drafted", "Drafted"
    SIGNED = "signed", "Signed"


class PilotProposal(models.Model):
    """A pilot both organisations write together and programme staff review."""

    interest = models.OneToOneField(
        ExpressionOfInterest, on_delete=models.PROTECT, related_name="proposal"
    )
    challenge = models.ForeignKey(
        "catalogue.Challenge", on_delete=models.PROTECT, related_name="proposals"
    )
    solution = models.ForeignKey(
        "catalogue.Solution", on_delete=models.PROTECT, related_name="proposals"
    )
    provider = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    supplier = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.DRAFT, db_index=True
    )
    # Every save bumps it; a save based on an older version is refused, never merged.
    version = models.PositiveIntegerField(default=1)

    title = models.CharField(max_length=200)
    problem = long_text("The problem", "From the challenge: what is going wrong, for whom.")
    outcomes = long_text("Outcomes sought", "From the challenge: what would be better.")
    solution_summary = long_text("What the solution does")
    objectives = long_text("Objectives", "What this pilot sets out to show.")
    scope_homes = models.PositiveIntegerField(
        "Homes in scope", null=True, blank=True, validators=[MinValueValidator(1)]
    )
    scope_residents = models.PositiveIntegerField("Residents in scope", null=True, blank=True)
    scope_sites = long_text("Sites", "Estates, blocks or areas where the pilot runs.")
    indicative_cost_pence = models.PositiveBigIntegerField(null=True, blank=True)
    resident_engagement = long_text(
        "Resident engagement plan", "How residents hear about it, agree to it and give feedback."
    )

    processes_personal_data = models.BooleanField("Processes personal data", default=False)
    personal_data_categories = long_text(
        "Personal data categories", "E.g. names, addresses, sensor readings linked to a home."
    )
    special_category_data = models.BooleanField(
        "Special category data",
        null=True,
        blank=True,
        help_text="Health, ethnicity, religion, disability… (UK GDPR article 9).",
    )
    lawful_basis = models.CharField(max_length=24, choices=LawfulBasis.choices, blank=True)
    dpia_status = models.CharField("DPIA", max_length=12, choices=DpiaStatus.choices, blank=True)
    data_sharing_agreement = models.CharField(
        max_length=12, choices=SharingAgreement.choices, blank=True
    )
    retention = long_text("Retention", "How long data is kept, and how it is deleted.")
    data_hosting = models.CharField(
        "Where data is hosted",
        max_length=200,
        blank=True,
        help_text="Provider and country, e.g. AWS eu-west-2 (London).",
    )

    risks = long_text("Risks and mitigations")
    exit_plan = long_text("Exit plan", "What happens to the kit, the data and residents after.")

    provider_signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    provider_signed_off_at = models.DateTimeField(null=True, blank=True)
    supplier_signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    supplier_signed_off_at = models.DateTimeField(null=True, blank=True)

    decision_reason = models.TextField(blank=True)
    outcome_summary = long_text("Outcome summary")
    abandoned_reason = models.TextField(blank=True)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-updated_at", "-id"]

    def __str__(self) -> str:
        return self.title

    @property
    def organisations(self):
        return (self.provider, self.supplier)


# The text both organisations write, by section of the editor: the service accepts these,
# the section forms and the API offer them.
CONTENT_SECTIONS = {
    "overview": ("title", "problem", "outcomes", "solution_summary", "objectives"),
    "scope": ("scope_homes", "scope_residents", "scope_sites", "indicative_cost_pence"),
    "engagement": ("resident_engagement",),
    "data": (
        "processes_personal_data",
        "personal_data_categories",
        "special_category_data",
        "lawful_basis",
        "dpia_status",
        "data_sharing_agreement",
        "retention",
        "data_hosting",
    ),
    "risks": ("risks", "exit_plan"),
}
CONTENT_FIELDS = tuple(name for fields in CONTENT_SECTIONS.values() for name in fields)
# The fields of each row section (metrics, milestones, budget lines) that the parties write.
ROW_FIELDS = {
    "metrics": ("metric", "baseline", "target", "how_measured"),
    "milestones": ("title", "due_on"),
    "budget_lines": ("item", "amount_pence", "paid_by"),
}


class BudgetPayer(models.TextChoices):
    PROVIDER = "provider", "Housing provider"
    SUPPLIER = "supplier", "Supplier"
    PROGRAMME = "programme", "Launchpad programme"
    OTHER = "other", "Other funder"


class SuccessMetric(models.Model):
    proposal = models.ForeignKey(PilotProposal, on_delete=models.CASCADE, related_name="metrics")
    position = models.PositiveSmallIntegerField(default=0)
    metric = models.CharField(max_length=200)
    baseline = models.CharField(max_length=120)
    target = models.CharField(max_length=120)
    how_measured = models.CharField(max_length=300)
    # Filled when the pilot completes.
    outcome = models.CharField(max_length=120, blank=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.metric


class Milestone(models.Model):
    proposal = models.ForeignKey(PilotProposal, on_delete=models.CASCADE, related_name="milestones")
    position = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(max_length=200)
    due_on = models.DateField()

    class Meta:
        ordering = ["due_on", "position", "id"]

    def __str__(self) -> str:
        return self.title


class BudgetLine(models.Model):
    proposal = models.ForeignKey(
        PilotProposal, on_delete=models.CASCADE, related_name="budget_lines"
    )
    position = models.PositiveSmallIntegerField(default=0)
    item = models.CharField(max_length=200)
    amount_pence = models.PositiveBigIntegerField()
    paid_by = models.CharField(max_length=10, choices=BudgetPayer.choices)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.item


class ProposalTransition(models.Model):
    """Who moved a proposal from one state to another, when and why."""

    proposal = models.ForeignKey(
        PilotProposal, on_delete=models.CASCADE, related_name="transitions"
    )
    from_status = models.CharField(max_length=20, choices=ProposalStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=ProposalStatus.choices)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status or 'new'} → {self.to_status}"


class Comment(models.Model):
    """A message on an interest or a proposal, seen by both organisations and staff."""

    interest = models.ForeignKey(
        ExpressionOfInterest,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="comments",
    )
    proposal = models.ForeignKey(
        PilotProposal, null=True, blank=True, on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    body = models.TextField(validators=[MaxLengthValidator(5_000)])
    mentions = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(interest__isnull=False, proposal__isnull=True)
                | Q(interest__isnull=True, proposal__isnull=False),
                name="comment_on_exactly_one_thread",
            )
        ]

    def __str__(self) -> str:
        return self.body[:60]
