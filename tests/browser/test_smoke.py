"""The browser harness itself: Chromium loads our pages, styles and scripts with no internet."""

import pytest

from tests.browser.conftest import screenshot, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_landing_page_loads_its_own_styles_and_htmx(browser_page):
    failed: list[str] = []
    browser_page.on("requestfailed", lambda request: failed.append(request.url))

    browser_page.goto("/")

    assert browser_page.locator("h1").first.is_visible()
    assert browser_page.evaluate("typeof window.htmx") == "object"
    assert failed == []
    screenshot(browser_page, "landing")


def test_a_signed_in_member_sees_who_they_act_for(
    browser_context, browser_page, live_server, provider_admin
):
    sign_in(browser_context, live_server, provider_admin)

    browser_page.goto("/")

    assert "Tyne Homes" in browser_page.get_by_role("banner").inner_text()
