from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client, override_settings

from marketplace.accounts.models import User
from marketplace.catalogue.models import Region, Theme
from marketplace.core.models import AuditEntry
from marketplace.demo import content as demo
from marketplace.demo.management.commands.seed_demo import public_hosts
from marketplace.organisations.models import Membership, Organisation, OrganisationKind
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

ADMIN_CHANGELISTS = [
    "organisations/organisation",
    "catalogue/theme",
    "catalogue/region",
    "accounts/user",
    "organisations/membership",
    "organisations/invitation",
    "core/auditentry",
]


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# Admin


def test_anonymous_visitor_of_the_admin_is_sent_to_sign_in(client):
    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0].startswith("/accounts/login/")
    assert response.status_code == 200
    assert "Site administration" not in response.content.decode()


def test_signed_in_non_staff_cannot_see_the_admin_index(outsider):
    response = client_for(outsider).get("/admin/", follow=True)

    assert response.redirect_chain[0] == ("/admin/login/?next=/admin/", 302)
    assert "Site administration" not in response.content.decode()


def test_signed_in_non_staff_cannot_become_staff_through_the_admin_login_form(outsider, staff_user):
    # Signing in as staff must go through allauth: its rate limits and the second factor.
    client = client_for(outsider)

    client.post("/admin/login/", {"username": staff_user.email, "password": PASSWORD})

    assert client.session["_auth_user_id"] == str(outsider.pk)


