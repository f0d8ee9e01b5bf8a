"""Verify Paylera's webhooks (Standard Webhooks) and parse them into typed events.

    from paylera import webhooks

    event = webhooks.verify(request_body_bytes, request_headers, "whsec_...")
    if event.type == "customer.created":
        customer = event.data.object          # a paylera.models.Customer

The signature is `webhook-signature: v1,<base64 HMAC-SHA256>` (several, space-separated,
while a rotated secret overlaps) of `{webhook-id}.{webhook-timestamp}.{body}`, keyed
with the base64-decoded part of the endpoint secret after `whsec_`.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from attrs import define, field

from ._errors import WebhookVerificationError
from ._generated._webhook_events import EVENT_OBJECT_MODELS, WebhookEventType, WebhookObject
from ._generated.models import EventRequest

__all__ = [
    "DEFAULT_TOLERANCE",
    "EVENT_OBJECT_MODELS",
    "Event",
    "EventData",
    "WebhookEventType",
    "WebhookObject",
    "WebhookVerificationError",
    "construct_event",
    "sign",
    "verify",
    "verify_signature",
]

#: How far (seconds) a webhook's timestamp may be from the local clock, either way.
DEFAULT_TOLERANCE = 300
SECRET_PREFIX = "whsec_"

ObjectT = TypeVar("ObjectT")


@define
class EventData(Generic[ObjectT]):
    """`data`: the object as it is after the change, and what changed (updates only)."""

    object: ObjectT
    previous_attributes: dict[str, Any] | None = None


@define
class Event(Generic[ObjectT]):
    """A webhook event whose `data.object` is the model of its type's object
    (`EVENT_OBJECT_MODELS[type]`), or a plain dict for a type (or a shape, from another
    API version) this SDK does not know."""

    id: str
    type: str
    created: datetime.datetime
    data: EventData[ObjectT]
    source: str
    request: EventRequest
    object: str = "event"
    portal_session: str | None = None
    raw: dict[str, Any] = field(factory=dict, repr=False)
    """The event as received (JSON-decoded)."""


def construct_event(
    payload: bytes | str | Mapping[str, Any],
) -> Event[WebhookObject | dict[str, Any]]:
    """Parse an event (already verified, or from `GET /v1/events/{id}`) into a typed `Event`."""
    if isinstance(payload, Mapping):
        raw = dict(payload)
    else:
        try:
            raw = json.loads(payload)
        except (ValueError, UnicodeDecodeError) as exc:
            raise WebhookVerificationError(f"the webhook body is not JSON: {exc}") from exc
    if not isinstance(raw, dict):
        raise WebhookVerificationError("the webhook body is not a JSON object")
    try:
        event_type = raw["type"]
        data = raw["data"]
        obj = data["object"]
        model = EVENT_OBJECT_MODELS.get(event_type)
        typed_object: Any = obj
        if model is not None:
            try:
                typed_object = model.from_dict(obj)
            except (KeyError, TypeError, ValueError, AttributeError):
                # Signed by Paylera but in a shape this SDK does not know (the account
                # pinned to another API version): the plain dict, not a refusal that
                # would make Paylera deliver it again for days.
                typed_object = obj
        created = raw["created"]
        if isinstance(created, (int, float)):
            created_at = datetime.datetime.fromtimestamp(created, tz=datetime.timezone.utc)
        else:
            created_at = datetime.datetime.fromisoformat(str(created).replace("Z", "+00:00"))
        return Event(
            id=raw["id"],
            type=event_type,
            created=created_at,
            data=EventData(
                object=typed_object, previous_attributes=data.get("previous_attributes")
            ),
            source=raw.get("source", ""),
            request=EventRequest.from_dict(raw.get("request") or {}),
            object=raw.get("object", "event"),
            portal_session=raw.get("portal_session"),
            raw=raw,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise WebhookVerificationError(f"the webhook body is not a valid event: {exc!r}") from exc


def _secret_bytes(secret: str) -> bytes:
    secret = secret.removeprefix(SECRET_PREFIX)
    secret += "=" * (-len(secret) % 4)  # tolerate unpadded base64, as the reference does
    try:
        key = base64.b64decode(secret, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise WebhookVerificationError("the webhook secret is not base64 (after `whsec_`)") from exc
    if not key:
        raise WebhookVerificationError("the webhook secret is empty")
    return key


def _signature(key: bytes, msg_id: str, timestamp: str, payload: bytes) -> str:
    signed = f"{msg_id}.{timestamp}.".encode() + payload
    return base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def sign(payload: bytes | str, msg_id: str, timestamp: int, secret: str) -> str:
    """The `webhook-signature` value Paylera would send (for tests of your own handler)."""
    body = payload.encode() if isinstance(payload, str) else payload
    return "v1," + _signature(_secret_bytes(secret), msg_id, str(timestamp), body)


def verify_signature(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    tolerance: int = DEFAULT_TOLERANCE,
    *,
    now: float | None = None,
) -> None:
    """Check the headers and signature only; raises `WebhookVerificationError`."""
    body = payload.encode() if isinstance(payload, str) else bytes(payload)
    lowered = {k.lower(): v for k, v in headers.items()}
    msg_id = lowered.get("webhook-id")
    timestamp = lowered.get("webhook-timestamp")
    signatures = lowered.get("webhook-signature")
    if not msg_id or not timestamp or not signatures:
        raise WebhookVerificationError(
            "missing webhook-id, webhook-timestamp or webhook-signature header"
        )
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise WebhookVerificationError("webhook-timestamp is not an integer") from None
    current = time.time() if now is None else now
    if sent_at < current - tolerance:
        raise WebhookVerificationError("webhook-timestamp is too old")
    if sent_at > current + tolerance:
        raise WebhookVerificationError("webhook-timestamp is too far in the future")

    expected = _signature(_secret_bytes(secret), msg_id, timestamp, body).encode()
    matched = False
    for candidate in signatures.split(" "):
        version, _, sig = candidate.partition(",")
        if version != "v1" or not sig:
            continue
        # Compare every candidate (no early exit): constant time per candidate.
        if hmac.compare_digest(sig.encode(), expected):
            matched = True
    if not matched:
        raise WebhookVerificationError("no webhook-signature matches")


def verify(
    payload: bytes | str,
    headers: Mapping[str, str],
    secret: str,
    tolerance: int = DEFAULT_TOLERANCE,
    *,
    now: float | None = None,
) -> Event[WebhookObject | dict[str, Any]]:
    """Verify a webhook and return it as a typed `Event`.

    `payload` is the raw request body, exactly as received (do not re-serialise parsed
    JSON); `headers` any mapping (case-insensitive lookup); `secret` the endpoint's
    `whsec_...` secret. Raises `WebhookVerificationError` when a header is missing, the
    timestamp is more than `tolerance` seconds from now (either way), or no signature
    matches.
    """
    verify_signature(payload, headers, secret, tolerance, now=now)
    return construct_event(payload.encode() if isinstance(payload, str) else bytes(payload))
