"""The webhook endpoint: only Stripe's signed, recent events are stored, each once."""

import json
import time

import pytest
from django.test import Client
from django.urls import reverse

from marketplace.billing import services
from marketplace.billing.models import StripeEvent
from marketplace.billing.tasks import process_pending_stripe_events, process_stripe_event
from marketplace.cohorts.models import EntryStatus
from tests.billing.conftest import card_token, event_about, post_event, signature

pytestmark = pytest.mark.django_db

CUSTOMER_EVENT = event_about({"id": "cus_test", "object": "customer"}, "customer.created")


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(None, id="unsigned"),
        pytest.param("garbage", id="not a signature"),
        pytest.param(signature(json.dumps(CUSTOMER_EVENT), secret="whsec_forged"), id="forged"),
        pytest.param(
            signature(json.dumps(CUSTOMER_EVENT), timestamp=int(time.time()) - 301), id="too old"
        ),
        pytest.param(signature(json.dumps({**CUSTOMER_EVENT, "id": "evt_other"})), id="altered"),
    ],
)
def test_a_webhook_without_a_valid_recent_signature_is_refused_and_not_stored(header):
    extra = {} if header is None else {"HTTP_STRIPE_SIGNATURE": header}

    response = Client().post(
        reverse("stripe_webhook"),
        data=json.dumps(CUSTOMER_EVENT),
        content_type="application/json",
        **extra,
    )

    assert response.status_code == 400
    assert StripeEvent.objects.count() == 0


def test_a_signed_event_is_stored_once_and_processed_once(deliver):
    first = deliver(CUSTOMER_EVENT)
    again = deliver(CUSTOMER_EVENT)

    assert (first.status_code, again.status_code) == (200, 200)
    event = StripeEvent.objects.get()
    assert (event.stripe_id, event.type, event.attempts) == (
        CUSTOMER_EVENT["id"],
        "customer.created",
        1,
    )
    assert event.processed_at is not None
    assert event.payload == CUSTOMER_EVENT


def test_the_webhook_needs_no_csrf_token_but_the_pages_still_do(client):
    strict = Client(enforce_csrf_checks=True)

    response = post_event(strict, CUSTOMER_EVENT)

    assert response.status_code == 200
    assert StripeEvent.objects.count() == 1


def test_the_webhook_answers_only_post(client):
    assert client.get(reverse("stripe_webhook")).status_code == 405


def test_an_event_for_an_unknown_payment_is_stored_and_marked_processed(deliver):
    unknown = event_about({"id": "pi_unknown", "object": "payment_intent"}, "charge.succeeded")
    unknown["data"]["object"] = {"id": "ch_unknown", "object": "charge", "payment_intent": None}

    response = deliver(unknown)

    assert response.status_code == 200
    assert StripeEvent.objects.get().processed_at is not None


def test_an_event_about_an_intent_stripe_does_not_have_waits_with_its_error(deliver):
    response = deliver(
        event_about({"id": "pi_missing", "object": "payment_intent"}, "payment_intent.succeeded")
    )

    assert response.status_code == 200
    event = StripeEvent.objects.get()
    assert event.processed_at is None
    assert "Stripe refused to look up the payment" in event.last_error


def test_an_event_stripe_sends_while_unreachable_is_kept_and_processed_later(
    deliver, settings, monkeypatch, localstripe, accepted_place, supplier_admin
):
    payment = services.cohort_fee_payment_open(user=supplier_admin, place=accepted_place)
    services.cohort_fee_pay(
        user=supplier_admin, payment=payment, card_token=card_token(localstripe)
    )
    monkeypatch.setattr(process_stripe_event, "max_retries", 0)  # give up at once, not in an hour
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"  # nothing listens there

    response = deliver(
        event_about(
            {"id": payment.stripe_payment_intent_id, "object": "payment_intent"},
            "payment_intent.succeeded",
        )
    )

    assert response.status_code == 200
    event = StripeEvent.objects.get()
    assert event.processed_at is None
    assert event.last_error == "Payments are unavailable just now. Try again shortly."
    accepted_place.refresh_from_db()
    assert accepted_place.status == EntryStatus.ACCEPTED

    settings.STRIPE_API_BASE = localstripe
    assert process_pending_stripe_events() == 1

    event.refresh_from_db()
    accepted_place.refresh_from_db()
    assert event.processed_at is not None
    assert accepted_place.status == EntryStatus.CONFIRMED


