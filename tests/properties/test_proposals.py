"""Interests, proposals and comments under hostile input; the proposal's states only move along
the workflow's edges, whoever asks and whatever they send."""

import datetime
from functools import partial

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st

from marketplace.core.models import AuditEntry
from marketplace.proposals import services
from marketplace.proposals.comments import comment_add
from marketplace.proposals.models import (
    BudgetLine,
    BudgetPayer,
    Comment,
    DpiaStatus,
    ExpressionOfInterest,
    InterestStatus,
    LawfulBasis,
    Milestone,
    PilotProposal,
    ProposalStatus,
    ProposalTransition,
    SharingAgreement,
    SuccessMetric,
)
from tests.marketplace.proposals.support import COMPLETE, published_pair
from tests.properties.support import (
    attempt,
    fresh,
    hostile_choice,
    hostile_date,
    hostile_dict,
    hostile_integer,
    isolated,
    properties,
    text,
    through,
    wrong_type,
)

pytestmark = pytest.mark.django_db

P = ProposalStatus
INTEREST_TABLES = [ExpressionOfInterest, PilotProposal, ProposalTransition, AuditEntry]
PROPOSAL_TABLES = [PilotProposal, SuccessMetric, Milestone, BudgetLine, ProposalTransition,
                   AuditEntry]  # fmt: skip
# Every move the workflow allows; anything else must be refused.
EDGES = {
    (P.DRAFT, P.SUBMITTED), (P.CHANGES_REQUESTED, P.RESUBMITTED),
    (P.SUBMITTED, P.CHANGES_REQUESTED), (P.SUBMITTED, P.APPROVED), (P.SUBMITTED, P.DECLINED),
    (P.RESUBMITTED, P.CHANGES_REQUESTED), (P.RESUBMITTED, P.APPROVED),
    (P.RESUBMITTED, P.DECLINED), (P.APPROVED, P.IN_PILOT), (P.IN_PILOT, P.COMPLETED),
    *((state, P.ABANDONED) for state in (P.DRAFT, P.CHANGES_REQUESTED, P.SUBMITTED,
                                         P.RESUBMITTED, P.APPROVED, P.IN_PILOT)),
}  # fmt: skip
REFUSALS = {"invalid_state", "not_allowed", "stale_version", "sign_off_missing", "duplicate"}


@pytest.fixture
def pair(provider, supplier):
    return published_pair(provider, supplier)


@pytest.fixture
def open_interest(pair, supplier_member):
    challenge, solution = pair
    return services.interest_express(
        user=supplier_member, challenge=challenge, solution=solution, pitch="Sensors."
    )


@pytest.fixture
def draft(open_interest, provider_member, supplier_member):
    proposal = services.interest_accept(user=provider_member, interest=open_interest)
    return services.proposal_update(
        user=supplier_member, proposal=proposal, version=proposal.version, **COMPLETE
    )


@pytest.fixture
def signed(draft, provider_admin, supplier_admin):
    proposal = services.proposal_sign_off(user=provider_admin, proposal=draft, version=2)
    return services.proposal_sign_off(user=supplier_admin, proposal=proposal, version=3)


@pytest.fixture
def submitted(signed, supplier_member):
    return services.proposal_submit(user=supplier_member, proposal=signed, version=4)


@pytest.fixture
def in_pilot(submitted) -> PilotProposal:
    PilotProposal.objects.filter(pk=submitted.pk).update(status=P.IN_PILOT)
    return fresh(submitted)


# -- interests --------------------------------------------------------------------------------


@properties
@given(pitch=text())
@example(pitch="Sensors\x00")
def test_interest_keeps_the_pitch_as_written_or_names_it(pair, supplier_member, pitch):
    challenge, solution = pair
    with isolated():
        outcome = attempt(
            lambda: services.interest_express(
                user=supplier_member, challenge=challenge, solution=solution, pitch=pitch
            ),
            fields={"pitch"},
            tables=INTEREST_TABLES,
        )
        if outcome.saved:
            interest = fresh(outcome.result)
            assert (interest.pitch, interest.status) == (pitch.strip(), InterestStatus.OPEN)
            assert interest.pitch


