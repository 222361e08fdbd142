import pytest
from django.core.exceptions import ValidationError

from marketplace.catalogue import services
from marketplace.catalogue.models import Challenge, Solution, Status
from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.models import AuditEntry
from tests.marketplace.catalogue.factories import (
    ChallengeFactory,
    SolutionFactory,
    row_of,
)

pytestmark = pytest.mark.django_db

DRAFT, SUBMITTED, PUBLISHED, CLOSED, ARCHIVED = (
    Status.DRAFT,
    Status.SUBMITTED,
    Status.PUBLISHED,
    Status.CLOSED,
    Status.ARCHIVED,
)
KINDS = {
    "challenge": (Challenge, ChallengeFactory, "provider"),
    "solution": (Solution, SolutionFactory, "supplier"),
}
PERSONAS = {
    "challenge": {
        "member": "provider_member",
        "admin": "provider_admin",
        "other_admin": "other_provider_admin",
    },
    "solution": {
        "member": "supplier_member",
        "admin": "supplier_admin",
        "other_admin": "other_supplier_admin",
    },
}


def persona(request, kind: str, role: str):
    common = {"staff": "staff_user", "outsider": "outsider"}
    return request.getfixturevalue(common.get(role) or PERSONAS[kind][role])


def entry_in(request, kind: str, status: str, **fields):
    _, factory, organisation = KINDS[kind]
    return factory(organisation=request.getfixturevalue(organisation), status=status, **fields)


def act(action: str, entry, user):
    if action == "update":
        return services.entry_update(entry, user=user, summary="Rewritten summary.")
    if action == "reject":
        return services.entry_reject(entry, user=user, reason="Add outcome figures.")
    return getattr(services, f"entry_{action}")(entry, user=user)


# (action, start state, actor) -> end state
ALLOWED = [
    ("submit", DRAFT, "member", SUBMITTED),
    ("submit", DRAFT, "admin", SUBMITTED),
    ("publish", SUBMITTED, "staff", PUBLISHED),
    ("reject", SUBMITTED, "staff", DRAFT),
    ("close", PUBLISHED, "admin", CLOSED),
    ("close", PUBLISHED, "staff", CLOSED),
    ("archive", DRAFT, "admin", ARCHIVED),
    ("archive", CLOSED, "admin", ARCHIVED),
    ("archive", CLOSED, "staff", ARCHIVED),
    ("update", DRAFT, "member", DRAFT),
    # The summary is shown to readers: rewriting it sends the entry back to moderation.
    ("update", PUBLISHED, "admin", SUBMITTED),
]

# (action, start state, actor) -> error code
REFUSED = [
    ("submit", DRAFT, "other_admin", "not_allowed"),
    ("submit", DRAFT, "outsider", "not_allowed"),
    ("submit", DRAFT, "staff", "not_allowed"),
    ("submit", SUBMITTED, "member", "invalid_state"),
    ("submit", PUBLISHED, "admin", "invalid_state"),
    ("publish", SUBMITTED, "member", "not_allowed"),
    ("publish", SUBMITTED, "admin", "not_allowed"),
    ("publish", DRAFT, "staff", "invalid_state"),
    ("publish", PUBLISHED, "staff", "invalid_state"),
    ("reject", SUBMITTED, "admin", "not_allowed"),
    ("reject", DRAFT, "staff", "invalid_state"),
    ("reject", PUBLISHED, "staff", "invalid_state"),
    ("close", PUBLISHED, "member", "not_allowed"),
    ("close", PUBLISHED, "other_admin", "not_allowed"),
    ("close", DRAFT, "admin", "invalid_state"),
    ("close", SUBMITTED, "staff", "invalid_state"),
    ("archive", DRAFT, "member", "not_allowed"),
    ("archive", CLOSED, "other_admin", "not_allowed"),
    ("archive", SUBMITTED, "admin", "invalid_state"),
    ("archive", PUBLISHED, "admin", "invalid_state"),
    ("archive", ARCHIVED, "staff", "invalid_state"),
    ("update", SUBMITTED, "member", "invalid_state"),
    ("update", SUBMITTED, "admin", "invalid_state"),
    ("update", PUBLISHED, "member", "not_allowed"),
    ("update", DRAFT, "other_admin", "not_allowed"),
    ("update", DRAFT, "staff", "not_allowed"),
    ("update", CLOSED, "admin", "invalid_state"),
    ("update", ARCHIVED, "admin", "invalid_state"),
]


def _ids(rows):
    return [f"{actor}-{action}-{start}" for action, start, actor, _ in rows]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("action", "start", "actor", "end"), ALLOWED, ids=_ids(ALLOWED))
