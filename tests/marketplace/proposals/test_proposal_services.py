"""Every step of a pilot proposal: who may take it, from which state, and what a refusal leaves."""

import pytest
from django.core.exceptions import ValidationError

from marketplace.core.errors import DomainError, NotAllowed
from marketplace.core.models import AuditEntry
from marketplace.notifications.models import Notification
from marketplace.proposals import services
from marketplace.proposals.errors import StaleVersion, TransitionRefused
from marketplace.proposals.models import (
    BudgetLine,
    Milestone,
    PilotProposal,
    ProposalStatus,
    SuccessMetric,
)
from tests.marketplace.proposals.support import COMPLETE, published_pair

pytestmark = pytest.mark.django_db

P = ProposalStatus
DRAFT, SUBMITTED, CHANGES, RESUBMITTED = P.DRAFT, P.SUBMITTED, P.CHANGES_REQUESTED, P.RESUBMITTED
APPROVED, DECLINED, IN_PILOT, COMPLETED, ABANDONED = (
    P.APPROVED, P.DECLINED, P.IN_PILOT, P.COMPLETED, P.ABANDONED,
)  # fmt: skip

SECOND_METRIC = {"metric": "Resident satisfaction", "baseline": "6/10", "target": "8/10",
                 "how_measured": "Survey"}  # fmt: skip


@pytest.fixture
def draft(provider, supplier, provider_member, supplier_member):
    """A complete draft both sides wrote, not yet signed off (version 2)."""
    challenge, solution = published_pair(provider, supplier)
    interest = services.interest_express(
        user=supplier_member, challenge=challenge, solution=solution, pitch="Sensors."
    )
    proposal = services.interest_accept(user=provider_member, interest=interest)
    return services.proposal_update(
        user=supplier_member, proposal=proposal, version=proposal.version, **COMPLETE
    )


@pytest.fixture
def signed(draft, provider_admin, supplier_admin):
    """The complete draft with both sign-offs (version 4)."""
    proposal = services.proposal_sign_off(user=provider_admin, proposal=draft, version=2)
    return services.proposal_sign_off(user=supplier_admin, proposal=proposal, version=3)


def moved_to(proposal: PilotProposal, status: str) -> PilotProposal:
    """Put the proposal in a state directly, as if the steps before had happened."""
    PilotProposal.objects.filter(pk=proposal.pk).update(status=status)
    proposal.refresh_from_db()
    return proposal


def everything(proposal: PilotProposal) -> dict:
    """The proposal, its rows and what a step would record, to show a refusal changed nothing."""
    return {
        "proposal": PilotProposal.objects.values().get(pk=proposal.pk),
        "metrics": list(SuccessMetric.objects.filter(proposal=proposal).values()),
        "milestones": list(Milestone.objects.filter(proposal=proposal).values()),
        "budget_lines": list(BudgetLine.objects.filter(proposal=proposal).values()),
        "transitions": list(proposal.transitions.values()),
        "audit": AuditEntry.objects.count(),
        "notifications": Notification.objects.count(),
    }


def act(action: str, proposal: PilotProposal, user):
    """Take the step with arguments that would be accepted from the right person and state."""
    version = proposal.version
    if action == "update":
        return services.proposal_update(
            user=user, proposal=proposal, version=version, objectives="Show it works in winter."
        )
    if action in ("sign_off", "submit"):
        return getattr(services, f"proposal_{action}")(
            user=user, proposal=proposal, version=version
        )
    if action in ("request_changes", "approve", "decline"):
        return getattr(services, f"proposal_{action}")(
            user=user, proposal=proposal, version=version, reason="Reviewed by the panel."
        )
    if action == "start":
        return services.proposal_start(user=user, proposal=proposal)
    if action == "complete":
        outcomes = {metric.pk: "12" for metric in proposal.metrics.all()}
        return services.proposal_complete(
            user=user, proposal=proposal, outcomes=outcomes, summary="Damp found earlier."
        )
    if action == "abandon":
        return services.proposal_abandon(user=user, proposal=proposal, reason="Residents left.")
    raise AssertionError(action)


def _ids(rows):
    return [f"{actor}-{action}-{start}" for action, start, actor, *_ in rows]