@properties
@given(answer=st.sampled_from(["decline", "withdraw", "accept"]), reason=text())
@example(answer="decline", reason="No\x00")
def test_answering_an_interest_keeps_the_reason_as_written_or_names_it(
    open_interest, provider_member, answer, reason
):
    with isolated():
        outcome = attempt(
            lambda: getattr(services, f"interest_{answer}")(
                user=provider_member, interest=fresh(open_interest), reason=reason
            ),
            fields={"reason", "answer_reason"},
            tables=INTEREST_TABLES,
        )
        interest = fresh(open_interest)
        if outcome.saved:
            assert interest.answer_reason == reason.strip()
            assert interest.status == {"decline": "declined", "withdraw": "withdrawn",
                                       "accept": "accepted"}[answer]  # fmt: skip


# -- writing a proposal -----------------------------------------------------------------------

LOOSE_TEXT = st.one_of(text(), text(), wrong_type())
CONTENT = {
    **{
        name: LOOSE_TEXT
        for name in (
            "title",
            "problem",
            "outcomes",
            "solution_summary",
            "objectives",
            "scope_sites",
            "resident_engagement",
            "personal_data_categories",
            "retention",
            "data_hosting",
            "risks",
            "exit_plan",
        )
    },
    "scope_homes": hostile_integer(),
    "scope_residents": hostile_integer(),
    "indicative_cost_pence": hostile_integer(),
    "processes_personal_data": st.one_of(st.booleans(), wrong_type()),
    "special_category_data": st.one_of(st.none(), st.booleans(), wrong_type()),
    "lawful_basis": hostile_choice(LawfulBasis.values),
    "dpia_status": hostile_choice(DpiaStatus.values),
    "data_sharing_agreement": hostile_choice(SharingAgreement.values),
}
TEXT_CONTENT = [name for name, strategy in CONTENT.items() if strategy is LOOSE_TEXT]
ROWS = {
    "metrics": st.lists(
        st.fixed_dictionaries(
            {
                "metric": LOOSE_TEXT,
                "baseline": LOOSE_TEXT,
                "target": LOOSE_TEXT,
                "how_measured": LOOSE_TEXT,
            }
        ),
        max_size=3,
    ),
    "milestones": st.lists(
        st.fixed_dictionaries({"title": LOOSE_TEXT, "due_on": hostile_date()}), max_size=3
    ),
    "budget_lines": st.lists(
        st.fixed_dictionaries(
            {
                "item": LOOSE_TEXT,
                "amount_pence": hostile_integer(),
                "paid_by": hostile_choice(BudgetPayer.values),
            }
        ),
        max_size=3,
    ),
}
ROW_TEXT = {"metrics": ["metric", "baseline", "target", "how_measured"], "milestones": ["title"],
            "budget_lines": ["item", "paid_by"]}  # fmt: skip


def rows_saved(proposal: PilotProposal, section: str) -> list[dict]:
    model = services.ROW_MODELS[section]
    return list(
        model.objects.filter(proposal=proposal)
        .order_by("position")
        .values(*services.ROW_FIELDS[section])
    )


