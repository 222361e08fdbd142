"""What each kind of person sees on their home page: read-only, composed from selectors."""

from frontend.charts import Bar, bar_chart
from marketplace.catalogue.models import Challenge, Solution, Status
from marketplace.catalogue.selectors import entries_of_organisation, moderation_queue
from marketplace.cohorts import analytics
from marketplace.cohorts.models import Cohort
from marketplace.matchmaking.matches import strongest_matches
from marketplace.organisations.selectors import verification_queue
from marketplace.proposals.selectors import (
    interest_inbox,
    interests_waiting_for,
    proposals_in_progress,
    review_queue,
)

# Matching every entry would slow the page for a large organisation; the newest few show.
ENTRIES_MATCHED = 3
MATCHES_PER_ENTRY = 3
LISTED = 6


def member_dashboard(request) -> dict:
    user, organisation = request.user, request.membership.organisation
    entries = entries_of_organisation(organisation)
    published = [e for e in entries if e.status == Status.PUBLISHED]
    published.sort(key=lambda e: e.published_at or e.updated_at, reverse=True)
    waiting = interests_waiting_for(user=user, organisation=organisation)
    sent = interest_inbox(user=user, organisation=organisation)["sent"].order_by("-created_at")
    proposals = proposals_in_progress(user=user, organisation=organisation)
    return {
        "organisation": organisation,
        "entry_label": "challenge" if organisation.is_housing_provider else "solution",
        "entry_slug": "challenges" if organisation.is_housing_provider else "solutions",
        "entries": list(entries[:LISTED]),
        "entry_count": len(entries),
        "published_count": len(published),
        "draft_count": sum(e.status == Status.DRAFT for e in entries),
        "matched": strongest_matches(
            user=user,
            organisation=organisation,
            entries=published[:ENTRIES_MATCHED],
            per_entry=MATCHES_PER_ENTRY,
        ),
        "waiting": list(waiting[:LISTED]),
        "waiting_count": waiting.count(),
        "sent": list(sent[:LISTED]),
        "proposals": list(proposals[:LISTED]),
        "proposal_count": proposals.count(),
    }


def staff_dashboard() -> dict:
    waiting, queried = verification_queue()
    steps = analytics.funnel(None)
    return {
        "moderation_count": moderation_queue(Challenge).count()
        + moderation_queue(Solution).count(),
        "verification_count": waiting.count(),
        "queried_count": queried.count(),
        "review": list(review_queue()[:LISTED]),
        "review_count": review_queue().count(),
        "cohorts": list(Cohort.objects.prefetch_related("themes").order_by("-created_at")[:LISTED]),
        "funnel_chart": bar_chart(
            [Bar(step.label, step.count) for step in steps],
            chart_id="home-funnel",
            title="Challenges and pilot proposals at each step of the funnel",
        ),
    }
