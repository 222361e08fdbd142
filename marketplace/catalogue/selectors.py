from django.db import connection
from django.db.models import Q, QuerySet
from django.http import Http404

from marketplace.catalogue.models import (
    CatalogueEntry,
    Challenge,
    Region,
    Solution,
    Status,
    Visibility,
)
from marketplace.organisations.selectors import member_organisation_ids

TEXT_FIELDS = {
    Challenge: ["title", "summary", "problem_statement", "desired_outcomes"],
    Solution: ["name", "summary", "description", "integrations"],
}


def visible_entries(model: type[CatalogueEntry], *, user) -> QuerySet:
    """What the user may read: published entries their visibility allows, plus their own.

    Drafts never leave their organisation; staff see everything that was submitted.
    """
    published = Q(status=Status.PUBLISHED)
    if not user.is_authenticated:
        allowed = published & Q(visibility=Visibility.PUBLIC)
    else:
        # Cohort-only entries widen to cohort members once cohorts exist.
        allowed = published & Q(visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS])
        allowed |= Q(organisation_id__in=member_organisation_ids(user))
        if user.is_staff:
            allowed |= ~Q(status=Status.DRAFT)
    return (
        model._default_manager.filter(allowed)
        .select_related("organisation")
        .prefetch_related("themes", "regions")
    )


def hidden_published_entries(model: type[CatalogueEntry], *, user) -> QuerySet:
    """The published entries `visible_entries` keeps from the user: its complement there."""
    # Named positively, so the (status, visibility) index finds the few rows.
    published = model._default_manager.filter(status=Status.PUBLISHED).order_by()
    if not user.is_authenticated:
        return published.filter(visibility__in=_other_than(Visibility.PUBLIC))
    if user.is_staff:
        return published.none()
    return published.filter(
        visibility__in=_other_than(Visibility.PUBLIC, Visibility.MEMBERS)
    ).exclude(organisation_id__in=member_organisation_ids(user))


def _other_than(*kept: Visibility) -> list[str]:
    return [value for value in Visibility.values if value not in kept]


def entry_get_for_user(model: type[CatalogueEntry], *, user, pk: int):
    """One entry the user may read, or 404: existence of others' drafts is never revealed."""
    entry = visible_entries(model, user=user).filter(pk=pk).first()
    if entry is None:
        raise Http404(f"No such {model._meta.verbose_name}.")
    return entry


def entry_get_for_editing(model: type[CatalogueEntry], *, user, pk: int):
    """An entry of one of the user's organisations, or 404; the service decides who may save."""
    entry = (
        model._default_manager.filter(pk=pk, organisation_id__in=member_organisation_ids(user))
        .select_related("organisation")
        .prefetch_related("themes", "regions")
        .first()
    )
    if entry is None:
        raise Http404(f"No such {model._meta.verbose_name}.")
    return entry


def moderation_queue(model: type[CatalogueEntry]) -> QuerySet:
    return (
        model._default_manager.filter(status=Status.SUBMITTED)
        .select_related("organisation")
        .prefetch_related("themes")
        .order_by("submitted_at")
    )


def apply_filters(queryset: QuerySet, filters: dict) -> QuerySet:
    """The list filters shared by pages and API; `filters` holds already-validated values."""
    model = queryset.model
    if filters.get("q"):
        queryset = search(queryset, filters["q"], TEXT_FIELDS[model])
    if filters.get("theme"):
        queryset = queryset.filter(themes__slug__in=filters["theme"])
    if filters.get("region"):
        queryset = queryset.filter(regions__code__in=filters["region"])
    if filters.get("status"):
        queryset = queryset.filter(status__in=filters["status"])
    if filters.get("organisation"):
        queryset = queryset.filter(organisation__slug=filters["organisation"])
    if model is Challenge:
        queryset = _challenge_filters(queryset, filters)
    else:
        queryset = _solution_filters(queryset, filters)
    return queryset.distinct()


def _challenge_filters(queryset: QuerySet, filters: dict) -> QuerySet:
    # A budget band matches challenges whose own band overlaps it.
    if filters.get("budget_min") is not None:
        queryset = queryset.filter(budget_max_pence__gte=filters["budget_min"])
    if filters.get("budget_max") is not None:
        queryset = queryset.filter(
            Q(budget_min_pence__lte=filters["budget_max"]) | Q(budget_min_pence__isnull=True)
        )
    return queryset


def _solution_filters(queryset: QuerySet, filters: dict) -> QuerySet:
    if filters.get("maturity"):
        queryset = queryset.filter(maturity__in=filters["maturity"])
    for code in filters.get("certification") or []:
        if connection.vendor == "postgresql":
            queryset = queryset.filter(certifications__contains=[code])
        else:
            # SQLite has no JSON containment; the quoted code matches exactly one list item.
            queryset = queryset.filter(certifications__icontains=f'"{code}"')
    if filters.get("price_max") is not None:
        queryset = queryset.filter(indicative_price_pence__lte=filters["price_max"])
    return queryset


def search(queryset: QuerySet, text: str, fields: list[str]) -> QuerySet:
    """Full-text search: PostgreSQL's ranking search where available, word matching elsewhere."""
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchVector

        vector = SearchVector(*fields, config="english")
        query = SearchQuery(text, config="english", search_type="websearch")
        return queryset.annotate(search=vector).filter(search=query)
    for word in text.split()[:10]:
        match = Q()
        for field in fields:
            match |= Q(**{f"{field}__icontains": word})
        queryset = queryset.filter(match)
    return queryset


def entries_of_organisation(organisation) -> QuerySet:
    """The organisation's own challenges (a provider) or solutions (a supplier), every state."""
    model = Challenge if organisation.is_housing_provider else Solution
    return (
        model._default_manager.filter(organisation=organisation)
        .select_related("organisation")
        .prefetch_related("themes", "regions")
        .order_by("status", "-updated_at")
    )


def region_names() -> dict[str, str]:
    """Each region's name by its ITL1 code: the matcher keeps codes, people read names."""
    return dict(Region.objects.values_list("code", "name"))
