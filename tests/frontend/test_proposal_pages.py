"""The pages from an interest to a completed pilot, and what they refuse."""

import pytest
from django.core import mail
from django.urls import reverse

from marketplace.proposals import services
from marketplace.proposals.models import (
    ExpressionOfInterest,
    InterestStatus,
    PilotProposal,
    ProposalStatus,
)
from tests.frontend.guided_form import client_for
from tests.marketplace.proposals.support import COMPLETE, published_pair

pytestmark = pytest.mark.django_db


def messages_of(response) -> list[str]:
    return [str(m) for m in response.context["messages"]]


def proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin):
    challenge, solution = published_pair(provider, supplier)
    interest = services.interest_express(
        user=supplier_admin, challenge=challenge, solution=solution, pitch="We fit."
    )
    proposal = services.interest_accept(user=provider_admin, interest=interest)
    return services.proposal_update(
        user=supplier_admin, proposal=proposal, version=proposal.version, **COMPLETE
    )


def section_post(proposal, section: str, **fields) -> dict:
    return {
        f"{section}-version": str(proposal.version),
        **{f"{section}-{k}": v for k, v in fields.items()},
    }


def test_supplier_expresses_interest_from_the_challenge_page(
    django_capture_on_commit_callbacks, provider, supplier, supplier_member, provider_member
):
    challenge, solution = published_pair(provider, supplier)
    client = client_for(supplier_member)

    page = client.get(reverse("frontend:challenges_detail", args=[challenge.pk]))
    assert f"?challenge={challenge.pk}" in page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("frontend:interest_new") + f"?challenge={challenge.pk}",
            {"solution": solution.pk, "pitch": "Sensors found damp five weeks earlier."},
            follow=True,
        )

    interest = ExpressionOfInterest.objects.get()
    assert response.redirect_chain[-1][0] == reverse("frontend:interest_detail", args=[interest.pk])
    assert interest.direction == "supplier_interest"
    assert [m.to for m in mail.outbox] == [[provider_member.email]]
    link = f"http://testserver{reverse('frontend:interest_detail', args=[interest.pk])}"
    assert link in mail.outbox[0].body
    assert link in mail.outbox[0].alternatives[0][0]


def test_an_empty_pitch_is_a_field_error_and_nothing_is_sent(provider, supplier, supplier_member):
    challenge, solution = published_pair(provider, supplier)

    response = client_for(supplier_member).post(
        reverse("frontend:interest_new") + f"?challenge={challenge.pk}",
        {"solution": solution.pk, "pitch": "  "},
    )

    assert response.status_code == 200
    assert "pitch" in response.context["form"].errors
    assert ExpressionOfInterest.objects.count() == 0


def test_provider_accepts_and_lands_on_the_prefilled_proposal(
    provider, supplier, supplier_member, provider_member
):
    challenge, solution = published_pair(provider, supplier)
    interest = services.interest_express(
        user=supplier_member, challenge=challenge, solution=solution, pitch="We fit."
    )

    response = client_for(provider_member).post(
        reverse("frontend:interest_accept", args=[interest.pk]), follow=True
    )

    proposal = PilotProposal.objects.get()
    assert response.redirect_chain[-1][0] == reverse("frontend:proposal_detail", args=[proposal.pk])
    assert proposal.problem == challenge.problem_statement
    assert challenge.problem_statement in response.content.decode()


def test_the_side_that_sent_an_interest_cannot_accept_it(provider, supplier, supplier_member):
    challenge, solution = published_pair(provider, supplier)
    interest = services.interest_express(
        user=supplier_member, challenge=challenge, solution=solution, pitch="We fit."
    )

    response = client_for(supplier_member).post(
        reverse("frontend:interest_accept", args=[interest.pk]), follow=True
    )

    interest.refresh_from_db()
    assert interest.status == InterestStatus.OPEN
    assert messages_of(response) == ["You are not a member of Tyne Homes."]