@properties
@given(changes=hostile_dict({**CONTENT, **ROWS}), stale=st.sampled_from([False] * 4 + [True]))
@example(changes={"objectives": "\x00"}, stale=False)
@example(
    changes={
        "metrics": [{"metric": "\x00", "baseline": "1", "target": "2", "how_measured": "Log"}]
    },
    stale=False,
)
@example(changes={"milestones": [{"title": "Go", "due_on": ["2027"]}]}, stale=False)
def test_proposal_update_saves_what_was_sent_or_names_the_field(
    signed, provider_member, changes, stale
):
    with isolated():
        before = fresh(signed)
        version = before.version - 1 if stale else before.version
        outcome = attempt(
            lambda: services.proposal_update(
                user=provider_member, proposal=before, version=version, **changes
            ),
            fields=changes,
            tables=PROPOSAL_TABLES,
            domain_codes={"stale_version"},
        )
        if not outcome.saved:
            return
        after = fresh(signed)
        assert after.status == P.DRAFT
        for name in TEXT_CONTENT:
            if isinstance(changes.get(name), str):
                assert getattr(after, name) == changes[name], name
        assert after.scope_homes is None or after.scope_homes >= 1
        for name in ("scope_residents", "indicative_cost_pence"):
            assert getattr(after, name) is None or getattr(after, name) >= 0
        assert after.lawful_basis in ["", *LawfulBasis.values]
        assert after.dpia_status in ["", *DpiaStatus.values]
        assert after.data_sharing_agreement in ["", *SharingAgreement.values]
        for section in ROWS:
            saved = rows_saved(after, section)
            if section in changes:
                assert len(saved) == len(changes[section])
                for row, sent in zip(saved, changes[section], strict=True):
                    for name in ROW_TEXT[section]:
                        if isinstance(sent[name], str):
                            assert row[name] == sent[name], (section, name)
            for row in saved:
                assert row.get("amount_pence") is None or row["amount_pence"] >= 0
                assert row.get("paid_by") in (None, *BudgetPayer.values)
                assert not isinstance(row.get("due_on"), datetime.datetime)
        changed = after.version != before.version
        assert after.version in (before.version, before.version + 1)
        if changed:
            assert after.provider_signed_off_at is None and after.supplier_signed_off_at is None
        else:
            assert after.provider_signed_off_at == before.provider_signed_off_at


# -- review, pilot and after ------------------------------------------------------------------

DECISIONS = {
    "request_changes": P.CHANGES_REQUESTED,
    "approve": P.APPROVED,
    "decline": P.DECLINED,
    "abandon": P.ABANDONED,
}


@properties
@given(decision=st.sampled_from(sorted(DECISIONS)), reason=text())
@example(decision="decline", reason="No\x00")
@example(decision="approve", reason="\x00")
def test_a_decision_keeps_its_reason_as_written_or_names_it(
    submitted, staff_user, decision, reason
):
    with isolated():
        outcome = attempt(
            lambda: getattr(services, f"proposal_{decision}")(
                user=staff_user, proposal=fresh(submitted), reason=reason
            ),
            fields={"reason"},
            tables=PROPOSAL_TABLES,
        )
        after = fresh(submitted)
        if outcome.saved:
            assert after.status == DECISIONS[decision]
            kept = after.abandoned_reason if decision == "abandon" else after.decision_reason
            assert kept == reason.strip()
            assert after.transitions.last().reason == reason.strip()


@properties
@given(
    outcomes=st.lists(st.one_of(text(), wrong_type()), max_size=3),
    extra=st.dictionaries(st.integers(-5, 2**63), text(), max_size=2),
    summary=text(),
)
@example(outcomes=["12\x00"], extra={}, summary="Done.")
@example(outcomes=["12"], extra={}, summary="Done\x00")
def test_completing_a_pilot_keeps_each_result_or_names_the_field(
    in_pilot, staff_user, outcomes, extra, summary
):
    proposal = in_pilot
    metric_ids = list(proposal.metrics.order_by("pk").values_list("pk", flat=True))
    sent = {**extra, **dict(zip(metric_ids, outcomes, strict=False))}
    with isolated():
        outcome = attempt(
            lambda: services.proposal_complete(
                user=staff_user, proposal=fresh(proposal), outcomes=sent, summary=summary
            ),
            fields={"outcomes", "summary"},
            tables=PROPOSAL_TABLES,
        )
        if outcome.saved:
            after = fresh(proposal)
            assert (after.status, after.outcome_summary) == (P.COMPLETED, summary.strip())
            for metric in after.metrics.all():
                assert metric.outcome == str(sent[metric.pk]).strip()[:120] != ""


