"""What the privacy pages read: an organisation's data table by table, and the retention policy.

An export holds what the organisation's owner can already see on the site: the organisation's
own records in full and, of the other side of a shared interest or proposal, only what the
shared pages show (names and titles; never its drafts, its members' e-mail addresses or its
other records).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from importlib import import_module
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models import Exists, OuterRef, Q, QuerySet

from marketplace.catalogue.models import Challenge, Solution
from marketplace.cohorts.models import CohortChallenge, CohortSupplier
from marketplace.core.models import AuditEntry
from marketplace.organisations.models import Membership, Organisation, Role
from marketplace.organisations.selectors import members_of, pending_invitations_of
from marketplace.proposals.models import (
    BudgetLine,
    Comment,
    ExpressionOfInterest,
    Milestone,
    PilotProposal,
    ProposalTransition,
    SuccessMetric,
)


@dataclass(frozen=True)
class Column:
    name: str
    value: Callable[[Any], Any]


@dataclass(frozen=True)
class Table:
    """One CSV file of an export; `rows` map each column name to a JSON-safe value."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Nesting:
    """Where a child table's rows go in the nested JSON document."""

    child: str
    parent: str
    key: str
    name: str


# Child rows are also listed inside their parent in the JSON; each CSV stays flat.
NESTINGS = (
    Nesting("proposal_metrics", "proposals", "proposal_id", "metrics"),
    Nesting("proposal_milestones", "proposals", "proposal_id", "milestones"),
    Nesting("proposal_budget_lines", "proposals", "proposal_id", "budget_lines"),
    Nesting("proposal_transitions", "proposals", "proposal_id", "transitions"),
    Nesting("comments", "proposals", "proposal_id", "comments"),
    Nesting("comments", "interests", "interest_id", "comments"),
    Nesting("cohort_challenges", "challenges", "challenge_id", "cohorts"),
    Nesting("refunds", "payments", "payment_id", "refunds"),
)

# Billing is built alongside; an export lists whichever of these models exist.
BILLING_TABLES = (
    ("billing_accounts", "BillingAccount", "organisation"),
    ("payments", "Payment", "organisation"),
    ("refunds", "Refund", "payment__organisation"),
    ("subscriptions", "Subscription", "organisation"),
    ("invoices", "Invoice", "organisation"),
)


def organisation_tables(*, organisation: Organisation) -> list[Table]:
    """Every table of the organisation's data, in the order a reader would want them."""
    org = organisation
    interests = ExpressionOfInterest.objects.filter(
        Q(challenge__organisation=org) | Q(solution__organisation=org)
    )
    proposals = PilotProposal.objects.filter(Q(provider=org) | Q(supplier=org))
    on_proposals = {"proposal__in": proposals}
    tables = [
        _table(
            "organisation",
            Organisation.objects.filter(pk=org.pk).prefetch_related("regions"),
            extra=[_names("regions")],
        ),
        _members(org),
        _table(
            "invitations",
            pending_invitations_of(organisation=org),
            exclude=("organisation", "accepted_at", "accepted_by", "revoked_at"),
        ),
        _entries("challenges", Challenge, org),
        _entries("solutions", Solution, org),
        _table(
            "interests",
            interests.select_related("challenge__organisation", "solution__organisation"),
            extra=[
                Column("challenge_title", lambda i: i.challenge.title),
                Column("provider", lambda i: i.challenge.organisation.name),
                Column("solution_name", lambda i: i.solution.name),
                Column("supplier", lambda i: i.solution.organisation.name),
            ],
        ),
        _table(
            "proposals",
            proposals.select_related("provider", "supplier"),
            extra=[
                Column("provider_name", lambda p: p.provider.name),
                Column("supplier_name", lambda p: p.supplier.name),
            ],
        ),
        _table("proposal_metrics", SuccessMetric.objects.filter(**on_proposals)),
        _table("proposal_milestones", Milestone.objects.filter(**on_proposals)),
        _table("proposal_budget_lines", BudgetLine.objects.filter(**on_proposals)),
        _table("proposal_transitions", ProposalTransition.objects.filter(**on_proposals)),
        _table(
            "comments",
            Comment.objects.filter(Q(interest__in=interests) | Q(proposal__in=proposals)),
        ),
        _table(
            "match_feedback",
            org.match_feedback.select_related("challenge", "solution"),
            extra=[
                Column("challenge_title", lambda f: f.challenge.title),
                Column("solution_name", lambda f: f.solution.name),
            ],
        ),
        _table(
            "cohort_challenges",
            CohortChallenge.objects.filter(challenge__organisation=org).select_related("cohort"),
            extra=[Column("cohort_name", lambda e: e.cohort.name)],
        ),
        _table(
            "cohort_places",
            CohortSupplier.objects.filter(organisation=org).select_related("cohort"),
            extra=[Column("cohort_name", lambda e: e.cohort.name)],
        ),
        *_billing_tables(org),
    ]
    return [*tables, _audit_entries(org, tables)]


def nested_document(tables: list[Table]) -> dict[str, Any]:
    """The tables as one JSON document: child rows inside their parents, the profile on top."""
    by_name = {table.name: [dict(row) for row in table.rows] for table in tables}
    nested_children = set()
    for nesting in NESTINGS:
        if nesting.child not in by_name or nesting.parent not in by_name:
            continue
        nested_children.add(nesting.child)
        children: dict[Any, list[dict]] = {}
        for row in by_name[nesting.child]:
            if row[nesting.key] is not None:
                children.setdefault(row[nesting.key], []).append(row)
        for parent in by_name[nesting.parent]:
            parent[nesting.name] = children.get(parent["id"], [])
    [profile] = by_name.pop("organisation")
    return {
        "organisation": profile,
        **{name: rows for name, rows in by_name.items() if name not in nested_children},
    }


