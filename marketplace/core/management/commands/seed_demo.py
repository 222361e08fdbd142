import ipaddress
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from marketplace.catalogue import demo_catalogue
from marketplace.catalogue import services as catalogue
from marketplace.catalogue.models import Challenge, Region, Solution, Theme
from marketplace.cohorts import demo_cohort
from marketplace.cohorts.models import Cohort
from marketplace.core import demo
from marketplace.organisations.models import Membership, Organisation, OrganisationKind, Role
from marketplace.organisations.services import organisation_create, organisation_verify
from marketplace.proposals import demo_pilots

User = get_user_model()


class Command(BaseCommand):
    help = "Create the demo sector (idempotent: a second run changes nothing)."

    def handle(self, *args, **options) -> None:
        public = public_hosts()
        if public and not settings.DEBUG:
            # The demo staff account's password and TOTP secret are published (README, this
            # command's output): on a site others can reach, anyone could sign in as staff.
            raise CommandError(
                "Refusing to seed the demo: its staff account has a published password and "
                f"TOTP secret, and this site answers as {', '.join(public)} with DEBUG off. "
                "Seed only a site on 127.0.0.1 or localhost (SITE_URL and ALLOWED_HOSTS), "
                "or with DEBUG on."
            )
        # The demo's e-mails would go to made-up addresses; nobody needs a hundred of them
        # on the console before the server starts.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            self._seed()
            # After the commit above, which embedded the catalogue where tasks run inline.
            staff = User.objects.get(email="staff@launchpad.test")
            cohort = Cohort.objects.get(name=demo_cohort.NAME)
            scored = demo_cohort.fill_matrix(staff, cohort)
        self.stdout.write(f"Demo cohort “{cohort.name}”: {scored} pairings scored.")
        self._print_credentials()

    @transaction.atomic
    def _seed(self) -> None:
        staff = self._user("staff@launchpad.test", "Priya Shah", is_staff=True)
        self._staff_totp(staff)
        self._organisation(staff, demo.PROGRAMME_TEAM[0], OrganisationKind.PROGRAMME, {})
        for name, domain, number, regions, homes, description in demo.HOUSING_PROVIDERS:
            self._sector_organisation(
                staff,
                name,
                domain,
                OrganisationKind.HOUSING_PROVIDER,
                {"registered_number": number, "homes_managed": homes, "description": description},
                regions,
            )
        for name, domain, number, regions, employees, description in demo.SUPPLIERS:
            self._sector_organisation(
                staff,
                name,
                domain,
                OrganisationKind.SUPPLIER,
                {"registered_number": number, "employees": employees, "description": description},
                regions,
            )
        self._catalogue(staff)
        pilots = demo_pilots.seed_pilots(staff)
        self.stdout.write(f"Demo pairings created: {pilots}")
        demo_cohort.seed_cohort(staff)
        demo_cohort.seed_open_cohort(staff)

    def _catalogue(self, staff) -> None:
        """Published challenges and solutions, through the same services people use."""
        for model, rows, title_field in (
            (Challenge, demo_catalogue.CHALLENGES, "title"),
            (Solution, demo_catalogue.SOLUTIONS, "name"),
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
                entry = catalogue.entry_create(
                    model, user=owner, organisation=organisation, **fields
                )
                catalogue.entry_submit(entry, user=owner)
                catalogue.entry_publish(entry, user=staff)

    def _sector_organisation(self, staff, name, domain, kind, fields, region_codes) -> None:
        owner = self._user(f"owner@{domain}", f"Owner at {name}")
        fields = {
            **fields,
            "website": f"https://www.{domain}/",
            "regions": list(Region.objects.filter(code__in=region_codes)),
        }
        organisation = self._organisation(owner, name, kind, fields)
        member = self._user(f"member@{domain}", f"Member at {name}")
        Membership.objects.get_or_create(
            user=member, organisation=organisation, defaults={"role": Role.MEMBER}
        )
        if not organisation.is_verified:
            organisation_verify(user=staff, organisation=organisation)

    def _organisation(self, owner, name, kind, fields) -> Organisation:
        existing = Organisation.objects.filter(name=name, kind=kind).first()
        if existing:
            return existing
        return organisation_create(user=owner, name=name, kind=kind, **fields)

    def _user(self, email: str, full_name: str, is_staff: bool = False):
        user, created = User.objects.get_or_create(
            email=email, defaults={"full_name": full_name, "is_staff": is_staff}
        )
        if created:
            user.set_password(demo.DEMO_PASSWORD)
            user.save(update_fields=["password"])
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        return user

    def _staff_totp(self, staff) -> None:
        if not Authenticator.objects.filter(user=staff, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(staff, demo.DEMO_STAFF_TOTP_SECRET)

    def _print_credentials(self) -> None:
        out = self.stdout
        out.write(self.style.SUCCESS("Demo sector ready. Every demo account's password is:"))
        out.write(f"  {demo.DEMO_PASSWORD}")
        out.write("Programme staff (two-factor required):")
        out.write("  staff@launchpad.test")
        out.write(f"  TOTP secret for your authenticator app: {demo.DEMO_STAFF_TOTP_SECRET}")
        out.write("Housing providers (owner@ and member@ each):")
        for _name, domain, *_ in demo.HOUSING_PROVIDERS:
            out.write(f"  owner@{domain}  member@{domain}")
        out.write("Suppliers (owner@ and member@ each):")
        for _name, domain, *_ in demo.SUPPLIERS:
            out.write(f"  owner@{domain}  member@{domain}")


def public_hosts() -> list[str]:
    """The hosts in SITE_URL and ALLOWED_HOSTS that are not this machine's loopback."""
    hosts = [urlsplit(settings.SITE_URL).hostname or "", *settings.ALLOWED_HOSTS]
    return sorted({host for host in hosts if not _is_loopback(host)})


def _is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        # A name (or "*", or ".example.org") may resolve anywhere.
        return False
