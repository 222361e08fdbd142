"""The weekly digest: strong new matches, per organisation, to members who want it."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from marketplace.catalogue.models import MatchFeedback
from marketplace.matchmaking import digest
from marketplace.matchmaking.digest import send_weekly_digest
from marketplace.notifications.models import Category, SentMarker
from marketplace.notifications.services import preferences_update
from tests.marketplace.catalogue.test_matches import (
    damp_challenge,
    indexed,
    payroll_solution,
    sensor_solution,
)
from tests.matching.support import fresh_index

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def index_dir(settings, tmp_path):
    # A catalogue of one or two solutions: no score can stand out from so few, so these tests,
    # about who is told what and when, take every match; the first one sets a bar.
    settings.MATCH_DIGEST_MIN_SCORE = 0.0
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def test_provider_members_get_the_new_sensor_but_not_the_payroll_tool(
    django_capture_on_commit_callbacks,
    provider,
    supplier,
    provider_member,
    provider_admin,
    supplier_member,
    settings,
):
    # Against two solutions the right one still scores low, but far above the wrong one.
    settings.MATCH_DIGEST_MIN_SCORE = 0.01
    challenge, sensor, payroll = indexed(
        damp_challenge(provider), sensor_solution(supplier), payroll_solution(supplier)
    )

    with django_capture_on_commit_callbacks(execute=True):
        told = send_weekly_digest()

    provider_mail = [m for m in mail.outbox if m.to[0].endswith("@tyne.example")]
    assert told == 2  # the provider, and the supplier for the new damp challenge
    supplier_mail = [m for m in mail.outbox if m.to == [supplier_member.email]]
    assert len(supplier_mail) == 1
    assert challenge.title in supplier_mail[0].body
    assert sorted(m.to[0] for m in provider_mail) == sorted(
        [provider_member.email, provider_admin.email]
    )
    body = provider_mail[0].body
    assert challenge.title in body
    assert f"{sensor.title} (" in body
    assert f"http://testserver/solutions/{sensor.pk}/" in body
    assert payroll.title not in body
    assert provider_mail[0].subject == "1 strong new match this week"


def test_nothing_older_than_a_week_and_nothing_dismissed(
    django_capture_on_commit_callbacks, provider, supplier, provider_member
):
    challenge, sensor = indexed(damp_challenge(provider), sensor_solution(supplier))
    MatchFeedback.objects.create(
        organisation=provider,
        challenge=challenge,
        solution=sensor,
        verdict="dismiss",
        user=provider_member,
    )

    with django_capture_on_commit_callbacks(execute=True):
        send_weekly_digest()
        send_weekly_digest(now=timezone.now() + datetime.timedelta(days=8))

    assert [m.to for m in mail.outbox if m.to[0].endswith("@tyne.example")] == []


def test_members_who_turned_the_digest_off_get_none(
    django_capture_on_commit_callbacks, provider, supplier, provider_member
):
    indexed(damp_challenge(provider), sensor_solution(supplier))
    preferences_update(user=provider_member, enabled=["interest_new"])

    with django_capture_on_commit_callbacks(execute=True):
        send_weekly_digest()

    assert provider_member.email not in [m.to[0] for m in mail.outbox]


class WorkerKilled(BaseException):
    """Stands in for SIGKILL: nothing in the digest catches it."""


def test_a_digest_run_again_after_a_crash_reaches_each_member_once(
    django_capture_on_commit_callbacks,
    monkeypatch,
    provider,
    supplier,
    provider_member,
    provider_admin,
    supplier_member,
):
    indexed(damp_challenge(provider), sensor_solution(supplier))
    real_notify = digest.notify
    calls = []

    def notify_then_die_on_the_second_organisation(*args, **kwargs):
        calls.append(real_notify(*args, **kwargs))
        if len(calls) == 2:
            raise WorkerKilled

    monkeypatch.setattr(digest, "notify", notify_then_die_on_the_second_organisation)
    with pytest.raises(WorkerKilled), django_capture_on_commit_callbacks(execute=True):
        send_weekly_digest()
    sent_before_the_crash = len(mail.outbox)
    monkeypatch.setattr(digest, "notify", real_notify)

    with django_capture_on_commit_callbacks(execute=True):
        told = send_weekly_digest()
        send_weekly_digest()

    assert sent_before_the_crash in (1, 2)  # the first organisation's members only
    assert told == 1
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [provider_member.email, provider_admin.email, supplier_member.email]
    )
    assert SentMarker.objects.filter(kind=Category.MATCH_DIGEST).count() == 3


def test_the_next_week_brings_the_next_digest(
    django_capture_on_commit_callbacks, provider, supplier, supplier_member
):
    challenge, _ = indexed(damp_challenge(provider), sensor_solution(supplier))
    sunday_night = timezone.make_aware(datetime.datetime(2026, 12, 6, 23, 0))  # ISO week 49
    monday_morning = sunday_night + datetime.timedelta(hours=8)  # week 50
    type(challenge).objects.filter(pk=challenge.pk).update(
        published_at=sunday_night - datetime.timedelta(days=1)
    )

    with django_capture_on_commit_callbacks(execute=True):
        send_weekly_digest(now=sunday_night)
        send_weekly_digest(now=sunday_night + datetime.timedelta(minutes=30))
        send_weekly_digest(now=monday_morning)

    assert [m.to for m in mail.outbox].count([supplier_member.email]) == 2
