"""A real webhook from the live API, received on 127.0.0.1 and verified."""

from __future__ import annotations

import json
import queue
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import standardwebhooks

import paylera
from paylera import webhooks
from paylera.models import Customer

pytestmark = pytest.mark.live

DELIVERY_TIMEOUT = 20.0


class Receiver:
    """An HTTP server on a free loopback port that answers 200 and queues each delivery."""

    def __init__(self) -> None:
        self.deliveries: queue.Queue[tuple[dict[str, str], bytes]] = queue.Queue()
        deliveries = self.deliveries

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                deliveries.put(({k.lower(): v for k, v in self.headers.items()}, body))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def wait_for(self, predicate: Any, timeout: float) -> tuple[dict[str, str], bytes]:
        deadline = time.monotonic() + timeout
        seen = 0
        while (left := deadline - time.monotonic()) > 0:
            try:
                headers, body = self.deliveries.get(timeout=left)
            except queue.Empty:
                break
            seen += 1
            if predicate(json.loads(body)):
                return headers, body
        pytest.fail(f"no matching webhook within {timeout:.0f} s ({seen} other deliveries)")

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    try:
        yield r
    finally:
        r.close()


def test_customer_created_webhook_is_delivered_and_verifies(
    client: paylera.Paylera, receiver: Receiver, unique_email: str
) -> None:
    endpoint = client.webhook_endpoints.create(
        url=receiver.url, enabled_events=["customer.created"], description="python sdk test"
    )
    try:
        secret = endpoint.secret
        assert isinstance(secret, str) and secret.startswith("whsec_")

        customer = client.customers.create(email=unique_email)
        headers, body = receiver.wait_for(
            lambda e: (
                e.get("type") == "customer.created"
                and e.get("data", {}).get("object", {}).get("id") == customer.id
            ),
            DELIVERY_TIMEOUT,
        )

        # Ours: verified and typed.
        event = webhooks.verify(body, headers, secret)
        assert event.type == "customer.created"
        assert event.id.startswith("evt_")
        assert isinstance(event.data.object, Customer)
        assert event.data.object.id == customer.id
        assert event.data.object.email == unique_email

        # The official library agrees.
        assert standardwebhooks.Webhook(secret).verify(body, headers)["id"] == event.id

        # A tampered body is refused, by both.
        tampered = body.replace(customer.id.encode(), b"cus_tampered0000")
        assert tampered != body
        with pytest.raises(paylera.WebhookVerificationError):
            webhooks.verify(tampered, headers, secret)
        with pytest.raises(standardwebhooks.webhooks.WebhookVerificationError):
            standardwebhooks.Webhook(secret).verify(tampered, headers)

        # An old timestamp is refused, even correctly signed.
        old = int(headers["webhook-timestamp"]) - 10 * 60
        old_headers = {
            **headers,
            "webhook-timestamp": str(old),
            "webhook-signature": webhooks.sign(body, headers["webhook-id"], old, secret),
        }
        with pytest.raises(paylera.WebhookVerificationError, match="too old"):
            webhooks.verify(body, old_headers, secret)
        with pytest.raises(standardwebhooks.webhooks.WebhookVerificationError):
            standardwebhooks.Webhook(secret).verify(body, old_headers)
        # ... and so is the real delivery checked long after it was sent.
        with pytest.raises(paylera.WebhookVerificationError, match="too old"):
            webhooks.verify(body, headers, secret, now=time.time() + 301)
    finally:
        client.webhook_endpoints.delete(endpoint.id)
