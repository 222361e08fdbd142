"""Programme staff in the admin: they grant staff rights to others, and nothing more powerful."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.test import Client

from marketplace.accounts.models import ApiToken, User
from marketplace.core.models import AuditEntry
from tests.conftest import make_user, token_for

SUPERUSER_TOTP_SECRET = "LAUNCHPADTESTSUPERUSERTOTP234567"


def admin_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def change_form(user: User, **overrides) -> dict:
    """What the admin's change form posts for `user`, with `overrides` ticked or not."""
    fields = {
        "full_name": user.full_name,
        "job_title": user.job_title,
        "is_active": user.is_active,
        "is_staff": user.is_staff,
        "is_superuser": user.is_superuser,
        **overrides,
    }
    return {name: ("on" if value is True else value) for name, value in fields.items() if value}


def rights(user: User) -> tuple[bool, bool, bool]:
    user.refresh_from_db()
    return user.is_active, user.is_staff, user.is_superuser


@pytest.fixture
def superuser(db) -> User:
    user = make_user("root@launchpad.example", is_staff=True)
    user.is_superuser = True
    user.save()
    TOTP.activate(user, SUPERUSER_TOTP_SECRET)
    return user


def test_staff_cannot_make_themselves_superuser(staff_user):
    url = f"/admin/accounts/user/{staff_user.pk}/change/"

    response = admin_client(staff_user).post(url, change_form(staff_user, is_superuser=True))

    assert response.status_code == 302
    assert rights(staff_user) == (True, True, False)


def test_staff_cannot_take_away_their_own_staff_rights_or_deactivate_themselves(staff_user):
    url = f"/admin/accounts/user/{staff_user.pk}/change/"
    form = change_form(staff_user, is_staff=False, is_active=False, full_name="Renamed")

    admin_client(staff_user).post(url, form)

    assert rights(staff_user) == (True, True, False)
    assert staff_user.full_name == "Renamed"


def test_staff_cannot_set_anyones_password(staff_user, provider_member):
    before = User.objects.get(pk=provider_member.pk).password
    url = f"/admin/accounts/user/{provider_member.pk}/password/"
    new = {"password1": "taken-over-pass-99", "password2": "taken-over-pass-99"}

    opened, posted = admin_client(staff_user).get(url), admin_client(staff_user).post(url, new)

    assert (opened.status_code, posted.status_code) == (403, 403)
    assert User.objects.get(pk=provider_member.pk).password == before


def test_staff_cannot_change_a_superusers_account(staff_user, superuser):
    url = f"/admin/accounts/user/{superuser.pk}/change/"

    response = admin_client(staff_user).post(url, change_form(superuser, is_active=False))

    assert response.status_code == 403
    assert rights(superuser) == (True, True, True)


def test_staff_cannot_change_an_email_address_in_the_admin(staff_user, provider_member):
    url = f"/admin/accounts/user/{provider_member.pk}/change/"

    admin_client(staff_user).post(url, {**change_form(provider_member), "email": "me@evil.test"})

    provider_member.refresh_from_db()
    assert provider_member.email == "member@tyne.example"


def test_granting_staff_rights_is_audited_and_ends_the_persons_tokens(staff_user, outsider):
    key = token_for(outsider)
    url = f"/admin/accounts/user/{outsider.pk}/change/"

    response = admin_client(staff_user).post(url, change_form(outsider, is_staff=True))

    assert response.status_code == 302
    assert rights(outsider) == (True, True, False)
    entry = AuditEntry.objects.get(action="user.privileges_change")
    assert (entry.actor, entry.target_id) == (staff_user, str(outsider.pk))
    assert (entry.before, entry.after) == ({"is_staff": False}, {"is_staff": True})
    assert ApiToken.objects.filter(user=outsider).count() == 0
    assert key not in str(list(AuditEntry.objects.values()))


def test_a_superuser_grants_superuser_rights_and_it_is_audited(superuser, staff_user):
    url = f"/admin/accounts/user/{staff_user.pk}/change/"

    admin_client(superuser).post(url, change_form(staff_user, is_superuser=True))

    assert rights(staff_user) == (True, True, True)
    entry = AuditEntry.objects.get(action="user.privileges_change")
    assert (entry.before, entry.after) == ({"is_superuser": False}, {"is_superuser": True})


def test_an_edit_that_changes_no_rights_is_not_a_privilege_entry(staff_user, provider_member):
    url = f"/admin/accounts/user/{provider_member.pk}/change/"

    admin_client(staff_user).post(url, change_form(provider_member, job_title="Surveyor"))

    provider_member.refresh_from_db()
    assert provider_member.job_title == "Surveyor"
    assert AuditEntry.objects.filter(action="user.privileges_change").count() == 0


def test_not_even_a_superuser_sees_a_totp_secret_or_a_token_key(superuser, staff_user):
    key = token_for(staff_user)
    authenticator = Authenticator.objects.get(user=staff_user)
    stored_secret = authenticator.data["secret"]
    client = admin_client(superuser)

    pages = [
        client.get(f"/admin/mfa/authenticator/{authenticator.pk}/change/"),
        client.get("/admin/mfa/authenticator/"),
        client.get("/admin/accounts/apitoken/"),
        client.get(f"/admin/accounts/apitoken/{ApiToken.objects.get().pk}/change/"),
    ]

    assert [page.status_code for page in pages] == [200] * 4
    for page in pages:
        html = page.content.decode()
        assert "LAUNCHPADTESTSTAFFTOTPSECRET2345" not in html
        assert stored_secret not in html
        assert key not in html
    assert client.get("/admin/authtoken/").status_code == 404


def test_a_staff_member_without_a_second_factor_is_kept_out_of_the_admin(db):
    staff = make_user("newstaff@launchpad.example", is_staff=True)

    response = admin_client(staff).get("/admin/accounts/user/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/"
