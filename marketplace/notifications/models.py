"""E-mail notifications as an outbox: a row per message, sent by a task after commit."""

from django.conf import settings
from django.db import models


class Category(models.TextChoices):
    INTEREST_NEW = "interest_new", "New expressions of interest and invitations"
    INTEREST_ANSWERED = "interest_answered", "Answers to your expressions of interest"
    PROPOSAL_SUBMITTED = "proposal_submitted", "Pilot proposals submitted for review"
    PROPOSAL_CHANGES_REQUESTED = "proposal_changes", "Changes requested on a pilot proposal"
    PROPOSAL_DECIDED = "proposal_decided", "Pilot proposals approved or declined"
    COMMENT_NEW = "comment_new", "New comments and mentions"
    MATCH_DIGEST = "match_digest", "Weekly digest of new strong matches"
    VERIFICATION = "verification", "Verification of your organisation by programme staff"


class NotificationPreference(models.Model):
    """The categories a user has turned off; everything else is sent."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    muted = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Notification preferences of {self.user}"


class Notification(models.Model):
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    category = models.CharField(max_length=24, choices=Category.choices)
    subject = models.CharField(max_length=200)
    template = models.CharField(max_length=100)
    context = models.JSONField(default=dict, blank=True)
    link = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["recipient", "-created_at"])]

    def __str__(self) -> str:
        return self.subject


class SentMarker(models.Model):
    """A periodic e-mail (a week's digest) claimed for one recipient before it is queued.

    Claimed in the transaction that queues the e-mail: a run that dies before committing
    leaves no marker, and a run repeated after one that committed (a task redelivered after
    its worker was killed, a digest started twice) skips every recipient it already covered.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sent_markers"
    )
    kind = models.CharField(max_length=24, choices=Category.choices)
    # Which one of the kind: for the digest, the ISO week and the organisation it reports on.
    period = models.CharField(max_length=64)
    claimed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "kind", "period"], name="sent_marker_once_per_period"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.period} to {self.recipient_id}"
