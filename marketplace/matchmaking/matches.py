"""Catalogue entries as matcher documents, and ranked matches for users and cohorts."""

from dataclasses import dataclass, replace

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Case, QuerySet, When
from django.http import Http404

from marketplace.catalogue.models import (
    CatalogueEntry,
    Challenge,
    MatchFeedback,
    Solution,
    Status,
    Verdict,
)
from marketplace.catalogue.selectors import (
    apply_filters,
    hidden_published_entries,
    visible_entries,
)
from marketplace.core.errors import DomainError
from marketplace.organisations.selectors import member_organisation_ids
from matching import api
from matching.api import Document, Facts, Judgement, Match, MatchReason

KIND_OF = {Challenge: "challenge", Solution: "solution"}
MODEL_OF = {"challenge": Challenge, "solution": Solution}
# A comparison reads each score from a ranking this deep, as the matches page would.
COMPARE_DEPTH = 100
# The most matches one request may ask for: each is read, explained and serialised.
MATCHES_MAX = 100


def document_for(entry: CatalogueEntry) -> Document:
    if isinstance(entry, Challenge):
        body = [entry.summary, entry.problem_statement, entry.desired_outcomes,
                entry.current_approach, entry.systems_constraints]  # fmt: skip
        # Constraints are often stated only in the data-protection limits ("UK hosting").
        stated = "\n\n".join([entry.title, *body, entry.data_protection_constraints])
        facts = Facts(
            side="challenge",
            budget_min_pence=entry.budget_min_pence,
            budget_max_pence=entry.budget_max_pence,
            homes=entry.homes_affected,
            pilot_homes=entry.pilot_homes,
            pilot_weeks=entry.pilot_length_weeks,
            needs=api.challenge_needs(
                stated,
                no_resident_wifi=entry.no_resident_wifi,
                no_mains_power=entry.no_mains_power,
                no_mobile_signal=entry.no_mobile_signal,
                housing_system=entry.housing_system,
                requires_welsh=entry.requires_welsh,
                requires_uk_data=entry.requires_uk_data,
                requires_accessibility=entry.requires_accessibility,
            ),
            **_taxonomy(entry),
        )
    else:
        body = [entry.summary, entry.description, entry.evidence, entry.integrations]
        facts = Facts(
            side="solution",
            price_pence=entry.indicative_price_pence,
            pricing_model=entry.pricing_model or None,
            maturity=entry.maturity or None,
            offers=api.solution_offers(
                "\n\n".join([entry.name, entry.summary, entry.description, entry.evidence]),
                integrations=entry.integrations,
                languages=entry.languages,
                data_hosting=entry.data_hosting,
                needs_resident_wifi=entry.needs_resident_wifi,
                needs_mains_power=entry.needs_mains_power,
                needs_mobile_signal=entry.needs_mobile_signal,
                works_offline=entry.works_offline,
                meets_accessibility_standard=entry.meets_accessibility_standard,
            ),
            **_taxonomy(entry),
        )
    text = "\n\n".join(part for part in body if part)
    return Document(kind=KIND_OF[type(entry)], id=entry.pk, title=entry.title, text=text,
                    facts=facts)  # fmt: skip


def _taxonomy(entry: CatalogueEntry) -> dict:
    return {
        "themes": frozenset(theme.slug for theme in entry.themes.all()),
        "regions": frozenset(region.code for region in entry.regions.all()),
    }


def sync_with_matcher(kind: str, pk: int) -> None:
    """Make the matcher agree with the entry: searchable while published, gone otherwise."""
    entry = MODEL_OF[kind].objects.prefetch_related("themes", "regions").filter(pk=pk).first()
    if entry is None or entry.status != Status.PUBLISHED:
        api.remove_document(kind, pk)
        return
    api.index_document(document_for(entry))


@dataclass(frozen=True)
class RankedEntry:
    entry: CatalogueEntry
    match: Match
    verdict: str | None


# What match cards, dashboards and the match API show of each counterpart: the rows are read
# with only these (the match page tests in tests/marketplace/catalogue/test_matches.py count
# the queries, so a field read beyond them shows as one query per card).
SHOWN_FIELDS = {
    Challenge: ["title", "summary", "budget_min_pence", "budget_max_pence", "homes_affected",
                "pilot_length_weeks"],
    Solution: ["name", "summary", "maturity", "pricing_model", "indicative_price_pence",
               "certifications", "other_certifications", "housing_deployments"],
}  # fmt: skip
SHOWN_ORGANISATION_FIELDS = ["organisation__slug", "organisation__name", "organisation__kind",
                             "organisation__is_verified"]  # fmt: skip


