"""Old audit entries and e-mail records are deleted on schedule; the privacy notice says so."""

import io
from datetime import timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from marketplace.core.audit import audit_record
from marketplace.core.models import AuditEntry
from marketplace.notifications.models import Notification
from marketplace.privacy.tasks import purge_expired_records

pytestmark = pytest.mark.django_db


def audit_entry_aged(days: int, provider, actor) -> AuditEntry:
    entry = audit_record(actor=actor, action="organisation.update", target=provider)
    AuditEntry.objects.filter(pk=entry.pk).update(created_at=timezone.now() - timedelta(days=days))
    return entry


def notification_aged(days: int | None, recipient, created_days: int = 0) -> Notification:
    """Sent `days` ago, or never sent when `days` is None."""
    now = timezone.now()
    notification = Notification.objects.create(
        recipient=recipient,
        category="comment_new",
        subject="A new comment",
        template="notice",
        sent_at=None if days is None else now - timedelta(days=days),
    )
    Notification.objects.filter(pk=notification.pk).update(
        created_at=now - timedelta(days=created_days)
    )
    return notification


def remaining_audit(*entries) -> list[int]:
    return sorted(
        AuditEntry.objects.filter(pk__in=[e.pk for e in entries]).values_list("pk", flat=True)
    )


def test_purge_deletes_only_audit_entries_older_than_seven_years(provider, provider_owner):
    old = audit_entry_aged(2556, provider, provider_owner)
    kept = [audit_entry_aged(days, provider, provider_owner) for days in (2554, 30, 0)]

    call_command("purge_audit_log", stdout=io.StringIO())

    assert remaining_audit(old, *kept) == sorted(e.pk for e in kept)


def test_purge_deletes_only_sent_notifications_older_than_a_year(provider_owner):
    old = notification_aged(366, provider_owner, created_days=367)
    recent = notification_aged(364, provider_owner, created_days=364)
    never_sent = notification_aged(None, provider_owner, created_days=400)

    call_command("purge_audit_log", stdout=io.StringIO())

    assert sorted(Notification.objects.values_list("pk", flat=True)) == sorted(
        [recent.pk, never_sent.pk]
    )
    assert not Notification.objects.filter(pk=old.pk).exists()


def test_purge_reports_what_it_deleted_and_a_second_run_deletes_nothing(provider, provider_owner):
    audit_entry_aged(3000, provider, provider_owner)
    audit_entry_aged(2600, provider, provider_owner)
    notification_aged(400, provider_owner)
    first, second = io.StringIO(), io.StringIO()

    call_command("purge_audit_log", stdout=first)
    call_command("purge_audit_log", stdout=second)

    assert first.getvalue().startswith("Deleted 2 audit entries from before ")
    assert " and 1 sent notifications from before " in first.getvalue()
    assert second.getvalue().startswith("Deleted 0 audit entries from before ")
    assert " and 0 sent notifications from before " in second.getvalue()


def test_retention_periods_come_from_settings(settings, provider, provider_owner):
    settings.AUDIT_RETENTION_DAYS = 30
    settings.NOTIFICATION_RETENTION_DAYS = 7
    old_entry, new_entry = (audit_entry_aged(d, provider, provider_owner) for d in (31, 29))
    old_mail, new_mail = (notification_aged(d, provider_owner) for d in (8, 6))

    purge_expired_records.delay()

    assert remaining_audit(old_entry, new_entry) == [new_entry.pk]
    assert list(Notification.objects.values_list("pk", flat=True)) == [new_mail.pk]
    assert not Notification.objects.filter(pk=old_mail.pk).exists()


@pytest.mark.parametrize("value", [0, -1, "365", True])
def test_a_retention_setting_that_is_not_a_positive_number_of_days_stops_the_purge(
    settings, provider, provider_owner, value
):
    settings.AUDIT_RETENTION_DAYS = value
    entry = audit_entry_aged(9000, provider, provider_owner)

    with pytest.raises(ImproperlyConfigured, match="AUDIT_RETENTION_DAYS is a number of days"):
        call_command("purge_audit_log", stdout=io.StringIO())

    assert remaining_audit(entry) == [entry.pk]


# The privacy notice


def test_privacy_notice_is_public_and_states_the_retention_periods(db):
    response = Client().get("/privacy/")

    page = response.content.decode()
    assert response.status_code == 200
    assert "The Launchpad programme runs Launchpad and is the controller" in page
    assert "The audit trail: 2555 days (about 7 years)" in page
    assert "Records of e-mails sent to you: 365 days" in page
    assert "Stripe" in page
    assert "https://ico.org.uk/make-a-complaint/" in page
    assert "delete your account from the account menu once signed in" in page


def test_privacy_notice_names_the_configured_controller_and_periods(settings, db):
    settings.PRIVACY_CONTROLLER = "Northern Housing Innovation CIC"
    settings.PRIVACY_CONTACT_EMAIL = "dpo@northern-housing.example"
    settings.AUDIT_RETENTION_DAYS = 3650

    page = Client().get("/privacy/").content.decode()

    assert "Northern Housing Innovation CIC runs Launchpad" in page
    assert 'href="mailto:dpo@northern-housing.example"' in page
    assert "The audit trail: 3650 days (about 10 years)" in page


def test_privacy_notice_links_a_signed_in_person_to_account_deletion(provider_member):
    client = Client()
    client.force_login(provider_member)

    page = client.get("/privacy/").content.decode()

    assert '<a href="/account/delete/">delete your account</a>' in page
