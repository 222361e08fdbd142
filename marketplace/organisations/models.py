import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q


class OrganisationKind(models.TextChoices):
    HOUSING_PROVIDER = "housing_provider", "Housing provider"
    SUPPLIER = "supplier", "Supplier"
    PROGRAMME = "programme", "Programme team"


class Role(models.TextChoices):
    OWNER = "owner", "Owner"
    ADMIN = "admin", "Admin"
    MEMBER = "member", "Member"


# Higher rank may do everything a lower rank may.
ROLE_RANK = {Role.MEMBER: 1, Role.ADMIN: 2, Role.OWNER: 3}

# Regulator of Social Housing numbers look like L4321, LH0123 or 4567; councils use codes like 45UB.
_PROVIDER_NUMBER = re.compile(r"^[A-Z0-9]{2,10}$")
# Companies House numbers: eight digits, or a two-letter prefix (SC, NI, OC...) and six digits.
_COMPANY_NUMBER = re.compile(r"^(\d{8}|[A-Z]{2}\d{6})$")


class Organisation(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=OrganisationKind.choices)
    website = models.URLField(blank=True)
    registered_number = models.CharField(
        max_length=10,
        blank=True,
        help_text=(
            "Housing providers: the Regulator of Social Housing registration number. "
            "Suppliers: the Companies House number."
        ),
    )
    regions = models.ManyToManyField("catalogue.Region", blank=True, related_name="organisations")
    homes_managed = models.PositiveIntegerField(
        null=True, blank=True, help_text="Housing providers: homes owned or managed."
    )
    employees = models.PositiveIntegerField(null=True, blank=True, help_text="Suppliers: staff.")
    description = models.TextField(blank=True)
    is_verified = models.BooleanField(
        "verified by staff",
        default=False,
        help_text="Programme staff checked this organisation is who it says it is.",
    )
    verified_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    verification_query = models.TextField(
        blank=True, help_text="What staff asked the organisation to correct before verifying it."
    )
    verification_queried_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "registered_number"],
                condition=~Q(registered_number=""),
                name="organisation_unique_registered_number_per_kind",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_housing_provider(self) -> bool:
        return self.kind == OrganisationKind.HOUSING_PROVIDER

    @property
    def is_supplier(self) -> bool:
        return self.kind == OrganisationKind.SUPPLIER

    def clean(self) -> None:
        self.registered_number = self.registered_number.replace(" ", "").upper()
        errors = self._registered_number_errors() | self._size_errors()
        if errors:
            raise ValidationError(errors)

    def _registered_number_errors(self) -> dict[str, str]:
        number = self.registered_number
        if self.kind == OrganisationKind.PROGRAMME:
            return {}
        if not number:
            return {"registered_number": f"Enter the {self.registered_number_label.lower()}."}
        if self.kind == OrganisationKind.SUPPLIER and not _COMPANY_NUMBER.match(number):
            return {
                "registered_number": (
                    "A Companies House number is 8 characters, e.g. 01234567 or SC123456."
                )
            }
        if self.kind == OrganisationKind.HOUSING_PROVIDER and not _PROVIDER_NUMBER.match(number):
            return {
                "registered_number": (
                    "A registration number is 2 to 10 letters and digits, e.g. L4321 or LH0123."
                )
            }
        duplicate = (
            Organisation.objects.filter(kind=self.kind, registered_number=number)
            .exclude(pk=self.pk)
            .exists()
        )
        if duplicate:
            return {
                "registered_number": (
                    f"Another {self.get_kind_display().lower()} is already registered "
                    f"with the number {number}."
                )
            }
        return {}

    def _size_errors(self) -> dict[str, str]:
        if self.kind == OrganisationKind.HOUSING_PROVIDER and self.homes_managed is None:
            return {"homes_managed": "Enter how many homes you own or manage."}
        if self.kind == OrganisationKind.SUPPLIER and self.employees is None:
            return {"employees": "Enter how many people you employ."}
        return {}

    @property
    def registry_url(self) -> str:
        """Where staff check the registered number against the public register."""
        if self.kind == OrganisationKind.SUPPLIER and self.registered_number:
            return (
                "https://find-and-update.company-information.service.gov.uk/company/"
                f"{self.registered_number}"
            )
        if self.kind == OrganisationKind.HOUSING_PROVIDER:
            return (
                "https://www.gov.uk/government/publications/"
                "current-registered-providers-of-social-housing"
            )
        return ""

    @property
    def registered_number_label(self) -> str:
        if self.kind == OrganisationKind.HOUSING_PROVIDER:
            return "Regulator of Social Housing registration number"
        return "Companies House number"


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organisation__name", "user__email"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="membership_one_per_user_and_organisation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.get_role_display()}) at {self.organisation}"

    def has_role(self, role: Role) -> bool:
        return ROLE_RANK[Role(self.role)] >= ROLE_RANK[role]


class Invitation(models.Model):
    """A colleague invited by e-mail; the link carries a signed token that expires."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField()
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(
        null=True, blank=True, help_text="When the invitation e-mail went out; it goes once."
    )

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "email"],
                condition=Q(accepted_at__isnull=True, revoked_at__isnull=True),
                name="invitation_one_pending_per_email",
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} to {self.organisation}"

    @property
    def is_pending(self) -> bool:
        return self.accepted_at is None and self.revoked_at is None