# (action, start state, actor) -> end state; the proposal is complete and signed off by both.
ALLOWED = [
    ("update", DRAFT, "provider_member", DRAFT),
    ("update", CHANGES, "supplier_member", CHANGES),
    ("submit", DRAFT, "supplier_member", SUBMITTED),
    ("submit", DRAFT, "provider_admin", SUBMITTED),
    ("submit", CHANGES, "provider_member", RESUBMITTED),
    ("request_changes", SUBMITTED, "staff_user", CHANGES),
    ("request_changes", RESUBMITTED, "staff_user", CHANGES),
    ("approve", SUBMITTED, "staff_user", APPROVED),
    ("approve", RESUBMITTED, "staff_user", APPROVED),
    ("decline", SUBMITTED, "staff_user", DECLINED),
    ("decline", RESUBMITTED, "staff_user", DECLINED),
    ("start", APPROVED, "provider_admin", IN_PILOT),
    ("start", APPROVED, "provider_owner", IN_PILOT),
    ("start", APPROVED, "staff_user", IN_PILOT),
    ("complete", IN_PILOT, "provider_admin", COMPLETED),
    ("complete", IN_PILOT, "staff_user", COMPLETED),
    ("abandon", DRAFT, "provider_admin", ABANDONED),
    ("abandon", CHANGES, "supplier_admin", ABANDONED),
    ("abandon", SUBMITTED, "staff_user", ABANDONED),
    ("abandon", APPROVED, "provider_owner", ABANDONED),
    ("abandon", IN_PILOT, "supplier_admin", ABANDONED),
]


@pytest.mark.parametrize(("action", "start", "actor", "end"), ALLOWED, ids=_ids(ALLOWED))
def test_allowed_step_moves_the_proposal_and_records_who(request, signed, action, start, actor,
                                                         end):  # fmt: skip
    proposal = moved_to(signed, start)
    user = request.getfixturevalue(actor)
    version_before, transitions_before = proposal.version, proposal.transitions.count()

    act(action, proposal, user)

    proposal.refresh_from_db()
    assert proposal.status == end
    assert proposal.version == version_before + 1
    if start == end:
        assert proposal.transitions.count() == transitions_before
    else:
        last = proposal.transitions.last()
        assert (last.from_status, last.to_status, last.actor) == (start, end, user)
        assert proposal.transitions.count() == transitions_before + 1


# (action, start state, actor): the wrong person for this step.
WRONG_PERSON = [
    # Only members of the two organisations edit, and only they submit.
    ("update", DRAFT, "other_provider_admin"),
    ("update", DRAFT, "other_supplier_admin"),
    ("update", DRAFT, "outsider"),
    ("update", DRAFT, "staff_user"),
    ("submit", DRAFT, "other_provider_admin"),
    ("submit", DRAFT, "outsider"),
    ("submit", DRAFT, "staff_user"),
    # Signing off needs an admin of one of the two organisations.
    ("sign_off", DRAFT, "provider_member"),
    ("sign_off", DRAFT, "supplier_member"),
    ("sign_off", DRAFT, "other_provider_admin"),
    ("sign_off", DRAFT, "other_supplier_admin"),
    ("sign_off", DRAFT, "outsider"),
    ("sign_off", DRAFT, "staff_user"),
    # Review is for programme staff only, however senior the organisation admin.
    ("request_changes", SUBMITTED, "provider_owner"),
    ("request_changes", SUBMITTED, "provider_admin"),
    ("request_changes", SUBMITTED, "supplier_admin"),
    ("approve", SUBMITTED, "provider_owner"),
    ("approve", SUBMITTED, "provider_admin"),
    ("approve", SUBMITTED, "supplier_admin"),
    ("approve", RESUBMITTED, "supplier_admin"),
    ("decline", SUBMITTED, "provider_owner"),
    ("decline", SUBMITTED, "provider_admin"),
    ("decline", SUBMITTED, "supplier_admin"),
    # The provider's admins (or staff) start and complete the pilot.
    ("start", APPROVED, "provider_member"),
    ("start", APPROVED, "supplier_admin"),
    ("start", APPROVED, "other_provider_admin"),
    ("start", APPROVED, "outsider"),
    ("complete", IN_PILOT, "provider_member"),
    ("complete", IN_PILOT, "supplier_admin"),
    ("complete", IN_PILOT, "other_provider_admin"),
    # Abandoning needs an admin of either side, or staff.
    ("abandon", IN_PILOT, "provider_member"),
    ("abandon", IN_PILOT, "supplier_member"),
    ("abandon", IN_PILOT, "other_supplier_admin"),
    ("abandon", IN_PILOT, "outsider"),
]


