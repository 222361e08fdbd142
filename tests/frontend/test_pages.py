from urllib.parse import quote

import pytest
from django.test import Client

from marketplace.organisations import services
from marketplace.organisations.middleware import SESSION_KEY
from marketplace.organisations.models import Invitation, Membership, Organisation, Role
from tests.conftest import join, make_user

pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def pending_invitation(admin, organisation, email="colleague@tyne.example") -> str:
    invitation = services.invitation_create(
        user=admin, organisation=organisation, email=email, role=Role.MEMBER
    )
    return f"/invitations/{services.invitation_token(invitation)}/"


# Organisation pages


def test_creating_an_organisation_with_a_taken_number_shows_the_message(outsider, provider):
    response = client_for(outsider).post(
        "/organisations/new/",
        {
            "kind": "housing_provider",
            "name": "Copy Homes",
            "registered_number": "L1234",
            "homes_managed": "10",
        },
    )

    assert response.status_code == 200
    assert (
        "Another housing provider is already registered with the number L1234."
        in response.content.decode()
    )
    assert Organisation.objects.count() == 1
    assert Membership.objects.filter(user=outsider).count() == 0


def test_creating_an_organisation_makes_the_user_its_owner_and_acting_member(outsider):
    client = client_for(outsider)

    response = client.post(
        "/organisations/new/",
        {
            "kind": "supplier",
            "name": "Sensor Co",
            "registered_number": "SC123456",
            "employees": "4",
        },
    )

    organisation = Organisation.objects.get(name="Sensor Co")
    assert response.status_code == 302
    assert response["Location"] == "/organisations/sensor-co/members/"
    assert Membership.objects.get(organisation=organisation).role == Role.OWNER
    assert client.session[SESSION_KEY] == organisation.pk


def test_invite_form_with_an_invalid_email_shows_an_error(provider_admin, provider):
    response = client_for(provider_admin).post(
        f"/organisations/{provider.slug}/members/", {"email": "not-an-email", "role": "member"}
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"email": ["Enter a valid email address."]}
    assert "Enter a valid email address." in response.content.decode()
    assert Invitation.objects.count() == 0


def test_invite_form_refuses_a_second_pending_invitation_with_a_clear_message(
    provider_admin, provider
):
    client = client_for(provider_admin)
    form = {"email": "colleague@tyne.example", "role": "member"}
    client.post(f"/organisations/{provider.slug}/members/", form)

    response = client.post(f"/organisations/{provider.slug}/members/", form)

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "email": ["colleague@tyne.example already has a pending invitation to Tyne Homes."]
    }
    assert Invitation.objects.count() == 1


@pytest.mark.parametrize("page", ["members", "edit"])
def test_member_of_another_organisation_gets_404(other_provider_admin, provider, page):
    response = client_for(other_provider_admin).get(f"/organisations/{provider.slug}/{page}/")

    assert response.status_code == 404


def test_member_who_is_not_admin_is_sent_back_from_edit_and_nothing_changes(
    provider_member, provider
):
    response = client_for(provider_member).post(
        f"/organisations/{provider.slug}/edit/",
        {"name": "Renamed", "registered_number": "L1234", "homes_managed": "1"},
    )

    assert response.status_code == 302
    assert response["Location"] == f"/organisations/{provider.slug}/"
    provider.refresh_from_db()
    assert (provider.name, provider.homes_managed) == ("Tyne Homes", 5000)


def test_admin_edits_the_profile(provider_admin, provider):
    response = client_for(provider_admin).post(
        f"/organisations/{provider.slug}/edit/",
        {"name": "Tyne Homes Group", "registered_number": "L1234", "homes_managed": "5100"},
    )

    assert response.status_code == 302
    provider.refresh_from_db()
    assert (provider.name, provider.homes_managed) == ("Tyne Homes Group", 5100)


# Organisation switcher


@pytest.fixture
def member_of_two(provider, supplier):
    user = make_user("both@example.org")
    join(user, provider, Role.MEMBER)
    join(user, supplier, Role.MEMBER)
    return user


def test_switching_to_an_organisation_the_user_belongs_to(member_of_two, supplier):
    client = client_for(member_of_two)

    response = client.post("/organisations/switch/", {"organisation": str(supplier.pk)})

    assert response.status_code == 302
    assert client.session[SESSION_KEY] == supplier.pk
    assert client.get("/").context["request"].membership.organisation == supplier


@pytest.mark.parametrize(
    "wanted",
    ["other", "abc", "", "-1", "1.5", "99999999999999999999", "²"],
    ids=["not-a-member", "letters", "empty", "negative", "decimal", "too-big", "superscript-two"],
)
def test_switching_to_anything_else_changes_nothing(
    member_of_two, provider, other_provider, wanted
):
    client = client_for(member_of_two)
    client.post("/organisations/switch/", {"organisation": str(provider.pk)})
    value = str(other_provider.pk) if wanted == "other" else wanted

    response = client.post("/organisations/switch/", {"organisation": value})

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.session[SESSION_KEY] == provider.pk


# Invitation links


def test_anonymous_visitor_of_an_invitation_sees_sign_in_links(provider_admin, provider):
    path = pending_invitation(provider_admin, provider)

    response = Client().get(path)

    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="/accounts/login/?next={quote(path)}"' in html
    assert f'href="/accounts/signup/?next={quote(path)}"' in html


def test_invited_user_accepts_and_joins(provider_admin, provider):
    path = pending_invitation(provider_admin, provider)
    colleague = make_user("colleague@tyne.example")
    client = client_for(colleague)

    response = client.post(path)

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert Membership.objects.get(user=colleague).organisation == provider
    assert client.session[SESSION_KEY] == provider.pk


def test_wrong_user_gets_403_and_does_not_join(provider_admin, provider, outsider):
    path = pending_invitation(provider_admin, provider)

    response = client_for(outsider).post(path)

    assert response.status_code == 403
    assert "This invitation was sent to colleague@tyne.example." in response.content.decode()
    assert Membership.objects.filter(user=outsider).count() == 0
    assert Invitation.objects.get().accepted_at is None


def test_forged_invitation_link_shows_a_400_page(client):
    response = client.get("/invitations/forged-token/")

    assert response.status_code == 400
    assert "This invitation link is not valid." in response.content.decode()


def test_user_without_an_organisation_is_sent_to_onboarding(outsider):
    response = client_for(outsider).get("/")

    assert response.status_code == 302
    assert response["Location"] == "/onboarding/"


def test_anonymous_visitor_sees_the_landing_page(client):
    response = client.get("/")

    assert response.status_code == 200
    assert response.templates[0].name == "frontend/landing.html"
