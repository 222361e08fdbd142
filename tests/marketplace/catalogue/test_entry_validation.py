import pytest
from django.core.exceptions import ValidationError

from marketplace.catalogue import services
from marketplace.catalogue.models import Challenge, Solution, Status, Theme
from marketplace.core.errors import NotAllowed
from marketplace.core.models import AuditEntry
from tests.marketplace.catalogue.factories import (
    DAMP,
    ENERGY,
    REPAIRS,
    SAFETY,
    ChallengeFactory,
    row_of,
)

pytestmark = pytest.mark.django_db

POSTER = {Challenge: ("provider_member", "provider"), Solution: ("supplier_member", "supplier")}


def test_member_creates_a_draft_and_the_creation_is_audited(provider_member, provider):
    themes = list(Theme.objects.filter(slug__in=[DAMP, REPAIRS, ENERGY]))

    challenge = services.entry_create(
        Challenge, user=provider_member, organisation=provider, title="Mould", themes=themes
    )

    assert (challenge.status, challenge.created_by) == (Status.DRAFT, provider_member)
    assert challenge.themes.count() == 3
    audit = AuditEntry.objects.get()
    assert (audit.action, audit.actor, audit.before) == ("challenge.create", provider_member, {})
    assert (audit.after["title"], audit.after["status"]) == ("Mould", "draft")
    assert audit.after["themes"] == sorted(str(t.pk) for t in themes)


@pytest.mark.parametrize(
    ("model", "user", "organisation"),
    [
        (Challenge, "supplier_member", "supplier"),
        (Solution, "provider_member", "provider"),
        (Challenge, "other_provider_admin", "provider"),
        (Challenge, "staff_user", "provider"),
    ],
    ids=["supplier-posts-challenge", "provider-posts-solution", "non-member", "staff"],
)
def test_create_is_refused_for_the_wrong_organisation(request, model, user, organisation):
    with pytest.raises(NotAllowed):
        services.entry_create(
            model,
            user=request.getfixturevalue(user),
            organisation=request.getfixturevalue(organisation),
            title="Mould",
            name="Sensor",
        )

    assert model.objects.count() == 0
    assert AuditEntry.objects.count() == 0


FOUR_THEMES = [DAMP, REPAIRS, ENERGY, SAFETY]


@pytest.mark.parametrize(
    ("model", "fields", "field"),
    [
        (Challenge, {"budget_min_pence": 3_000_000, "budget_max_pence": 1_000_000},
         "budget_min_pence"),
        (Challenge, {"themes": FOUR_THEMES}, "themes"),
        (Challenge, {"contact": "other_provider_admin"}, "contact"),
        (Challenge, {"problem_statement": "x" * 20_001}, "problem_statement"),
        (Challenge, {"problem_statement": "x" * 10 * 1024 * 1024}, "problem_statement"),
        (Challenge, {"summary": "x" * 1_201}, "summary"),
        (Challenge, {"title": ""}, "title"),
        (Challenge, {"procurement_route": "bribery"}, "procurement_route"),
        (Challenge, {"budget_max_pence": -1}, "budget_max_pence"),
        (Challenge, {"status": "published"}, "status"),
        (Solution, {"indicative_price_pence": -100}, "indicative_price_pence"),
        (Solution, {"certifications": ["iso_99999"]}, "certifications"),
        (Solution, {"evidence_links": ["javascript:alert(1)"]}, "evidence_links"),
        (Solution, {"evidence_links": ["not a link"]}, "evidence_links"),
        (Solution, {"processes_personal_data": True}, "data_hosting"),
        (Solution, {"maturity": "mythical"}, "maturity"),
        (Solution, {"themes": FOUR_THEMES}, "themes"),
    ],
    ids=["budget-min-above-max", "four-themes", "contact-not-member", "long-problem",
         "ten-megabytes", "long-summary", "no-title", "unknown-route", "negative-budget",
         "status", "negative-price", "unknown-certification", "script-link", "bad-link",
         "hosting-missing", "unknown-maturity", "solution-four-themes"],
)  # fmt: skip
def test_invalid_field_on_create_is_a_field_error_and_nothing_is_saved(
    request, model, fields, field
):
    member, organisation = POSTER[model]
    fields = {"title" if model is Challenge else "name": "Mould", **fields}
    if "themes" in fields:
        fields["themes"] = list(Theme.objects.filter(slug__in=fields["themes"]))
    if "contact" in fields:
        fields["contact"] = request.getfixturevalue(fields["contact"])

    with pytest.raises(ValidationError) as error:
        services.entry_create(
            model,
            user=request.getfixturevalue(member),
            organisation=request.getfixturevalue(organisation),
            **fields,
        )

    assert list(error.value.message_dict) == [field]
    assert model.objects.count() == 0
    assert AuditEntry.objects.count() == 0


def test_contact_who_is_a_member_is_accepted(provider_admin, provider_member, provider):
    challenge = services.entry_create(
        Challenge,
        user=provider_admin,
        organisation=provider,
        title="Mould",
        contact=provider_member,
    )

    assert challenge.contact == provider_member


@pytest.mark.parametrize(
    "changes",
    [
        {"summary": "Half-saved?", "budget_min_pence": 9_000_000},
        {"summary": "Half-saved?", "themes": FOUR_THEMES},
        {"summary": "Half-saved?", "problem_statement": "x" * 20_001},
    ],
    ids=["budget", "themes", "long-text"],
)
def test_invalid_edit_saves_none_of_the_changes(provider_member, provider, changes):
    challenge = ChallengeFactory(organisation=provider, themes=[DAMP])
    if "themes" in changes:
        changes["themes"] = list(Theme.objects.filter(slug__in=changes["themes"]))
    before = row_of(challenge)

    with pytest.raises(ValidationError):
        services.entry_update(challenge, user=provider_member, **changes)

    assert row_of(challenge) == before
    assert list(challenge.themes.values_list("slug", flat=True)) == [DAMP]
    assert AuditEntry.objects.count() == 0


def test_edit_audits_the_before_and_after_of_each_field(provider_admin, provider):
    challenge = ChallengeFactory(organisation=provider, status=Status.PUBLISHED, themes=[DAMP])
    energy = Theme.objects.get(slug=ENERGY)

    services.entry_update(challenge, user=provider_admin, summary="New.", themes=[energy])

    audit = AuditEntry.objects.get()
    assert audit.action == "challenge.update"
    assert (audit.before["summary"], audit.after["summary"]) == (challenge.summary, "New.")
    assert (audit.before["themes"], audit.after["themes"]) == (
        [str(Theme.objects.get(slug=DAMP).pk)],
        [str(energy.pk)],
    )
    assert (audit.before["status"], audit.after["status"]) == (Status.PUBLISHED, Status.SUBMITTED)
    challenge.refresh_from_db()
    assert (challenge.status, challenge.summary) == (Status.SUBMITTED, "New.")
