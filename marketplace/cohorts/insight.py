"""Demand insight: groups of similar published challenges across providers, and unmet demand.

Groups come from the challenges' stored embeddings (matching.clustering). They are cached
under a signature of the stored documents of both sides, so a page load reclusters only
after a challenge or solution was indexed, edited or withdrawn.
"""

import hashlib
from collections import Counter
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils.text import slugify

from marketplace.catalogue.models import MAX_THEMES, Challenge, Status
from marketplace.cohorts.models import Cohort
from marketplace.cohorts.services import cohort_add_challenge, cohort_create
from marketplace.core.errors import NotAllowed
from marketplace.organisations.models import Organisation
from matching import engine
from matching.clustering import cluster_documents
from matching.models import DocumentKind, StoredDocument
from matching.text import PASSAGE_WORDS

MAX_CLUSTERS = 200
# More than any cluster holds; a cohort is seeded with one cluster's challenges.
MAX_SEEDED_CHALLENGES = 10_000
# The signature is what keeps the cache fresh; expiry only frees memory from old keys.
CACHE_SECONDS = 24 * 60 * 60
CACHE_VERSION = 1  # raise when the cached shapes change, so no process reads an old one
# Challenge rows per matrix product, so 10k challenges never need one 10k x N matrix.
FIT_CHUNK = 1024
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
    best_solution_score: float | None  # 0 to 1, see _best_fit; None with no solutions
    unmet: bool  # no score, or below unmet_demand_score()


@dataclass(frozen=True)
class _Group:
    label: str
    top_terms: tuple[str, ...]
    member_ids: tuple[int, ...]


@dataclass(frozen=True)
class _Grouping:
    groups: tuple[_Group, ...]
    # Each clustered challenge's best fit with any published solution; None with no solutions.
    fit: dict[int, float] | None


def unmet_demand_score() -> float:
    return settings.UNMET_DEMAND_SCORE


def challenge_clusters(*, k: int | None = None) -> list[ChallengeCluster]:
    """Published challenges in groups, biggest first; `k` caps the number of groups.

    Each challenge's long texts are deferred: the groups are for listing, not reading.
    """
    if k is not None and not 1 <= k <= MAX_CLUSTERS:
        raise ValidationError({"k": f"Choose between 1 and {MAX_CLUSTERS} groups."})
    grouping = _cached_grouping(k)
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


def _cluster(group: _Group, fit: dict[int, float] | None, published: dict) -> ChallengeCluster:
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


# -- grouping, cached --------------------------------------------------------------------------


def _cached_grouping(k: int | None) -> _Grouping:
    key = _cache_key(k)
    grouping = cache.get(key)
    if grouping is None:
        grouping = _grouping(k)
        cache.set(key, grouping, CACHE_SECONDS)
    return grouping


def _cache_key(k: int | None) -> str:
    """Changes whenever a document of either side is indexed, edited or withdrawn.

    Indexing saves the row (auto_now) and withdrawal dates it too, so the latest change
    moves; a deleted row changes the count.
    """
    model_name = _model_name()
    state = (
        StoredDocument.objects.filter(model_name=model_name)
        .values("kind")
        .annotate(
            total=Count("id"),
            searchable=Count("id", filter=Q(is_searchable=True)),
            changed=Max("updated_at"),
        )
        .order_by("kind")
    )
    signature = repr((model_name, k, [tuple(row.values()) for row in state]))
    return f"insight:clusters:v{CACHE_VERSION}:" + hashlib.sha256(signature.encode()).hexdigest()


def _grouping(k: int | None) -> _Grouping:
    rows = list(
        _searchable(DocumentKind.CHALLENGE).values_list(
            "object_id", "dimension", "passage_vectors", "text"
        )
    )
    if not rows:
        return _Grouping((), None)
    ids = [row[0] for row in rows]
    # The lead passage (title, summary, the start of the problem) says what a challenge is
    # about; later passages are mostly the systems and constraints that unrelated challenges
    # share, and averaging them in pulls different needs together. The matcher's own "lead"
    # score compares the same passages.
    leads = np.vstack([_lead(dimension, blob) for _, dimension, blob, _ in rows])
    texts = [_lead_text(text) for *_, text in rows]
    clusters = cluster_documents(ids, leads, texts, k=k)
    groups = tuple(_Group(c.label, c.top_terms, c.member_ids) for c in clusters)
    return _Grouping(groups, _best_fit(ids, leads))


def _model_name() -> str:
    # One model for both sides, so that challenges and solutions compare; while a re-embed
    # runs, both sides have vectors of the model the challenge index serves.
    return engine.serving_model_name(DocumentKind.CHALLENGE)


def _searchable(kind: str):
    return StoredDocument.objects.filter(
        kind=kind, model_name=_model_name(), is_searchable=True
    ).order_by("object_id")


def _lead(dimension: int, blob) -> np.ndarray:
    return np.frombuffer(bytes(blob), dtype=np.float32, count=dimension)


def _lead_text(text: str) -> str:
    # Stored texts are normalised already, so the first passage is just the first words.
    return " ".join(text.split()[:PASSAGE_WORDS])


def _best_fit(ids: list[int], leads: np.ndarray) -> dict[int, float] | None:
    """Each challenge's closest published solution: the best cosine with any of its passages.

    Not the matcher's score: that is scaled within each query's candidates, so the best of
    even one unrelated solution scores about 0.7 and no demand would ever look unmet. The
    cosine of unit vectors means the same whatever else is in the catalogue.
    """
    blobs = _searchable(DocumentKind.SOLUTION).values_list("dimension", "passage_vectors")
    matrices = [np.frombuffer(bytes(blob), dtype=np.float32).reshape(-1, d) for d, blob in blobs]
    if not matrices:
        return None
    solutions = np.ascontiguousarray(np.vstack(matrices).T)
    best = np.concatenate(
        [
            (leads[start : start + FIT_CHUNK] @ solutions).max(axis=1)
            for start in range(0, len(leads), FIT_CHUNK)
        ]
    )
    scores = np.clip(best, 0.0, 1.0).round(4).tolist()
    return dict(zip(ids, scores, strict=True))


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
