import pytest
from django.test import Client
from rest_framework.test import APIClient

from marketplace.catalogue.models import Status, Visibility
from tests.marketplace.catalogue.factories import (
    DAMP,
    ENERGY,
    REPAIRS,
    ChallengeFactory,
    SolutionFactory,
)

pytestmark = pytest.mark.django_db

CHALLENGES = "/api/v1/challenges/"
SOLUTIONS = "/api/v1/solutions/"


def api_as(user) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.fixture
def listed(provider, supplier):
    live = {"status": Status.PUBLISHED, "visibility": Visibility.PUBLIC}
    ChallengeFactory(organisation=provider, title="Mould", themes=[DAMP], regions=["TLC"],
                     budget_max_pence=2_000_000, **live)  # fmt: skip
    ChallengeFactory(organisation=provider, title="Boilers", themes=[ENERGY], regions=["TLD"],
                     budget_max_pence=9_000_000, **live)  # fmt: skip
    ChallengeFactory(
        organisation=provider, title="Members only", status=Status.PUBLISHED, themes=[REPAIRS]
    )
    ChallengeFactory(organisation=provider, title="Draft")
    SolutionFactory(organisation=supplier, name="Sensors", maturity="piloted",
                    certifications=["iso_27001"], **live)  # fmt: skip
    SolutionFactory(organisation=supplier, name="Bot", maturity="concept", **live)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"{CHALLENGES}?theme={DAMP}", ["Mould"]),
        (f"{CHALLENGES}?theme={DAMP}&theme={ENERGY}", ["Boilers", "Mould"]),
        (f"{CHALLENGES}?region=TLD", ["Boilers"]),
        (f"{CHALLENGES}?budget_min=50000", ["Boilers"]),
        (f"{CHALLENGES}?q=boilers", ["Boilers"]),
        (f"{SOLUTIONS}?maturity=piloted", ["Sensors"]),
        (f"{SOLUTIONS}?certification=iso_27001", ["Sensors"]),
    ],
)
def test_api_filters_match_the_pages(listed, outsider, url, expected):
    page = Client()
    page.force_login(outsider)

    api = api_as(outsider).get(url)
    html = page.get(url.removeprefix("/api/v1"))

    assert api.status_code == 200
    assert sorted(e["title" if "title" in e else "name"] for e in api.json()["results"]) == expected
    assert sorted(e.title for e in html.context["page"].object_list) == expected


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("budget_min=lots", "budget_min"),
        ("theme=no-such-theme", "theme"),
        ("region=XXX", "region"),
        ("maturity=mythical", "maturity"),
        ("budget_min=500&budget_max=100", "budget_min"),
    ],
)
def test_bad_filter_value_is_400_naming_the_field(listed, outsider, query, field):
    response = api_as(outsider).get(f"{CHALLENGES}?{query}")

    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_anonymous_lists_only_public_published(listed):
    response = api_as(None).get(CHALLENGES)

    assert response.status_code == 200
    assert [e["title"] for e in response.json()["results"]] == ["Boilers", "Mould"]


def test_pagination_gives_count_and_next(provider, outsider):
    ChallengeFactory.create_batch(25, organisation=provider, status=Status.PUBLISHED)

    first = api_as(outsider).get(CHALLENGES).json()
    second = api_as(outsider).get(f"{CHALLENGES}?page=2&page_size=10").json()
    last = api_as(outsider).get(f"{CHALLENGES}?page=3&page_size=10").json()

    assert (first["count"], len(first["results"])) == (25, 20)
    assert (second["count"], len(second["results"])) == (25, 10)
    assert second["next"] == "http://testserver/api/v1/challenges/?page=3&page_size=10"
    assert (len(last["results"]), last["next"]) == (5, None)
    assert {e["id"] for e in first["results"]}.isdisjoint(
        e["id"] for e in api_as(outsider).get(f"{CHALLENGES}?page=2").json()["results"]
    )


@pytest.mark.parametrize("count", [3, 10])
def test_list_takes_the_same_queries_however_many(
    provider, provider_member, django_assert_num_queries, count
):
    ChallengeFactory.create_batch(count, organisation=provider, status=Status.PUBLISHED)
    client = api_as(provider_member)

    # memberships, count, page, prefetched themes and regions (filter choices only when asked)
    with django_assert_num_queries(5):
        response = client.get(CHALLENGES)

    assert len(response.json()["results"]) == count
