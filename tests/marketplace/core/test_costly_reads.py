"""Costly reads: a rate per user, a cap on how many run at once, and bounded inputs.

One account asking for comparisons, clusters, dashboards, exports or searches without pause
must not slow everyone else; a request too large to answer is a field error, not a long wait.
"""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.test import APIClient

from frontend import match_views
from marketplace.catalogue.filters import FILTER_VALUES_MAX
from marketplace.catalogue.models import Status, Theme
from marketplace.cohorts.models import Cohort
from marketplace.core.ratelimit import (
    HELD_WHILE_ANSWERED,
    IN_FLIGHT_RETRY_AFTER,
    LIMITED_VIEWS,
    in_flight_slot_take,
)
from marketplace.matchmaking.matches import MATCHES_MAX, matches_for
from tests.conftest import make_user
from tests.frontend.guided_form import client_for
from tests.marketplace.catalogue.factories import ChallengeFactory

pytestmark = pytest.mark.django_db


def url_names(patterns, namespace: str = "") -> set[str]:
    names = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def test_every_limited_view_is_a_url_with_a_configured_rate(settings):
    known = url_names(get_resolver().url_patterns)

    assert sorted(name for name, _ in LIMITED_VIEWS if name not in known) == []
    assert set(LIMITED_VIEWS.values()) <= set(settings.ACTION_RATE_LIMITS)
    assert set(LIMITED_VIEWS.values()) >= HELD_WHILE_ANSWERED


# Who asks, how and where: ids that do not exist are enough, as the limit comes first.
COSTLY = [
    ("compare", "member", "get", "/challenges/999999/matches/compare/?compare=1&compare=2"),
    ("compare", "staff", "get", "/staff/cohorts/none/pairings/999999/why/"),
    ("insight", "staff", "get", "/staff/insight/"),
    ("insight", "staff", "get", "/api/v1/clusters/"),
    ("dashboards", "member", "get", "/"),
    ("dashboards", "staff", "get", "/staff/dashboard/"),
    ("dashboards", "staff", "get", "/api/v1/funnel/"),
    ("dashboards", "staff", "get", "/staff/cohorts/none/matchmaking/"),
    ("search", "member", "get", "/challenges/?q=damp"),
    ("search", "member", "get", "/api/v1/solutions/?q=damp"),
    ("exports", "staff", "get", "/staff/dashboard/funnel.csv"),
    ("exports", "staff", "get", "/staff/cohorts/none/pairings.csv"),
    ("exports", "member", "post", "/organisations/tyne-homes/export/"),
    ("jobs", "staff", "post", "/api/v1/cohorts/none/optimise/"),
]


@pytest.mark.parametrize(
    ("action", "who", "method", "path"), COSTLY, ids=[row[3] for row in COSTLY]
)
def test_each_costly_read_stops_at_its_limit_with_429_and_retry_after(
    settings, provider_member, staff_user, action, who, method, path
):
    settings.ACTION_RATE_LIMITS = {**settings.ACTION_RATE_LIMITS, action: "2/m"}
    client = client_for(provider_member if who == "member" else staff_user)

    answers = [getattr(client, method)(path) for _ in range(3)]

    assert [a.status_code == 429 for a in answers] == [False, False, True]
    assert 0 < int(answers[2]["Retry-After"]) <= 60


def test_the_compare_page_is_limited_per_user_not_for_everyone(
    settings, provider_member, provider_admin
):
    settings.ACTION_RATE_LIMITS = {**settings.ACTION_RATE_LIMITS, "compare": "2/m"}
    path = "/challenges/999999/matches/compare/?compare=1&compare=2&compare=3"
    for _ in range(3):
        client_for(provider_member).get(path)

    assert client_for(provider_admin).get(path).status_code == 404


# -- at most RATE_LIMIT_IN_FLIGHT at once ---------------------------------------------------


def test_a_costly_read_beyond_those_in_flight_is_refused_at_once(settings, provider_member):
    settings.RATE_LIMIT_IN_FLIGHT = 2
    # Two of the member's requests are being answered (their slots are taken).
    held = [in_flight_slot_take([f"user:{provider_member.pk}"]) for _ in range(2)]
    client = client_for(provider_member)

    refused = client.get("/challenges/999999/matches/")
    api = client.get("/api/v1/challenges/999999/matches/")
    cache.delete(held[0])
    allowed = client.get("/challenges/999999/matches/")

    assert (refused.status_code, refused["Retry-After"]) == (429, str(IN_FLIGHT_RETRY_AFTER))
    assert "please wait 1 second and" in refused.content.decode()
    assert (api.status_code, api.json()["code"]) == (429, "rate_limited")
    assert allowed.status_code == 404
    assert client_for(make_user("else@tyne.example")).get("/").status_code == 302


