"""The verification queue and the audit log: staff only, and what staff can do there."""

import pytest
from django.core import mail

from marketplace.core.models import AuditEntry
from marketplace.organisations.models import OrganisationKind
from marketplace.organisations.services import organisation_update
from tests.conftest import make_organisation
from tests.frontend.guided_form import client_for

pytestmark = pytest.mark.django_db

STAFF_PAGES = [
    "/moderation/",
    "/proposals/review/",
    "/staff/cohorts/",
    "/staff/insight/",
    "/staff/dashboard/",
    "/staff/dashboard/funnel.csv",
    "/staff/verification/",
    "/staff/audit/",
]


@pytest.mark.parametrize("page", STAFF_PAGES)
@pytest.mark.parametrize("user", ["provider_admin", "supplier_member", "outsider"])
def test_staff_pages_do_not_exist_for_anyone_else(request, user, page):
    assert client_for(request.getfixturevalue(user)).get(page).status_code == 404


@pytest.mark.parametrize("page", STAFF_PAGES)
def test_staff_pages_ask_anonymous_visitors_to_sign_in(client, page):
    response = client.get(page)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_queue_lists_unverified_organisations_with_a_link_to_the_register(staff_user, supplier):
    response = client_for(staff_user).get("/staff/verification/")

    assert list(response.context["waiting"]) == [supplier]
    page = response.content.decode()
    assert "12345678" in page
    assert "company-information.service.gov.uk/company/12345678" in page


def test_verifying_takes_the_organisation_out_of_the_queue_and_tells_its_admins(
    staff_user, supplier, supplier_admin, supplier_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(staff_user).post(
            f"/staff/verification/{supplier.pk}/verify/", follow=True
        )

    supplier.refresh_from_db()
    assert supplier.is_verified and supplier.verified_by == staff_user
    assert list(response.context["waiting"]) == []
    assert [m.to for m in mail.outbox] == [[supplier_admin.email]]
    assert AuditEntry.objects.filter(action="organisation.verify", organisation=supplier).exists()


def test_asking_to_correct_moves_it_aside_until_the_number_changes(
    staff_user, supplier, supplier_admin, django_capture_on_commit_callbacks
):
    client = client_for(staff_user)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/staff/verification/{supplier.pk}/query/",
            {"reason": "Companies House lists this number as dissolved."},
        )

    response = client.get("/staff/verification/")
    assert list(response.context["waiting"]) == []
    assert list(response.context["queried"]) == [supplier]
    assert "dissolved" in mail.outbox[-1].body
    organisation_update(user=supplier_admin, organisation=supplier, registered_number="87654321")
    response = client.get("/staff/verification/")
    assert list(response.context["waiting"]) == [supplier]


def test_asking_without_a_reason_says_so_and_changes_nothing(staff_user, supplier):
    response = client_for(staff_user).post(
        f"/staff/verification/{supplier.pk}/query/", {"reason": "  "}, follow=True
    )

    assert [str(m) for m in response.context["messages"]] == [
        "Damp Sense: Say what the organisation needs to correct."
    ]
    supplier.refresh_from_db()
    assert supplier.verification_queried_at is None


def test_members_cannot_verify(provider_admin, supplier):
    response = client_for(provider_admin).post(f"/staff/verification/{supplier.pk}/verify/")

    assert response.status_code == 404
    supplier.refresh_from_db()
    assert not supplier.is_verified


def test_programme_organisations_are_not_queued(staff_user):
    make_organisation("Launchpad team", OrganisationKind.PROGRAMME, "")

    assert list(client_for(staff_user).get("/staff/verification/").context["waiting"]) == []


@pytest.fixture
def history(staff_user, provider, supplier, provider_admin, supplier_admin):
    organisation_update(user=provider_admin, organisation=provider, website="https://tyne.example")
    organisation_update(user=supplier_admin, organisation=supplier, employees=40)
    client_for(staff_user).post(f"/staff/verification/{supplier.pk}/verify/")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["organisation.verify", "organisation.update", "organisation.update"]),
        ("?organisation=tyne-homes", ["organisation.update"]),
        ("?actor=staff%40launchpad.example", ["organisation.verify"]),
        ("?action=organisation.verify", ["organisation.verify"]),
        ("?target_type=organisations.organisation&target_id=999", []),
    ],
)
def test_audit_log_filters(staff_user, history, query, expected):
    response = client_for(staff_user).get(f"/staff/audit/{query}")

    assert [entry.action for entry in response.context["page"].object_list] == expected


def test_audit_log_filter_by_object(staff_user, history, supplier):
    response = client_for(staff_user).get(
        f"/staff/audit/?target_type=organisations.organisation&target_id={supplier.pk}"
    )

    entries = response.context["page"].object_list
    assert {entry.organisation for entry in entries} == {supplier}
    assert len(entries) == 2


def test_audit_log_bad_filter_names_the_field(staff_user, history):
    response = client_for(staff_user).get("/staff/audit/?actor=not-an-email&organisation=nope")

    assert response.status_code == 200
    page = response.content.decode()
    assert "User&#x27;s e-mail: Enter a valid email address." in page
    assert "Organisation: Select a valid choice." in page
    assert list(response.context["page"].object_list) == []


def test_the_organisation_sees_what_staff_asked_it_to_correct(staff_user, supplier, supplier_admin):
    client_for(staff_user).post(
        f"/staff/verification/{supplier.pk}/query/",
        {"reason": "The number is a dissolved company."},
    )

    page = client_for(supplier_admin).get("/").content.decode()

    assert "Programme staff asked you to correct your details: The number is a dissolved" in page