def _entries(name: str, model: type[Challenge | Solution], org: Organisation) -> Table:
    return _table(
        name,
        model.objects.filter(organisation=org).prefetch_related("themes", "regions"),
        extra=[_names("themes"), _names("regions")],
    )


def _members(org: Organisation) -> Table:
    columns = [
        Column("name", lambda m: m.user.full_name),
        Column("email", lambda m: m.user.email),
        Column("job_title", lambda m: m.user.job_title),
        Column("role", lambda m: m.role),
        Column("joined", lambda m: m.created_at),
    ]
    return _rows("members", members_of(organisation=org), columns)


def _audit_entries(org: Organisation, tables: list[Table]) -> Table:
    """Entries recorded against the organisation, or about any of its records."""
    by_name = {table.name: table for table in tables}
    targets = {
        "organisations.organisation": [org.pk],
        "organisations.membership": Membership.objects.filter(organisation=org).values_list(
            "pk", flat=True
        ),
        "organisations.invitation": org.invitations.values_list("pk", flat=True),
        "catalogue.challenge": _ids(by_name["challenges"]),
        "catalogue.solution": _ids(by_name["solutions"]),
        "catalogue.matchfeedback": _ids(by_name["match_feedback"]),
        "proposals.expressionofinterest": _ids(by_name["interests"]),
        "proposals.pilotproposal": _ids(by_name["proposals"]),
        "cohorts.cohortchallenge": _ids(by_name["cohort_challenges"]),
        "cohorts.cohortsupplier": _ids(by_name["cohort_places"]),
    }
    about = Q(organisation=org)
    for target_type, ids in targets.items():
        about |= Q(target_type=target_type, target_id__in=[str(pk) for pk in ids])
    return _table("audit_entries", AuditEntry.objects.filter(about))


def _billing_tables(org: Organisation) -> list[Table]:
    if not apps.is_installed("marketplace.billing"):
        return []
    try:
        billing = import_module("marketplace.billing.models")
    except ImportError:
        return []
    return [
        _table(name, model.objects.filter(**{lookup: org}))
        for name, model_name, lookup in BILLING_TABLES
        if (model := getattr(billing, model_name, None)) is not None
    ]


def _ids(table: Table) -> list[int]:
    return [row["id"] for row in table.rows]


def _names(relation: str) -> Column:
    """A many-to-many relation as a list of names; prefetch it."""
    return Column(relation, lambda o: [item.name for item in getattr(o, relation).all()])


def _person(user) -> str | None:
    # What the site shows for a person: their name, "Former member" once they have left.
    return user.get_full_name() if user is not None else None


def _table(
    name: str, queryset: QuerySet, *, exclude: Iterable[str] = (), extra: Iterable[Column] = ()
) -> Table:
    """Every stored field of the model, people by name, other relations by id, then `extra`."""
    user_model = get_user_model()
    columns, people = [], []
    for field in queryset.model._meta.concrete_fields:
        if field.name in exclude:
            continue
        if field.is_relation and field.related_model is user_model:
            people.append(field.name)
            columns.append(_person_column(field.name))
        else:
            columns.append(_value_column(field.attname))
    return _rows(name, queryset.select_related(*people), [*columns, *extra])


def _person_column(name: str) -> Column:
    return Column(name, lambda obj: _person(getattr(obj, name)))


def _value_column(attname: str) -> Column:
    return Column(attname, lambda obj: getattr(obj, attname))


def _rows(name: str, queryset: QuerySet, columns: list[Column]) -> Table:
    rows = tuple(
        {column.name: _plain(column.value(obj)) for column in columns}
        for obj in queryset.order_by("pk")
    )
    return Table(name=name, columns=tuple(column.name for column in columns), rows=rows)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, models.Model):
        return value.pk
    return value


# -- accounts ---------------------------------------------------------------------------------


def organisations_only_owned_by(*, user) -> QuerySet[Organisation]:
    """Organisations that would be left without an owner if the user left."""
    other_owner = Membership.objects.filter(organisation=OuterRef("pk"), role=Role.OWNER).exclude(
        user=user
    )
    return (
        Organisation.objects.filter(memberships__user=user, memberships__role=Role.OWNER)
        .exclude(Exists(other_owner))
        .order_by("name")
    )


# -- retention --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionPolicy:
    audit_days: int
    notification_days: int
    backup_days: int


def retention_policy() -> RetentionPolicy:
    return RetentionPolicy(
        audit_days=_days("AUDIT_RETENTION_DAYS", 2555),
        notification_days=_days("NOTIFICATION_RETENTION_DAYS", 365),
        backup_days=_days("BACKUP_RETENTION_DAYS", 35),
    )


def privacy_controller() -> str:
    return getattr(settings, "PRIVACY_CONTROLLER", "The Launchpad programme")


def privacy_contact_email() -> str:
    return getattr(settings, "PRIVACY_CONTACT_EMAIL", "privacy@launchpad.localhost")


def _days(name: str, default: int) -> int:
    value = getattr(settings, name, default)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ImproperlyConfigured(f"{name} is a number of days, 1 or more, not {value!r}.")
    return value
