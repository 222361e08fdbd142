"""Repeatable actions stop at their limit with 429 and Retry-After; nothing else is affected."""

import time
from uuid import uuid4

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from marketplace.accounts.models import User
from marketplace.core.cache import count_hits
from marketplace.core.ratelimit import Rate, parse_rate
from marketplace.proposals import services
from marketplace.proposals.models import Comment
from tests.api.test_proposals_api import PITCH
from tests.conftest import PASSWORD
from tests.frontend.guided_form import client_for
from tests.marketplace.proposals.support import published_pair

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(provider, supplier, supplier_admin, provider_admin):
    challenge, solution = published_pair(provider, supplier)
    interest = services.interest_express(
        user=supplier_admin, challenge=challenge, solution=solution, pitch=PITCH
    )
    return services.interest_accept(user=provider_admin, interest=interest)


@pytest.fixture
def two_comments_a_minute(settings):
    settings.ACTION_RATE_LIMITS = {**settings.ACTION_RATE_LIMITS, "comment": "2/m"}


@pytest.mark.parametrize(
    ("text", "rate"),
    [
        ("30/h", Rate(30, 3600)),
        ("5/10m", Rate(5, 600)),
        ("1/s", Rate(1, 1)),
        ("7/2d", Rate(7, 172800)),
    ],
)
def test_rates_read_as_count_per_period(text, rate):
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["lots", "0/m", "5/week", "/m", "5"])
def test_a_mistyped_rate_is_refused(text):
    with pytest.raises(ImproperlyConfigured, match="30/h or 5/10m"):
        parse_rate(text)


def test_the_third_comment_in_a_minute_gets_a_page_saying_how_long_to_wait(
    two_comments_a_minute, draft, provider_admin
):
    client = client_for(provider_admin)
    url = reverse("frontend:proposal_comment", args=[draft.pk])

    answers = [client.post(url, {"body": f"Comment {n}"}) for n in range(3)]

    assert [a.status_code for a in answers] == [302, 302, 429]
    assert 0 < int(answers[2]["Retry-After"]) <= 60
    assert "Too many requests: please wait" in answers[2].content.decode()
    assert Comment.objects.count() == 2


def test_the_api_answers_429_in_json(two_comments_a_minute, draft, provider_admin):
    api = APIClient()
    api.force_login(provider_admin)
    url = f"/api/v1/proposals/{draft.pk}/comments/"

    answers = [api.post(url, {"body": f"Comment {n}"}) for n in range(3)]

    assert [a.status_code for a in answers] == [201, 201, 429]
    assert answers[2].json()["code"] == "rate_limited"
    assert "Retry-After" in answers[2]
    assert Comment.objects.count() == 2


def test_each_user_has_their_own_count(
    two_comments_a_minute, draft, provider_admin, supplier_admin
):
    url = reverse("frontend:proposal_comment", args=[draft.pk])
    for _ in range(2):
        client_for(provider_admin).post(url, {"body": "From the provider"})

    answer = client_for(supplier_admin).post(url, {"body": "From the supplier"})

    assert answer.status_code == 302
    assert Comment.objects.count() == 3


def test_one_address_is_limited_across_users(
    settings, two_comments_a_minute, draft, provider_admin, supplier_admin
):
    settings.RATE_LIMIT_IP_MULTIPLIER = 1
    url = reverse("frontend:proposal_comment", args=[draft.pk])
    client_for(provider_admin).post(url, {"body": "One"})
    client_for(supplier_admin).post(url, {"body": "Two"})

    answer = client_for(supplier_admin).post(url, {"body": "Three"})

    assert answer.status_code == 429


def test_a_forwarded_address_is_ignored_unless_a_proxy_is_trusted(
    settings, two_comments_a_minute, draft, provider_admin, supplier_admin
):
    settings.RATE_LIMIT_IP_MULTIPLIER = 1
    url = reverse("frontend:proposal_comment", args=[draft.pk])
    for n, user in enumerate([provider_admin, supplier_admin]):
        client_for(user).post(url, {"body": f"{n}"}, HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")

    assert (
        client_for(provider_admin)
        .post(url, {"body": "again"}, HTTP_X_FORWARDED_FOR="10.0.0.9")
        .status_code
        == 429
    )

    settings.RATE_LIMIT_TRUST_X_FORWARDED_FOR = True
    assert (
        client_for(supplier_admin)
        .post(url, {"body": "via proxy"}, HTTP_X_FORWARDED_FOR="10.0.0.9")
        .status_code
        == 302
    )


def test_reading_a_proposal_is_never_limited(two_comments_a_minute, draft, provider_admin):
    client = client_for(provider_admin)

    answers = [client.get(reverse("frontend:proposal_detail", args=[draft.pk])) for _ in range(5)]

    assert {a.status_code for a in answers} == {200}


def test_match_pages_and_api_share_one_limit(settings, provider, provider_admin):
    settings.ACTION_RATE_LIMITS = {**settings.ACTION_RATE_LIMITS, "matches": "1/m"}
    client = Client()
    client.force_login(provider_admin)

    client.get("/challenges/999999/matches/")
    answer = client.get("/api/v1/challenges/999999/matches/")

    assert answer.status_code == 429


def test_counters_rise_with_each_hit_and_start_again_when_they_expire():
    # Each counter lives in the cache (Redis in CI) and expires with its window.
    first, second = f"test:{uuid4().hex}", f"test:{uuid4().hex}"

    assert count_hits([first, second], timeout=1) == [1, 1]
    assert count_hits([first], timeout=1) == [2]
    time.sleep(1.2)

    assert count_hits([first, second], timeout=1) == [1, 1]


# -- sign-in and sign-up, limited by allauth and answered here ---------------------------------


@pytest.fixture
def account_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "login_failed": "100/m/ip,2/5m/key",
        "signup": "2/m/ip",
    }


def test_wrong_passwords_for_one_account_stop_at_the_limit_with_retry_after(
    account_limits, provider_member
):
    client = Client()
    wrong = {"login": provider_member.email, "password": "not-the-password"}

    answers = [client.post("/accounts/login/", wrong) for _ in range(3)]
    right = client.post("/accounts/login/", {**wrong, "password": PASSWORD})

    assert [a.status_code for a in answers] == [200, 200, 429]
    assert answers[2]["Retry-After"] == "300"
    assert "Too many failed login attempts" in answers[2].content.decode()
    # Even the right password waits: the limit is what stops guessing.
    assert right.status_code == 429
    assert (
        Client().post("/accounts/login/", {**wrong, "login": "other@example.com"}).status_code
        == 200
    )


def test_sign_ups_from_one_address_stop_at_the_limit(account_limits):
    client = Client()

    answers = [
        client.post(
            "/accounts/signup/",
            {
                "email": f"new{n}@example.com",
                "full_name": "New Person",
                "password1": "x7#Long-enough",
                "password2": "x7#Long-enough",
            },
        )
        for n in range(3)
    ]

    assert [a.status_code for a in answers[:2]] == [302, 302]
    assert (answers[2].status_code, answers[2]["Retry-After"]) == (429, "60")
    assert User.objects.filter(email="new2@example.com").exists() is False
