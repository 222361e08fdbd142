"""Periodic e-mails sent at most once per recipient and period, however often a run repeats."""

import datetime
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.utils import timezone

from marketplace.notifications.models import SentMarker


def week_of(moment: datetime.datetime) -> str:
    """The ISO week a moment falls in, on the programme's clock: "2026-W49"."""
    year, week, _ = timezone.localtime(moment).isocalendar()
    return f"{year}-W{week:02d}"


def sent_markers_claim(*, recipients: Iterable, kind: str, period: str) -> list:
    """The recipients not yet sent `kind` for `period`, each now marked as sent.

    Call inside the transaction that queues their e-mails. Each marker is a conditional
    insert (the unique constraint decides): a run racing this one waits for it to commit and
    then finds the marker, and a run that dies before committing leaves none behind.
    """
    recipients = list(recipients)
    markers = SentMarker.objects.filter(recipient__in=recipients, kind=kind, period=period)
    taken = set(markers.values_list("recipient_id", flat=True))
    claimed = []
    for recipient in recipients:
        if recipient.pk in taken:
            continue
        try:
            with transaction.atomic():
                SentMarker.objects.create(recipient=recipient, kind=kind, period=period)
        except IntegrityError:
            continue
        claimed.append(recipient)
    return claimed