def deeply_nested(depth: int) -> str:
    event = event_about({"id": "cus_deep", "object": "customer"}, "customer.updated")
    event["data"]["object"]["metadata"] = "NEST"
    return json.dumps(event).replace('"NEST"', "[" * depth + "]" * depth)


def with_object(**fields) -> dict:
    return event_about({"id": "cus_x", "object": "customer", **fields}, "customer.updated")


def signed_raw(client, payload: str, **signing):
    return client.post(
        reverse("stripe_webhook"),
        data=payload,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=signature(payload, **signing),
    )


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(json.dumps({**CUSTOMER_EVENT, "id": "evt_" + "a" * 5000}), id="long id"),
        pytest.param(json.dumps({**CUSTOMER_EVENT, "id": "evt_a\u0000b"}), id="NUL in id"),
        pytest.param(json.dumps({**CUSTOMER_EVENT, "id": "cus_not_an_event"}), id="not evt_"),
        pytest.param(json.dumps({**CUSTOMER_EVENT, "id": 12}), id="id not text"),
        pytest.param(json.dumps({**CUSTOMER_EVENT, "type": "customer.\u0000"}), id="NUL in type"),
        pytest.param(json.dumps({**CUSTOMER_EVENT, "type": "a." * 60 + "b"}), id="long type"),
        pytest.param(json.dumps(with_object(id="cus_\u0000")), id="NUL in object id"),
        pytest.param(json.dumps(with_object(id="x" * 300)), id="long object id"),
        pytest.param(json.dumps(with_object(name="Tyne\u0000Homes")), id="NUL in a value"),
        pytest.param(json.dumps(with_object(name="\ud800")), id="lone surrogate"),
        pytest.param(deeply_nested(100_000), id="100,000 deep"),
        pytest.param(deeply_nested(900), id="900 deep"),
        pytest.param(json.dumps({**CUSTOMER_EVENT, "data": []}), id="data not an object"),
        pytest.param(json.dumps({**CUSTOMER_EVENT, "created": 10**20}), id="created far off"),
        pytest.param(json.dumps({**CUSTOMER_EVENT, "created": "soon"}), id="created not time"),
        pytest.param(json.dumps([CUSTOMER_EVENT]), id="a list"),
        pytest.param("not json", id="not JSON"),
    ],
)
def test_a_signed_event_that_is_not_a_stripe_event_is_refused_in_json_and_not_stored(
    client, payload
):
    response = signed_raw(client, payload)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_webhook"
    assert response.json()["detail"]
    assert StripeEvent.objects.count() == 0


def test_a_signature_dated_beyond_the_tolerance_in_the_future_is_refused(client):
    payload = json.dumps(CUSTOMER_EVENT)

    response = signed_raw(client, payload, timestamp=int(time.time()) + 600)

    assert response.status_code == 400
    assert response.json() == {
        "detail": "The signature's timestamp is in the future.",
        "code": "invalid_webhook",
    }
    assert StripeEvent.objects.count() == 0


def test_a_signature_a_little_ahead_of_our_clock_is_accepted(deliver):
    response = deliver(CUSTOMER_EVENT, timestamp=int(time.time()) + 60)

    assert response.status_code == 200
    assert StripeEvent.objects.count() == 1


def test_a_refused_signature_is_answered_in_json(client):
    response = client.post(
        reverse("stripe_webhook"),
        data=json.dumps(CUSTOMER_EVENT),
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE="garbage",
    )

    assert response.json() == {"detail": "Invalid Stripe signature.", "code": "invalid_webhook"}