@pytest.mark.parametrize(("action", "start", "actor"), WRONG_PERSON, ids=_ids(WRONG_PERSON))
def test_step_by_the_wrong_person_is_not_allowed_and_changes_nothing(
    request, signed, action, start, actor
):
    proposal = moved_to(signed, start)
    before = everything(proposal)

    with pytest.raises(NotAllowed) as error:
        act(action, proposal, request.getfixturevalue(actor))

    assert error.value.code == "not_allowed"
    assert everything(proposal) == before


# (action, start state, actor): the right person, the wrong state.
WRONG_STATE = [
    ("update", SUBMITTED, "supplier_member"),
    ("update", RESUBMITTED, "provider_member"),
    ("update", APPROVED, "provider_admin"),
    ("update", IN_PILOT, "provider_admin"),
    ("sign_off", SUBMITTED, "provider_admin"),
    ("sign_off", APPROVED, "supplier_admin"),
    ("submit", SUBMITTED, "provider_admin"),
    ("submit", APPROVED, "supplier_admin"),
    ("request_changes", DRAFT, "staff_user"),
    ("request_changes", CHANGES, "staff_user"),
    ("request_changes", APPROVED, "staff_user"),
    ("approve", DRAFT, "staff_user"),
    ("approve", CHANGES, "staff_user"),
    ("approve", APPROVED, "staff_user"),
    ("approve", DECLINED, "staff_user"),
    ("decline", DRAFT, "staff_user"),
    ("decline", APPROVED, "staff_user"),
    ("start", DRAFT, "provider_admin"),
    ("start", SUBMITTED, "provider_admin"),
    ("start", IN_PILOT, "staff_user"),
    ("complete", APPROVED, "provider_admin"),
    ("complete", DRAFT, "staff_user"),
    ("complete", COMPLETED, "provider_admin"),
    ("abandon", DECLINED, "supplier_admin"),
    ("abandon", COMPLETED, "provider_admin"),
    ("abandon", ABANDONED, "staff_user"),
]


@pytest.mark.parametrize(("action", "start", "actor"), WRONG_STATE, ids=_ids(WRONG_STATE))
def test_step_from_the_wrong_state_is_refused_and_changes_nothing(
    request, signed, action, start, actor
):
    proposal = moved_to(signed, start)
    before = everything(proposal)

    with pytest.raises(TransitionRefused) as error:
        act(action, proposal, request.getfixturevalue(actor))

    assert error.value.code == "invalid_state"
    assert everything(proposal) == before


def test_wrong_state_message_names_the_state_and_the_step(signed, supplier_member):
    proposal = moved_to(signed, SUBMITTED)

    with pytest.raises(TransitionRefused) as error:
        act("update", proposal, supplier_member)

    assert error.value.message == "A proposal that is submitted for review cannot be edited."


# Signing off and submitting


@pytest.mark.parametrize(
    ("signer", "side", "other_side"),
    [("provider_owner", "provider", "supplier"), ("provider_admin", "provider", "supplier"),
     ("supplier_admin", "supplier", "provider")],
)  # fmt: skip
def test_an_admin_signs_off_for_their_own_side_only(request, draft, signer, side, other_side):
    user = request.getfixturevalue(signer)

    services.proposal_sign_off(user=user, proposal=draft, version=draft.version)

    draft.refresh_from_db()
    assert getattr(draft, f"{side}_signed_off_by") == user
    assert getattr(draft, f"{side}_signed_off_at") is not None
    assert getattr(draft, f"{other_side}_signed_off_by") is None
    assert getattr(draft, f"{other_side}_signed_off_at") is None
    assert draft.version == 3
    assert draft.status == DRAFT
    audit = AuditEntry.objects.get(action=f"proposal.sign_off.{side}")
    assert (audit.actor, audit.organisation) == (user, getattr(draft, side))


