"""A catalogue scaled up for load tests: thousands of suppliers' solutions, embedded for real.

Embedding 10,000 solutions on a 2-core machine takes over half an hour, so each load
solution is an exact copy (title, text, themes, regions) of a published solution that is
already embedded, offered by a load supplier of its own. Identical text has an identical
embedding, so the copy's stored vectors are the template's, and the matcher, its drift
check and its explanations all treat the copies as the real documents they are. The search
work per request (FAISS, BM25, filters, explanations) is that of a catalogue this size.
"""

import math
from dataclasses import dataclass
from importlib import import_module

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.db import transaction
from django.utils import timezone

from marketplace.catalogue.models import Challenge, Solution, Status
from marketplace.organisations.models import Membership, Organisation, OrganisationKind, Role
from matching import api
from matching.api import DocumentKind

User = get_user_model()

LOAD_SLUG_PREFIX = "load-supplier-"
SOLUTIONS_PER_SUPPLIER = 50
BATCH = 500
# Fields a copy takes from its own row, not from the template.
OWN_FIELDS = {"id", "organisation", "created_by", "created_at", "updated_at"}


class ScaleError(Exception):
    """Nothing to copy: the catalogue has no published, embedded solution yet."""


@dataclass(frozen=True)
class LoadUser:
    email: str
    # A signed-in session, made here: the load measures matching, not password hashing.
    session_key: str
    challenge_ids: list[int]


def load_solutions() -> int:
    return Solution.objects.filter(organisation__slug__startswith=LOAD_SLUG_PREFIX).count()


def scale_solutions(total: int) -> int:
    """Add load solutions until the catalogue holds `total` published solutions; idempotent.

    Returns how many were added. The index is rebuilt afterwards, so every process that
    serves matches sees the whole catalogue in one version.
    """
    missing = total - Solution.objects.filter(status=Status.PUBLISHED).count()
    if missing <= 0:
        return 0
    model_name = api.serving_model_name(DocumentKind.SOLUTION)
    templates = _templates(model_name)
    added = 0
    while added < missing:
        count = min(BATCH, missing - added)
        added += _add_batch(templates, count, start=load_solutions(), model_name=model_name)
    api.rebuild_index(DocumentKind.SOLUTION)
    return added


def _templates(model_name: str) -> list[Solution]:
    embedded = api.searchable_ids(DocumentKind.SOLUTION, model_name)
    templates = list(
        Solution.objects.filter(status=Status.PUBLISHED, pk__in=embedded)
        .exclude(organisation__slug__startswith=LOAD_SLUG_PREFIX)
        .prefetch_related("themes", "regions")
        .order_by("pk")
    )
    if not templates:
        raise ScaleError("Publish and embed at least one solution first (e.g. make seed).")
    return templates


@transaction.atomic
def _add_batch(templates: list[Solution], count: int, *, start: int, model_name: str) -> int:
    numbers = range(start, start + count)
    suppliers = _suppliers_for(numbers)
    copies = []
    for number in numbers:
        template = templates[number % len(templates)]
        copies.append((template, _copy(template, suppliers[number // SOLUTIONS_PER_SUPPLIER])))
    Solution.objects.bulk_create([copy for _, copy in copies])
    _copy_taxonomy(copies)
    api.documents_copy(
        DocumentKind.SOLUTION,
        [(template.pk, copy.pk) for template, copy in copies],
        model_name,
    )
    return count


def _suppliers_for(numbers: range) -> dict[int, Organisation]:
    wanted = range(
        numbers.start // SOLUTIONS_PER_SUPPLIER, math.ceil(numbers.stop / SOLUTIONS_PER_SUPPLIER)
    )
    slugs = {f"{LOAD_SLUG_PREFIX}{n:05d}": n for n in wanted}
    existing = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs)}
    now = timezone.now()
    Organisation.objects.bulk_create(
        Organisation(
            name=f"Load Supplier {n:05d}",
            slug=slug,
            kind=OrganisationKind.SUPPLIER,
            registered_number=f"L{n:07d}",
            employees=10,
            description="A supplier made up for load tests.",
            is_verified=True,
            verified_at=now,
        )
        for slug, n in slugs.items()
        if slug not in existing
    )
    organisations = Organisation.objects.filter(slug__in=slugs)
    return {slugs[o.slug]: o for o in organisations}


def _copy(template: Solution, organisation: Organisation) -> Solution:
    fields = {
        field.attname: getattr(template, field.attname)
        for field in Solution._meta.concrete_fields
        if field.name not in OWN_FIELDS
    }
    return Solution(**fields, organisation=organisation)


def _copy_taxonomy(copies: list[tuple[Solution, Solution]]) -> None:
    for relation in ("themes", "regions"):
        through = getattr(Solution, relation).through
        target = f"{getattr(Solution, relation).field.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            through(solution_id=copy.pk, **{target: related.pk})
            for template, copy in copies
            for related in getattr(template, relation).all()
        )


# -- people to send the load ------------------------------------------------------------------


def load_users(count: int) -> list[LoadUser]:
    """`count` signed-in members of housing providers with published challenges.

    They are spread over the providers in turn; each may open its own provider's challenges.
    Their sessions are valid only for servers with this process's SECRET_KEY.
    """
    challenges_of: dict[int, list[int]] = {}
    for organisation_id, pk in (
        Challenge.objects.filter(status=Status.PUBLISHED)
        .order_by("organisation_id", "pk")
        .values_list("organisation_id", "pk")
    ):
        challenges_of.setdefault(organisation_id, []).append(pk)
    if not challenges_of:
        raise ScaleError("Publish at least one challenge first (e.g. make seed).")
    providers = sorted(challenges_of)
    return [_load_user(n, providers[n % len(providers)], challenges_of) for n in range(count)]


def _load_user(number: int, organisation_id: int, challenges_of) -> LoadUser:
    email = f"load-{number:03d}@launchpad.test"
    user, _ = User.objects.get_or_create(email=email, defaults={"full_name": f"Load {number}"})
    # No password: nobody can sign in as a load user, only use the sessions made here.
    user.set_unusable_password()
    user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    Membership.objects.update_or_create(
        user=user, defaults={"organisation_id": organisation_id, "role": Role.MEMBER}
    )
    return LoadUser(email, _signed_in_session(user), challenges_of[organisation_id])


def _signed_in_session(user) -> str:
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key
