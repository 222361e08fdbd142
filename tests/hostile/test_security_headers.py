"""Headers that stop injected script from running and keep cookies off other sites."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from marketplace.core.security import content_security_policy

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
