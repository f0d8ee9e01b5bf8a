"""`paylera.webhooks` offline: signatures made by the official `standardwebhooks` library."""

from __future__ import annotations

import base64
import json
import time
from datetime import datetime, timezone

import pytest
import standardwebhooks

import paylera
from paylera import webhooks
from paylera.models import Customer, Subscription

SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()
OTHER_SECRET = "whsec_" + base64.b64encode(b"another secret, 32 bytes long!!!").decode()

CUSTOMER = {
    "id": "cus_abc",
    "object": "customer",
    "email": "a@example.com",
    "name": None,
    "phone": None,
    "address": None,
    "preferred_locales": [],
    "metadata": {},
    "invoice_settings": {"default_payment_method": None},
    "tax_ids": [],
    "credit_balance": 0,
    "test_clock": None,
    "created": "2026-12-07T10:00:00Z",
}


def event_body(event_type: str = "customer.created", obj: dict | None = None) -> bytes:
    return json.dumps(
        {
            "id": "evt_123",
            "object": "event",
            "type": event_type,
            "created": "2026-12-07T10:00:01Z",
            "data": {"object": obj if obj is not None else CUSTOMER, "previous_attributes": None},
            "source": "api",
            "request": {"id": "req_1", "idempotency_key": "k"},
            "portal_session": None,
        },
        separators=(",", ":"),
    ).encode()


def signed(
    body: bytes, secret: str = SECRET, ts: int | None = None, msg_id: str = "evt_123"
) -> dict:
    """Headers as the reference implementation signs them."""
    when = int(time.time()) if ts is None else ts
    signature = standardwebhooks.Webhook(secret).sign(
        msg_id, datetime.fromtimestamp(when, tz=timezone.utc), body.decode()
    )
    return {"webhook-id": msg_id, "webhook-timestamp": str(when), "webhook-signature": signature}


def test_verifies_what_the_reference_signs_and_types_the_object() -> None:
    body = event_body()
    event = webhooks.verify(body, signed(body), SECRET)
    assert event.id == "evt_123" and event.type == "customer.created"
    assert isinstance(event.data.object, Customer)
    assert event.data.object.id == "cus_abc"
    assert event.request.id == "req_1"
    assert event.created.tzinfo is not None
    assert event.raw["data"]["object"]["email"] == "a@example.com"


def test_our_signature_is_the_references() -> None:
    body = event_body()
    headers = signed(body)
    ours = webhooks.sign(body, headers["webhook-id"], int(headers["webhook-timestamp"]), SECRET)
    assert ours == headers["webhook-signature"]
    assert standardwebhooks.Webhook(SECRET).verify(body, {**headers, "webhook-signature": ours})


def test_the_mapping_comes_from_the_document() -> None:
    assert webhooks.EVENT_OBJECT_MODELS["customer.created"] is Customer
    assert webhooks.EVENT_OBJECT_MODELS["subscription.updated"] is Subscription
    assert len(webhooks.EVENT_OBJECT_MODELS) >= 20


def test_header_names_are_case_insensitive() -> None:
    body = event_body()
    headers = {k.title(): v for k, v in signed(body).items()}
    assert webhooks.verify(body, headers, SECRET).id == "evt_123"


def test_any_of_several_signatures_may_match() -> None:
    body = event_body()
    headers = signed(body)
    stale = signed(body, secret=OTHER_SECRET)["webhook-signature"]
    headers["webhook-signature"] = f"v2,zzzz {stale} {headers['webhook-signature']}"
    assert webhooks.verify(body, headers, SECRET).id == "evt_123"


def test_secret_without_prefix_works() -> None:
    body = event_body()
    assert webhooks.verify(body, signed(body), SECRET.removeprefix("whsec_")).id == "evt_123"


def test_tampered_body_is_refused() -> None:
    body = event_body()
    headers = signed(body)
    tampered = body.replace(b"a@example.com", b"b@example.com")
    with pytest.raises(paylera.WebhookVerificationError):
        webhooks.verify(tampered, headers, SECRET)
    with pytest.raises(standardwebhooks.webhooks.WebhookVerificationError):
        standardwebhooks.Webhook(SECRET).verify(tampered, headers)


def test_wrong_secret_is_refused() -> None:
    body = event_body()
    with pytest.raises(paylera.WebhookVerificationError, match="signature"):
        webhooks.verify(body, signed(body), OTHER_SECRET)


def test_old_and_future_timestamps_are_refused() -> None:
    body = event_body()
    now = int(time.time())
    with pytest.raises(paylera.WebhookVerificationError, match="too old"):
        webhooks.verify(body, signed(body, ts=now - 301), SECRET)
    with pytest.raises(paylera.WebhookVerificationError, match="future"):
        webhooks.verify(body, signed(body, ts=now + 301), SECRET)
    # within the tolerance, and a tolerance of one's own
    assert webhooks.verify(body, signed(body, ts=now - 200), SECRET).id == "evt_123"
    with pytest.raises(paylera.WebhookVerificationError):
        webhooks.verify(body, signed(body, ts=now - 200), SECRET, tolerance=60)


def test_a_signature_for_another_message_id_or_timestamp_is_refused() -> None:
    body = event_body()
    headers = signed(body)
    with pytest.raises(paylera.WebhookVerificationError):
        webhooks.verify(body, {**headers, "webhook-id": "evt_other"}, SECRET)
    with pytest.raises(paylera.WebhookVerificationError):
        ts = str(int(headers["webhook-timestamp"]) - 1)
        webhooks.verify(body, {**headers, "webhook-timestamp": ts}, SECRET)


def test_missing_or_malformed_headers_are_refused() -> None:
    body = event_body()
    headers = signed(body)
    for name in ("webhook-id", "webhook-timestamp", "webhook-signature"):
        partial = {k: v for k, v in headers.items() if k != name}
        with pytest.raises(paylera.WebhookVerificationError, match="missing"):
            webhooks.verify(body, partial, SECRET)
    with pytest.raises(paylera.WebhookVerificationError):
        webhooks.verify(body, {**headers, "webhook-timestamp": "soon"}, SECRET)
    with pytest.raises(paylera.WebhookVerificationError):
        webhooks.verify(body, {**headers, "webhook-signature": "v1"}, SECRET)


def test_unknown_event_types_keep_a_plain_object() -> None:
    body = event_body("something.new", {"id": "thing_1", "object": "thing"})
    event = webhooks.verify(body, signed(body), SECRET)
    assert event.type == "something.new"
    assert event.data.object == {"id": "thing_1", "object": "thing"}


def test_a_signed_object_in_a_shape_the_sdk_does_not_know_stays_a_plain_object() -> None:
    # Valid signature, known type, but not this SDK's Customer (another API version):
    # the event is still the caller's, as a dict, never a verification failure.
    odd = {"id": "cus_abc", "object": "customer"}
    body = event_body("customer.created", odd)
    event = webhooks.verify(body, signed(body), SECRET)
    assert event.type == "customer.created"
    assert event.data.object == odd
