"""The billing pages: thin over the services, card details never posted to Launchpad."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from marketplace.billing import gateway, services
from marketplace.billing.models import BillingAccount, Payment, PaymentStatus, Refund
from marketplace.cohorts.models import EntryStatus
from tests.billing.conftest import (
    DECLINED,
    NEEDS_AUTHENTICATION,
    PUBLISHABLE_KEY,
    VISA,
    card_token,
)

pytestmark = pytest.mark.django_db


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def pay_url(place) -> str:
    return reverse("frontend:cohort_fee", args=[place.pk])


def test_the_payment_page_loads_stripe_js_and_no_inline_script(
    settings, accepted_place, supplier_admin
):
    response = signed_in(supplier_admin).get(pay_url(accepted_place))

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<script src="{settings.STRIPE_JS_URL}"></script>' in html
    assert f'data-stripe-key="{PUBLISHABLE_KEY}"' in html
    assert "Pay £450" in html
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html) == []
    assert Payment.objects.get().status == PaymentStatus.REQUIRES_PAYMENT_METHOD


def test_paying_posts_only_a_token_and_the_place_waits_for_stripe(
    localstripe, accepted_place, supplier_admin
):
    client = signed_in(supplier_admin)
    client.get(pay_url(accepted_place))

    response = client.post(pay_url(accepted_place), {"card_token": card_token(localstripe)})

    assert response.status_code == 302
    page = client.get(pay_url(accepted_place)).content.decode()
    assert "Stripe has taken the payment" in page
    assert 'data-place-status="accepted"' in page
    assert VISA not in page
    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.ACCEPTED


def test_a_declined_card_is_said_plainly_and_the_form_comes_back(
    localstripe, accepted_place, supplier_admin
):
    client = signed_in(supplier_admin)

    response = client.post(
        pay_url(accepted_place), {"card_token": card_token(localstripe, DECLINED)}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Your card was declined." in html
    assert "data-card-form" in html
    assert Payment.objects.get().status == PaymentStatus.REQUIRES_PAYMENT_METHOD


def test_card_numbers_posted_to_launchpad_are_refused_unseen(accepted_place, supplier_admin):
    response = signed_in(supplier_admin).post(pay_url(accepted_place), {"card_token": VISA})

    assert response.status_code == 200
    assert "did not reach Stripe" in response.content.decode()
    payment = Payment.objects.get()
    assert gateway.payment_intent_retrieve(payment.stripe_payment_intent_id).status == (
        "requires_payment_method"
    )


def test_a_payment_awaiting_the_bank_hands_its_secret_to_stripe_js(
    localstripe, accepted_place, supplier_admin
):
    client = signed_in(supplier_admin)
    client.post(
        pay_url(accepted_place), {"card_token": card_token(localstripe, NEEDS_AUTHENTICATION)}
    )

    html = client.get(pay_url(accepted_place)).content.decode()

    payment = Payment.objects.get()
    assert payment.status == PaymentStatus.REQUIRES_ACTION
    assert "data-next-action" in html
    assert f'data-client-secret="{payment.stripe_payment_intent_id}_secret_' in html


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("supplier_admin", 200),
        ("supplier_member", 302),
        ("other_supplier_admin", 404),
        ("outsider", 404),
        ("staff_user", 404),
    ],
)
def test_who_may_open_the_payment_page(request, accepted_place, who, status):
    response = signed_in(request.getfixturevalue(who)).get(pay_url(accepted_place))

    assert response.status_code == status
    assert Payment.objects.count() == (1 if status == 200 else 0)


def test_the_payment_page_needs_a_sign_in(accepted_place):
    response = Client().get(pay_url(accepted_place))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize(
    ("who", "status"),
    [("supplier_admin", 200), ("supplier_member", 302), ("other_supplier_admin", 404)],
)
def test_who_may_see_the_billing_page(request, supplier, accepted_place, who, status):
    response = signed_in(request.getfixturevalue(who)).get(
        reverse("frontend:billing", args=[supplier.slug])
    )

    assert response.status_code == status
    if status == 200:
        html = response.content.decode()
        assert "Supplier membership (fewer than 50 staff)" in html
        assert pay_url(accepted_place) in html


def test_the_billing_page_reads_in_a_fixed_number_of_queries(
    django_assert_max_num_queries, localstripe, accepted_place, supplier, supplier_admin
):
    client = signed_in(supplier_admin)
    client.post(pay_url(accepted_place), {"card_token": card_token(localstripe)})

    with django_assert_max_num_queries(13):
        response = client.get(reverse("frontend:billing", args=[supplier.slug]))

    assert "£450" in response.content.decode()


def test_billing_details_are_checked_field_by_field(supplier, supplier_admin):
    response = signed_in(supplier_admin).post(
        reverse("frontend:billing_details", args=[supplier.slug]),
        {
            "billing_email": "",
            "address_line1": "1 Quay St",
            "postal_code": "NE1 3RQ",
            "country": "GB",
        },
    )
    bad_postcode = signed_in(supplier_admin).post(
        reverse("frontend:billing_details", args=[supplier.slug]),
        {"billing_email": "a@dampsense.example", "postal_code": "nope", "country": "GB"},
    )

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"billing_email", "city"}
    assert set(bad_postcode.context["form"].errors) == {"postal_code"}
    assert BillingAccount.objects.filter(billing_email__gt="").count() == 0


def test_billing_details_saved_reach_the_stripe_customer(
    django_capture_on_commit_callbacks, supplier, supplier_admin
):
    customer_id = services.billing_customer_ensure(organisation=supplier)

    with django_capture_on_commit_callbacks(execute=True):
        response = signed_in(supplier_admin).post(
            reverse("frontend:billing_details", args=[supplier.slug]),
            {
                "billing_email": "accounts@dampsense.example",
                "address_line1": "1 Quay Street",
                "city": "Newcastle",
                "postal_code": "ne13rq",
                "country": "GB",
            },
        )

    assert response.status_code == 302
    account = BillingAccount.objects.get()
    assert (account.billing_email, account.postal_code) == ("accounts@dampsense.example", "NE1 3RQ")
    customer = gateway._client().v1.customers.retrieve(customer_id)
    assert (customer.email, customer.address.postal_code) == (
        "accounts@dampsense.example",
        "NE1 3RQ",
    )


def test_a_member_cannot_change_billing_details(supplier, supplier_member):
    response = signed_in(supplier_member).post(
        reverse("frontend:billing_details", args=[supplier.slug]),
        {"billing_email": "me@dampsense.example", "country": "GB"},
    )

    assert response.status_code == 302
    assert BillingAccount.objects.filter(billing_email="me@dampsense.example").count() == 0


def test_pages_other_than_the_webhook_still_need_a_csrf_token(supplier, supplier_admin):
    client = Client(enforce_csrf_checks=True)
    client.force_login(supplier_admin)

    response = client.post(
        reverse("frontend:billing_details", args=[supplier.slug]),
        {"billing_email": "accounts@dampsense.example", "country": "GB"},
    )

    assert response.status_code == 403


def test_joining_from_the_billing_page(localstripe, supplier, supplier_admin, supplier_plan):
    client = signed_in(supplier_admin)

    response = client.post(
        reverse("frontend:billing_subscribe", args=[supplier.slug]),
        {"plan": supplier_plan.pk, "card_token": card_token(localstripe)},
    )

    assert response.status_code == 302
    page = client.get(reverse("frontend:billing", args=[supplier.slug])).content.decode()
    assert 'data-membership-status="active"' in page
    assert "Cancel at the end of the paid year" in page


def test_staff_see_payments_and_refund_by_pounds(
    localstripe, accepted_place, supplier_admin, staff_user
):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)
    services.cohort_fee_pay(
        user=supplier_admin, payment=payment, card_token=card_token(localstripe)
    )
    client = signed_in(staff_user)

    listing = client.get(reverse("frontend:staff_payments"))
    refund_url = reverse("frontend:staff_refund", args=[payment.pk])
    too_much = client.post(refund_url, {"amount": "450.01", "reason": "Withdrew."})
    refunded = client.post(refund_url, {"amount": "100.50", "reason": "Withdrew."})

    assert listing.status_code == 200
    assert refund_url in listing.content.decode()
    assert too_much.context["form"].errors == {"amount": ["At most £450 is left to refund."]}
    assert refunded.status_code == 302
    assert Refund.objects.get().amount_pence == 10_050
    payment.refresh_from_db()
    assert payment.amount_refunded_pence == 10_050


@pytest.mark.parametrize("who", ["supplier_admin", "provider_admin"])
def test_the_staff_payment_pages_do_not_exist_for_others(request, localstripe, who):
    client = signed_in(request.getfixturevalue(who))

    assert client.get(reverse("frontend:staff_payments")).status_code == 404
    assert client.get(reverse("frontend:staff_refund", args=[1])).status_code == 404


def test_the_staff_payments_page_reads_in_a_fixed_number_of_queries(
    django_assert_max_num_queries, localstripe, accepted_place, supplier_admin, staff_user
):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)
    services.cohort_fee_pay(
        user=supplier_admin, payment=payment, card_token=card_token(localstripe)
    )

    client = signed_in(staff_user)

    with django_assert_max_num_queries(5):
        response = client.get(reverse("frontend:staff_payments"))

    assert "Participation fee for Damp and mould 2027" in response.content.decode()