def matches_for(*, user, organisation_id, entry: CatalogueEntry, filters: dict, k: int = 20):
    """Ranked counterparts the user may see; pairs their organisation dismissed drop out."""
    if not 1 <= k <= MATCHES_MAX:
        raise ValidationError({"k": f"Ask for between 1 and {MATCHES_MAX} matches."})
    target = Solution if isinstance(entry, Challenge) else Challenge
    judgements = judgements_of(organisation_id, entry)
    feedback = {j.target: verdict for j, verdict in judgements if j.about == entry.pk}
    dismissed = {pk for pk, verdict in feedback.items() if verdict != Verdict.SHORTLIST}
    allowed, hidden = _restriction(target, user, filters)
    matches = api.rank_indexed(
        KIND_OF[type(entry)], entry.pk, KIND_OF[target],
        allowed=allowed, excluded=dismissed | hidden, k=k,
        judgements=tuple(j for j, _ in judgements),
    )  # fmt: skip
    by_pk = _shown(target).in_bulk([m.id for m in matches])
    return [RankedEntry(by_pk[m.id], m, feedback.get(m.id)) for m in matches if m.id in by_pk]


def _shown(target) -> QuerySet:
    # Visibility was applied by the ranking's restriction, read in this request; what is
    # checked again is that the index, which may lag the rows, still ranks published ones.
    return (
        target.objects.filter(status=Status.PUBLISHED)
        .select_related("organisation")
        .only("status", "organisation", *SHOWN_FIELDS[target], *SHOWN_ORGANISATION_FIELDS)
    )


def _restriction(target, user, filters: dict) -> tuple[set[int] | None, set[int]]:
    """The ids the ranking may return, or None for all it indexed; and the ids it may not.

    The index holds every published entry. Unfiltered, the few of those the user may not
    see (another organisation's cohort-only entries) are left out by id: listing the
    thousands they may see would cost more than the ranking itself.
    """
    if any(value not in (None, "", [], ()) for key, value in filters.items() if key != "status"):
        candidates = apply_filters(
            visible_entries(target, user=user), {**filters, "status": [Status.PUBLISHED]}
        )
        # No ordering: with DISTINCT it would add the sort columns to every row.
        return set(candidates.order_by().values_list("pk", flat=True)), set()
    return None, set(hidden_published_entries(target, user=user).values_list("pk", flat=True))


def feedback_of(organisation_id: int | None, entry: CatalogueEntry) -> dict[int, str]:
    """The verdicts the organisation gave the entry's pairings, by counterpart id."""
    if organisation_id is None:
        return {}
    rows: QuerySet = MatchFeedback.objects.filter(organisation_id=organisation_id)
    if isinstance(entry, Challenge):
        return dict(rows.filter(challenge=entry).values_list("solution_id", "verdict"))
    return dict(rows.filter(solution=entry).values_list("challenge_id", "verdict"))


# The most verdicts read to shape one ranking: the entry's own first, then the latest on the
# organisation's other entries of its kind.
JUDGEMENTS_READ = 300


def judgements_of(organisation_id: int | None, entry: CatalogueEntry) -> list[tuple]:
    """The organisation's verdicts on its entries' pairings, as (Judgement, verdict), in one
    query: the entry's own, and those on its other entries of the same kind, which teach
    the ranking of this one as far as the two entries are alike."""
    if organisation_id is None:
        return []
    side, other = ("challenge", "solution") if isinstance(entry, Challenge) else (
        "solution", "challenge")  # fmt: skip
    rows = (
        MatchFeedback.objects.filter(
            organisation_id=organisation_id, **{f"{side}__organisation_id": organisation_id}
        )
        .annotate(elsewhere=Case(When(**{f"{side}_id": entry.pk}, then=0), default=1))
        .order_by("elsewhere", "-updated_at")
        .values_list(f"{side}_id", f"{other}_id", "verdict")[:JUDGEMENTS_READ]
    )
    return [
        (Judgement(about, target, verdict == Verdict.SHORTLIST), verdict)
        for about, target, verdict in rows
    ]


def acting_organisation_id(entry: CatalogueEntry) -> int:
    """Whose verdicts shape the entry's matches: the matches page and the API both ask here.

    The entry's own organisation, for whom its members judge pairings (feedback_record is
    given the entry's organisation) and as whom staff read them. Call with an entry from
    entry_for_matching, which shows the matches to no one else. Not the organisation a member
    of several currently acts as: pairings they dismissed would come back after switching.
    """
    return entry.organisation_id


