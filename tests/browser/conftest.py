"""Playwright driving Debian's Chromium against pytest-django's live server.

Chromium runs headless with the flags that keep it off the network: the product
and its tests must work with no internet. Every page a test opens is checked with
axe-core (from npm): `check(page)` after each page a test reaches, and at the end
of the test any page that was visited but never checked fails it.
"""

import os
import re
import shutil
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core import mail
from django.test import Client

# Playwright's sync API runs an event loop in the test's thread; Django would otherwise
# refuse database access from it as if it were async code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(settings.BASE_DIR) / "artifacts" / "screenshots"
AXE_SCRIPT = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
OFFLINE_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
    "--metrics-recording-only",
]
# WCAG 2.0-2.2 A and AA, plus axe's best practices; serious and critical findings fail.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
FAILING_IMPACTS = {"serious", "critical"}
PHONE = {"width": 360, "height": 740}


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not path:
        pytest.fail("Chromium is not installed: `make test` installs it with apt-get.")
    return path


def axe_script() -> Path:
    if not AXE_SCRIPT.exists():
        pytest.fail("axe-core is not installed: `make test` runs `npm ci` first.")
    return AXE_SCRIPT


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path(), headless=True, args=OFFLINE_FLAGS
        )
        yield browser
        browser.close()


class Pages:
    """Opens pages that remember where they went, so no visited page escapes axe."""

    def __init__(self, browser, live_server) -> None:
        self.browser = browser
        self.live_server = live_server
        self.contexts: list = []
        self.visited: dict = {}
        self.errors: list[str] = []

    def context(self, *, javascript: bool = True, phone: bool = False):
        context = self.browser.new_context(
            base_url=self.live_server.url,
            viewport=PHONE if phone else {"width": 1280, "height": 900},
            java_script_enabled=javascript,
            accept_downloads=True,
        )
        # Injected by the browser itself, not as a page script: a strict CSP cannot refuse it.
        context.add_init_script(path=str(axe_script()))
        # axe would be defined but never finish there: its timers do not run.
        context.javascript_disabled = not javascript
        context.set_default_timeout(15_000)
        self.contexts.append(context)
        return context

    def page(self, context=None, **options):
        page = (context or self.context(**options)).new_page()
        self.visited[page] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on(
            "framenavigated",
            lambda frame: frame == page.main_frame and self.visited[page].append(frame.url),
        )
        return page

    def unchecked(self) -> list[str]:
        missed = []
        for page, urls in self.visited.items():
            checked = getattr(page, "checked_urls", set())
            missed += [url for url in urls if _comparable(url) not in checked]
        return sorted(set(missed))

    def close(self) -> None:
        for context in self.contexts:
            context.close()


def _comparable(url: str) -> str:
    """The URL without its fragment: a jump within a page is the same page."""
    parts = urlsplit(url)
    return parts._replace(fragment="").geturl()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.call_failed = report.failed


@pytest.fixture
def pages(request, browser, live_server):
    """`pages.page()` opens a tracked page in a new context; `pages.context()` a context."""
    opened = Pages(browser, live_server)
    yield opened
    failed = getattr(request.node, "call_failed", False)
    if failed:
        # What each page showed when the test failed, for whoever reads the CI artifacts.
        for number, page in enumerate(opened.visited):
            if not page.is_closed():
                screenshot(page, f"failed-{request.node.name}-{number}")
    opened.close()
    assert opened.errors == [], f"JavaScript errors on the page: {opened.errors}"
    if not failed:
        assert opened.unchecked() == [], "pages visited but never checked with axe"


@pytest.fixture
def browser_context(pages):
    return pages.context()


@pytest.fixture
def browser_page(pages, browser_context):
    return pages.page(browser_context)


def check(page, name: str | None = None) -> list[dict]:
    """Run axe on the page as it is now; serious or critical violations fail the test.

    With a name, also save a full-page screenshot. Returns the lesser violations.
    """
    page.wait_for_load_state("load")
    if getattr(page.context, "javascript_disabled", False):
        # JavaScript is off in this context: axe runs in a twin page that has it on.
        return _check_without_javascript(page, name)
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, "
        "resultTypes: ['violations']})",
        AXE_TAGS,
    )
    failures = [v for v in result["violations"] if v["impact"] in FAILING_IMPACTS]
    assert failures == [], f"axe on {page.url}:\n" + _describe(failures)
    _mark_checked(page)
    if name:
        screenshot(page, name)
    return result["violations"]


