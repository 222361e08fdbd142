"""An organisation's owner downloads all of its data: a zip of one JSON file and CSVs."""

import csv
import io
import json

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.utils import timezone

from marketplace.catalogue import services as catalogue_services
from marketplace.catalogue.models import Challenge
from marketplace.core.models import AuditEntry
from marketplace.organisations.models import OrganisationKind, Role
from marketplace.privacy.services import organisation_export
from marketplace.proposals.comments import comment_add
from tests.conftest import join, make_organisation, make_user
from tests.privacy.support import (
    INTEREST_COMMENT,
    OTHER_DRAFT,
    PROPOSAL_COMMENT,
    SUPPLIER_DRAFT,
    other_organisations_drafts,
    provider_history,
    unzip,
)

pytestmark = pytest.mark.django_db

EXPORT_URL = "/organisations/tyne-homes/export/"
TABLES = [
    "organisation", "members", "invitations", "challenges", "solutions", "interests",
    "proposals", "proposal_metrics", "proposal_milestones", "proposal_budget_lines",
    "proposal_transitions", "comments", "match_feedback", "cohort_challenges", "cohort_places",
    *(
        ["billing_accounts", "payments", "refunds", "subscriptions", "invoices"]
        if apps.is_installed("marketplace.billing")
        else []
    ),
    "audit_entries",
]  # fmt: skip


@pytest.fixture
def history(provider, supplier, provider_owner, provider_member, supplier_member, staff_user):
    provider_member.job_title = "Damp and mould lead"
    provider_member.save()
    return provider_history(
        provider=provider, supplier=supplier, owner=provider_owner, member=provider_member,
        supplier_member=supplier_member, staff=staff_user,
    )  # fmt: skip


@pytest.fixture
def downloaded(history, provider_owner) -> dict[str, bytes]:
    client = Client()
    client.force_login(provider_owner)
    response = client.post(EXPORT_URL)
    assert response.status_code == 200
    return unzip(response.content)


def read_csv(files: dict[str, bytes], table: str) -> tuple[list[str], list[dict[str, str]]]:
    text = files[f"{table}.csv"].decode("utf-8-sig")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    return list(reader.fieldnames or []), list(reader)


# What the zip holds


def test_owner_downloads_a_zip_named_for_the_organisation_and_the_day(history, provider_owner):
    client = Client()
    client.force_login(provider_owner)

    response = client.post(EXPORT_URL)

    today = timezone.localdate().isoformat()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == (
        f'attachment; filename="launchpad-tyne-homes-{today}.zip"'
    )
    assert "no-store" in response["Cache-Control"]
    assert sorted(unzip(response.content)) == sorted(
        ["README.txt", "organisation.json", *[f"{table}.csv" for table in TABLES]]
    )


def test_export_page_explains_the_download_to_the_owner(history, provider_owner):
    client = Client()
    client.force_login(provider_owner)

    response = client.get(EXPORT_URL)

    assert response.status_code == 200
    assert "Download the zip file" in response.content.decode()
    assert AuditEntry.objects.filter(action="organisation.export").count() == 0


def test_members_csv_lists_each_member_with_email_role_and_joining_date(downloaded, provider):
    header, rows = read_csv(downloaded, "members")

    joined = {m.user.email: m.created_at.isoformat() for m in provider.memberships.all()}
    assert header == ["name", "email", "job_title", "role", "joined"]
    assert rows == [
        {"name": "Owner", "email": "owner@tyne.example", "job_title": "", "role": "owner",
         "joined": joined["owner@tyne.example"]},
        {"name": "Member", "email": "member@tyne.example", "job_title": "Damp and mould lead",
         "role": "member", "joined": joined["member@tyne.example"]},
    ]  # fmt: skip


def test_challenges_csv_holds_drafts_with_themes_and_regions(downloaded, history):
    header, rows = read_csv(downloaded, "challenges")

    assert header[:3] == ["id", "organisation_id", "summary"]
    assert header[-2:] == ["themes", "regions"]
    assert [(r["title"], r["status"], r["themes"], r["regions"]) for r in rows] == [
        (history.challenge.title, "published", "Damp, mould and condensation", "North East"),
        ("Voids turnaround (draft)", "draft", "", ""),
    ]
    assert rows[1]["created_by"] == "Member"
    assert rows[0]["budget_max_pence"] == "2000000"


def test_pending_invitation_csv_has_the_invited_address(downloaded):
    header, rows = read_csv(downloaded, "invitations")

    assert header == ["id", "email", "role", "invited_by", "created_at", "expires_at", "emailed_at"]
    assert [(r["email"], r["role"], r["invited_by"]) for r in rows] == [
        ("new.colleague@tyne.example", "member", "Owner")
    ]


