from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from marketplace.notifications.models import Notification
from marketplace.notifications.services import SEND_NOTIFICATION


@shared_task(
    name=SEND_NOTIFICATION,
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=5,
)
def send_notification(notification_id: int) -> None:
    """Idempotent: whoever claims the row sends it; a repeat or a second worker does nothing."""
    unsent = Notification.objects.filter(pk=notification_id, sent_at__isnull=True)
    if not unsent.update(sent_at=timezone.now()):
        return
    notification = Notification.objects.select_related("recipient").get(pk=notification_id)
    try:
        _message(notification).send()
    except OSError:
        # Unclaim, so the retry sends it.
        Notification.objects.filter(pk=notification_id).update(sent_at=None)
        raise


def _message(notification: Notification) -> EmailMultiAlternatives:
    site = settings.SITE_URL.rstrip("/")
    context = {
        **notification.context,
        "recipient": notification.recipient,
        "subject": notification.subject,
        "site": site,
        "link": site + notification.link if notification.link else "",
        "preferences_link": site + reverse("frontend:notification_preferences"),
    }
    template = f"notifications/email/{notification.template}"
    message = EmailMultiAlternatives(
        subject=notification.subject,
        body=render_to_string(f"{template}.txt", context),
        to=[notification.recipient.email],
    )
    message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    return message
