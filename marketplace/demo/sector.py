"""The demo sector: staff, the programme team, providers and suppliers with their people, and
their published challenges and solutions, created through the same services people use."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model

from marketplace.catalogue import services as catalogue
from marketplace.catalogue.models import Challenge, Region, Solution, Theme
from marketplace.demo.content import CONTENT
from marketplace.demo.loader import DemoOrganisation
from marketplace.organisations.models import Membership, Organisation, OrganisationKind, Role
from marketplace.organisations.services import organisation_create, organisation_verify

User = get_user_model()


def seed_staff():
    staff = _user(CONTENT.staff_email, CONTENT.staff_full_name, is_staff=True)
    if not Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(staff, CONTENT.staff_totp_secret)
    return staff


def seed_organisations(staff) -> None:
    _organisation(staff, CONTENT.programme_team, OrganisationKind.PROGRAMME, {})
    for row in CONTENT.housing_providers:
        _sector_organisation(staff, row, OrganisationKind.HOUSING_PROVIDER, "homes_managed")
    for row in CONTENT.suppliers:
        _sector_organisation(staff, row, OrganisationKind.SUPPLIER, "employees")


def seed_catalogue(staff) -> None:
    """Published challenges and solutions, through the same services people use."""
    for model, rows, title_field in (
        (Challenge, CONTENT.challenges, "title"),
        (Solution, CONTENT.solutions, "name"),
    ):
        for row in rows:
            organisation = Organisation.objects.get(name=row["organisation"])
            if model.objects.filter(
                organisation=organisation, **{title_field: row[title_field]}
            ).exists():
                continue
            owner = organisation.memberships.get(role=Role.OWNER).user
            fields = {key: value for key, value in row.items() if key != "organisation"}
            fields["themes"] = list(Theme.objects.filter(slug__in=row["themes"]))
            fields["regions"] = list(Region.objects.filter(code__in=row["regions"]))
            entry = catalogue.entry_create(model, user=owner, organisation=organisation, **fields)
            catalogue.entry_submit(entry, user=owner)
            catalogue.entry_publish(entry, user=staff)


def _sector_organisation(staff, row: DemoOrganisation, kind, size_field: str) -> None:
    owner = _user(f"owner@{row.domain}", f"Owner at {row.name}")
    fields = {
        "registered_number": row.registered_number,
        size_field: row.size,
        "description": row.description,
        "website": f"https://www.{row.domain}/",
        "regions": list(Region.objects.filter(code__in=row.regions)),
    }
    organisation = _organisation(owner, row.name, kind, fields)
    member = _user(f"member@{row.domain}", f"Member at {row.name}")
    Membership.objects.get_or_create(
        user=member, organisation=organisation, defaults={"role": Role.MEMBER}
    )
    if not organisation.is_verified:
        organisation_verify(user=staff, organisation=organisation)


def _organisation(owner, name, kind, fields) -> Organisation:
    existing = Organisation.objects.filter(name=name, kind=kind).first()
    if existing:
        return existing
    return organisation_create(user=owner, name=name, kind=kind, **fields)


def _user(email: str, full_name: str, is_staff: bool = False):
    user, created = User.objects.get_or_create(
        email=email, defaults={"full_name": full_name, "is_staff": is_staff}
    )
    if created:
        user.set_password(CONTENT.password)
        user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user
