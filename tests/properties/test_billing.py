"""Billing under hostile input: the billing address stays whole, refunds stay whole pence within
what was paid, and a refusal comes before anything reaches Stripe.

Refunds run against the same localstripe server as tests/billing: refunds made in one example
stay made at Stripe when its database writes are rolled back, and the service mirrors Stripe's
figures, so later examples see what is left as Stripe says.
"""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from marketplace.billing import services
from marketplace.billing.models import BillingAccount, Payment, Refund
from marketplace.cohorts import services as cohort_services
from marketplace.core.models import AuditEntry
from tests.billing.conftest import (
    FEE_PENCE,
    PUBLISHABLE_KEY,
    SECRET_KEY,
    WEBHOOK_SECRET,
    card_token,
    localstripe,  # noqa: F401  (the session's localstripe server, a fixture)
)
from tests.properties.support import (
    attempt,
    few_properties,
    fresh,
    hostile_dict,
    integers,
    isolated,
    properties,
    text,
    wrong_type,
)

pytestmark = pytest.mark.django_db

ADDRESS = {
    "billing_email": st.one_of(text(), st.emails(), wrong_type()),
    "address_line1": st.one_of(text(), st.just("1 Quayside"), wrong_type()),
    "address_line2": st.one_of(text(), wrong_type()),
    "city": st.one_of(text(), st.just("Newcastle"), wrong_type()),
    "postal_code": st.one_of(
        text(), st.sampled_from(["ne1 3dx", "NE13DX", " NE1  3DX ", "SW1A1AA"]), wrong_type()
    ),
    "country": st.one_of(st.sampled_from(["GB", "gb", "US"]), text(), wrong_type()),
}
WHOLE = {"billing_email": "accounts@tyne.example", "address_line1": "1 Quayside",
         "city": "Newcastle", "postal_code": "NE1 3DX"}  # fmt: skip


@properties
@given(overrides=hostile_dict(ADDRESS))
@example(overrides={"address_line1": "1 Quay\x00side"})
@example(overrides={"city": "\ud800"})
@example(overrides={"postal_code": 1234})
def test_billing_details_are_saved_tidy_and_whole_or_name_the_field(
    provider, provider_admin, overrides
):
    fields = {**WHOLE, **overrides}
    with isolated():
        outcome = attempt(
            lambda: services.billing_account_update(
                user=provider_admin, organisation=provider, **fields
            ),
            # A partial address is refused naming the parts left out.
            fields={*fields, "address_line1", "city", "postal_code"},
            tables=[BillingAccount, AuditEntry],
        )
        if outcome.saved:
            account = fresh(outcome.result)
            for name in ("billing_email", "address_line1", "address_line2", "city"):
                if isinstance(fields.get(name), str):
                    assert getattr(account, name) == fields[name].strip(), name
            assert account.billing_email
            assert account.country == "GB"
            parts = [account.address_line1, account.city, account.postal_code]
            assert all(parts) or not any(parts)
            assert account.postal_code == account.postal_code.upper().strip()


@pytest.fixture
def stripe_settings(settings, localstripe):  # noqa: F811
    settings.STRIPE_API_BASE = localstripe
    settings.STRIPE_SECRET_KEY = SECRET_KEY
    settings.STRIPE_PUBLISHABLE_KEY = PUBLISHABLE_KEY
    settings.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
    return settings


@pytest.fixture
def paid(stripe_settings, localstripe, staff_user, supplier, supplier_admin) -> Payment:  # noqa: F811
    cohort = cohort_services.cohort_create(user=staff_user, name="Fees 2027", fee_pence=FEE_PENCE)
    place = cohort_services.cohort_invite_supplier(
        user=staff_user, cohort=cohort, organisation=supplier
    )
    place = cohort_services.cohort_accept_supplier(user=staff_user, place=place)
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=place)
    return services.cohort_fee_pay(
        user=supplier_admin, payment=payment, card_token=card_token(localstripe)
    )


@few_properties
@given(
    amount=st.one_of(st.integers(1, 500), integers()),
    reason=st.one_of(st.just("Joined late."), text()),
)
@example(amount=100, reason="Joined late.\x00")
@example(amount=100, reason="\udfff")
@example(amount=0, reason="Joined late.")
def test_a_refund_is_whole_pence_within_what_is_left_or_names_the_field(
    paid, staff_user, amount, reason
):
    with isolated():
        outcome = attempt(
            lambda: services.payment_refund(
                user=staff_user, payment=fresh(paid), amount_pence=amount, reason=reason
            ),
            fields={"amount_pence", "reason"},
            tables=[Payment, Refund, AuditEntry],
            domain_codes={"wrong_state"},  # refunded in full by earlier examples
        )
        if outcome.saved:
            refund, payment = fresh(outcome.result), fresh(paid)
            assert (refund.amount_pence, refund.reason) == (amount, reason.strip())
            assert 0 < refund.amount_pence <= payment.amount_refunded_pence <= FEE_PENCE