# -- comments ---------------------------------------------------------------------------------


@properties
@given(body=text(), on=st.sampled_from(["interest", "proposal"]))
@example(body="Hello\x00", on="proposal")
def test_a_comment_keeps_its_body_as_written_or_names_it(draft, supplier_member, body, on):
    thread = {"interest": draft.interest, "proposal": draft}[on]
    with isolated():
        outcome = attempt(
            lambda: comment_add(user=supplier_member, body=body, **{on: thread}),
            fields={"body"},
            tables=[Comment, *through(Comment, "mentions")],
        )
        if outcome.saved:
            assert fresh(outcome.result).body == body.strip() != ""


# -- the workflow -----------------------------------------------------------------------------

ACTORS = ["provider_admin", "supplier_admin", "provider_member", "supplier_member", "staff_user",
          "outsider"]  # fmt: skip
STEPS = ["update", "sign_off", "submit", "request_changes", "approve", "decline", "start",
         "complete", "abandon"]  # fmt: skip


def take(step: str, proposal: PilotProposal, user, reason: str, version: int):
    if step == "update":
        return services.proposal_update(
            user=user, proposal=proposal, version=version, objectives=reason
        )
    if step in ("sign_off", "submit"):
        return getattr(services, f"proposal_{step}")(user=user, proposal=proposal, version=version)
    if step == "start":
        return services.proposal_start(user=user, proposal=proposal)
    if step == "complete":
        outcomes = {pk: reason for pk in proposal.metrics.values_list("pk", flat=True)}
        return services.proposal_complete(
            user=user, proposal=proposal, outcomes=outcomes, summary=reason
        )
    return getattr(services, f"proposal_{step}")(user=user, proposal=proposal, reason=reason)


# Who would take each step; the others are tried too, and must be refused.
RIGHT_ACTOR = {"update": "supplier_member", "sign_off": "provider_admin", "submit":
               "supplier_member", "request_changes": "staff_user", "approve": "staff_user",
               "decline": "staff_user", "start": "provider_admin", "complete": "staff_user",
               "abandon": "supplier_admin"}  # fmt: skip


@st.composite
def workflow_steps(draw):
    step = draw(st.sampled_from(STEPS))
    actor = draw(st.one_of(st.just(RIGHT_ACTOR[step]), st.sampled_from(ACTORS)))
    reason = draw(st.one_of(st.just("Because."), st.just(" "), text()))
    return step, actor, reason, draw(st.sampled_from([0, 0, 0, 0, -1, 1]))


@properties
@given(start=st.sampled_from(P.values), steps=st.lists(workflow_steps(), max_size=8))
def test_the_proposal_only_ever_moves_along_the_workflow(request, signed, start, steps):
    users = {name: request.getfixturevalue(name) for name in ACTORS}
    with isolated():
        PilotProposal.objects.filter(pk=signed.pk).update(status=start)
        for step, actor, reason, version_offset in steps:
            before = fresh(signed)
            transitions = list(before.transitions.values_list("pk", flat=True))
            outcome = attempt(
                partial(take, step, before, users[actor], reason, before.version + version_offset),
                fields={
                    "reason",
                    "summary",
                    "outcomes",
                    "objectives",
                    *services.CONTENT_FIELDS,
                    *services.ROW_MODELS,
                },
                tables=PROPOSAL_TABLES,
                domain_codes=REFUSALS,
            )
            after = fresh(signed)
            new = list(after.transitions.exclude(pk__in=transitions))
            if after.status == before.status:
                assert new == []
            else:
                assert outcome.saved
                assert (before.status, after.status) in EDGES
                event(f"moved to {after.status}")
                assert [(t.from_status, t.to_status, t.actor_id) for t in new] == [
                    (before.status, after.status, users[actor].pk)
                ]
