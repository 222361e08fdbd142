"""One rule for every write body: a field the endpoint cannot set is a 400 naming it."""

import importlib
import inspect
import pkgutil

import pytest
from rest_framework import serializers
from rest_framework.test import APIClient

import marketplace.api
from marketplace.api.strict import CANNOT_BE_SET, RejectUnknownFields
from marketplace.catalogue.models import Challenge
from marketplace.core.models import AuditEntry
from marketplace.organisations.models import Invitation, Organisation
from marketplace.proposals import services
from marketplace.proposals.models import Comment, ExpressionOfInterest
from tests.marketplace.catalogue.factories import DAMP, ChallengeFactory
from tests.marketplace.proposals.support import published_pair

pytestmark = pytest.mark.django_db


def api_serializers() -> list[type]:
    found = []
    for module_info in pkgutil.iter_modules(marketplace.api.__path__):
        module = importlib.import_module(f"marketplace.api.{module_info.name}")
        found += [
            cls
            for _, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, serializers.BaseSerializer)
            and cls.__module__ == module.__name__
            and not issubclass(cls, serializers.ListSerializer)
        ]
    return found


def test_every_api_serializer_refuses_fields_it_cannot_write():
    loose = [c.__qualname__ for c in api_serializers() if not issubclass(c, RejectUnknownFields)]

    assert len(api_serializers()) > 40
    assert loose == []


def _everything() -> dict:
    return {
        "organisations": list(Organisation.objects.order_by("pk").values()),
        "challenges": list(Challenge.objects.order_by("pk").values()),
        "invitations": Invitation.objects.count(),
        "interests": ExpressionOfInterest.objects.count(),
        "comments": Comment.objects.count(),
        "audit": AuditEntry.objects.count(),
    }


def _interest(provider, supplier, supplier_member):
    challenge, solution = published_pair(provider, supplier)
    return services.interest_express(
        user=supplier_member, challenge=challenge, solution=solution, pitch="Worth a pilot."
    )


REQUESTS = [
    # (persona, method, path, body, refused fields)
    ("provider_admin", "patch", "/api/v1/organisations/tyne-homes/",
     {"name": "Tyne Homes Group", "nickname": "TH"}, ["nickname"]),
    ("provider_admin", "patch", "/api/v1/organisations/tyne-homes/",
     {"is_verified": True, "kind": "supplier"}, ["is_verified", "kind"]),
    ("outsider", "post", "/api/v1/organisations/",
     {"name": "Wear Valley Homes", "kind": "housing_provider", "registered_number": "L4321",
      "homes_managed": 900, "slug": "wear"}, ["slug"]),
    ("provider_admin", "post", "/api/v1/organisations/tyne-homes/invitations/",
     {"email": "new@tyne.example", "role": "member", "message": "Welcome"}, ["message"]),
    ("provider_member", "post", "/api/v1/challenges/",
     {"organisation": "tyne-homes", "title": "Find damp", "sumary": "Typo.", "themes": [DAMP]},
     ["sumary"]),
    ("provider_member", "patch", "/api/v1/challenges/{draft}/",
     {"summary": "New.", "published_at": "2026-01-01T00:00:00Z"}, ["published_at"]),
    ("supplier_member", "post", "/api/v1/interests/{interest}/comments/",
     {"body": "Hello", "author": "someone@else.example"}, ["author"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("persona", "method", "path", "body", "fields"),
    REQUESTS,
    ids=["org-unknown", "org-read-only", "org-create", "invitation", "challenge-create",
         "challenge-patch", "comment"],
)  # fmt: skip
def test_a_write_body_with_a_field_that_cannot_be_set_is_400_and_changes_nothing(
    request, provider, supplier, supplier_member, persona, method, path, body, fields
):
    user = request.getfixturevalue(persona)
    ids = {
        "draft": ChallengeFactory(organisation=provider).pk,
        "interest": _interest(provider, supplier, supplier_member).pk,
    }
    client = APIClient()
    client.force_authenticate(user)
    before = _everything()

    response = getattr(client, method)(path.format(**ids), body, format="json")

    assert response.status_code == 400
    assert response.json() == {name: [CANNOT_BE_SET] for name in fields}
    assert _everything() == before
