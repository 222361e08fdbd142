"""Demand insight: groups of similar published challenges across providers, and unmet demand.

Groups come from the challenges' stored embeddings (marketplace.matchmaking.demand), cached
until a challenge or solution is indexed, edited or withdrawn.
"""

import hashlib
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import slugify

from marketplace.catalogue.models import MAX_THEMES, Challenge, Status
from marketplace.cohorts.models import Cohort
from marketplace.cohorts.services import cohort_add_challenge, cohort_create
from marketplace.core.errors import NotAllowed
from marketplace.matchmaking.demand import Group, challenge_grouping
from marketplace.organisations.models import Organisation

MAX_CLUSTERS = 200
# More than any cluster holds; a cohort is seeded with one cluster's challenges.
MAX_SEEDED_CHALLENGES = 10_000
# The long texts nobody lists; loading them for 10k challenges would dominate a page load.
LONG_FIELDS = (
    "problem_statement",
    "desired_outcomes",
    "current_approach",
    "systems_constraints",
    "data_protection_constraints",
)


@dataclass(frozen=True)
class ChallengeCluster:
    key: str  # the same for the same challenges, so a page can point at a group
    label: str
    top_terms: tuple[str, ...]
    challenges: tuple[Challenge, ...]  # by title
    providers: tuple[Organisation, ...]  # distinct, by name
    homes_total: int  # a challenge that does not say counts as none
    # 0 to 1, the best cosine with any solution (matchmaking.demand); None with no solutions
    best_solution_score: float | None
    unmet: bool  # no score, or below unmet_demand_score()


def unmet_demand_score() -> float:
    return settings.UNMET_DEMAND_SCORE


def challenge_clusters(*, k: int | None = None) -> list[ChallengeCluster]:
    """Published challenges in groups, biggest first; `k` caps the number of groups.

    Each challenge's long texts are deferred: the groups are for listing, not reading.
    """
    if k is not None and not 1 <= k <= MAX_CLUSTERS:
        raise ValidationError({"k": f"Choose between 1 and {MAX_CLUSTERS} groups."})
    grouping = challenge_grouping(k)
    # Only what is published now: a withdrawal shows at once, before its matcher task runs.
    published = (
        Challenge.objects.filter(status=Status.PUBLISHED)
        .select_related("organisation")
        .defer(*LONG_FIELDS)
        .in_bulk()
    )
    clusters = [_cluster(group, grouping.fit, published) for group in grouping.groups]
    clusters = [c for c in clusters if c.challenges]
    return sorted(clusters, key=lambda c: (-len(c.challenges), c.label, c.key))


def _cluster(group: Group, fit: dict[int, float] | None, published: dict) -> ChallengeCluster:
    challenges = tuple(
        sorted(
            (published[pk] for pk in group.member_ids if pk in published),
            key=lambda c: (c.title, c.pk),
        )
    )
    organisations = {c.organisation_id: c.organisation for c in challenges}
    best = None
    if fit is not None:
        best = max((fit[c.pk] for c in challenges), default=None)
    ids = ",".join(str(c.pk) for c in sorted(challenges, key=lambda c: c.pk))
    return ChallengeCluster(
        key="c" + hashlib.sha256(ids.encode()).hexdigest()[:10],
        label=group.label,
        top_terms=group.top_terms,
        challenges=challenges,
        providers=tuple(sorted(organisations.values(), key=lambda o: (o.name, o.pk))),
        homes_total=sum(c.homes_affected or 0 for c in challenges),
        best_solution_score=best,
        unmet=best is None or best < unmet_demand_score(),
    )


# -- seeding a cohort ---------------------------------------------------------------------------


@transaction.atomic
def cohort_from_cluster(*, user, challenge_ids: list[int], name: str) -> Cohort:
    """A new cohort holding these published challenges, focused on the themes most share."""
    if not user.is_staff:
        raise NotAllowed("Only programme staff may run cohorts.")
    name = (name or "").strip()
    wanted = set(challenge_ids)
    if len(wanted) > MAX_SEEDED_CHALLENGES:
        raise ValidationError(
            {"challenge_ids": f"A cohort starts with at most {MAX_SEEDED_CHALLENGES} challenges."}
        )
    # Locked so that none is withdrawn between the check and joining the cohort.
    challenges = list(
        Challenge.objects.select_for_update()
        .filter(pk__in=wanted, status=Status.PUBLISHED)
        .prefetch_related("themes")
        .order_by("pk")
    )
    errors = {**_name_errors(name), **_challenge_errors(wanted, challenges)}
    if errors:
        raise ValidationError(errors)
    try:
        cohort = cohort_create(
            user=user,
            name=name,
            description=f"Seeded from a demand-insight group of {len(challenges)} challenges.",
            themes=_shared_themes(challenges),
        )
    except IntegrityError as exc:
        # Another member of staff took the name since it was checked.
        raise ValidationError({"name": _name_taken(name)}) from exc
    for challenge in challenges:
        cohort_add_challenge(user=user, cohort=cohort, challenge=challenge)
    return cohort


def _name_errors(name: str) -> dict[str, str]:
    if not name:
        return {"name": "Give the cohort a name."}
    if not slugify(name):
        return {"name": "Use some letters or numbers in the name."}
    slug = slugify(name)[:160]
    if Cohort.objects.filter(Q(name__iexact=name) | Q(slug=slug)).exists():
        return {"name": _name_taken(name)}
    return {}


def _name_taken(name: str) -> str:
    return f"A cohort called “{name}” already exists: choose another name."


def _challenge_errors(wanted: set[int], challenges: list[Challenge]) -> dict[str, str]:
    if not wanted:
        return {"challenge_ids": "Choose at least one challenge."}
    missing = sorted(wanted - {c.pk for c in challenges})
    if missing:
        listed = ", ".join(f"#{pk}" for pk in missing)
        return {
            "challenge_ids": f"Only published challenges can join a cohort; not published: "
            f"{listed}. Reload the page to see the current groups."
        }
    return {}


def _shared_themes(challenges: list[Challenge]) -> list:
    """The themes at least half the challenges carry, the most common first."""
    counts = Counter(theme for c in challenges for theme in c.themes.all())
    ranked = sorted(counts, key=lambda theme: (-counts[theme], theme.position, theme.name))
    return [theme for theme in ranked if 2 * counts[theme] >= len(challenges)][:MAX_THEMES]