def entry_for_matching(model, *, user, pk: int) -> CatalogueEntry:
    """An entry whose matches the user may see: their own organisation's, or any for staff."""
    entry = model.objects.filter(pk=pk).first()
    is_member = entry is not None and entry.organisation_id in member_organisation_ids(user)
    is_staff_reading = entry is not None and user.is_staff and entry.status != Status.DRAFT
    if not (is_member or is_staff_reading):
        raise Http404("No such entry.")
    if entry.status != Status.PUBLISHED:
        raise DomainError(
            "Matches appear once programme staff have published this entry.", code="not_published"
        )
    return entry


def feedback_export_rows():
    """Every judged pairing with its score, for tuning the matcher offline."""
    rows = MatchFeedback.objects.select_related("challenge", "solution", "organisation")
    for feedback in rows.order_by("created_at"):
        yield {
            "challenge_id": feedback.challenge_id,
            "challenge": feedback.challenge.title,
            "solution_id": feedback.solution_id,
            "solution": feedback.solution.name,
            "organisation": feedback.organisation.name,
            "verdict": feedback.verdict,
            "reason": feedback.reason,
            "score": feedback.score,
            "judged_at": feedback.updated_at.isoformat(),
        }


@dataclass(frozen=True)
class EntryMatches:
    entry: CatalogueEntry
    ranked: list[RankedEntry]


def strongest_matches(*, user, organisation, entries, per_entry: int = 3) -> list[EntryMatches]:
    """The best few matches of each entry, for a dashboard; an entry not yet indexed has none."""
    found = []
    for entry in entries:
        try:
            ranked = matches_for(
                user=user, organisation_id=organisation.pk, entry=entry, filters={}, k=per_entry
            )
        except api.MatcherError:
            ranked = []
        found.append(EntryMatches(entry, ranked))
    return found


def matches_among(*, user, organisation_id, entry: CatalogueEntry, ids: list[int]):
    """The entry's matches with exactly these counterparts (those the user may see), ranked.

    Scored among the same candidates as the unfiltered matches page, so each score reads the
    same in both places; a dismissed counterpart is still shown when asked for.
    """
    target = Solution if isinstance(entry, Challenge) else Challenge
    visible = visible_entries(target, user=user).filter(status=Status.PUBLISHED)
    chosen = visible.filter(pk__in=ids).in_bulk()
    if not chosen:
        return []
    feedback = feedback_of(organisation_id, entry)
    dismissed = {pk for pk, verdict in feedback.items() if verdict != Verdict.SHORTLIST}
    query = document_for(entry)
    ranked = api.rank_for(
        query,
        KIND_OF[target],
        allowed=set(visible.values_list("pk", flat=True)),
        excluded=dismissed - set(chosen),
        k=COMPARE_DEPTH,
        explain=False,
    )
    found = [m for m in ranked if m.id in chosen]
    missing = set(chosen) - {m.id for m in found}
    if missing:
        # Beyond the usual depth: scored among themselves, which is the best that can be said.
        found += api.rank_for(query, KIND_OF[target], allowed=missing, k=len(missing))
    return [
        RankedEntry(
            chosen[m.id],
            replace(m, reason=api.explain(query, document_for(chosen[m.id]))),
            feedback.get(m.id),
        )
        for m in found
    ]


def solution_scores(challenge: Challenge, *, among: set[int], k: int) -> dict[int, float]:
    """The challenge's scores with its best `k` solutions of `among`, best first; none until
    the challenge is indexed."""
    try:
        matches = api.rank_for(
            document_for(challenge), "solution", allowed=among, k=k, explain=False
        )
    except api.MatcherError:
        return {}
    return {m.id: m.score for m in matches}


def pairing_reason(*, challenge: Challenge, solution: Solution) -> MatchReason | None:
    """Why the matcher scores the pair as it does; None until both are indexed."""
    try:
        return api.explain(document_for(challenge), document_for(solution))
    except api.MatcherError:
        return None


def score_tier(score: float) -> str:
    """'strong', 'good' or 'possible': a score is the calibrated chance of a real match."""
    if score >= settings.MATCH_STRONG_SCORE:
        return "strong"
    return "good" if score >= settings.MATCH_GOOD_SCORE else "possible"


def score_words(score: float) -> str:
    """A pair's score as every page, e-mail and export reads it: "0.73, strong match"."""
    return f"{score:.2f}, {score_tier(score)} match"
