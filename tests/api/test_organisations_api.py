import pytest
from django.core import mail
from django.urls import reverse
from rest_framework.test import APIClient

from marketplace.organisations.models import Invitation, Membership, Organisation, Role
from tests.conftest import make_organisation

pytestmark = pytest.mark.django_db

ORGANISATIONS = "/api/v1/organisations/"


def api_as(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def new_provider(**overrides) -> dict:
    return {
        "name": "Wear Valley Homes",
        "kind": "housing_provider",
        "registered_number": "L4321",
        "homes_managed": 900,
        "regions": ["TLC", "TLD"],
        "website": "https://wearvalley.example/",
        **overrides,
    }


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"website": "not a url"}, "website"),
        ({"regions": ["XXX"]}, "regions"),
        ({"registered_number": "L1234"}, "registered_number"),
        ({"kind": "charity"}, "kind"),
        ({"kind": "programme"}, "kind"),
        ({"registered_number": "nope!"}, "registered_number"),
    ],
    ids=["website", "unknown-region", "duplicate-number", "bad-kind", "programme", "bad-number"],
)
def test_create_with_invalid_field_returns_400_naming_the_field(
    outsider, provider, overrides, field
):
    response = api_as(outsider).post(ORGANISATIONS, new_provider(**overrides), format="json")

    assert response.status_code == 400
    assert list(response.json()) == [field]
    assert len(response.json()[field]) == 1
    assert isinstance(response.json()[field][0], str)
    assert Organisation.objects.count() == 1
    assert Membership.objects.count() == 0


def test_create_returns_201_and_makes_the_creator_owner(outsider):
    response = api_as(outsider).post(ORGANISATIONS, new_provider(), format="json")

    assert response.status_code == 201
    body = response.json()
    assert body["slug"] == "wear-valley-homes"
    assert body["regions"] == ["TLC", "TLD"]
    assert body["is_verified"] is False
    membership = Membership.objects.get(organisation__slug="wear-valley-homes")
    assert (membership.user, membership.role) == (outsider, Role.OWNER)


def test_member_cannot_patch_the_profile(provider_member, provider):
    response = api_as(provider_member).patch(
        f"{ORGANISATIONS}{provider.slug}/", {"name": "Renamed"}, format="json"
    )

    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    assert response.json()["detail"] == "Only admins of Tyne Homes may do that."
    provider.refresh_from_db()
    assert provider.name == "Tyne Homes"


def test_user_of_another_organisation_gets_404_on_patch(other_provider_admin, provider):
    response = api_as(other_provider_admin).patch(
        f"{ORGANISATIONS}{provider.slug}/", {"name": "Renamed"}, format="json"
    )

    assert response.status_code == 404
    provider.refresh_from_db()
    assert provider.name == "Tyne Homes"


def test_admin_patches_the_profile(provider_admin, provider):
    response = api_as(provider_admin).patch(
        f"{ORGANISATIONS}{provider.slug}/",
        {"name": "Tyne Homes Group", "regions": ["TLD"]},
        format="json",
    )

    assert response.status_code == 200
    assert response.json()["name"] == "Tyne Homes Group"
    assert response.json()["regions"] == ["TLD"]
    assert response.json()["kind"] == "housing_provider"
    provider.refresh_from_db()
    assert provider.name == "Tyne Homes Group"
    assert list(provider.regions.values_list("code", flat=True)) == ["TLD"]


def test_non_member_gets_404_on_the_member_list(outsider, provider, provider_member):
    response = api_as(outsider).get(f"{ORGANISATIONS}{provider.slug}/members/")

    assert response.status_code == 404


def test_member_lists_colleagues(provider_member, provider_admin, provider):
    response = api_as(provider_member).get(f"{ORGANISATIONS}{provider.slug}/members/")

    assert response.status_code == 200
    assert [(m["email"], m["role"]) for m in response.json()["results"]] == [
        ("admin@tyne.example", "admin"),
        ("member@tyne.example", "member"),
    ]


def test_member_cannot_invite_through_the_api(provider_member, provider):
    response = api_as(provider_member).post(
        f"{ORGANISATIONS}{provider.slug}/invitations/",
        {"email": "new@tyne.example"},
        format="json",
    )

    assert response.status_code == 403
    assert response.json()["code"] == "not_allowed"
    assert Invitation.objects.count() == 0


def test_admin_invites_through_the_api(
    provider_admin, provider, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(provider_admin).post(
            f"{ORGANISATIONS}{provider.slug}/invitations/",
            {"email": "new@tyne.example", "role": "admin"},
            format="json",
        )

    assert response.status_code == 201
    assert (response.json()["email"], response.json()["role"]) == ("new@tyne.example", "admin")
    assert Invitation.objects.get().email == "new@tyne.example"
    assert len(mail.outbox) == 1


def test_accepting_a_forged_token_returns_400_with_code_forged(outsider):
    response = api_as(outsider).post(
        "/api/v1/invitations/accept/", {"token": "forged:token:value"}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "forged"
    assert Membership.objects.filter(user=outsider).count() == 0


def test_anonymous_gets_403_on_me():
    response = api_as(None).get("/api/v1/me/")

    assert response.status_code == 403


def test_me_lists_the_users_memberships(provider_member, provider):
    response = api_as(provider_member).get("/api/v1/me/")

    assert response.status_code == 200
    assert response.json()["memberships"] == [
        {
            "organisation": "tyne-homes",
            "organisation_name": "Tyne Homes",
            "organisation_kind": "housing_provider",
            "role": "member",
        }
    ]


def test_schema_is_served_to_a_signed_in_user(outsider):
    response = api_as(outsider).get(reverse("api:schema"))

    assert response.status_code == 200
    assert b"/api/v1/organisations/" in response.content


@pytest.mark.parametrize("organisation_count", [2, 6])
def test_organisation_list_costs_the_same_queries_whatever_the_count(
    outsider, organisation_count, django_assert_num_queries
):
    for n in range(organisation_count):
        make_organisation(f"Provider {n}", "housing_provider", f"L{1000 + n}")
    client = api_as(outsider)

    # COUNT for the paginator, the page of organisations, their regions in one prefetch.
    with django_assert_num_queries(3):
        response = client.get(ORGANISATIONS)

    assert response.status_code == 200
    assert response.json()["count"] == organisation_count
    assert [o["regions"] for o in response.json()["results"]] == [["TLC"]] * organisation_count