def test_proposal_and_its_rows_are_in_their_own_csvs(downloaded, history):
    _, proposals = read_csv(downloaded, "proposals")
    _, metrics = read_csv(downloaded, "proposal_metrics")
    _, milestones = read_csv(downloaded, "proposal_milestones")
    _, budget = read_csv(downloaded, "proposal_budget_lines")
    _, transitions = read_csv(downloaded, "proposal_transitions")

    proposal_id = str(history.proposal.pk)
    assert [(p["id"], p["title"], p["provider_name"], p["supplier_name"]) for p in proposals] == [
        (proposal_id, "Humidity sensors for damp and mould for Tyne Homes", "Tyne Homes",
         "Damp Sense")
    ]  # fmt: skip
    assert proposals[0]["processes_personal_data"] == "true"
    assert [(m["proposal_id"], m["metric"], m["baseline"], m["target"]) for m in metrics] == [
        (proposal_id, "Days from damp onset to report", "45", "10")
    ]
    assert [(m["title"], m["due_on"]) for m in milestones] == [
        ("Sensors installed", "2027-02-01"),
        ("Final report", "2027-08-01"),
    ]
    assert [(b["item"], b["amount_pence"], b["paid_by"]) for b in budget] == [
        ("Sensors and installation", "1200000", "provider"),
        ("Analytics licence", "300000", "supplier"),
    ]
    assert [(t["from_status"], t["to_status"], t["actor"]) for t in transitions] == [
        ("", "draft", "Member")
    ]


def test_comments_csv_keeps_accented_text_in_utf8(downloaded, history):
    header, rows = read_csv(downloaded, "comments")

    assert downloaded["comments.csv"].startswith("\ufeff".encode())
    assert header == ["id", "interest_id", "proposal_id", "author", "body", "created_at"]
    assert [(r["interest_id"], r["proposal_id"], r["body"]) for r in rows] == [
        (str(history.interest.pk), "", INTEREST_COMMENT),
        ("", str(history.proposal.pk), PROPOSAL_COMMENT),
    ]


def test_feedback_cohorts_and_audit_trail_are_exported(downloaded, history):
    _, feedback = read_csv(downloaded, "match_feedback")
    _, cohorts = read_csv(downloaded, "cohort_challenges")
    _, audit = read_csv(downloaded, "audit_entries")

    assert [(f["verdict"], f["score"], f["solution_name"]) for f in feedback] == [
        ("shortlist", "0.82", "Humidity sensors for damp and mould")
    ]
    assert [(c["cohort_name"], c["status"]) for c in cohorts] == [
        ("Damp and mould 2027", "accepted")
    ]
    assert [a["action"] for a in audit] == [
        "challenge.create",
        "interest.supplier_interest",
        "interest.accepted",
        "proposal.draft",
        "proposal.update",
        "match.shortlist",
        "cohort.challenge_accept",
        "invitation.create",
    ]
    assert json.loads(audit[-1]["after"]) == {
        "email": "new.colleague@tyne.example",
        "role": "member",
    }


def test_json_nests_everything_under_its_parent(downloaded, history):
    document = json.loads(downloaded["organisation.json"].decode("utf-8"))

    [proposal] = document["proposals"]
    [interest] = document["interests"]
    assert document["organisation"]["name"] == "Tyne Homes"
    assert document["organisation"]["regions"] == ["North East"]
    assert [m["email"] for m in document["members"]] == [
        "owner@tyne.example",
        "member@tyne.example",
    ]
    assert [m["metric"] for m in proposal["metrics"]] == ["Days from damp onset to report"]
    assert [m["title"] for m in proposal["milestones"]] == ["Sensors installed", "Final report"]
    assert [b["amount_pence"] for b in proposal["budget_lines"]] == [1_200_000, 300_000]
    assert [t["to_status"] for t in proposal["transitions"]] == ["draft"]
    assert [c["body"] for c in proposal["comments"]] == [PROPOSAL_COMMENT]
    assert [c["body"] for c in interest["comments"]] == [INTEREST_COMMENT]
    assert document["challenges"][0]["cohorts"][0]["cohort_name"] == "Damp and mould 2027"
    assert "comments" not in document
    assert "proposal_metrics" not in document


def test_billing_account_is_exported_when_billing_is_installed(history, provider, provider_owner):
    billing = pytest.importorskip(
        "marketplace.billing.services", reason="marketplace.billing is not in this tree"
    )
    billing.billing_account_update(
        user=provider_owner, organisation=provider, billing_email="accounts@tyne.example",
        address_line1="1 Quayside", city="Newcastle", postal_code="ne1 3dx",
    )  # fmt: skip

    files = unzip(organisation_export(user=provider_owner, organisation=provider).content)

    _, accounts = read_csv(files, "billing_accounts")
    assert [(a["billing_email"], a["postal_code"]) for a in accounts] == [
        ("accounts@tyne.example", "NE1 3DX")
    ]


