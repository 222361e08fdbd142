"""The whole path from a supplier's interest to a completed pilot, through the services."""

import pytest
from django.core import mail

from marketplace.core.errors import NotAllowed
from marketplace.proposals import services
from marketplace.proposals.models import InterestStatus, ProposalStatus
from tests.marketplace.proposals.support import COMPLETE, published_pair

pytestmark = pytest.mark.django_db


def test_interest_to_completed_pilot(
    django_capture_on_commit_callbacks,
    provider,
    supplier,
    provider_admin,
    supplier_admin,
    staff_user,
):
    challenge, solution = published_pair(provider, supplier)

    with django_capture_on_commit_callbacks(execute=True):
        interest = services.interest_express(
            user=supplier_admin,
            challenge=challenge,
            solution=solution,
            pitch="Our sensors found damp 5 weeks earlier in Leeds.",
        )
        proposal = services.interest_accept(user=provider_admin, interest=interest)
        proposal = services.proposal_update(
            user=supplier_admin, proposal=proposal, version=proposal.version, **COMPLETE
        )
        proposal = services.proposal_sign_off(
            user=provider_admin, proposal=proposal, version=proposal.version
        )
        proposal = services.proposal_sign_off(
            user=supplier_admin, proposal=proposal, version=proposal.version
        )
        proposal = services.proposal_submit(
            user=provider_admin, proposal=proposal, version=proposal.version
        )
        proposal = services.proposal_request_changes(
            user=staff_user, proposal=proposal, reason="Add a resident survey to the metrics."
        )
        metrics = [
            *COMPLETE["metrics"],
            {
                "metric": "Resident satisfaction",
                "baseline": "6/10",
                "target": "8/10",
                "how_measured": "Survey",
            },
        ]
        proposal = services.proposal_update(
            user=provider_admin, proposal=proposal, version=proposal.version, metrics=metrics
        )
        for signer in (provider_admin, supplier_admin):
            proposal = services.proposal_sign_off(
                user=signer, proposal=proposal, version=proposal.version
            )
        proposal = services.proposal_submit(
            user=supplier_admin, proposal=proposal, version=proposal.version
        )
        assert proposal.status == ProposalStatus.RESUBMITTED
        proposal = services.proposal_approve(user=staff_user, proposal=proposal)
        proposal = services.proposal_start(user=provider_admin, proposal=proposal)
        outcomes = {
            m.pk: value for m, value in zip(proposal.metrics.all(), ["8", "8.5/10"], strict=True)
        }
        proposal = services.proposal_complete(
            user=provider_admin,
            proposal=proposal,
            outcomes=outcomes,
            summary="Damp found 37 days earlier on average.",
        )

    interest.refresh_from_db()
    assert interest.status == InterestStatus.ACCEPTED
    assert proposal.status == ProposalStatus.COMPLETED
    assert [m.outcome for m in proposal.metrics.all()] == ["8", "8.5/10"]
    assert [(t.from_status, t.to_status) for t in proposal.transitions.all()] == [
        ("", "draft"),
        ("draft", "submitted"),
        ("submitted", "changes_requested"),
        ("changes_requested", "resubmitted"),
        ("resubmitted", "approved"),
        ("approved", "in_pilot"),
        ("in_pilot", "completed"),
    ]
    assert proposal.transitions.get(to_status="changes_requested").actor == staff_user
    approved = [m.to for m in mail.outbox if m.subject.startswith("Pilot proposal approved")]
    assert sorted(approved) == [[supplier_admin.email], [provider_admin.email]]


def test_when_the_receiving_side_withdraws_the_sender_is_told_who_did(
    django_capture_on_commit_callbacks, provider, supplier, provider_admin, supplier_admin
):
    challenge, solution = published_pair(provider, supplier)
    interest = services.interest_express(
        user=supplier_admin, challenge=challenge, solution=solution, pitch="We fit."
    )

    with django_capture_on_commit_callbacks(execute=True):
        services.interest_withdraw(user=provider_admin, interest=interest, reason="Paused.")

    assert [(m.to, m.subject) for m in mail.outbox] == [
        ([supplier_admin.email], f"Tyne Homes withdrew: {solution.title}")
    ]


def test_saving_without_a_change_keeps_both_sign_offs(
    provider, supplier, provider_admin, supplier_admin
):
    challenge, solution = published_pair(provider, supplier)
    interest = services.interest_express(
        user=supplier_admin, challenge=challenge, solution=solution, pitch="We fit."
    )
    proposal = services.interest_accept(user=provider_admin, interest=interest)
    for signer in (provider_admin, supplier_admin):
        proposal = services.proposal_sign_off(
            user=signer, proposal=proposal, version=proposal.version
        )

    saved = services.proposal_update(
        user=provider_admin, proposal=proposal, version=proposal.version, title=proposal.title
    )

    assert saved.version == proposal.version
    assert (saved.provider_signed_off_by, saved.supplier_signed_off_by) == (
        provider_admin,
        supplier_admin,
    )


def test_someone_who_may_not_act_is_refused_before_any_version_check(
    provider, supplier, provider_admin, supplier_admin
):
    challenge, solution = published_pair(provider, supplier)
    interest = services.interest_express(
        user=supplier_admin, challenge=challenge, solution=solution, pitch="We fit."
    )
    proposal = services.interest_accept(user=provider_admin, interest=interest)

    with pytest.raises(NotAllowed, match=r"Only programme staff may approve proposals\."):
        services.proposal_approve(user=provider_admin, proposal=proposal, version=0)
