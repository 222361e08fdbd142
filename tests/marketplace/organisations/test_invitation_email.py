"""The invitation e-mail goes once, however often its task runs, and again after a failure."""

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend

from marketplace.organisations import services
from marketplace.organisations.models import Role
from marketplace.organisations.tasks import send_invitation_email

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitation(provider_admin, provider):
    # Made without running its task, which the tests run themselves.
    return services.invitation_create(
        user=provider_admin, organisation=provider, email="new@tyne.example", role=Role.MEMBER
    )


def test_a_task_run_again_after_sending_sends_nothing_more(invitation):
    send_invitation_email(invitation.pk)
    send_invitation_email(invitation.pk)

    assert [message.to for message in mail.outbox] == [["new@tyne.example"]]
    invitation.refresh_from_db()
    assert invitation.emailed_at is not None


def test_a_send_that_failed_leaves_the_invitation_to_be_sent_by_the_retry(invitation, monkeypatch):
    def mail_server_down(self, messages):
        raise ConnectionRefusedError("mail server down")

    with monkeypatch.context() as patched:
        patched.setattr(EmailBackend, "send_messages", mail_server_down)
        with pytest.raises(OSError):
            send_invitation_email.run(invitation.pk)
    invitation.refresh_from_db()
    emailed_after_failure = invitation.emailed_at

    send_invitation_email(invitation.pk)

    assert emailed_after_failure is None
    assert len(mail.outbox) == 1


def test_a_revoked_invitation_is_not_sent(invitation, provider_admin):
    services.invitation_revoke(user=provider_admin, invitation=invitation)

    send_invitation_email(invitation.pk)

    assert mail.outbox == []