def test_allowed_transition_moves_the_state_and_writes_one_audit_entry(
    request, kind, action, start, actor, end
):
    entry = entry_in(request, kind, start)
    user = persona(request, kind, actor)

    result = act(action, entry, user)

    entry.refresh_from_db()
    assert (result.status, entry.status) == (end, end)
    audit = AuditEntry.objects.get()
    assert (audit.action, audit.actor, audit.organisation) == (
        f"{kind}.{action}",
        user,
        entry.organisation,
    )
    assert (audit.target_type, audit.target_id) == (f"catalogue.{kind}", str(entry.pk))
    assert (audit.before["status"], audit.after["status"]) == (start, end)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("action", "start", "actor", "code"), REFUSED, ids=_ids(REFUSED))
def test_refused_transition_raises_and_changes_nothing(request, kind, action, start, actor, code):
    entry = entry_in(request, kind, start)
    user = persona(request, kind, actor)
    before = row_of(entry)

    with pytest.raises(DomainError) as error:
        act(action, entry, user)

    assert error.value.code == code
    assert isinstance(error.value, NotAllowed) == (code == "not_allowed")
    assert row_of(entry) == before
    assert AuditEntry.objects.count() == 0


def test_publish_records_when_and_close_records_when(provider_admin, staff_user, provider):
    challenge = ChallengeFactory(organisation=provider, status=SUBMITTED)

    services.entry_publish(challenge, user=staff_user)
    services.entry_close(challenge, user=provider_admin)

    challenge.refresh_from_db()
    assert challenge.published_at is not None
    assert challenge.closed_at is not None
    assert list(AuditEntry.objects.order_by("pk").values_list("action", "actor")) == [
        ("challenge.publish", staff_user.pk),
        ("challenge.close", provider_admin.pk),
    ]


def test_wrong_state_error_says_which_states_are_allowed(staff_user, provider):
    challenge = ChallengeFactory(organisation=provider, status=DRAFT)

    with pytest.raises(DomainError) as error:
        services.entry_publish(challenge, user=staff_user)

    assert error.value.message == (
        "This challenge is draft; only a challenge that is submitted for moderation "
        "can be published."
    )


# Reject


@pytest.mark.parametrize("reason", ["", "   \n "])
def test_reject_without_a_reason_is_a_field_error_and_it_stays_submitted(
    staff_user, provider, reason
):
    challenge = ChallengeFactory(organisation=provider, status=SUBMITTED)
    before = row_of(challenge)

    with pytest.raises(ValidationError) as error:
        services.entry_reject(challenge, user=staff_user, reason=reason)

    assert list(error.value.message_dict) == ["reason"]
    assert row_of(challenge) == before
    assert AuditEntry.objects.count() == 0


def test_reject_returns_it_to_draft_with_the_reason_and_resubmitting_clears_it(
    staff_user, provider_member, provider
):
    challenge = ChallengeFactory(organisation=provider, status=SUBMITTED)

    services.entry_reject(challenge, user=staff_user, reason="  Add outcome figures. ")
    challenge.refresh_from_db()
    rejected = (challenge.status, challenge.rejection_reason)
    services.entry_submit(challenge, user=provider_member)
    challenge.refresh_from_db()

    assert rejected == (DRAFT, "Add outcome figures.")
    assert (challenge.status, challenge.rejection_reason) == (SUBMITTED, "")
    audit = AuditEntry.objects.get(action="challenge.reject")
    assert (audit.reason, audit.after) == ("Add outcome figures.", {"status": "draft"})


# Submit


@pytest.mark.parametrize(
    ("kind", "fields", "missing"),
    [
        (
            "challenge",
            {"title": "Mould"},
            {"summary", "problem_statement", "desired_outcomes", "budget_max_pence",
             "pilot_length_weeks", "themes"},
        ),
        ("solution", {"name": "Sensor"}, {"summary", "description", "maturity", "pricing_model",
                                          "themes"}),
    ],
)  # fmt: skip
def test_submitting_an_incomplete_draft_lists_every_missing_field(request, kind, fields, missing):
    model, _, organisation = KINDS[kind]
    user = persona(request, kind, "member")
    draft = services.entry_create(
        model, user=user, organisation=request.getfixturevalue(organisation), **fields
    )

    with pytest.raises(ValidationError) as error:
        services.entry_submit(draft, user=user)

    assert set(error.value.message_dict) == missing
    draft.refresh_from_db()
    assert draft.status == DRAFT
    assert list(AuditEntry.objects.values_list("action", flat=True)) == [f"{kind}.create"]
