import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from marketplace.cohorts.models import Cohort
from marketplace.demo import cohorts, pilots, sector
from marketplace.demo.content import CONTENT


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
            staff = get_user_model().objects.get(email=CONTENT.staff_email)
            cohort = Cohort.objects.get(name=CONTENT.cohorts["matching"]["name"])
            scored = cohorts.fill_matrix(staff, cohort)
        self.stdout.write(f"Demo cohort “{cohort.name}”: {scored} pairings scored.")
        self._print_credentials()

    @transaction.atomic
    def _seed(self) -> None:
        staff = sector.seed_staff()
        sector.seed_organisations(staff)
        sector.seed_catalogue(staff)
        created = pilots.seed_pilots(staff)
        self.stdout.write(f"Demo pairings created: {created}")
        cohorts.seed_cohort(staff)
        cohorts.seed_open_cohort(staff)

    def _print_credentials(self) -> None:
        out = self.stdout
        out.write(self.style.SUCCESS("Demo sector ready. Every demo account's password is:"))
        out.write(f"  {CONTENT.password}")
        out.write("Programme staff (two-factor required):")
        out.write(f"  {CONTENT.staff_email}")
        out.write(f"  TOTP secret for your authenticator app: {CONTENT.staff_totp_secret}")
        out.write("Housing providers (owner@ and member@ each):")
        for organisation in CONTENT.housing_providers:
            out.write(f"  owner@{organisation.domain}  member@{organisation.domain}")
        out.write("Suppliers (owner@ and member@ each):")
        for organisation in CONTENT.suppliers:
            out.write(f"  owner@{organisation.domain}  member@{organisation.domain}")


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
