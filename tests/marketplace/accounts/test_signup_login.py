import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client
from django.urls import reverse

from marketplace.accounts.models import User
from tests.conftest import PASSWORD, make_user

SIGNUP_URL = "/accounts/signup/"
LOGIN_URL = "/accounts/login/"
CONFIRM_LINK = re.compile(r"http://testserver(/accounts/confirm-email/[-:\w]+/)")


def signup(client: Client, email: str = "new@tyne.example"):
    return client.post(
        SIGNUP_URL,
        {"email": email, "password1": PASSWORD, "password2": PASSWORD, "full_name": "Ada New"},
    )


def login(client: Client, email: str, password: str = PASSWORD):
    return client.post(LOGIN_URL, {"login": email, "password": password})


def logged_in_user_id(client: Client) -> str | None:
    return client.session.get("_auth_user_id")


@pytest.mark.django_db
def test_signup_sends_one_verification_email_with_a_confirm_link(client):
    response = signup(client)

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get()
    assert user.email == "new@tyne.example"
    assert user.full_name == "Ada New"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new@tyne.example"]
    assert len(CONFIRM_LINK.findall(mail.outbox[0].body)) == 1


@pytest.mark.django_db
def test_login_is_refused_until_the_email_is_confirmed():
    signup(Client())
    client = Client()

    response = login(client, "new@tyne.example")

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert logged_in_user_id(client) is None
    assert EmailAddress.objects.get(email="new@tyne.example").verified is False


@pytest.mark.django_db
def test_confirming_the_email_lets_the_user_log_in():
    signup(Client())
    confirm_path = CONFIRM_LINK.search(mail.outbox[0].body).group(1)
    confirmer = Client()

    shown = confirmer.get(confirm_path)
    confirmed = confirmer.post(confirm_path)
    client = Client()
    response = login(client, "new@tyne.example")

    assert shown.status_code == 200
    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(email="new@tyne.example").verified is True
    assert response.status_code == 302
    # Someone in no organisation yet is sent to onboarding.
    assert response["Location"] == reverse("frontend:onboarding")
    assert logged_in_user_id(client) == str(User.objects.get(email="new@tyne.example").pk)


@pytest.mark.django_db
def test_confirm_link_shown_on_get_does_not_confirm_by_itself():
    signup(Client())
    confirm_path = CONFIRM_LINK.search(mail.outbox[0].body).group(1)

    Client().get(confirm_path)

    assert EmailAddress.objects.get(email="new@tyne.example").verified is False


@pytest.mark.django_db
def test_signup_with_an_invalid_email_shows_the_error_on_the_email_field(client):
    response = signup(client, email="not-an-email")

    assert response.status_code == 200
    assert response.context["form"].errors == {"email": ["Enter a valid email address."]}
    assert "Enter a valid email address." in response.content.decode()
    assert User.objects.count() == 0
    assert len(mail.outbox) == 0


@pytest.mark.django_db
def test_signup_with_an_email_already_registered_creates_no_second_user(client, outsider):
    response = signup(client, email=outsider.email)

    # allauth prevents account enumeration: it looks like success but only mails the owner.
    assert response.status_code == 302
    assert User.objects.count() == 1
    assert [m.to for m in mail.outbox] == [[outsider.email]]


@pytest.mark.django_db
def test_verified_user_logs_in_with_email_and_password(client, provider_member):
    response = login(client, provider_member.email)

    assert response.status_code == 302
    assert response["Location"] == reverse("frontend:home")
    assert logged_in_user_id(client) == str(provider_member.pk)


@pytest.mark.django_db
def test_wrong_password_is_refused(client, provider_member):
    response = login(client, provider_member.email, password="not-the-password")

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "__all__": ["The email address and/or password you specified are not correct."]
    }
    assert logged_in_user_id(client) is None


@pytest.mark.django_db
def test_sixth_login_after_five_failures_is_refused_even_with_the_right_password(
    client, provider_member
):
    for _ in range(5):
        failed = login(client, provider_member.email, password="guess")
        assert failed.status_code == 200

    response = login(client, provider_member.email)

    assert (response.status_code, response["Retry-After"]) == (429, "300")
    assert "Too many failed login attempts" in response.content.decode()
    assert logged_in_user_id(client) is None
    provider_member.refresh_from_db()
    assert provider_member.last_login is None


@pytest.mark.django_db
def test_failures_for_one_email_do_not_lock_out_another(client, provider_member, outsider):
    for _ in range(5):
        login(client, provider_member.email, password="guess")

    response = login(client, outsider.email)

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(outsider.pk)


@pytest.mark.django_db
def test_password_reset_sends_one_email_with_a_reset_link(client, provider_member):
    response = client.post("/accounts/password/reset/", {"email": provider_member.email})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [provider_member.email]
    assert "http://testserver/accounts/password/reset/key/" in mail.outbox[0].body


@pytest.mark.django_db
def test_staff_without_totp_is_sent_to_set_up_two_factor(client):
    staff = make_user("newstaff@launchpad.example", is_staff=True)
    client.force_login(staff)

    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


@pytest.mark.django_db
def test_staff_without_totp_can_confirm_the_password_and_reach_the_totp_setup_page(client):
    make_user("newstaff@launchpad.example", is_staff=True)
    login(client, "newstaff@launchpad.example")
    activate_url = reverse("mfa_activate_totp")

    sent_to_setup = client.get("/")
    asked_to_reauthenticate = client.get(activate_url)
    reauthenticated = client.post(asked_to_reauthenticate["Location"], {"password": PASSWORD})
    setup_page = client.get(activate_url)

    assert sent_to_setup["Location"] == activate_url
    assert asked_to_reauthenticate["Location"].startswith(reverse("account_reauthenticate"))
    assert reauthenticated["Location"] == activate_url
    assert setup_page.status_code == 200
    assert 'name="code"' in setup_page.content.decode()


@pytest.mark.django_db
def test_staff_with_totp_is_not_sent_to_set_up_two_factor(client, staff_user):
    client.force_login(staff_user)

    response = client.get("/")

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/onboarding/", "/organisations/"])
def test_non_staff_is_never_sent_to_set_up_two_factor(client, outsider, path):
    client.force_login(outsider)

    response = client.get(path)

    assert response.get("Location") != reverse("mfa_activate_totp")


@pytest.mark.django_db
def test_login_page_uses_the_launchpad_layout(client):
    response = client.get(LOGIN_URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert '<a class="skip-link" href="#main">Skip to content</a>' in html
    assert '<a href="/" class="brand">' in html
    assert "<span>Launchpad</span>" in html


@pytest.mark.django_db
def test_a_name_with_a_text_direction_control_is_refused_at_sign_up(client):
    response = client.post(
        "/accounts/signup/",
        {
            "email": "spoof@nowhere.example",
            "full_name": "Evil\u202eexe.pdf",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

    assert response.status_code == 200
    assert "text-direction character (U+202E)" in " ".join(
        response.context["form"].errors["full_name"]
    )
    assert not User.objects.filter(email="spoof@nowhere.example").exists()
