"""The browser harness itself: Chromium loads our pages, styles and scripts with no internet."""

import pytest
from playwright.sync_api import expect

from marketplace.organisations.models import Role
from tests.browser.conftest import check, sign_in
from tests.conftest import join

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_landing_page_loads_its_own_styles_and_htmx(browser_page):
    failed: list[str] = []
    browser_page.on("requestfailed", lambda request: failed.append(request.url))

    browser_page.goto("/")

    assert browser_page.locator("h1").first.is_visible()
    assert browser_page.evaluate("typeof window.htmx") == "object"
    assert failed == []
    check(browser_page, "landing")


def test_a_signed_in_member_sees_who_they_act_for(
    browser_context, browser_page, live_server, provider_admin
):
    sign_in(browser_context, live_server, provider_admin)

    browser_page.goto("/")

    assert "Tyne Homes" in browser_page.get_by_role("banner").inner_text()
    check(browser_page, "provider-dashboard-empty")


def test_someone_in_two_organisations_switches_from_the_account_menu_without_javascript(
    pages, live_server, provider_admin, supplier
):
    join(provider_admin, supplier, Role.MEMBER)
    context = pages.context(javascript=False)
    sign_in(context, live_server, provider_admin)
    page = pages.page(context)
    page.goto("/")
    banner = page.get_by_role("banner")
    expect(banner).to_contain_text("Damp Sense · Member")

    banner.locator(".account-menu > summary").click()
    check(page, "account-menu-open")
    banner.get_by_role("button", name="Switch to Tyne Homes").click()

    expect(page.get_by_role("status").first).to_have_text("You are now acting for Tyne Homes.")
    expect(page.get_by_role("banner")).to_contain_text("Tyne Homes · Admin")
    main = page.get_by_role("navigation", name="Main", exact=True)
    expect(main).to_contain_text("My challenges")
    check(page, "switched-organisation")