def test_csv_cells_that_spreadsheets_would_run_start_with_an_apostrophe(
    history, provider, provider_owner, provider_member
):
    comment_add(user=provider_member, interest=history.interest, body='=HYPERLINK("x")')

    files = unzip(organisation_export(user=provider_owner, organisation=provider).content)

    _, rows = read_csv(files, "comments")
    document = json.loads(files["organisation.json"])
    assert rows[-1]["body"] == '\'=HYPERLINK("x")'
    assert document["interests"][0]["comments"][-1]["body"] == '=HYPERLINK("x")'


# Nothing of anyone else


def test_export_holds_no_other_organisations_drafts_or_their_members_addresses(
    history, provider, provider_owner, other_provider, other_provider_admin, supplier,
    supplier_member,
):  # fmt: skip
    other_organisations_drafts(
        other_provider_admin=other_provider_admin, other_provider=other_provider,
        supplier_member=supplier_member, supplier=supplier,
    )  # fmt: skip

    files = unzip(organisation_export(user=provider_owner, organisation=provider).content)

    everything = b"\n".join(files.values()).decode("utf-8")
    assert OTHER_DRAFT not in everything
    assert SUPPLIER_DRAFT not in everything
    assert "Mersey Homes" not in everything
    assert "admin@mersey.example" not in everything
    assert "member@dampsense.example" not in everything
    # The other side of the shared proposal appears by name, as on the proposal page.
    assert "Damp Sense" in everything


# Who may export


@pytest.mark.parametrize(
    ("actor", "status"),
    [
        ("provider_admin", 403),
        ("provider_member", 403),
        ("supplier_member", 404),
        ("other_provider_admin", 404),
        ("staff_user", 404),
        ("outsider", 404),
    ],
)
@pytest.mark.parametrize("method", ["get", "post"])
def test_only_an_owner_may_export(request, history, actor, status, method):
    client = Client()
    client.force_login(request.getfixturevalue(actor))

    response = getattr(client, method)(EXPORT_URL)

    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    if status == 403:
        assert "Only owners of Tyne Homes can export its data." in response.content.decode()
    assert AuditEntry.objects.filter(action="organisation.export").count() == 0


def test_anonymous_visitor_is_sent_to_sign_in(history):
    response = Client().post(EXPORT_URL)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={EXPORT_URL}"


def test_one_of_two_owners_may_export(history, provider, provider_admin):
    provider.memberships.filter(user=provider_admin).update(role=Role.OWNER)

    export = organisation_export(user=provider_admin, organisation=provider)

    assert export.filename.startswith("launchpad-tyne-homes-")


def test_an_owner_of_another_organisation_cannot_export_this_one(history, provider):
    stranger = make_user("owner@elsewhere.example")
    elsewhere = make_organisation("Elsewhere Homes", OrganisationKind.HOUSING_PROVIDER, "L9999")
    join(stranger, elsewhere, Role.OWNER)
    client = Client()
    client.force_login(stranger)

    assert client.post(EXPORT_URL).status_code == 404


# Accountability and cost


def test_each_export_is_audited(history, provider, provider_owner):
    organisation_export(user=provider_owner, organisation=provider)

    entry = AuditEntry.objects.get(action="organisation.export")
    assert (entry.actor, entry.organisation, entry.target_id) == (
        provider_owner,
        provider,
        str(provider.pk),
    )
    assert entry.after["tables"]["comments"] == 2
    assert entry.after["tables"]["members"] == 2


def test_export_reads_a_fixed_number_of_queries(
    history, provider, provider_owner, provider_member, django_assert_max_num_queries
):
    for n in range(5):
        catalogue_services.entry_create(
            Challenge, user=provider_member, organisation=provider, title=f"Draft {n}"
        )

    with django_assert_max_num_queries(30):
        organisation_export(user=provider_owner, organisation=provider)


def test_staff_export_for_a_subject_access_request_writes_the_same_zip(history, provider, tmp_path):
    output = tmp_path / "tyne.zip"
    out = io.StringIO()

    call_command(
        "export_organisation", "tyne-homes", output=output,
        requested_by="J. Smith, letter of 3 May", stdout=out,
    )  # fmt: skip

    files = unzip(output.read_bytes())
    entry = AuditEntry.objects.get(action="organisation.export")
    assert out.getvalue() == f"Wrote the data of Tyne Homes to {output}.\n"
    assert sorted(files) == sorted(
        ["README.txt", "organisation.json", *[f"{table}.csv" for table in TABLES]]
    )
    assert (entry.actor, entry.reason) == (None, "J. Smith, letter of 3 May")


def test_export_command_names_an_unknown_organisation(db, tmp_path):
    with pytest.raises(CommandError, match=r"No organisation has the slug 'nowhere'\."):
        call_command("export_organisation", "nowhere", output=tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()
