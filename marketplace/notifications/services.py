"""Who hears about what: preferences decide, the outbox remembers, a task sends."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction

from marketplace.core.outbox import task_queue_on_commit
from marketplace.core.text import fit
from marketplace.notifications.models import Category, Notification, NotificationPreference

# Queued by name, so this module need not import its tasks.
SEND_NOTIFICATION = "marketplace.notifications.tasks.send_notification"


def muted_categories(*, user) -> set[str]:
    preference = NotificationPreference.objects.filter(user=user).first()
    return set(preference.muted) if preference else set()


@transaction.atomic
def preferences_update(*, user, enabled: Iterable[str]) -> NotificationPreference:
    enabled = set(enabled)
    unknown = enabled - set(Category.values)
    if unknown:
        raise ValidationError({"enabled": f"Unknown categories: {', '.join(sorted(unknown))}."})
    preference, _ = NotificationPreference.objects.get_or_create(user=user)
    preference.muted = sorted(set(Category.values) - enabled)
    preference.save()
    return preference


def notify(
    recipients: Iterable,
    *,
    category: Category,
    subject: str,
    template: str,
    context: dict,
    link: str = "",
    exclude=None,
) -> list[Notification]:
    """Queue one e-mail per recipient who has not turned the category off.

    Call inside the transaction that made the change: the e-mails go only if it commits.
    Subjects are composed from names and titles that may each be at their own limit: the
    subject is shortened to fit its column here, once, for every kind of notice.
    """
    subject = fit(Notification, "subject", subject)
    users = {user.pk: user for user in recipients if user.is_active}
    if exclude is not None:
        users.pop(exclude.pk, None)
    muted_by = _muted_by(users, category)
    notifications = Notification.objects.bulk_create(
        Notification(
            recipient=user,
            category=category,
            subject=subject,
            template=template,
            context=context,
            link=link,
        )
        for pk, user in sorted(users.items())
        if pk not in muted_by
    )
    for notification in notifications:
        task_queue_on_commit(SEND_NOTIFICATION, notification.pk)
    return notifications


def _muted_by(users: dict, category: str) -> set[int]:
    rows = NotificationPreference.objects.filter(user_id__in=users).values_list("user_id", "muted")
    return {pk for pk, muted in rows if category in muted}
