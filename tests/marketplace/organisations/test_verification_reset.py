"""A verified organisation that changes who it says it is goes back to staff to verify."""

import pytest
from rest_framework.test import APIClient

from marketplace.core.models import AuditEntry
from marketplace.organisations import services
from marketplace.organisations.models import Organisation
from marketplace.organisations.selectors import verification_queue
from tests.frontend.guided_form import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def verified(provider, staff_user) -> Organisation:
    return services.organisation_verify(user=staff_user, organisation=provider)


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({"name": "Tyne Homes Group"}, "name"),
        ({"registered_number": "LH0123"}, "registered_number"),
        ({"website": "https://tyne-homes.example/"}, "website"),
        ({"name": "Crypto Homes", "registered_number": "L9999"}, "name, registered_number"),
    ],
    ids=["name", "number", "website", "name-and-number"],
)
def test_changing_an_identity_detail_takes_the_badge_away_and_is_audited(
    verified, provider_admin, changes, fields
):
    organisation = services.organisation_update(
        user=provider_admin, organisation=verified, **changes
    )

    organisation.refresh_from_db()
    assert (organisation.is_verified, organisation.verified_at, organisation.verified_by) == (
        False,
        None,
        None,
    )
    unverify = AuditEntry.objects.get(action="organisation.unverify")
    assert (unverify.actor, unverify.organisation) == (provider_admin, organisation)
    assert (unverify.before, unverify.after) == ({"is_verified": True}, {"is_verified": False})
    assert unverify.reason == f"Changed what staff verified: {fields}."
    waiting, queried = verification_queue()
    assert (list(waiting), list(queried)) == ([organisation], [])


@pytest.mark.parametrize(
    "changes",
    [
        {"description": "We manage 5,000 homes on Tyneside."},
        {"homes_managed": 5100},
        {"name": "  Tyne Homes "},
        {"registered_number": "l1234"},
    ],
    ids=["description", "homes", "same-name-spaced", "same-number-lower-case"],
)
def test_other_changes_keep_the_badge(verified, provider_admin, staff_user, changes):
    services.organisation_update(user=provider_admin, organisation=verified, **changes)

    verified.refresh_from_db()
    assert (verified.is_verified, verified.verified_by) == (True, staff_user)
    assert AuditEntry.objects.filter(action="organisation.unverify").count() == 0


def test_patching_name_and_number_through_the_api_answers_unverified(verified, provider_admin):
    client = APIClient()
    client.force_authenticate(provider_admin)

    response = client.patch(
        f"/api/v1/organisations/{verified.slug}/",
        {"name": "Evil Homes", "registered_number": "L9999"},
        format="json",
    )

    assert response.status_code == 200
    assert (response.json()["name"], response.json()["is_verified"]) == ("Evil Homes", False)
    verified.refresh_from_db()
    assert verified.is_verified is False


def test_renaming_on_the_page_tells_the_admin_staff_will_check_again(verified, provider_admin):
    response = client_for(provider_admin).post(
        f"/organisations/{verified.slug}/edit/",
        {"name": "Evil Homes", "registered_number": "L1234", "homes_managed": "5000"},
        follow=True,
    )

    assert [str(m) for m in response.context["messages"]] == [
        "Profile saved.",
        services.UNVERIFIED_NOTICE,
    ]
    verified.refresh_from_db()
    assert verified.is_verified is False