def test_another_provider_gets_404_for_an_interest_and_a_proposal(
    provider, supplier, provider_admin, supplier_admin, other_provider_admin
):
    proposal = proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin)
    client = client_for(other_provider_admin)

    for url in (
        reverse("frontend:interest_detail", args=[proposal.interest_id]),
        reverse("frontend:proposal_detail", args=[proposal.pk]),
        reverse("frontend:proposal_print", args=[proposal.pk]),
    ):
        assert client.get(url).status_code == 404
    response = client.post(
        reverse("frontend:proposal_section", args=[proposal.pk, "overview"]),
        section_post(proposal, "overview", title="Hijacked"),
    )
    assert response.status_code == 404
    proposal.refresh_from_db()
    assert proposal.title != "Hijacked"


def test_saving_a_section_with_htmx_returns_only_that_section(
    provider, supplier, provider_admin, supplier_admin
):
    proposal = proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin)

    response = client_for(provider_admin).post(
        reverse("frontend:proposal_section", args=[proposal.pk, "risks"]),
        section_post(proposal, "risks", risks="Residents unplug sensors.", exit_plan="Leave."),
        headers={"HX-Request": "true"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert html.startswith('<section id="section-risks"')
    assert "Saved." in html
    # Other sections' forms learn the new version, so their next save is not refused.
    proposal.refresh_from_db()
    assert 'id="id_overview-version" hx-swap-oob="true"' in html.replace(
        f'value="{proposal.version}" ', ""
    )
    assert proposal.risks == "Residents unplug sensors."


def test_a_stale_section_save_says_someone_else_changed_it_and_keeps_their_text(
    provider, supplier, provider_admin, supplier_admin
):
    proposal = proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin)
    stale = section_post(proposal, "overview", title="My title", problem="Mine")
    services.proposal_update(
        user=supplier_admin, proposal=proposal, version=proposal.version, title="Their title"
    )

    response = client_for(provider_admin).post(
        reverse("frontend:proposal_section", args=[proposal.pk, "overview"]), stale
    )

    assert response.status_code == 400
    assert "Someone else changed this proposal" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.title == "Their title"


def test_metric_rows_are_saved_from_the_formset(provider, supplier, provider_admin, supplier_admin):
    proposal = proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin)
    metric = proposal.metrics.get()
    data = {
        "metrics-version": str(proposal.version),
        "metrics-TOTAL_FORMS": "2",
        "metrics-INITIAL_FORMS": "1",
        "metrics-MIN_NUM_FORMS": "0",
        "metrics-MAX_NUM_FORMS": "30",
        "metrics-0-id": str(metric.pk),
        "metrics-0-metric": metric.metric,
        "metrics-0-baseline": "45",
        "metrics-0-target": "7",
        "metrics-0-how_measured": "Logs",
        "metrics-1-metric": "Complaints about damp",
        "metrics-1-baseline": "30",
        "metrics-1-target": "10",
        "metrics-1-how_measured": "Complaints system",
    }

    response = client_for(supplier_admin).post(
        reverse("frontend:proposal_section", args=[proposal.pk, "metrics"]), data
    )

    assert response.status_code == 302
    assert [(m.metric, m.target) for m in proposal.metrics.all()] == [
        ("Days from damp onset to report", "7"),
        ("Complaints about damp", "10"),
    ]


def test_submit_without_both_sign_offs_is_refused_with_who_is_missing(
    provider, supplier, provider_admin, supplier_admin
):
    proposal = proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin)
    client = client_for(provider_admin)
    client.post(
        reverse("frontend:proposal_sign_off", args=[proposal.pk]), {"version": proposal.version}
    )
    proposal.refresh_from_db()

    response = client.post(
        reverse("frontend:proposal_submit", args=[proposal.pk]),
        {"version": proposal.version},
        follow=True,
    )

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.DRAFT
    assert messages_of(response)[-1] == "Waiting for sign-off from Damp Sense."


