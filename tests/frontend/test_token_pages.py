import pytest

from marketplace.accounts.models import ApiToken
from marketplace.accounts.tokens import key_hash
from tests.conftest import token_for

pytestmark = pytest.mark.django_db

PAGE = "/account/tokens/"


def test_a_member_creates_a_token_and_sees_its_key_once(client, provider_member):
    client.force_login(provider_member)

    created = client.post(PAGE, {"name": "Nightly export", "expires_in_days": "30"})
    later = client.get(PAGE)

    [token] = ApiToken.objects.filter(user=provider_member)
    key = created.context["issued_key"]
    assert token.key_hash == key_hash(key)
    assert key in created.content.decode()
    assert key not in later.content.decode()
    assert "Nightly export" in later.content.decode()
    assert f"{token.prefix}…" in later.content.decode()


@pytest.mark.parametrize(
    ("days", "error"),
    [("0", "greater than or equal to 1"), ("400", "less than or equal to 365"), ("", "required")],
)
def test_a_lifetime_out_of_range_is_shown_on_its_field(client, provider_member, days, error):
    client.force_login(provider_member)

    response = client.post(PAGE, {"name": "x", "expires_in_days": days})

    assert response.status_code == 200
    assert error in " ".join(response.context["form"].errors["expires_in_days"])
    assert ApiToken.objects.count() == 0


def test_revoking_from_the_page_ends_the_token(client, provider_member):
    key = token_for(provider_member)
    client.force_login(provider_member)
    token = ApiToken.objects.get()

    response = client.post(f"/account/tokens/{token.pk}/revoke/")

    assert response.status_code == 302
    assert ApiToken.objects.count() == 0
    client.logout()
    assert client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {key}").status_code == 403


def test_someone_elses_token_cannot_be_revoked_from_the_page(client, provider_member, outsider):
    token_for(outsider)
    client.force_login(provider_member)

    response = client.post(f"/account/tokens/{ApiToken.objects.get().pk}/revoke/")

    assert response.status_code == 404
    assert ApiToken.objects.count() == 1


def test_staff_whose_session_skipped_the_second_factor_are_told_why_they_get_no_token(
    client, staff_user
):
    client.force_login(staff_user)

    response = client.post(PAGE, {"name": "x", "expires_in_days": "30"})

    assert "second factor" in " ".join(response.context["form"].non_field_errors())
    assert ApiToken.objects.count() == 0
