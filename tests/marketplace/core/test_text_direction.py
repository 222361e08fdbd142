"""Invisible text-direction controls are refused in names, titles, comments and reasons.

One check (marketplace.core.validators.text_problem) serves services, pages and API alike.
"""

import pytest
from django.core.exceptions import ValidationError
from rest_framework.test import APIClient

from marketplace.catalogue import services as catalogue
from marketplace.catalogue.models import Challenge, Status
from marketplace.core.models import AuditEntry
from marketplace.core.validators import bidi_message
from marketplace.organisations import services as organisations
from marketplace.organisations.models import Organisation, OrganisationKind
from marketplace.proposals import services as proposals
from marketplace.proposals.comments import comment_add
from marketplace.proposals.models import Comment
from tests.frontend.guided_form import client_for, problem_step
from tests.marketplace.catalogue.factories import ChallengeFactory, row_of
from tests.marketplace.proposals.support import published_pair

pytestmark = pytest.mark.django_db

CONTROLS = [
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # embeddings, pop, overrides
    "\u2066", "\u2067", "\u2068", "\u2069",  # isolates
    "\u200e", "\u200f", "\u061c",  # left-to-right, right-to-left and Arabic letter marks
]  # fmt: skip


@pytest.mark.parametrize("control", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
def test_a_challenge_title_with_a_direction_control_is_refused_and_nothing_saved(
    provider, provider_member, control
):
    with pytest.raises(ValidationError) as refused:
        catalogue.entry_create(
            Challenge,
            user=provider_member,
            organisation=provider,
            title=f"Invoice_{control}fdp.exe",
        )

    assert refused.value.message_dict == {"title": [bidi_message(control)]}
    assert Challenge.objects.count() == 0
    assert AuditEntry.objects.count() == 0


def test_an_organisation_name_with_an_override_is_refused(outsider):
    with pytest.raises(ValidationError) as refused:
        organisations.organisation_create(
            user=outsider,
            name="Tyne \u202eHomes",
            kind=OrganisationKind.HOUSING_PROVIDER,
            registered_number="L4321",
            homes_managed=10,
        )

    assert list(refused.value.message_dict) == ["name"]
    assert Organisation.objects.count() == 0


def test_an_organisation_rename_through_the_api_with_an_override_is_a_400(provider, provider_admin):
    client = APIClient()
    client.force_authenticate(provider_admin)

    response = client.patch(
        f"/api/v1/organisations/{provider.slug}/", {"name": "Tyne \u2067Homes"}, format="json"
    )

    assert response.status_code == 400
    assert response.json() == {"name": [bidi_message("\u2067")]}
    provider.refresh_from_db()
    assert provider.name == "Tyne Homes"


def test_a_challenge_title_with_an_override_on_the_guided_form_is_a_field_error(
    provider, provider_member
):
    draft = ChallengeFactory(organisation=provider)
    before = row_of(draft)

    response = client_for(provider_member).post(
        f"/challenges/{draft.pk}/edit/problem/", problem_step(title="Damp \u202etroper")
    )

    assert response.status_code == 200
    assert response.context["form"].errors == {"title": [bidi_message("\u202e")]}
    assert row_of(draft) == before


def test_a_comment_with_an_isolate_is_refused(provider, supplier, provider_member, supplier_member):
    challenge, solution = published_pair(provider, supplier)
    interest = proposals.interest_express(
        user=supplier_member, challenge=challenge, solution=solution, pitch="Worth a pilot."
    )

    with pytest.raises(ValidationError) as refused:
        comment_add(user=provider_member, interest=interest, body="See \u2068moc.live\u2069")

    assert list(refused.value.message_dict) == ["body"]
    assert Comment.objects.count() == 0


def test_a_rejection_reason_with_an_override_is_refused(provider, staff_user):
    submitted = ChallengeFactory(organisation=provider, status=Status.SUBMITTED)

    with pytest.raises(ValidationError) as refused:
        catalogue.entry_reject(submitted, user=staff_user, reason="Fix \u202ethis")

    assert refused.value.message_dict == {"reason": [bidi_message("\u202e")]}
    submitted.refresh_from_db()
    assert submitted.status == Status.SUBMITTED


def test_right_to_left_text_without_controls_is_kept(provider, provider_member):
    entry = catalogue.entry_create(
        Challenge, user=provider_member, organisation=provider, title="רטיבות ועובש"
    )

    entry.refresh_from_db()
    assert entry.title == "רטיבות ועובש"
