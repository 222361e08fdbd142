"""Text people type is shown as text: markup and script in any field never reach the page raw."""

import pytest
from django.urls import reverse

from marketplace.catalogue.models import Status
from marketplace.proposals import services
from marketplace.proposals.comments import comment_add
from tests.frontend.guided_form import client_for
from tests.marketplace.catalogue.factories import ChallengeFactory, SolutionFactory

pytestmark = pytest.mark.django_db

ATTACK = '<script>alert("x")</script><img src=x onerror=alert(1)>'
ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"


@pytest.fixture
def hostile_pair(provider, supplier):
    challenge = ChallengeFactory(
        organisation=provider, status=Status.PUBLISHED, title=f"Damp {ATTACK}", summary=ATTACK
    )
    solution = SolutionFactory(
        organisation=supplier, status=Status.PUBLISHED, name=f"Sensor {ATTACK}", summary=ATTACK
    )
    return challenge, solution


def assert_escaped(response) -> None:
    page = response.content.decode()
    assert response.status_code == 200
    assert ESCAPED in page
    assert "<script>alert" not in page
    assert "<img src=x" not in page


@pytest.mark.parametrize("kind", ["challenges", "solutions"])
def test_catalogue_lists_and_pages_escape_what_was_typed(hostile_pair, provider_admin, kind):
    challenge, solution = hostile_pair
    entry = challenge if kind == "challenges" else solution
    client = client_for(provider_admin)

    assert_escaped(client.get(f"/{kind}/"))
    assert_escaped(client.get(f"/{kind}/{entry.pk}/"))


def test_interests_proposals_and_comments_escape_what_was_typed(
    hostile_pair, provider_admin, supplier_admin
):
    challenge, solution = hostile_pair
    interest = services.interest_express(
        user=supplier_admin, challenge=challenge, solution=solution, pitch=ATTACK
    )
    proposal = services.interest_accept(user=provider_admin, interest=interest)
    comment_add(user=provider_admin, proposal=proposal, body=ATTACK)
    client = client_for(supplier_admin)

    assert_escaped(client.get(reverse("frontend:interest_detail", args=[interest.pk])))
    assert_escaped(client.get(reverse("frontend:proposal_detail", args=[proposal.pk])))
    assert_escaped(client.get(reverse("frontend:proposal_print", args=[proposal.pk])))


def test_the_api_returns_text_as_data_not_markup(hostile_pair, provider_admin):
    challenge, _ = hostile_pair
    client = client_for(provider_admin)

    response = client.get(f"/api/v1/challenges/{challenge.pk}/")

    assert response["Content-Type"] == "application/json"
    assert response.json()["summary"] == ATTACK
