"""Regenerate docs/screenshots/: the real product on the demo data, photographed by Chromium.

Seeds a throwaway database (migrate + seed_demo, with its own index directory), serves it
with runserver on a free loopback port, signs in as a provider, a supplier and programme
staff through the real forms (staff with a TOTP code) and saves a PNG of each key page.
Nothing outside the temporary directory is touched, and nothing leaves loopback.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from marketplace.demo import content as demo

PROVIDER = f"owner@{demo.HOUSING_PROVIDERS[0][1]}"  # Tynebridge Homes
SUPPLIER = f"owner@{demo.SUPPLIERS[0][1]}"  # DampSense Ltd
DRAFTING_SUPPLIER = f"owner@{demo.SUPPLIERS[3][1]}"  # HeatWise Systems, a proposal in draft
STAFF = "staff@launchpad.test"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
OFFLINE_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-sync",
]


class Command(BaseCommand):
    help = "Regenerate the README's screenshots from a throwaway demo database."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--output", default=str(Path(settings.BASE_DIR) / "docs" / "screenshots")
        )
        parser.add_argument(
            "--keep", action="store_true", help="Keep the temporary database and print where."
        )

    def handle(self, *args, output: str, keep: bool, **options) -> None:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as exc:
            raise CommandError("Playwright is missing: pip install -e '.[dev]'.") from exc
        chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
        if not chromium:
            raise CommandError("Chromium is missing: `make chromium` installs it.")
        out = Path(output)
        out.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix="launchpad-screenshots-"))
        env = _environment(workdir)
        try:
            self.stdout.write("Seeding a throwaway demo database (embedding takes a few minutes)…")
            _manage(env, "migrate", "--noinput")
            _manage(env, "seed_demo")
            with _server(env) as base_url, sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=chromium, headless=True, args=OFFLINE_FLAGS
                )
                try:
                    shots = Photographer(browser, base_url, out)
                    shots.take_all()
                finally:
                    browser.close()
            for path in shots.saved:
                self.stdout.write(f"  {path}")
            self.stdout.write(self.style.SUCCESS(f"{len(shots.saved)} screenshots in {out}."))
        finally:
            if keep:
                self.stdout.write(f"Kept the demo database in {workdir}.")
            else:
                shutil.rmtree(workdir, ignore_errors=True)


def _environment(workdir: Path) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "MATCHING_INDEX_DIR", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DEBUG="true",
        LAUNCHPAD_VAR_DIR=str(workdir),
        # Tasks run inline in the one process; no broker, no cache server.
        REDIS_URL="",
        CELERY_BROKER_URL="",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        LOG_LEVEL="WARNING",
        HF_HUB_OFFLINE="1",
    )
    return env


def _manage(env: dict, *args: str, **popen) -> subprocess.Popen | None:
    command = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *args]
    if popen:
        return subprocess.Popen(command, env=env, cwd=settings.BASE_DIR, **popen)  # noqa: S603
    subprocess.run(command, env=env, cwd=settings.BASE_DIR, check=True)  # noqa: S603
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def _server(env: dict):
    port = _free_port()
    server = _manage(
        env,
        "runserver",
        f"127.0.0.1:{port}",
        "--noreload",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base_url}/healthz", server)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_for(url: str, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise CommandError("The demo server stopped before it answered.")
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - our own loopback server
                return
        except OSError:
            time.sleep(0.5)
    raise CommandError(f"The demo server did not answer at {url}.")


def _totp(secret: str) -> str:
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


class Photographer:
    """Signs in as each kind of person and saves the pages the README shows."""

    def __init__(self, browser, base_url: str, out: Path) -> None:
        self.browser = browser
        self.base_url = base_url
        self.out = out
        self.saved: list[Path] = []

    def take_all(self) -> None:
        page = self._page()
        page.goto("/")
        self._save(page, "01-landing")

        provider = self._signed_in(PROVIDER)
        self._save(provider, "02-provider-dashboard", full_page=True)
        provider.get_by_role("link", name="My challenges").click()
        provider.get_by_role("link", name="See matches").first.click()
        self._save(provider, "03-ranked-matches")
        provider.locator("details.why").first.locator("summary").click()
        self._save(provider, "04-why-this-match", element="article.match-card")
        boxes = provider.get_by_role("checkbox", name="Compare")
        for index in range(3):
            boxes.nth(index).check()
        provider.get_by_role("button", name="Compare side by side").click()
        provider.wait_for_url("**/compare/?*")
        self._save(provider, "05-compare-side-by-side", full_page=True)
        provider.goto("/challenges/new/")
        self._save(provider, "06-guided-challenge-form")

        supplier = self._signed_in(SUPPLIER)
        self._save(supplier, "07-supplier-dashboard", full_page=True)
        writer = self._signed_in(DRAFTING_SUPPLIER)
        writer.get_by_role("link", name="Proposals", exact=True).first.click()
        writer.get_by_role("row").filter(has_text="Draft").get_by_role("link").first.click()
        self._save(writer, "08-pilot-proposal")

        staff = self._signed_in(STAFF, totp=demo.DEMO_STAFF_TOTP_SECRET)
        self._save(staff, "09-staff-home", full_page=True)
        staff.goto("/staff/cohorts/")
        staff.get_by_role("link", name=demo.MATCHING_COHORT_NAME).click()
        staff.get_by_role("button", name="Matchmaking").click()
        self._save(staff, "10-cohort-matchmaking")
        staff.goto("/staff/dashboard/")
        self._save(staff, "11-programme-dashboard")
        staff.goto("/staff/insight/")
        self._save(staff, "12-demand-insight")

        phone = self._signed_in(PROVIDER, viewport=PHONE)
        phone.get_by_role("link", name="See every match").first.click()
        self._save(phone, "13-phone-matches")

    def _page(self, viewport: dict = DESKTOP):
        context = self.browser.new_context(base_url=self.base_url, viewport=viewport)
        context.set_default_timeout(60_000)
        return context.new_page()

    def _signed_in(self, email: str, *, totp: str | None = None, viewport: dict = DESKTOP):
        page = self._page(viewport)
        page.goto("/accounts/login/")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(demo.DEMO_PASSWORD)
        page.get_by_role("main").get_by_role("button", name="Sign In").click()
        if totp:
            page.wait_for_url("**/2fa/authenticate/")
            page.get_by_label("Code").fill(_totp(totp))
            page.get_by_role("main").get_by_role("button", name="Sign In").click()
        page.wait_for_url(lambda url: "/accounts/" not in url)
        return page

    def _save(self, page, name: str, *, full_page: bool = False, element: str = "") -> None:
        page.wait_for_load_state("networkidle")
        path = self.out / f"{name}.png"
        if element:
            page.locator(element).first.screenshot(path=str(path))
        else:
            page.screenshot(path=str(path), full_page=full_page)
        self.saved.append(path)
