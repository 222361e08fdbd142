"""Comment threads, @mentions, and the e-mails that the steps and comments send."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from marketplace.core.errors import DomainError, NotAllowed
from marketplace.notifications.models import Category, Notification
from marketplace.notifications.services import preferences_update
from marketplace.notifications.tasks import send_notification
from marketplace.proposals import services
from marketplace.proposals.comments import comment_add
from marketplace.proposals.models import Comment, PilotProposal
from tests.marketplace.proposals.support import COMPLETE, published_pair

pytestmark = pytest.mark.django_db

SITE = "http://testserver"
PROPOSAL_TITLE = "Humidity sensors for damp and mould for Tyne Homes"
INTEREST_TITLE = (
    "Humidity sensors for damp and mould → Find damp and mould before residents report it"
)


@pytest.fixture
def interest(provider, supplier, supplier_member):
    challenge, solution = published_pair(provider, supplier)
    return services.interest_express(
        user=supplier_member, challenge=challenge, solution=solution,
        pitch="Our sensors found damp five weeks earlier in Leeds.",
    )  # fmt: skip


@pytest.fixture
def proposal(interest, provider_member):
    return services.interest_accept(user=provider_member, interest=interest)


@pytest.fixture
def thread(request):
    """The interest or the proposal, as the test's `kind` parameter says."""
    return request.getfixturevalue(request.param)


def on(thread) -> dict:
    kind = "proposal" if hasattr(thread, "interest") else "interest"
    return {kind: thread}


def link_to(thread) -> str:
    name = "proposal_detail" if hasattr(thread, "interest") else "interest_detail"
    return SITE + reverse(f"frontend:{name}", kwargs={"pk": thread.pk})


def sent() -> list[tuple[str, str]]:
    """(recipient, subject) of every e-mail sent, by recipient."""
    return sorted((message.to[0], message.subject) for message in mail.outbox)


def html_of(message) -> str:
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


# Who may comment


@pytest.mark.parametrize("thread", ["interest", "proposal"], indirect=True)
@pytest.mark.parametrize(
    "who", ["provider_member", "provider_admin", "supplier_member", "supplier_admin", "staff_user"]
)
def test_members_of_either_organisation_and_staff_may_comment(request, thread, who):
    user = request.getfixturevalue(who)

    comment = comment_add(user=user, body="  When could the sensors go in?\n", **on(thread))

    comment.refresh_from_db()
    assert comment.author == user
    assert comment.body == "When could the sensors go in?"
    assert list(thread.comments.all()) == [comment]
    assert list(comment.mentions.all()) == []


@pytest.mark.parametrize("thread", ["interest", "proposal"], indirect=True)
@pytest.mark.parametrize("who", ["outsider", "other_provider_admin", "other_supplier_admin"])
def test_people_outside_the_two_organisations_may_not_comment(
    request, django_capture_on_commit_callbacks, thread, who
):
    user = request.getfixturevalue(who)
    notifications_before = Notification.objects.count()

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(NotAllowed):
        comment_add(user=user, body="Can I join?", **on(thread))

    assert Comment.objects.count() == 0
    assert Notification.objects.count() == notifications_before
    assert mail.outbox == []


@pytest.mark.parametrize("thread", ["interest", "proposal"], indirect=True)
@pytest.mark.parametrize("body", ["", "   \n\t", None])
def test_an_empty_comment_is_a_field_error(
    django_capture_on_commit_callbacks, thread, provider_member, supplier_member, body
):
    notifications_before = Notification.objects.count()

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(ValidationError) as error,
    ):
        comment_add(user=provider_member, body=body, **on(thread))

    assert error.value.message_dict == {"body": ["Write something before posting."]}
    assert Comment.objects.count() == 0
    assert Notification.objects.count() == notifications_before
    assert mail.outbox == []


def test_a_comment_over_five_thousand_characters_is_a_field_error(proposal, provider_member):
    with pytest.raises(ValidationError) as error:
        comment_add(user=provider_member, body="x" * 5_001, proposal=proposal)

    assert error.value.message_dict == {
        "body": ["Ensure this value has at most 5000 characters (it has 5001)."]
    }
    assert Comment.objects.count() == 0


# Mentions


