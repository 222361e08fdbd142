from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from marketplace.organisations.models import Invitation


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def send_invitation_email(invitation_id: int) -> None:
    from marketplace.organisations.services import invitation_token

    invitation = (
        Invitation.objects.select_related("organisation", "invited_by")
        .filter(pk=invitation_id, accepted_at__isnull=True, revoked_at__isnull=True)
        .first()
    )
    if invitation is None:
        return
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