def test_a_finished_request_gives_its_slot_back(settings, provider_member):
    settings.RATE_LIMIT_IN_FLIGHT = 1
    client = client_for(provider_member)

    answers = [client.get("/challenges/999999/matches/").status_code for _ in range(4)]

    assert answers == [404] * 4
    assert in_flight_slot_take([f"user:{provider_member.pk}"]) is not None


@pytest.mark.django_db(transaction=True)
def test_one_account_on_many_threads_gets_only_its_share(settings, provider, provider_member):
    settings.RATE_LIMIT_IN_FLIGHT = 2
    challenge = ChallengeFactory(organisation=provider, status=Status.PUBLISHED)
    ranking, release = threading.Semaphore(0), threading.Event()

    def slow_ranking(**kwargs):
        ranking.release()
        release.wait(timeout=10)
        return []

    match_views.matches_for, real = slow_ranking, match_views.matches_for
    try:
        client = client_for(provider_member)
        url = f"/challenges/{challenge.pk}/matches/"
        with ThreadPoolExecutor(max_workers=2) as pool:
            running = [pool.submit(client.get, url) for _ in range(2)]
            for _ in range(2):
                assert ranking.acquire(timeout=10)
            # Both slots are held by requests still ranking: an eighth thread would fare
            # no better than this third one.
            third = client.get(url)
            release.set()
            finished = [future.result(timeout=10).status_code for future in running]
    finally:
        match_views.matches_for = real

    assert (third.status_code, finished) == (429, [200, 200])
    assert client.get(url).status_code == 200


def test_the_cap_fails_open_when_the_cache_is_unreachable(settings, provider_member):
    settings.CACHES = {
        "default": {
            "BACKEND": "marketplace.core.cache.FailSoftRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    settings.RATE_LIMIT_IN_FLIGHT = 1

    slots = [in_flight_slot_take([f"user:{provider_member.pk}"]) for _ in range(3)]

    assert None not in slots


# -- bounded inputs ---------------------------------------------------------------------------


@pytest.fixture
def published(provider):
    return ChallengeFactory(organisation=provider, status=Status.PUBLISHED)


def api_for(user) -> APIClient:
    api = APIClient()
    api.force_authenticate(user)
    return api


@pytest.mark.parametrize("k", [0, MATCHES_MAX + 1, 10**9, "lots"])
def test_an_oversized_k_is_a_field_error(provider_member, published, k):
    answer = api_for(provider_member).get(f"/api/v1/challenges/{published.pk}/matches/?k={k}")

    assert answer.status_code == 400
    assert list(answer.json()) == ["k"]


def test_the_matcher_door_refuses_an_oversized_k_too(provider, provider_member, published):
    with pytest.raises(ValidationError) as refused:
        matches_for(
            user=provider_member,
            organisation_id=provider.pk,
            entry=published,
            filters={},
            k=MATCHES_MAX + 1,
        )

    assert list(refused.value.message_dict) == ["k"]


def too_many_values() -> str:
    return "&".join(f"theme=theme-{n}" for n in range(FILTER_VALUES_MAX + 1))


@pytest.mark.parametrize(
    "path", ["/api/v1/challenges/?{query}", "/api/v1/challenges/{pk}/matches/?{query}"]
)
def test_more_filter_values_than_any_list_holds_is_a_field_error(provider_member, published, path):
    url = path.format(pk=published.pk, query=too_many_values())

    answer = api_for(provider_member).get(url)

    assert answer.status_code == 400
    assert answer.json()["theme"][0]["message"] == f"Choose at most {FILTER_VALUES_MAX}."


def test_a_value_repeated_counts_once(provider_member, published):
    slug = Theme.objects.values_list("slug", flat=True).first()
    query = "&".join([f"theme={slug}"] * (FILTER_VALUES_MAX + 10))

    answer = api_for(provider_member).get(f"/api/v1/challenges/?{query}")

    assert answer.status_code == 200


def test_the_list_page_names_the_filter_with_too_many_values(provider_member):
    answer = client_for(provider_member).get(f"/challenges/?{too_many_values()}")

    assert f"Choose at most {FILTER_VALUES_MAX}." in answer.content.decode()


def test_comparing_more_than_three_is_a_400_that_says_so(provider_member, published):
    ids = "&".join(f"compare={n}" for n in range(1, 5))

    answer = client_for(provider_member).get(f"/challenges/{published.pk}/matches/compare/?{ids}")

    assert answer.status_code == 400
    assert "Compare at most 3 at a time" in answer.content.decode()


def test_seeding_a_cohort_with_an_id_no_database_holds_is_a_field_error(staff_user):
    answer = client_for(staff_user).post(
        "/staff/insight/seed/", {"name": "Huge", "challenge_ids": "9" * 40}
    )

    assert answer.status_code == 200
    assert "did not come through" in answer.content.decode()
    assert Cohort.objects.count() == 0
