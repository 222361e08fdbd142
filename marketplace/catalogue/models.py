from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, URLValidator
from django.db import models

from marketplace.core import money


class Theme(models.Model):
    """A kind of problem social housing faces; challenges and solutions are tagged with 1-3."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=120, unique=True)
    description = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class Region(models.Model):
    """A UK ITL1 region, identified by its ONS code (e.g. TLC for the North East)."""

    code = models.CharField(max_length=3, unique=True)
    name = models.CharField(max_length=80, unique=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class Status(models.TextChoices):
    DRAFT = "draft", "Draft"
    SUBMITTED = "submitted", "Submitted for moderation"
    PUBLISHED = "published", "Published"
    CLOSED = "closed", "Closed"
    ARCHIVED = "archived", "Archived"


class Visibility(models.TextChoices):
    PUBLIC = "public", "Public: anyone"
    MEMBERS = "members", "Launchpad members only"
    COHORT = "cohort", "Cohort only"


# Long text fields are bounded so a pasted novel becomes a field error, not a 10 MB row.
LONG_TEXT_LIMIT = 20_000
MAX_THEMES = 3


def long_text(verbose_name: str, help_text: str = "") -> models.TextField:
    return models.TextField(
        verbose_name,
        blank=True,
        help_text=help_text,
        validators=[MaxLengthValidator(LONG_TEXT_LIMIT)],
    )


class CatalogueEntry(models.Model):
    """What challenges and solutions share: ownership, lifecycle, visibility, taxonomy."""

    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.PROTECT, related_name="%(class)ss"
    )
    summary = models.TextField(
        blank=True,
        help_text="One paragraph: what someone scanning a list needs to know.",
        validators=[MaxLengthValidator(1_200)],
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="%(class)ss")
    regions = models.ManyToManyField(Region, blank=True, related_name="%(class)ss")
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    visibility = models.CharField(
        max_length=10, choices=Visibility.choices, default=Visibility.MEMBERS
    )
    rejection_reason = models.TextField(
        blank=True, help_text="Why moderation sent it back; cleared when resubmitted."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    # Fields that must be filled before an entry can be submitted for moderation.
    required_for_submission: tuple[str, ...] = ()

    def submission_errors(self) -> dict[str, str]:
        """Field errors that block submission; drafts may be incomplete."""
        errors = {
            name: "This field is required before you submit."
            for name in self.required_for_submission
            if getattr(self, name) in (None, "")
        }
        if self.pk and not self.themes.exists():
            errors["themes"] = "Choose between 1 and 3 themes."
        return errors


class ProcurementRoute(models.TextChoices):
    UNKNOWN = "unknown", "Not decided yet"
    DIRECT_AWARD = "direct_award", "Direct award (below threshold)"
    FRAMEWORK = "framework", "Existing framework"
    DPS = "dps", "Dynamic purchasing system"
    OPEN_TENDER = "open_tender", "Open tender"
    INNOVATION_PARTNERSHIP = "innovation_partnership", "Innovation partnership"


class HousingSystem(models.TextChoices):
    """Housing management and asset systems a provider may require a solution to work with.

    The values are the matcher's own names for them (matching.constraints.SYSTEMS).
    """

    NOT_NAMED = "", "None required"
    NEC_HOUSING = "nec-housing", "NEC Housing"
    CIVICA_CX = "civica-cx", "Civica CX"
    MRI_HOUSING = "mri-housing", "MRI Housing"
    AAREON_QL = "aareon-ql", "Aareon QL"
    ORCHARD_HOUSING = "orchard-housing", "Orchard Housing"
    CAPITA_OPENHOUSING = "capita-openhousing", "Capita OpenHousing"
    KEYSTONE = "keystone", "Keystone (asset management)"
    APEX = "apex", "Apex (asset management)"
    ORCHARD_ASSET_MANAGEMENT = "orchard-asset-management", "Orchard Asset Management"


# The hard constraints a provider ticks (with housing_system, the one they choose).
CHALLENGE_CONSTRAINT_FLAGS = (
    "no_resident_wifi",
    "no_mains_power",
    "no_mobile_signal",
    "requires_welsh",
    "requires_uk_data",
    "requires_accessibility",
)


class Challenge(CatalogueEntry):
    """A problem a housing provider needs solved."""

    title = models.CharField(max_length=200)
    problem_statement = long_text(
        "problem statement", "What is happening, to whom, how often, and why it matters."
    )
    desired_outcomes = long_text("desired outcomes", "What would be different after a pilot.")
    homes_affected = models.PositiveIntegerField(null=True, blank=True)
    pilot_homes = models.PositiveIntegerField(
        "homes in the pilot",
        null=True,
        blank=True,
        help_text="How many homes a pilot would cover. Per-home prices are costed on these "
        "against your budget, not on all the homes affected.",
    )
    residents_affected = models.PositiveIntegerField(null=True, blank=True)
    current_approach = long_text(
        "current approach and what failed", "What you do today and why it is not enough."
    )
    systems_constraints = long_text(
        "systems it must work with", "e.g. housing management system, asset database, CRM."
    )
    data_protection_constraints = long_text(
        "data-protection limits", "e.g. no special-category data leaves the UK."
    )
    # Hard constraints: a solution that says it needs what these rule out is shown as
    # breaking them, and ranked below those that don't.
    no_resident_wifi = models.BooleanField(
        "cannot rely on residents' Wi-Fi",
        default=False,
        help_text="Tick if many homes have no broadband or residents won't share it.",
    )
    no_mains_power = models.BooleanField(
        "no mains power where it must work",
        default=False,
        help_text="Tick if it has to run on batteries (no sockets, or none you can use).",
    )
    no_mobile_signal = models.BooleanField(
        "no mobile signal in places",
        default=False,
        help_text="Tick if it must work in stairwells, basements or valleys with no signal.",
    )
    housing_system = models.CharField(
        "must work with this system",
        max_length=30,
        choices=HousingSystem.choices,
        blank=True,
        help_text="The housing management or asset system it must link to, if any.",
    )
    requires_welsh = models.BooleanField("must be available in Welsh", default=False)
    requires_uk_data = models.BooleanField("data must stay in the UK", default=False)
    requires_accessibility = models.BooleanField(
        "must meet the WCAG 2.2 AA accessibility standard", default=False
    )
    procurement_route = models.CharField(
        max_length=30, choices=ProcurementRoute.choices, default=ProcurementRoute.UNKNOWN
    )
    budget_min_pence = models.PositiveBigIntegerField("minimum budget", null=True, blank=True)
    budget_max_pence = models.PositiveBigIntegerField("maximum budget", null=True, blank=True)
    pilot_length_weeks = models.PositiveSmallIntegerField(
        "pilot length in weeks", null=True, blank=True
    )
    respond_by = models.DateField("deadline to respond", null=True, blank=True)
    contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="challenges_as_contact",
        help_text="The member suppliers talk to.",
    )

    required_for_submission = (
        "title",
        "summary",
        "problem_statement",
        "desired_outcomes",
        "budget_max_pence",
        "pilot_length_weeks",
    )

    class Meta:
        ordering = ["-published_at", "-updated_at"]
        indexes = [models.Index(fields=["status", "visibility"])]

    def __str__(self) -> str:
        return self.title

    def hard_constraints(self) -> list[str]:
        """The constraints ticked on the form, as the provider reads them back."""
        ticked = [
            field.verbose_name[0].upper() + field.verbose_name[1:]
            for field in self._meta.concrete_fields
            if field.name in CHALLENGE_CONSTRAINT_FLAGS and getattr(self, field.name)
        ]
        if self.housing_system:
            ticked.insert(0, f"Must work with {self.get_housing_system_display()}")
        return ticked

    def clean(self) -> None:
        errors = {}
        low, high = self.budget_min_pence, self.budget_max_pence
        if low is not None and high is not None and low > high:
            errors["budget_min_pence"] = "The minimum budget must not be more than the maximum."
        pilot, affected = self.pilot_homes, self.homes_affected
        if pilot is not None and pilot < 1:
            errors["pilot_homes"] = "Homes in the pilot must be at least 1."
        elif pilot is not None and affected is not None and pilot > affected:
            errors["pilot_homes"] = (
                f"Homes in the pilot ({pilot:,}) cannot be more than the homes affected "
                f"({affected:,})."
            )
        if errors:
            raise ValidationError(errors)


class Maturity(models.TextChoices):
    CONCEPT = "concept", "Concept"
    PROTOTYPE = "prototype", "Prototype"
    PILOTED = "piloted", "Piloted"
    DEPLOYED = "deployed", "Deployed with housing providers"
    AT_SCALE = "at_scale", "At scale"


class PricingModel(models.TextChoices):
    """How an indicative price is charged; each is costed for a pilot as its label says."""

    PER_HOME_PER_YEAR = "per_home_per_year", "Per home per year"
    LICENCE = "licence", "Licence per year"
    ONE_OFF = "one_off", "One-off, for the whole pilot"
    ONE_OFF_PER_HOME = "one_off_per_home", "One-off per home"
    OTHER = "other", "Other (explain in the description)"


PER_HOME_PRICING = (PricingModel.PER_HOME_PER_YEAR, PricingModel.ONE_OFF_PER_HOME)
# How a price reads beside its amount: "£28 per home per year", never "£350 other".
PRICE_WORDING = {
    PricingModel.PER_HOME_PER_YEAR: "{} per home per year",
    PricingModel.LICENCE: "{} licence per year",
    PricingModel.ONE_OFF: "{} one-off",
    PricingModel.ONE_OFF_PER_HOME: "{} per home, one-off",
    PricingModel.OTHER: "{} (other pricing: see the description)",
}


class Certification(models.TextChoices):
    CYBER_ESSENTIALS = "cyber_essentials", "Cyber Essentials"
    CYBER_ESSENTIALS_PLUS = "cyber_essentials_plus", "Cyber Essentials Plus"
    ISO_27001 = "iso_27001", "ISO 27001"
    ISO_9001 = "iso_9001", "ISO 9001"


class HostingLocation(models.TextChoices):
    NOT_APPLICABLE = "", "Not applicable"
    UK = "uk", "United Kingdom"
    EEA = "eea", "European Economic Area"
    US = "us", "United States"
    OTHER = "other", "Elsewhere"


class Solution(CatalogueEntry):
    """Something a supplier offers."""

    name = models.CharField(max_length=200)
    description = long_text("description", "What it does, for whom, and how it is delivered.")
    maturity = models.CharField(max_length=12, choices=Maturity.choices, blank=True)
    pricing_model = models.CharField(max_length=20, choices=PricingModel.choices, blank=True)
    indicative_price_pence = models.PositiveBigIntegerField(
        "indicative price", null=True, blank=True
    )
    housing_deployments = models.PositiveIntegerField(
        "deployments with housing providers", default=0
    )
    evidence = long_text("evidence", "Case studies with outcome figures.")
    evidence_links = models.JSONField(default=list, blank=True)
    certifications = models.JSONField(default=list, blank=True)
    other_certifications = models.CharField(max_length=300, blank=True)
    integrations = models.CharField(
        "housing management systems it integrates with", max_length=500, blank=True
    )
    # What it needs to work, and what it offers: None is "not stated", which never counts
    # against it.
    needs_resident_wifi = models.BooleanField(
        "needs residents' Wi-Fi or home broadband", null=True, blank=True
    )
    needs_mains_power = models.BooleanField("needs mains power", null=True, blank=True)
    needs_mobile_signal = models.BooleanField("needs a mobile signal", null=True, blank=True)
    works_offline = models.BooleanField(
        "works offline",
        default=False,
        help_text="It keeps working with no signal and sends what it recorded later.",
    )
    languages = models.CharField(
        "languages it is available in",
        max_length=300,
        blank=True,
        help_text="e.g. English, Welsh, Polish. Leave blank if you would rather not say.",
    )
    meets_accessibility_standard = models.BooleanField(
        "meets the WCAG 2.2 AA accessibility standard", null=True, blank=True
    )
    processes_personal_data = models.BooleanField(default=False)
    data_hosting = models.CharField(
        "where data is hosted", max_length=8, choices=HostingLocation.choices, blank=True
    )
    dpia_available = models.BooleanField("DPIA available", default=False)

    required_for_submission = ("name", "summary", "description", "maturity", "pricing_model")

    class Meta:
        ordering = ["-published_at", "-updated_at"]
        indexes = [models.Index(fields=["status", "visibility"])]

    def __str__(self) -> str:
        return self.name

    @property
    def title(self) -> str:
        return self.name

    @property
    def price_label(self) -> str:
        """The indicative price as people read it, with its pricing model in words."""
        if self.indicative_price_pence is None:
            return "—"
        amount = money.pounds(self.indicative_price_pence)
        return PRICE_WORDING.get(self.pricing_model, "{}").format(amount)

    def clean(self) -> None:
        errors = {}
        unknown = set(self.certifications) - set(Certification.values)
        if unknown:
            errors["certifications"] = f"Unknown certification: {', '.join(sorted(unknown))}."
        validate_url = URLValidator(schemes=["http", "https"])
        for link in self.evidence_links:
            try:
                validate_url(link)
            except ValidationError:
                errors["evidence_links"] = f"{link!r} is not a web address (http or https)."
        if self.processes_personal_data and not self.data_hosting:
            errors["data_hosting"] = "Say where personal data is hosted."
        if errors:
            raise ValidationError(errors)

    def certification_labels(self) -> list[str]:
        labels = [Certification(code).label for code in self.certifications]
        return labels + ([self.other_certifications] if self.other_certifications else [])


class Verdict(models.TextChoices):
    SHORTLIST = "shortlist", "Shortlisted"
    DISMISS = "dismiss", "Dismissed"
    NOT_RELEVANT = "not_relevant", "Not relevant"


class MatchFeedback(models.Model):
    """What an organisation said about a challenge-solution pairing; exported for tuning."""

    challenge = models.ForeignKey(Challenge, on_delete=models.CASCADE, related_name="feedback")
    solution = models.ForeignKey(Solution, on_delete=models.CASCADE, related_name="feedback")
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="match_feedback"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    verdict = models.CharField(max_length=15, choices=Verdict.choices)
    reason = models.CharField(max_length=500, blank=True)
    score = models.FloatField(null=True, blank=True, help_text="The match score when judged.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-updated_at"]
        verbose_name_plural = "match feedback"
        constraints = [
            models.UniqueConstraint(
                fields=["challenge", "solution", "organisation"],
                name="match_feedback_once_per_pair_and_organisation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_verdict_display()}: {self.challenge} / {self.solution}"