@pytest.mark.parametrize(
    ("signers", "message"),
    [
        ([], "Waiting for sign-off from Tyne Homes and Damp Sense."),
        (["provider_admin"], "Waiting for sign-off from Damp Sense."),
        (["supplier_admin"], "Waiting for sign-off from Tyne Homes."),
    ],
)
def test_submitting_without_both_sign_offs_is_refused(
    request, draft, provider_member, signers, message
):
    proposal = draft
    for signer in signers:
        proposal = services.proposal_sign_off(
            user=request.getfixturevalue(signer), proposal=proposal, version=proposal.version
        )
    before = everything(proposal)

    with pytest.raises(DomainError) as error:
        services.proposal_submit(user=provider_member, proposal=proposal, version=proposal.version)

    assert error.value.code == "sign_off_missing"
    assert error.value.message == message
    assert everything(proposal) == before


def test_editing_after_sign_off_clears_both_sign_offs(signed, provider_member):
    assert signed.provider_signed_off_at is not None
    assert signed.supplier_signed_off_at is not None

    services.proposal_update(
        user=provider_member, proposal=signed, version=signed.version, risks="Sensors stolen."
    )

    signed.refresh_from_db()
    assert signed.risks == "Sensors stolen."
    assert (signed.provider_signed_off_by, signed.provider_signed_off_at) == (None, None)
    assert (signed.supplier_signed_off_by, signed.supplier_signed_off_at) == (None, None)
    assert signed.version == 5


def test_after_an_edit_submitting_waits_for_both_sign_offs_again(signed, provider_member):
    proposal = services.proposal_update(
        user=provider_member, proposal=signed, version=signed.version, risks="Sensors stolen."
    )

    with pytest.raises(DomainError) as error:
        services.proposal_submit(user=provider_member, proposal=proposal, version=proposal.version)

    assert error.value.code == "sign_off_missing"
    assert proposal.status == DRAFT


def test_submitting_an_incomplete_proposal_lists_every_missing_section(
    provider, supplier, provider_member, supplier_member, provider_admin, supplier_admin
):
    challenge, solution = published_pair(provider, supplier)
    interest = services.interest_express(
        user=supplier_member, challenge=challenge, solution=solution, pitch="Sensors."
    )
    proposal = services.interest_accept(user=provider_member, interest=interest)
    for admin in (provider_admin, supplier_admin):
        proposal = services.proposal_sign_off(
            user=admin, proposal=proposal, version=proposal.version
        )
    before = everything(proposal)

    with pytest.raises(ValidationError) as error:
        services.proposal_submit(user=provider_member, proposal=proposal, version=proposal.version)

    # Title, problem and homes in scope came from the challenge and solution.
    assert sorted(error.value.message_dict) == [
        "budget_lines", "exit_plan", "metrics", "milestones", "objectives",
        "resident_engagement", "risks", "scope_sites",
    ]  # fmt: skip
    assert everything(proposal) == before


def test_submitting_records_when_and_moves_to_review(signed, supplier_member):
    proposal = services.proposal_submit(
        user=supplier_member, proposal=signed, version=signed.version
    )

    proposal.refresh_from_db()
    assert proposal.status == SUBMITTED
    assert proposal.submitted_at is not None
    assert proposal.provider_signed_off_at is not None
    assert proposal.supplier_signed_off_at is not None


# Stale versions


@pytest.mark.parametrize("action", ["update", "sign_off", "submit"])
def test_a_step_based_on_an_old_version_is_refused_and_changes_nothing(
    signed, provider_admin, supplier_admin, action
):
    # The supplier admin opened the proposal at version 4; then the provider signed off again.
    seen = PilotProposal.objects.get(pk=signed.pk)
    services.proposal_sign_off(user=provider_admin, proposal=signed, version=signed.version)
    before = everything(signed)

    with pytest.raises(StaleVersion) as error:
        act(action, seen, supplier_admin)

    assert error.value.code == "stale_version"
    assert error.value.current_version == 5
    assert everything(signed) == before
    signed.refresh_from_db()
    assert (signed.version, signed.status, signed.objectives) == (5, DRAFT, COMPLETE["objectives"])