def test_a_member_cannot_sign_off(
    provider, supplier, provider_admin, supplier_admin, provider_member
):
    proposal = proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin)

    response = client_for(provider_member).post(
        reverse("frontend:proposal_sign_off", args=[proposal.pk]),
        {"version": proposal.version},
        follow=True,
    )

    proposal.refresh_from_db()
    assert proposal.provider_signed_off_at is None
    assert messages_of(response) == [
        "Only an admin or owner of one of the two organisations may sign this off."
    ]


def test_staff_review_screen_requests_changes_then_approves(
    provider, supplier, provider_admin, supplier_admin, staff_user
):
    proposal = proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin)
    for signer in (provider_admin, supplier_admin):
        proposal = services.proposal_sign_off(
            user=signer, proposal=proposal, version=proposal.version
        )
    proposal = services.proposal_submit(
        user=supplier_admin, proposal=proposal, version=proposal.version
    )
    staff = client_for(staff_user)

    queue = staff.get(reverse("frontend:proposal_review"))
    assert proposal.title in queue.content.decode()
    empty_reason = staff.post(
        reverse("frontend:proposal_request_changes", args=[proposal.pk]),
        {"reason": "", "version": proposal.version},
        follow=True,
    )
    assert messages_of(empty_reason)[-1] == "Say what needs to change."
    staff.post(
        reverse("frontend:proposal_request_changes", args=[proposal.pk]),
        {"reason": "Add a resident survey.", "version": proposal.version},
    )
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.CHANGES_REQUESTED

    approve_too_early = staff.post(
        reverse("frontend:proposal_approve", args=[proposal.pk]), follow=True
    )
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.CHANGES_REQUESTED
    assert messages_of(approve_too_early)[-1] == (
        "A proposal that is changes requested cannot be approved."
    )


def test_an_organisation_admin_cannot_approve(provider, supplier, provider_admin, supplier_admin):
    proposal = proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin)

    response = client_for(provider_admin).post(
        reverse("frontend:proposal_approve", args=[proposal.pk]), follow=True
    )

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.DRAFT
    assert messages_of(response)[-1] == "Only programme staff may approve proposals."


def test_print_page_holds_every_section(provider, supplier, provider_admin, supplier_admin):
    proposal = proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin)

    html = client_for(provider_admin).get(reverse("frontend:proposal_print", args=[proposal.pk]))

    text = html.content.decode()
    assert "launchpad/print.css" in text
    for heading in (
        "1. The problem",
        "6. Success metrics",
        "8. Budget",
        "10. Data protection",
        "12. Exit plan",
    ):
        assert heading in text
    assert "£12,000" in text
    assert "AWS eu-west-2 (London)" in text


def test_turning_a_category_off_on_the_preferences_page_stops_those_emails(
    django_capture_on_commit_callbacks, provider, supplier, supplier_member, provider_member
):
    client = client_for(provider_member)
    enabled = {"interest_answered": "on", "comment_new": "on"}
    assert client.post(reverse("frontend:notification_preferences"), enabled).status_code == 302
    challenge, solution = published_pair(provider, supplier)

    with django_capture_on_commit_callbacks(execute=True):
        services.interest_express(
            user=supplier_member, challenge=challenge, solution=solution, pitch="We fit."
        )

    assert mail.outbox == []
    page = client.get(reverse("frontend:notification_preferences"))
    assert page.context["form"]["interest_new"].value() is False
    assert page.context["form"]["comment_new"].value() is True


def test_a_comment_with_a_mention_shows_on_the_thread(
    provider, supplier, provider_admin, supplier_admin
):
    proposal = proposal_ready_to_submit(provider, supplier, provider_admin, supplier_admin)
    client = client_for(provider_admin)
    # Both admins' addresses start admin@, so the whole address is the handle.
    handle = supplier_admin.email

    client.post(
        reverse("frontend:proposal_comment", args=[proposal.pk]),
        {"body": f"@{handle} can you confirm the hosting region?"},
    )
    page = client.get(reverse("frontend:proposal_detail", args=[proposal.pk]))

    assert f"@{handle} can you confirm the hosting region?" in page.content.decode()
    assert list(proposal.comments.get().mentions.all()) == [supplier_admin]
