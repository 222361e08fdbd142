"""Headers that stop injected script from running and keep cookies off other sites."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from rest_framework.test import APIClient

from marketplace.accounts.tokens import api_token_create
from marketplace.core.security import content_security_policy, permissions_policy

pytestmark = pytest.mark.django_db


def directives(policy: str) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


@pytest.mark.parametrize("path", ["/", "/accounts/login/", "/api/v1/schema/", "/no-such-page/"])
def test_every_answer_carries_a_policy_without_inline_script(client, path):
    policy = directives(client.get(path)["Content-Security-Policy"])

    assert policy["script-src"].startswith("'self'")
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == "'none'"
    assert policy["frame-ancestors"] == "'none'"


def test_stripe_js_is_the_only_other_script_origin(settings):
    settings.STRIPE_JS_URL = "https://js.stripe.com/v3/"
    settings.STRIPE_API_BASE = "https://api.stripe.com"

    policy = directives(content_security_policy())

    assert policy["script-src"] == "'self' https://api.stripe.com https://js.stripe.com"


def test_no_page_template_holds_inline_script_or_handlers():
    offenders = []
    for template in (Path(django_settings.BASE_DIR) / "frontend" / "templates").rglob("*.html"):
        text = template.read_text()
        for marker in ("<script>", "onclick=", "onsubmit=", "onchange=", "onload=", "javascript:"):
            if marker in text:
                offenders.append(f"{template.name}: {marker}")

    assert offenders == []


def test_production_cookies_are_secure_httponly_and_same_site():
    script = (
        "import django, json; django.setup(); from django.conf import settings as s;"
        "print(json.dumps([s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, s.CSRF_COOKIE_SAMESITE]))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "marketplace.settings",
        "DEBUG": "false",
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "launchpad.example.org",
    }
    # Production settings are read once, at start-up: only a fresh process shows them.
    output = subprocess.run(  # noqa: S603 -- our own interpreter and a fixed script
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout

    assert output.strip() == '[true, true, true, "Lax", "Lax"]'


def features(policy: str) -> dict[str, str]:
    return dict(part.strip().split("=", 1) for part in policy.split(","))


@pytest.mark.parametrize(
    "path", ["/", "/accounts/login/", "/api/v1/schema/", "/no-such-page/", "/healthz"]
)
def test_every_answer_refuses_camera_microphone_and_location(client, path):
    policy = features(client.get(path)["Permissions-Policy"])

    assert {policy[name] for name in ("camera", "microphone", "geolocation", "usb")} == {"()"}


def test_payment_is_for_our_pages_and_stripes_frame_only(settings):
    settings.STRIPE_JS_URL = "https://js.stripe.com/v3/"

    assert features(permissions_policy())["payment"] == '(self "https://js.stripe.com")'


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/challenges/",
        "/account/notifications/",
        "/api/v1/me/",
        "/api/v1/challenges/",
        "/no-such-page/",
        "/staff/dashboard/",  # 404 for them: a refusal is private too
    ],
)
def test_nothing_shown_to_a_signed_in_person_is_stored(client, provider_member, path):
    client.force_login(provider_member)

    cache_control = client.get(path)["Cache-Control"]

    assert {"no-store", "private"} <= {part.strip() for part in cache_control.split(",")}


def test_nothing_shown_to_an_api_token_is_stored(provider_member):
    _, key = api_token_create(user=provider_member, name="script", days=1)
    api = APIClient(HTTP_AUTHORIZATION=f"Token {key}")

    answer = api.get("/api/v1/challenges/")

    assert answer.status_code == 200
    assert "no-store" in answer["Cache-Control"]


def test_public_pages_for_visitors_are_left_cacheable(client):
    answer = client.get("/challenges/")

    assert answer.status_code == 200
    assert "no-store" not in answer.get("Cache-Control", "")


@pytest.mark.django_db
def test_every_page_says_nosniff_and_keeps_the_referrer_to_our_own_origin(client):
    response = client.get("/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