@pytest.mark.parametrize("action", ["request_changes", "approve", "decline"])
def test_a_review_based_on_an_old_version_is_refused_and_changes_nothing(
    signed, staff_user, action
):
    proposal = moved_to(signed, SUBMITTED)
    before = everything(proposal)

    with pytest.raises(StaleVersion) as error:
        getattr(services, f"proposal_{action}")(
            user=staff_user, proposal=proposal, reason="Reviewed.", version=proposal.version - 1
        )

    assert error.value.current_version == proposal.version
    assert everything(proposal) == before


# Review


@pytest.mark.parametrize(
    ("action", "start", "actor", "message"),
    [
        ("request_changes", SUBMITTED, "staff_user", "Say what needs to change."),
        ("decline", SUBMITTED, "staff_user", "Say why the proposal is declined."),
        ("decline", RESUBMITTED, "staff_user", "Say why the proposal is declined."),
        ("abandon", IN_PILOT, "supplier_admin", "Say why the pilot is abandoned."),
    ],
)
@pytest.mark.parametrize("reason", ["", "  \n "])
def test_a_step_that_needs_a_reason_is_refused_without_one(
    request, signed, action, start, actor, message, reason
):
    proposal = moved_to(signed, start)
    before = everything(proposal)

    with pytest.raises(ValidationError) as error:
        getattr(services, f"proposal_{action}")(
            user=request.getfixturevalue(actor), proposal=proposal, reason=reason
        )

    assert error.value.message_dict == {"reason": [message]}
    assert everything(proposal) == before


def test_requesting_changes_keeps_the_reason_and_clears_both_sign_offs(signed, staff_user):
    proposal = moved_to(signed, SUBMITTED)

    services.proposal_request_changes(
        user=staff_user, proposal=proposal, reason="  Add a resident survey. "
    )

    proposal.refresh_from_db()
    assert proposal.status == CHANGES
    assert proposal.decision_reason == "Add a resident survey."
    assert (proposal.provider_signed_off_at, proposal.supplier_signed_off_at) == (None, None)
    assert (proposal.provider_signed_off_by, proposal.supplier_signed_off_by) == (None, None)
    last = proposal.transitions.last()
    assert (last.to_status, last.actor, last.reason) == (CHANGES, staff_user,
                                                         "Add a resident survey.")  # fmt: skip


def test_declining_records_the_reason_and_when(signed, staff_user):
    proposal = moved_to(signed, SUBMITTED)

    services.proposal_decline(user=staff_user, proposal=proposal, reason=" Out of scope. ")

    proposal.refresh_from_db()
    assert (proposal.status, proposal.decision_reason) == (DECLINED, "Out of scope.")
    assert proposal.decided_at is not None


# Completing and abandoning


@pytest.fixture
def in_pilot(draft, supplier_member):
    proposal = services.proposal_update(
        user=supplier_member, proposal=draft, version=draft.version,
        metrics=[*COMPLETE["metrics"], SECOND_METRIC],
    )  # fmt: skip
    return moved_to(proposal, IN_PILOT)


def test_completing_without_a_result_for_every_metric_or_a_summary_is_refused(
    in_pilot, provider_admin
):
    first, second = in_pilot.metrics.all()
    before = everything(in_pilot)

    with pytest.raises(ValidationError) as error:
        services.proposal_complete(
            user=provider_admin, proposal=in_pilot, outcomes={first.pk: "12", second.pk: "  "},
            summary=" ",
        )  # fmt: skip

    assert error.value.message_dict == {
        f"outcomes.{second.pk}": ["Give the result for “Resident satisfaction”."],
        "summary": ["Sum up what the pilot showed."],
    }
    assert everything(in_pilot) == before


def test_completing_with_no_results_names_every_metric(in_pilot, provider_admin):
    first, second = in_pilot.metrics.all()
    before = everything(in_pilot)

    with pytest.raises(ValidationError) as error:
        services.proposal_complete(
            user=provider_admin, proposal=in_pilot, outcomes={}, summary="Damp found earlier."
        )

    assert sorted(error.value.message_dict) == sorted(
        [f"outcomes.{first.pk}", f"outcomes.{second.pk}"]
    )
    assert everything(in_pilot) == before


