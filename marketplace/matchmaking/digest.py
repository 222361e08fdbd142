"""The weekly e-mail of strong new matches for each organisation's published entries."""

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from marketplace.catalogue.models import Challenge, Solution, Status, Visibility
from marketplace.matchmaking.matches import KIND_OF, document_for, feedback_of, score_words
from marketplace.notifications.markers import sent_markers_claim, week_of
from marketplace.notifications.models import Category, SentMarker
from marketplace.notifications.services import notify
from marketplace.organisations.models import Organisation
from matching import api

logger = logging.getLogger(__name__)

DIGEST_DEPTH = 50
PER_ENTRY = 5


@dataclass(frozen=True)
class DigestLine:
    title: str
    score: float
    path: str


def new_matches(entry, *, since: datetime.datetime, organisation) -> list[DigestLine]:
    """Counterparts published since `since` that rank among the entry's strong matches.

    Ranked against the whole published catalogue, so a score means the same as on the
    matches page, and then narrowed to what is new and not dismissed.
    """
    target = Solution if isinstance(entry, Challenge) else Challenge
    fresh = target.objects.filter(
        status=Status.PUBLISHED,
        published_at__gte=since,
        visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS],
    ).exclude(organisation=organisation)
    fresh_by_pk = fresh.in_bulk()
    if not fresh_by_pk:
        return []
    dismissed = set(feedback_of(organisation.pk, entry))
    try:
        ranked = api.rank_for(document_for(entry), KIND_OF[target], k=DIGEST_DEPTH, explain=False)
    except api.MatcherError:
        logger.info("No digest for %s %s: not embedded yet", KIND_OF[type(entry)], entry.pk)
        return []
    threshold = settings.MATCH_DIGEST_MIN_SCORE
    kind = "solutions" if target is Solution else "challenges"
    return [
        DigestLine(
            fresh_by_pk[m.id].title, m.score, reverse(f"frontend:{kind}_detail", args=[m.id])
        )
        for m in ranked
        if m.id in fresh_by_pk and m.id not in dismissed and m.score >= threshold
    ][:PER_ENTRY]


def send_weekly_digest(*, now: datetime.datetime | None = None) -> int:
    """E-mail each organisation that has strong new matches; returns how many were told.

    Safe to run again in the same week (a worker killed half-way, a redelivered task): each
    member's digest is claimed with their e-mail queued, so whoever has one is skipped.
    """
    now = now or timezone.now()
    since = now - datetime.timedelta(days=7)
    told = 0
    for organisation in Organisation.objects.filter(memberships__isnull=False).distinct():
        period = f"{week_of(now)}/organisation-{organisation.pk}"
        members = get_user_model().objects.filter(memberships__organisation=organisation)
        told_already = SentMarker.objects.filter(kind=Category.MATCH_DIGEST, period=period)
        waiting = members.exclude(pk__in=told_already.values("recipient_id"))
        # Checked before ranking, the slow part, so a repeated run passes over those it told.
        if not waiting.exists():
            continue
        sections = _sections_for(organisation, since)
        if not sections:
            continue
        count = sum(len(section["matches"]) for section in sections)
        with transaction.atomic():
            recipients = sent_markers_claim(
                recipients=waiting, kind=Category.MATCH_DIGEST, period=period
            )
            if not recipients:
                continue
            notify(
                recipients,
                category=Category.MATCH_DIGEST,
                subject=f"{count} strong new match{'es' if count != 1 else ''} this week",
                template="digest",
                context={"organisation": organisation.name, "sections": sections},
                link=reverse("frontend:mine"),
            )
        told += 1
    return told


def _sections_for(organisation, since) -> list[dict]:
    model = Challenge if organisation.is_housing_provider else Solution
    sections = []
    for entry in model.objects.filter(organisation=organisation, status=Status.PUBLISHED):
        lines = new_matches(entry, since=since, organisation=organisation)
        if lines:
            sections.append(
                {
                    "title": entry.title,
                    "matches": [
                        {"title": x.title, "score": score_words(x.score), "path": x.path}
                        for x in lines
                    ],
                }
            )
    return sections
