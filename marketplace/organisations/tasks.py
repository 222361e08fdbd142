from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from marketplace.organisations.models import Invitation
from marketplace.organisations.services import SEND_INVITATION_EMAIL, invitation_token


@shared_task(
    name=SEND_INVITATION_EMAIL, autoretry_for=(OSError,), retry_backoff=True, max_retries=5
)
def send_invitation_email(invitation_id: int) -> None:
    pending = Invitation.objects.filter(
        pk=invitation_id, accepted_at__isnull=True, revoked_at__isnull=True
    )
    # Claimed in the transaction that sends: a run repeated after a crash (or a retry after
    # the mail server failed) finds it claimed once the e-mail has gone, and only then.
    with transaction.atomic():
        if not pending.filter(emailed_at__isnull=True).update(emailed_at=timezone.now()):
            return
        invitation = pending.select_related("organisation", "invited_by").get()
        _send(invitation)


def _send(invitation: Invitation) -> None:
    link = settings.SITE_URL.rstrip("/") + reverse(
        "frontend:invitation_accept", kwargs={"token": invitation_token(invitation)}
    )
    send_mail(
        subject=f"Join {invitation.organisation.name} on Launchpad",
        message=render_to_string(
            "organisations/email/invitation.txt", {"invitation": invitation, "link": link}
        ),
        from_email=None,
        recipient_list=[invitation.email],
    )