def test_a_mention_by_the_part_of_the_email_before_the_at_sign_is_recorded(
    proposal, provider_member, supplier_admin, supplier_member
):
    comment = comment_add(
        user=provider_member, body="@admin can you confirm the sensor count?", proposal=proposal
    )

    assert list(comment.mentions.all()) == [supplier_admin]


@pytest.mark.parametrize(
    "body",
    ["Thanks @Admin.", "(@ADMIN) please check", "cc @admin, @admin and @admin!"],
)
def test_a_mention_ignores_case_and_trailing_punctuation(
    proposal, provider_member, supplier_admin, body
):
    comment = comment_add(user=provider_member, body=body, proposal=proposal)

    assert list(comment.mentions.all()) == [supplier_admin]


def test_an_email_address_in_the_text_is_not_a_mention(proposal, provider_member, supplier_admin):
    comment = comment_add(
        user=provider_member, body="Write to admin@dampsense.example instead.", proposal=proposal
    )

    assert list(comment.mentions.all()) == []


def test_only_people_in_the_thread_can_be_mentioned(
    proposal, provider_member, supplier_admin, outsider, other_provider_admin
):
    comment = comment_add(
        user=provider_member, body="@outsider @nobody and @admin", proposal=proposal
    )

    # other_provider_admin is also "admin" but belongs to neither organisation.
    assert list(comment.mentions.all()) == [supplier_admin]


# E-mails about comments


@pytest.mark.parametrize("thread", ["interest", "proposal"], indirect=True)
def test_the_mentioned_person_is_told_they_were_mentioned_and_the_rest_of_a_new_comment(
    django_capture_on_commit_callbacks, thread, provider_member, supplier_member, supplier_admin
):
    title = PROPOSAL_TITLE if hasattr(thread, "interest") else INTEREST_TITLE

    with django_capture_on_commit_callbacks(execute=True):
        comment_add(user=provider_member, body="@admin can you confirm?", **on(thread))

    assert sent() == [
        ("admin@dampsense.example", f"Member mentioned you on {title}"),
        ("member@dampsense.example", f"New comment on {title}"),
    ]


@pytest.mark.parametrize("thread", ["interest", "proposal"], indirect=True)
def test_a_comment_email_links_to_the_thread_in_text_and_html(
    django_capture_on_commit_callbacks, thread, provider_member, supplier_member
):
    with django_capture_on_commit_callbacks(execute=True):
        comment_add(user=provider_member, body="Sensors arrive on Monday.", **on(thread))

    [message] = mail.outbox
    assert message.to == ["member@dampsense.example"]
    preferences = SITE + reverse("frontend:notification_preferences")
    for body in (message.body, html_of(message)):
        assert f"{link_to(thread)}" in body
        assert preferences in body
        assert "Sensors arrive on Monday." in body
        assert "Member wrote:" in body


def test_a_handle_two_people_share_mentions_nobody_and_the_full_address_mentions_one(
    proposal, provider_member, supplier_member, supplier_admin
):
    comment = comment_add(
        user=supplier_admin,
        body="@member and @member@tyne.example: can you both make Monday?",
        proposal=proposal,
    )

    # member@tyne.example and member@dampsense.example are both "member" in this thread.
    assert list(comment.mentions.all()) == [provider_member]


def test_the_author_of_a_comment_is_not_emailed_even_when_mentioning_themself(
    django_capture_on_commit_callbacks, proposal, provider_member, supplier_member
):
    with django_capture_on_commit_callbacks(execute=True):
        comment = comment_add(
            user=supplier_member,
            body="Note to @member@dampsense.example and @member@tyne.example: chase",
            proposal=proposal,
        )

    assert sorted(u.email for u in comment.mentions.all()) == [
        "member@dampsense.example",
        "member@tyne.example",
    ]
    assert sent() == [("member@tyne.example", f"Member mentioned you on {PROPOSAL_TITLE}")]