def test_completing_stores_each_result_and_the_summary(in_pilot, provider_admin):
    first, second = in_pilot.metrics.all()

    services.proposal_complete(
        user=provider_admin, proposal=in_pilot, outcomes={first.pk: " 8 ", second.pk: "8.5/10"},
        summary="  Damp found 37 days earlier. ",
    )  # fmt: skip

    in_pilot.refresh_from_db()
    assert in_pilot.status == COMPLETED
    assert in_pilot.outcome_summary == "Damp found 37 days earlier."
    assert [m.outcome for m in in_pilot.metrics.all()] == ["8", "8.5/10"]


def test_supplier_admin_abandons_a_running_pilot_with_a_reason(in_pilot, supplier_admin):
    services.proposal_abandon(
        user=supplier_admin, proposal=in_pilot, reason="  Residents asked for the sensors out. "
    )

    in_pilot.refresh_from_db()
    assert in_pilot.status == ABANDONED
    assert in_pilot.abandoned_reason == "Residents asked for the sensors out."
    last = in_pilot.transitions.last()
    assert (last.from_status, last.to_status, last.actor, last.reason) == (
        IN_PILOT,
        ABANDONED,
        supplier_admin,
        "Residents asked for the sensors out.",
    )


# Writing: fields and rows


def test_a_field_that_is_not_content_cannot_be_set(draft, supplier_member):
    before = everything(draft)

    with pytest.raises(ValidationError) as error:
        services.proposal_update(
            user=supplier_member, proposal=draft, version=draft.version, status="approved",
            provider_signed_off_by=supplier_member,
        )  # fmt: skip

    assert error.value.message_dict == {
        "provider_signed_off_by": ["This field cannot be set."],
        "status": ["This field cannot be set."],
    }
    assert everything(draft) == before


METRIC = COMPLETE["metrics"][0]
BUDGET = COMPLETE["budget_lines"][0]
MILESTONE = COMPLETE["milestones"][0]

ROW_ERRORS = [
    ("metrics", [{**METRIC, "target": ""}], {"metrics.0.target": ["This field cannot be blank."]}),
    (
        "metrics",
        [METRIC, {k: v for k, v in SECOND_METRIC.items() if k != "how_measured"}],
        {"metrics.1.how_measured": ["This field cannot be null."]},
    ),
    (
        "milestones",
        [MILESTONE, {"title": "Final report", "due_on": None}],
        {"milestones.1.due_on": ["This field cannot be null."]},
    ),
    (
        "budget_lines",
        [{**BUDGET, "paid_by": "council"}],
        {"budget_lines.0.paid_by": ["Value 'council' is not a valid choice."]},
    ),
    (
        "budget_lines",
        [BUDGET, {**BUDGET, "item": "", "amount_pence": -5}],
        {
            "budget_lines.1.item": ["This field cannot be blank."],
            "budget_lines.1.amount_pence": ["Ensure this value is greater than or equal to 0."],
        },
    ),
]


@pytest.mark.parametrize(
    ("section", "rows", "errors"), ROW_ERRORS, ids=[next(iter(e)) for _, _, e in ROW_ERRORS]
)
def test_row_errors_come_back_keyed_by_section_position_and_field(
    draft, supplier_member, section, rows, errors
):
    before = everything(draft)

    with pytest.raises(ValidationError) as error:
        services.proposal_update(
            user=supplier_member, proposal=draft, version=draft.version, **{section: rows}
        )

    assert error.value.message_dict == errors
    assert everything(draft) == before


def test_a_bad_row_in_one_section_keeps_the_other_sections_as_they_were(draft, supplier_member):
    before = everything(draft)

    with pytest.raises(ValidationError) as error:
        services.proposal_update(
            user=supplier_member, proposal=draft, version=draft.version,
            metrics=[METRIC, SECOND_METRIC],
            milestones=[{"title": "", "due_on": MILESTONE["due_on"]}],
        )  # fmt: skip

    assert error.value.message_dict == {"milestones.0.title": ["This field cannot be blank."]}
    assert everything(draft) == before


def test_saving_rows_replaces_the_section_in_the_order_given(draft, provider_member):
    services.proposal_update(
        user=provider_member, proposal=draft, version=draft.version,
        metrics=[SECOND_METRIC, METRIC],
    )  # fmt: skip

    assert list(draft.metrics.values_list("position", "metric")) == [
        (0, "Resident satisfaction"),
        (1, "Days from damp onset to report"),
    ]
    assert draft.budget_lines.count() == 2
