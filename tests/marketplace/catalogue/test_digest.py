"""The weekly digest: strong new matches, per organisation, to members who want it."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from marketplace.catalogue.digest import send_weekly_digest
from marketplace.catalogue.models import MatchFeedback
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
    settings.MATCH_DIGEST_MIN_SCORE = 0.5
    with fresh_index(settings, tmp_path) as directory:
        yield directory


def test_provider_members_get_the_new_sensor_but_not_the_payroll_tool(
    django_capture_on_commit_callbacks,
    provider,
    supplier,
    provider_member,
    provider_admin,
    supplier_member,
):
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