@pytest.mark.parametrize("changelist", ADMIN_CHANGELISTS)
def test_signed_in_non_staff_cannot_open_an_admin_changelist(outsider, changelist):
    response = client_for(outsider).get(f"/admin/{changelist}/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_staff_sees_the_admin_index(staff_user):
    response = client_for(staff_user).get("/admin/")

    assert response.status_code == 200
    assert "Site administration" in response.content.decode()


def test_staff_opens_every_admin_changelist(staff_user, provider_member):
    # Programme staff verify organisations and edit the taxonomy (home page, seed_demo).
    client = client_for(staff_user)

    statuses = {name: client.get(f"/admin/{name}/").status_code for name in ADMIN_CHANGELISTS}

    assert statuses == dict.fromkeys(ADMIN_CHANGELISTS, 200)


@pytest.mark.parametrize("changelist", ADMIN_CHANGELISTS)
def test_superuser_opens_each_admin_changelist_and_searches_it(provider_member, changelist):
    superuser = User.objects.create_superuser("root@launchpad.example", PASSWORD)
    TOTP.activate(superuser, "LAUNCHPADTESTROOTTOTPSECRET23456")
    client = client_for(superuser)

    listing = client.get(f"/admin/{changelist}/")
    search = client.get(f"/admin/{changelist}/", {"q": "tyne"})

    assert listing.status_code == 200
    assert search.status_code == 200
    assert search.context["cl"].query == "tyne"


# Health


def test_healthz_reports_ok_with_the_database_vendor(client):
    response = client.get("/healthz")

    body = response.json()
    assert response.status_code == 200
    assert body["status"] == "ok"
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["database"]["vendor"] == connection.vendor
    assert body["checks"]["cache"]["ok"] is True
    assert response["Cache-Control"].startswith("max-age=0")


def test_healthz_refuses_post(client):
    response = client.post("/healthz")

    assert response.status_code == 405


# Demo data


def seed() -> str:
    """As `make seed` does: with DEBUG on (the test client's host, testserver, is not loopback)."""
    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("seed_demo", stdout=out)
    return out.getvalue()


def counts() -> dict[str, int]:
    return {
        "users": User.objects.count(),
        "organisations": Organisation.objects.count(),
        "memberships": Membership.objects.count(),
        "audit": AuditEntry.objects.count(),
        "emails": EmailAddress.objects.count(),
    }


def test_seed_demo_is_idempotent():
    seed()
    first = counts()

    seed()

    assert counts() == first


def test_seed_demo_creates_the_demo_sector():
    seed()

    kinds = Organisation.objects.values_list("kind", flat=True)
    assert len(demo.HOUSING_PROVIDERS) == 8
    assert len(demo.SUPPLIERS) == 15
    assert list(kinds).count(OrganisationKind.HOUSING_PROVIDER) == len(demo.HOUSING_PROVIDERS)
    assert list(kinds).count(OrganisationKind.SUPPLIER) == len(demo.SUPPLIERS)
    assert list(kinds).count(OrganisationKind.PROGRAMME) == 1
    sector = len(demo.HOUSING_PROVIDERS) + len(demo.SUPPLIERS)
    # An owner and a member for every provider and supplier, plus the staff member.
    assert counts()["users"] == 2 * sector + 1
    assert counts()["memberships"] == 2 * sector + 1
    assert counts()["emails"] == 2 * sector + 1
    assert EmailAddress.objects.filter(verified=False).count() == 0
    assert Organisation.objects.filter(is_verified=False).count() == 1
    assert list(
        Organisation.objects.get(name="DampSense Ltd").regions.values_list("code", flat=True)
    ) == ["TLC", "TLD", "TLE", "TLI"]


def test_seed_demo_password_signs_in_the_demo_accounts():
    seed()

    owner = authenticate(username="owner@tynebridgehomes.org.uk", password=demo.DEMO_PASSWORD)
    staff = authenticate(username="staff@launchpad.test", password=demo.DEMO_PASSWORD)

    assert owner == User.objects.get(email="owner@tynebridgehomes.org.uk")
    assert staff.is_staff is True
    assert staff.authenticator_set.filter(type="totp").count() == 1


def test_seed_demo_prints_the_shared_password():
    output = seed()

    assert demo.DEMO_PASSWORD in output


@pytest.mark.parametrize(
    ("site_url", "allowed_hosts", "public"),
    [
        ("http://127.0.0.1:8000", ["127.0.0.1", "localhost"], []),
        ("http://[::1]:8000", ["::1", "[::1]", "127.0.0.2", ".localhost"], []),
        ("https://launchpad.example.org", ["launchpad.example.org"], ["launchpad.example.org"]),
        ("http://127.0.0.1:8000", ["*"], ["*"]),
        ("http://127.0.0.1:8000", ["127.0.0.1", "10.0.0.5"], ["10.0.0.5"]),
        ("http://0.0.0.0:8000", ["127.0.0.1"], ["0.0.0.0"]),  # noqa: S104 - a host named, not bound
    ],
)
def test_public_hosts_are_those_not_on_loopback(settings, site_url, allowed_hosts, public):
    settings.SITE_URL = site_url
    settings.ALLOWED_HOSTS = allowed_hosts

    assert public_hosts() == public


@pytest.mark.parametrize(
    ("site_url", "allowed_hosts"),
    [
        ("https://launchpad.example.org", ["launchpad.example.org"]),
        ("http://127.0.0.1:8000", ["127.0.0.1", "*"]),
    ],
)
def test_seed_demo_refuses_a_site_others_can_reach_with_debug_off(
    settings, site_url, allowed_hosts
):
    settings.DEBUG = False
    settings.SITE_URL = site_url
    settings.ALLOWED_HOSTS = allowed_hosts
    before = counts()

    with pytest.raises(CommandError, match="published password and TOTP secret"):
        call_command("seed_demo", stdout=StringIO())

    assert counts() == before
    assert not User.objects.filter(email="staff@launchpad.test").exists()


def test_seed_demo_seeds_a_loopback_site_with_debug_off(settings):
    # What `make serve` does on one machine: DEBUG off, SITE_URL on 127.0.0.1.
    settings.DEBUG = False
    settings.SITE_URL = "http://127.0.0.1:8000"
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

    call_command("seed_demo", stdout=StringIO())

    assert User.objects.get(email="staff@launchpad.test").is_staff is True


# Taxonomy


def test_migrations_load_the_twelve_itl1_regions():
    assert list(Region.objects.values_list("code", flat=True)) == (
        ["TLC", "TLD", "TLE", "TLF", "TLG", "TLH", "TLI", "TLJ", "TLK", "TLL", "TLM", "TLN"]
    )


def test_migrations_load_the_eleven_themes():
    assert Theme.objects.count() == 11
    assert Theme.objects.filter(is_active=True).count() == 11
