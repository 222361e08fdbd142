"""API tokens: hashed, ending with the rights and secrets they were issued under, and staff
powers through a token only with an active second factor."""

import importlib
import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.apps import apps
from django.core import mail
from django.db import connection
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from marketplace.accounts.crypto import ENCRYPTED_PREFIX
from marketplace.accounts.models import ApiToken
from marketplace.accounts.tokens import key_hash
from marketplace.core.models import AuditEntry
from tests.browser.conftest import totp_code
from tests.conftest import PASSWORD, make_user, token_for

STAFF_TOTP_SECRET = "LAUNCHPADTESTSTAFFTOTPSECRET2345"
# What staff can do through the API, and a plain user cannot.
STAFF_CALLS = [
    ("get", "/api/v1/cohorts/"),
    ("get", "/api/v1/funnel/"),
    ("get", "/api/v1/clusters/?k=3"),
    ("post", "/api/v1/cohorts/"),
    ("post", "/api/v1/matching/rebuild/"),
]
migration = importlib.import_module(
    "marketplace.accounts.migrations.0003_hash_tokens_encrypt_mfa_secrets"
)


def scripted(key: str, keyword: str = "Token") -> APIClient:
    return APIClient(HTTP_AUTHORIZATION=f"{keyword} {key}")


def signed_in_with_totp(user, secret: str = STAFF_TOTP_SECRET) -> Client:
    """A session that signed in through the real form, password then authenticator code."""
    client = Client()
    response = client.post("/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert response["Location"] == "/accounts/2fa/authenticate/"
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302, response.content[:500]
    return client


@pytest.mark.parametrize(("method", "path"), STAFF_CALLS)
def test_a_token_issued_before_staff_rights_were_granted_gets_no_staff_powers(
    outsider, method, path
):
    key = token_for(outsider)
    outsider.is_staff = True
    outsider.save()

    response = getattr(scripted(key), method)(path, {}, format="json")

    assert response.status_code == 403
    assert ApiToken.objects.filter(user=outsider).count() == 0


@pytest.mark.parametrize(("method", "path"), STAFF_CALLS)
def test_staff_whose_second_factor_is_gone_get_nothing_through_their_token(
    staff_user, method, path
):
    key = token_for(staff_user)
    # Removed behind allauth's back (a shell, a restored backup): no signal ended the token.
    Authenticator.objects.filter(user=staff_user).delete()

    response = getattr(scripted(key), method)(path, {}, format="json")

    assert response.status_code == 403
    assert response.json() == {
        "detail": "Turn on two-factor authentication first.",
        "code": "mfa_required",
    }


def test_staff_with_their_second_factor_use_staff_powers_through_a_token(staff_user):
    response = scripted(token_for(staff_user)).get("/api/v1/cohorts/")

    assert response.status_code == 200


def test_a_staff_session_that_skipped_the_second_factor_gets_no_token(staff_user):
    session = APIClient()
    session.force_login(staff_user)

    response = session.post("/api/v1/auth/token/")

    assert response.status_code == 403
    assert "second factor" in response.json()["detail"]
    assert ApiToken.objects.count() == 0


def test_a_staff_session_signed_in_with_its_code_gets_a_token_that_works(staff_user):
    session = signed_in_with_totp(staff_user)

    issued = session.post("/api/v1/auth/token/", {"name": "Funnel export"})

    assert issued.status_code == 201
    assert scripted(issued.json()["token"]).get("/api/v1/cohorts/").status_code == 200


def test_a_session_opened_before_staff_rights_were_granted_is_signed_out(outsider):
    session = Client()
    session.force_login(outsider)
    outsider.is_staff = True
    outsider.save()

    response = session.get("/account/notifications/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_plain_users_stay_signed_in_across_the_upgrade_of_the_session_hash(outsider):
    from django.utils.crypto import salted_hmac

    django_hash = salted_hmac(
        "django.contrib.auth.models.AbstractBaseUser.get_session_auth_hash",
        outsider.password,
        algorithm="sha256",
    ).hexdigest()

    assert outsider.get_session_auth_hash() == django_hash


def test_the_key_is_shown_once_and_only_its_hash_is_stored(provider_member):
    session = APIClient()
    session.force_login(provider_member)

    issued = session.post("/api/v1/auth/token/", {"name": "Nightly sync"}).json()

    [stored] = ApiToken.objects.filter(user=provider_member)
    assert stored.key_hash == key_hash(issued["token"])
    assert issued["token"] not in str(list(ApiToken.objects.values()))
    assert (issued["name"], issued["prefix"]) == ("Nightly sync", issued["token"][:8])
    listed = session.get("/api/v1/auth/tokens/").json()
    assert [(t["name"], t["prefix"]) for t in listed] == [("Nightly sync", issued["prefix"])]
    assert "token" not in listed[0]


def test_people_list_and_revoke_their_own_tokens_only(provider_member, outsider):
    kept, revoked = token_for(provider_member), token_for(provider_member)
    theirs = token_for(outsider)
    session = APIClient()
    session.force_login(provider_member)
    revoked_id = ApiToken.objects.get(key_hash=key_hash(revoked)).pk
    their_id = ApiToken.objects.get(key_hash=key_hash(theirs)).pk

    others = session.delete(f"/api/v1/auth/tokens/{their_id}/")
    mine = session.delete(f"/api/v1/auth/tokens/{revoked_id}/")

    assert (others.status_code, mine.status_code) == (404, 204)
    assert scripted(revoked).get("/api/v1/me/").status_code == 403
    assert scripted(kept).get("/api/v1/me/").status_code == 200
    assert scripted(theirs).get("/api/v1/me/").status_code == 200
    assert len(session.get("/api/v1/auth/tokens/").json()) == 1
    assert AuditEntry.objects.filter(action="api_token.revoke").count() == 1


def test_an_expired_token_is_refused(provider_member):
    key = token_for(provider_member)
    ApiToken.objects.update(expires_at=timezone.now() - timedelta(seconds=1))

    assert scripted(key).get("/api/v1/me/").status_code == 403


@pytest.mark.parametrize("days", [0, 366, "soon"])
def test_a_token_lifetime_out_of_range_is_a_field_error(provider_member, days):
    session = APIClient()
    session.force_login(provider_member)

    response = session.post("/api/v1/auth/token/", {"expires_in_days": days}, format="json")

    assert response.status_code == 400
    assert "expires_in_days" in response.json()
    assert ApiToken.objects.count() == 0


def test_a_password_change_ends_every_token(client, provider_member):
    key = token_for(provider_member)
    client.force_login(provider_member)

    response = client.post(
        "/accounts/password/change/",
        {
            "oldpassword": PASSWORD,
            "password1": "another-long-pass-77",
            "password2": "another-long-pass-77",
        },
    )

    assert response.status_code == 302
    assert scripted(key).get("/api/v1/me/").status_code == 403
    assert ApiToken.objects.count() == 0
    assert AuditEntry.objects.get(action="api_token.revoke_all").reason == "Password changed."


def reset_password(client, user, new: str) -> None:
    """Through the e-mailed link, as a person would."""
    client.post("/accounts/password/reset/", {"email": user.email})
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", mail.outbox[-1].body)
    form = client.get(link[1])
    done = client.post(form["Location"], {"password1": new, "password2": new})
    assert done.status_code == 302, done.content[:500]


def test_a_password_reset_ends_every_token_and_does_not_sign_in(client, provider_member):
    key = token_for(provider_member)

    reset_password(client, provider_member, "another-long-pass-77")

    assert scripted(key).get("/api/v1/me/").status_code == 403
    assert client.get("/api/v1/me/").status_code == 403


def test_a_password_reset_does_not_get_staff_past_their_second_factor(client, staff_user):
    reset_password(client, staff_user, "another-long-pass-77")

    signing_in = client.post(
        "/accounts/login/", {"login": staff_user.email, "password": "another-long-pass-77"}
    )

    assert signing_in["Location"] == "/accounts/2fa/authenticate/"
    assert client.get("/account/notifications/")["Location"].startswith("/accounts/login/")


def test_removing_the_second_factor_ends_every_token(provider_member):
    secret = "PROVIDERMEMBERTOTPSECRET234567AB"
    TOTP.activate(provider_member, secret)
    key = token_for(provider_member)
    session = signed_in_with_totp(provider_member, secret)
    deactivate = "/accounts/2fa/totp/deactivate/"
    session.post(f"/accounts/reauthenticate/?next={deactivate}", {"password": PASSWORD})

    response = session.post(deactivate)

    assert response.status_code == 302
    assert Authenticator.objects.filter(user=provider_member).count() == 0
    assert scripted(key).get("/api/v1/me/").status_code == 403


def test_a_lower_case_token_header_counts_against_the_same_user(settings, provider_member):
    settings.ACTION_RATE_LIMITS = {**settings.ACTION_RATE_LIMITS, "matches": "3/m"}
    first, second = token_for(provider_member), token_for(provider_member)
    path = "/api/v1/challenges/999999/matches/"
    spellings = [(first, "Token"), (first, "token"), (second, "TOKEN"), (second, "token")]

    statuses = [scripted(key, keyword).get(path).status_code for key, keyword in spellings]

    assert statuses == [404, 404, 404, 429]


def test_totp_secrets_are_encrypted_at_rest_and_still_check_codes(client, staff_user):
    [authenticator] = Authenticator.objects.filter(user=staff_user)

    assert authenticator.data["secret"].startswith(ENCRYPTED_PREFIX)
    assert STAFF_TOTP_SECRET not in str(authenticator.data)
    signed_in_with_totp(staff_user)


def test_the_migration_encrypts_secrets_and_its_reverse_decrypts_them(staff_user):
    plain = make_user("plain@launchpad.example")
    Authenticator.objects.create(
        user=plain, type=Authenticator.Type.TOTP, data={"secret": "PLAINSTOREDSECRET234567ABCDEFGH"}
    )
    migrated = {"connection": connection}

    migration.encrypt_secrets(apps, SimpleNamespace(**migrated))
    encrypted = Authenticator.objects.get(user=plain).data["secret"]
    migration.encrypt_secrets(apps, SimpleNamespace(**migrated))
    again = Authenticator.objects.get(user=plain).data["secret"]
    migration.decrypt_secrets(apps, SimpleNamespace(**migrated))

    assert encrypted.startswith(ENCRYPTED_PREFIX) and again == encrypted
    assert Authenticator.objects.get(user=plain).data == {
        "secret": "PLAINSTOREDSECRET234567ABCDEFGH"
    }
    assert Authenticator.objects.get(user=staff_user).data["secret"] == STAFF_TOTP_SECRET


def test_the_migration_keeps_old_tokens_working_and_deletes_their_plain_keys(provider_member):
    old_key = "0123456789abcdef0123456789abcdef01234567"
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE authtoken_token"
            " (key varchar(40) PRIMARY KEY, user_id bigint NOT NULL, created timestamp NOT NULL)"
        )
        cursor.execute(
            "INSERT INTO authtoken_token VALUES (%s, %s, %s)",
            [old_key, provider_member.pk, timezone.now()],
        )

    migration.hash_old_tokens(apps, SimpleNamespace(connection=connection))

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM authtoken_token")
        assert cursor.fetchone()[0] == 0
    assert scripted(old_key).get("/api/v1/me/").json()["email"] == provider_member.email


def test_new_staff_who_turn_on_totp_in_their_session_then_get_a_token(client, transactional_db):
    # Transactional: allauth announces a new authenticator on commit, inside the request.
    staff = make_user("newstaff@launchpad.example", is_staff=True)
    client.force_login(staff)
    activate = "/accounts/2fa/totp/activate/"
    client.post(f"/accounts/reauthenticate/?next={activate}", {"password": PASSWORD})
    secret = client.get(activate).context["form"].secret
    refused = client.post("/api/v1/auth/token/")

    activated = client.post(activate, {"code": totp_code(secret)})
    issued = client.post("/api/v1/auth/token/")

    assert (refused.status_code, activated.status_code, issued.status_code) == (403, 302, 201)
    assert scripted(issued.json()["token"]).get("/api/v1/cohorts/").status_code == 200