def _check_without_javascript(page, name: str | None) -> list[dict]:
    html = page.content()
    # axe needs JavaScript; it runs on a copy of the page in a context that has it, with the
    # same markup and stylesheets and the page's own scripts kept out.
    twin = page.context.browser.new_context(viewport=page.viewport_size)
    try:
        twin.add_init_script(path=str(axe_script()))
        twin_page = twin.new_page()
        twin_page.route("**/*.js", lambda route: route.abort())
        twin_page.set_content(_with_base(html, page.url))
        # Freshly loaded styles fade in (Pico's transitions); axe must see the settled colours.
        twin_page.add_style_tag(content="*, *::before, *::after { transition: none !important; }")
        result = twin_page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, "
            "resultTypes: ['violations']})",
            AXE_TAGS,
        )
    finally:
        twin.close()
    failures = [v for v in result["violations"] if v["impact"] in FAILING_IMPACTS]
    assert failures == [], f"axe on {page.url} (JavaScript off):\n" + _describe(failures)
    _mark_checked(page)
    if name:
        screenshot(page, name)
    return result["violations"]


def _with_base(html: str, url: str) -> str:
    return re.sub(r"<head>", f'<head><base href="{url}">', html, count=1)


def _mark_checked(page) -> None:
    if not hasattr(page, "checked_urls"):
        page.checked_urls = set()
    page.checked_urls.add(_comparable(page.url))


def _describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        lines += [f"    {node['target']}: {node['failureSummary']}" for node in violation["nodes"]]
    return "\n".join(lines)


@pytest.fixture
def taxonomy(transactional_db) -> None:
    """Themes and regions, as the first migration loads them.

    A test on the live server commits, so the database is emptied after it; whatever ran
    before may have taken the migration's rows with it.
    """
    from marketplace.catalogue.models import Region, Theme
    from marketplace.catalogue.taxonomy import REGIONS, THEMES

    for position, (slug, name, description) in enumerate(THEMES, start=1):
        Theme.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "position": position}
        )
    for position, (code, name) in enumerate(REGIONS, start=1):
        Region.objects.update_or_create(code=code, defaults={"name": name, "position": position})


def sign_in(context, live_server, user) -> None:
    """Give the browser a session for `user`, as if they had signed in (MFA included)."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
    )


def log_in(page, email: str, password: str, *, totp_secret: str | None = None) -> None:
    """Sign in through the real form, with an authenticator code when the account has one."""
    page.goto("/accounts/login/")
    check(page)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("main").get_by_role("button", name="Sign In").click()
    if totp_secret:
        page.wait_for_url("**/accounts/2fa/authenticate/")
        check(page)
        page.get_by_label("Code").fill(totp_code(totp_secret))
        page.get_by_role("main").get_by_role("button", name="Sign In").click()
    page.wait_for_url(lambda url: "/accounts/" not in url)
    check(page)


# A code typed in the last seconds of its 30 s window may reach the server in the next one,
# which refuses it (no tolerance): on a busy machine the sign-in then never leaves the form.
TOTP_MARGIN_SECONDS = 8


def totp_code(secret: str) -> str:
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    left = 30 - time.time() % 30
    if left < TOTP_MARGIN_SECONDS:
        time.sleep(left + 0.1)
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def last_email_link(to: str, pattern: str = r"https?://\S+") -> str:
    """The last link e-mailed to `to`: the live server runs in this process, so mail.outbox."""
    for message in reversed(mail.outbox):
        if to in message.to:
            return re.findall(pattern, message.body)[-1]
    raise AssertionError(f"no e-mail to {to}; sent: {[m.to for m in mail.outbox]}")


def screenshot(page, name: str) -> Path:
    """A full-page screenshot under artifacts/screenshots/, kept by CI for people to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