def test_staff_hear_about_comments_only_once_they_have_joined_the_thread(
    django_capture_on_commit_callbacks, proposal, provider_member, supplier_member, staff_user
):
    with django_capture_on_commit_callbacks(execute=True):
        comment_add(user=provider_member, body="Before staff joined.", proposal=proposal)
    assert sent() == [("member@dampsense.example", f"New comment on {PROPOSAL_TITLE}")]
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        comment_add(user=staff_user, body="Programme staff here.", proposal=proposal)
    assert sent() == [
        ("member@dampsense.example", f"New comment on {PROPOSAL_TITLE}"),
        ("member@tyne.example", f"New comment on {PROPOSAL_TITLE}"),
    ]
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        comment_add(user=supplier_member, body="Thanks @staff", proposal=proposal)
    assert sent() == [
        ("member@tyne.example", f"New comment on {PROPOSAL_TITLE}"),
        ("staff@launchpad.example", f"Member mentioned you on {PROPOSAL_TITLE}"),
    ]


def test_someone_who_turned_comments_off_gets_no_comment_emails_even_when_mentioned(
    django_capture_on_commit_callbacks, proposal, provider_member, supplier_member, supplier_admin
):
    preferences_update(
        user=supplier_admin, enabled=[c for c in Category.values if c != Category.COMMENT_NEW]
    )

    with django_capture_on_commit_callbacks(execute=True):
        comment = comment_add(user=provider_member, body="@admin over to you", proposal=proposal)

    assert list(comment.mentions.all()) == [supplier_admin]
    assert sent() == [("member@dampsense.example", f"New comment on {PROPOSAL_TITLE}")]
    assert Notification.objects.filter(recipient=supplier_admin).count() == 0


def test_turning_one_category_off_leaves_the_others_on(
    django_capture_on_commit_callbacks, provider, supplier, supplier_member, provider_member,
    provider_admin,
):  # fmt: skip
    preferences_update(
        user=provider_member, enabled=[c for c in Category.values if c != Category.INTEREST_NEW]
    )
    challenge, solution = published_pair(provider, supplier)

    with django_capture_on_commit_callbacks(execute=True):
        interest = services.interest_express(
            user=supplier_member, challenge=challenge, solution=solution, pitch="Sensors."
        )
        comment_add(user=supplier_member, body="Any questions?", interest=interest)

    assert sent() == [
        ("admin@tyne.example", f"Damp Sense: {solution.title} for “{challenge.title}”"),
        ("admin@tyne.example", f"New comment on {INTEREST_TITLE}"),
        ("member@tyne.example", f"New comment on {INTEREST_TITLE}"),
    ]


# E-mails about interests and proposals


def test_a_new_interest_emails_the_members_of_the_other_organisation_with_a_link(
    django_capture_on_commit_callbacks, provider, supplier, supplier_member, supplier_admin,
    provider_member, provider_admin,
):  # fmt: skip
    challenge, solution = published_pair(provider, supplier)

    with django_capture_on_commit_callbacks(execute=True):
        interest = services.interest_express(
            user=supplier_member, challenge=challenge, solution=solution,
            pitch="Our sensors found damp five weeks earlier in Leeds.",
        )  # fmt: skip

    subject = (
        "Damp Sense: Humidity sensors for damp and mould for "
        "“Find damp and mould before residents report it”"
    )
    assert sent() == [("admin@tyne.example", subject), ("member@tyne.example", subject)]
    for message in mail.outbox:
        for body in (message.body, html_of(message)):
            assert link_to(interest) in body
            assert "Our sensors found damp five weeks earlier in Leeds." in body


def test_accepting_emails_the_side_that_asked_with_a_link_to_the_proposal(
    django_capture_on_commit_callbacks, interest, provider_member, supplier_member, supplier_admin
):
    with django_capture_on_commit_callbacks(execute=True):
        proposal = services.interest_accept(user=provider_member, interest=interest)

    subject = "Tyne Homes accepted: Humidity sensors for damp and mould"
    assert sent() == [("admin@dampsense.example", subject), ("member@dampsense.example", subject)]
    for message in mail.outbox:
        for body in (message.body, html_of(message)):
            assert link_to(proposal) in body
            assert "A draft pilot proposal is ready for both of you to write." in body


