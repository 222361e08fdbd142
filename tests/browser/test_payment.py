"""Paying a cohort fee in Chromium on the payment page, with localstripe's Stripe.js."""

import time

import pytest
from django.urls import reverse

from marketplace.billing.models import Payment, PaymentStatus
from marketplace.cohorts.models import EntryStatus

# The billing suite's localstripe process and Stripe settings, shared with this module.
from tests.billing.conftest import (  # noqa: F401
    NEEDS_AUTHENTICATION,
    VISA,
    accepted_place,
    localstripe,
    paid_cohort,
    register_webhook,
    stripe_settings,
)
from tests.browser.conftest import check, sign_in

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def webhooks_to_live_server(localstripe, live_server):  # noqa: F811
    time.sleep(1.5)  # earlier tests' events go out to nobody first (see tests/billing)
    register_webhook(
        localstripe,
        live_server.url + reverse("stripe_webhook"),
        ["payment_intent.succeeded"],
    )
    yield
    register_webhook(localstripe, "http://127.0.0.1:9/", ["launchpad.nothing"])


def fill_card(page, number: str) -> None:
    # localstripe's card form: plain inputs named by placeholder (Stripe's own is an iframe).
    page.get_by_placeholder("number").fill(number)
    page.get_by_placeholder("exp_month").fill("12")
    page.get_by_placeholder("exp_year").fill("34")
    page.get_by_placeholder("cvc").fill("123")
    page.get_by_placeholder("postal_code").fill("NE1 3RQ")


def wait_for_place(page, place, status: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        place.refresh_from_db()
        if place.status == status:
            return
        if time.monotonic() > deadline:
            pytest.fail(f"The place is still {place.status}, not {status}.")
        time.sleep(0.2)


def test_a_supplier_admin_pays_the_fee_in_chromium_and_the_webhook_confirms_the_place(
    browser_context,
    browser_page,
    live_server,
    webhooks_to_live_server,
    accepted_place,  # noqa: F811
    supplier_admin,
):
    sign_in(browser_context, live_server, supplier_admin)
    posted_to_us: list[str] = []
    browser_page.on(
        "request",
        lambda request: (
            posted_to_us.append(request.post_data or "")
            if request.method == "POST" and request.url.startswith(live_server.url)
            else None
        ),
    )
    browser_page.goto(reverse("frontend:cohort_fee", args=[accepted_place.pk]))
    check(browser_page, "cohort-fee-card-form")

    fill_card(browser_page, VISA)
    browser_page.get_by_role("button", name="Pay £450").click()

    browser_page.wait_for_selector("[data-payment-status=succeeded]")
    wait_for_place(browser_page, accepted_place, EntryStatus.CONFIRMED)
    browser_page.reload()
    assert "Paid. Your place in Damp and mould 2027 is confirmed." in browser_page.inner_text(
        "main"
    )
    assert len(posted_to_us) == 1
    assert "card_token=tok_" in posted_to_us[0]
    assert VISA not in posted_to_us[0] and "4242" not in posted_to_us[0]
    check(browser_page, "cohort-fee-paid")


def test_a_card_the_bank_wants_to_check_is_paid_after_the_3d_secure_prompt(
    browser_context,
    browser_page,
    live_server,
    webhooks_to_live_server,
    accepted_place,  # noqa: F811
    supplier_admin,
):
    sign_in(browser_context, live_server, supplier_admin)
    browser_page.goto(reverse("frontend:cohort_fee", args=[accepted_place.pk]))

    fill_card(browser_page, NEEDS_AUTHENTICATION)
    browser_page.get_by_role("button", name="Pay £450").click()
    browser_page.wait_for_selector("[data-payment-status=requires_action]")
    check(browser_page)
    browser_page.get_by_role("button", name="Complete authentication").click()

    browser_page.wait_for_selector("[data-payment-status=succeeded]")
    check(browser_page)
    wait_for_place(browser_page, accepted_place, EntryStatus.CONFIRMED)
    assert Payment.objects.get().status == PaymentStatus.SUCCEEDED