def test_declining_emails_the_side_that_asked_with_the_reason_and_a_link_to_the_interest(
    django_capture_on_commit_callbacks, interest, provider_member, supplier_member
):
    with django_capture_on_commit_callbacks(execute=True):
        services.interest_decline(
            user=provider_member, interest=interest, reason="We chose another supplier."
        )

    [message] = mail.outbox
    assert (message.to, message.subject) == (
        ["member@dampsense.example"],
        "Tyne Homes declined: Humidity sensors for damp and mould",
    )
    for body in (message.body, html_of(message)):
        assert link_to(interest) in body
        assert "Their reason: We chose another supplier." in body


def test_withdrawing_emails_the_other_side(
    django_capture_on_commit_callbacks, interest, provider_member, provider_admin, supplier_member
):
    with django_capture_on_commit_callbacks(execute=True):
        services.interest_withdraw(user=supplier_member, interest=interest, reason="")

    subject = "Damp Sense withdrew: Humidity sensors for damp and mould"
    assert sent() == [("admin@tyne.example", subject), ("member@tyne.example", subject)]


def test_submitting_emails_staff_and_both_organisations_but_not_whoever_submitted(
    django_capture_on_commit_callbacks, proposal, provider_member, supplier_member,
    provider_admin, supplier_admin, staff_user,
):  # fmt: skip
    proposal = services.proposal_update(
        user=supplier_member, proposal=proposal, version=proposal.version, **COMPLETE
    )
    for admin in (provider_admin, supplier_admin):
        proposal = services.proposal_sign_off(
            user=admin, proposal=proposal, version=proposal.version
        )

    with django_capture_on_commit_callbacks(execute=True):
        services.proposal_submit(user=supplier_admin, proposal=proposal, version=proposal.version)

    subject = f"Pilot proposal submitted for review: {PROPOSAL_TITLE}"
    assert sent() == [
        ("admin@tyne.example", subject),
        ("member@dampsense.example", subject),
        ("member@tyne.example", subject),
        ("staff@launchpad.example", subject),
    ]
    for message in mail.outbox:
        assert link_to(proposal) in message.body
        assert link_to(proposal) in html_of(message)


def test_a_review_decision_emails_both_organisations_but_not_the_reviewer(
    django_capture_on_commit_callbacks, proposal, provider_member, supplier_member, staff_user
):
    PilotProposal.objects.filter(pk=proposal.pk).update(status="submitted")

    with django_capture_on_commit_callbacks(execute=True):
        services.proposal_decline(user=staff_user, proposal=proposal, reason="Out of scope.")

    subject = f"Pilot proposal declined: {PROPOSAL_TITLE}"
    assert sent() == [("member@dampsense.example", subject), ("member@tyne.example", subject)]
    assert "Out of scope." in mail.outbox[0].body


def test_no_email_is_sent_for_a_step_that_was_refused(
    django_capture_on_commit_callbacks, proposal, provider_member, supplier_member
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(DomainError) as error:
        services.proposal_submit(user=provider_member, proposal=proposal, version=proposal.version)

    assert error.value.code == "sign_off_missing"
    assert mail.outbox == []


# Sending


def test_sending_a_notification_twice_sends_one_email(
    django_capture_on_commit_callbacks, proposal, provider_member, supplier_member
):
    with django_capture_on_commit_callbacks(execute=True):
        comment_add(user=provider_member, body="Sensors arrive on Monday.", proposal=proposal)
    notification = Notification.objects.get(category=Category.COMMENT_NEW)
    first_sent_at = notification.sent_at
    assert first_sent_at is not None
    assert len(mail.outbox) == 1

    send_notification(notification.pk)
    send_notification.delay(notification.pk)

    notification.refresh_from_db()
    assert notification.sent_at == first_sent_at
    assert len(mail.outbox) == 1


def test_an_unsent_notification_is_sent_once_however_often_the_task_runs(supplier_member):
    notification = Notification.objects.create(
        recipient=supplier_member, category=Category.COMMENT_NEW, subject="New comment on X",
        template="notice", context={"lines": ["Hello."], "action": "Reply"}, link="/somewhere/",
    )  # fmt: skip

    send_notification(notification.pk)
    send_notification(notification.pk)

    [message] = mail.outbox
    assert (message.to, message.subject) == (["member@dampsense.example"], "New comment on X")
    assert "http://testserver/somewhere/" in message.body
    notification.refresh_from_db()
    assert notification.sent_at is not None
