"""Idempotency keys and retries, against a scripted fake server on 127.0.0.1 (no API needed)."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import paylera
from paylera._transport import RetryTransport

CUSTOMER = {
    "id": "cus_fake123",
    "object": "customer",
    "email": "fake@example.com",
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


def error(status: int, code: str, type_: str = "invalid_request_error", **headers: str) -> dict:
    return {
        "status": status,
        "headers": headers,
        "body": {
            "error": {
                "type": type_,
                "code": code,
                "message": f"fake {code}",
                "param": "email" if status == 400 else None,
                "doc_url": f"http://fake/docs/errors#{code}",
            }
        },
    }


def ok(body: dict[str, Any] = CUSTOMER) -> dict:
    return {"status": 200, "headers": {}, "body": body}


class FakeServer:
    """Answers each request with the next scripted answer and records what it got."""

    def __init__(self) -> None:
        self.script: list[dict] = []
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                fake.requests.append(
                    {
                        "method": self.command,
                        "path": self.path,
                        "headers": {k.lower(): v for k, v in self.headers.items()},
                        "body": body,
                    }
                )
                answer = fake.script.pop(0) if fake.script else error(500, "script_exhausted")
                payload = json.dumps(answer["body"]).encode()
                self.send_response(answer["status"])
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.send_header("Request-Id", f"req_fake{len(fake.requests)}")
                for name, value in answer["headers"].items():
                    self.send_header(name.replace("_", "-"), value)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_DELETE = _answer

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    with FakeServer() as server:
        yield server


@pytest.fixture
def client(fake: FakeServer) -> Iterator[paylera.Paylera]:
    with paylera.Paylera("sk_test_fake", base_url=fake.url, max_retries=2, timeout=5) as c:
        yield c


def test_503_then_200_retries_with_the_same_idempotency_key(
    fake: FakeServer, client: paylera.Paylera
) -> None:
    fake.script = [error(503, "service_unavailable", "api_error", Retry_After="0"), ok()]
    customer = client.customers.create(email="fake@example.com")
    assert customer.id == "cus_fake123"

    assert len(fake.requests) == 2
    first, second = fake.requests
    key = first["headers"]["idempotency-key"]
    assert uuid.UUID(key).version == 4
    assert second["headers"]["idempotency-key"] == key
    assert first["body"] == second["body"]
    assert json.loads(first["body"]) == {"email": "fake@example.com"}
    for request in fake.requests:
        assert request["method"] == "POST" and request["path"] == "/v1/customers"
        assert request["headers"]["authorization"] == "Bearer sk_test_fake"
        assert request["headers"]["paylera-version"] == "2026-12-07"
        assert request["headers"]["user-agent"] == f"paylera-python/{paylera.__version__}"
        assert request["headers"]["content-type"] == "application/json"


def test_the_callers_idempotency_key_is_kept_across_retries(
    fake: FakeServer, client: paylera.Paylera
) -> None:
    fake.script = [error(502, "bad_gateway", "api_error", Retry_After="0"), ok()]
    client.customers.create(email="fake@example.com", idempotency_key="my-key-1")
    assert [r["headers"]["idempotency-key"] for r in fake.requests] == ["my-key-1", "my-key-1"]


def test_each_call_gets_its_own_key(fake: FakeServer, client: paylera.Paylera) -> None:
    fake.script = [ok(), ok()]
    client.customers.create(email="fake@example.com")
    client.customers.create(email="fake@example.com")
    keys = {r["headers"]["idempotency-key"] for r in fake.requests}
    assert len(keys) == 2


def test_400_is_not_retried(fake: FakeServer, client: paylera.Paylera) -> None:
    fake.script = [error(400, "parameter_invalid"), ok()]
    with pytest.raises(paylera.PayleraError) as info:
        client.customers.create(email="not-an-email")
    assert len(fake.requests) == 1
    err = info.value
    assert err.status == 400
    assert err.type == "invalid_request_error"
    assert err.code == "parameter_invalid"
    assert err.message == "fake parameter_invalid"
    assert err.param == "email"
    assert err.doc_url == "http://fake/docs/errors#parameter_invalid"
    assert err.request_id == "req_fake1"


def test_409_idempotency_key_in_use_is_retried(fake: FakeServer, client: paylera.Paylera) -> None:
    fake.script = [
        error(409, "idempotency_key_in_use", "idempotency_error", Retry_After="0"),
        ok(),
    ]
    assert client.customers.create(email="fake@example.com").id == "cus_fake123"
    assert len(fake.requests) == 2
    assert len({r["headers"]["idempotency-key"] for r in fake.requests}) == 1


def test_other_409_is_not_retried(fake: FakeServer, client: paylera.Paylera) -> None:
    fake.script = [error(409, "resource_conflict"), ok()]
    with pytest.raises(paylera.PayleraError) as info:
        client.customers.create(email="fake@example.com")
    assert info.value.status == 409 and info.value.code == "resource_conflict"
    assert len(fake.requests) == 1


def test_429_and_gets_are_retried_too(fake: FakeServer, client: paylera.Paylera) -> None:
    fake.script = [error(429, "rate_limited", "rate_limit_error", Retry_After="0"), ok()]
    assert client.customers.retrieve("cus_fake123").id == "cus_fake123"
    assert [r["method"] for r in fake.requests] == ["GET", "GET"]
    assert "idempotency-key" not in fake.requests[0]["headers"]


def test_gives_up_after_max_retries(fake: FakeServer, client: paylera.Paylera) -> None:
    fake.script = [error(503, "service_unavailable", "api_error", Retry_After="0")] * 5
    with pytest.raises(paylera.PayleraError) as info:
        client.customers.create(email="fake@example.com")
    assert info.value.status == 503
    assert len(fake.requests) == 3  # the first try + max_retries=2


def test_max_retries_zero_sends_once(fake: FakeServer) -> None:
    fake.script = [error(503, "service_unavailable", "api_error", Retry_After="0"), ok()]
    with paylera.Paylera("sk_test_fake", base_url=fake.url, max_retries=0) as c:
        with pytest.raises(paylera.PayleraError):
            c.customers.create(email="fake@example.com")
    assert len(fake.requests) == 1


def test_connection_refused_raises_payleraerror() -> None:
    with FakeServer() as gone:
        url = gone.url
    with paylera.Paylera("sk_test_fake", base_url=url, max_retries=0) as c:
        with pytest.raises(paylera.PayleraConnectionError) as info:
            c.customers.list()
    assert isinstance(info.value, paylera.PayleraError)
    assert info.value.status is None


# -- the transport alone (no sockets): delays and connection errors ---------------------


def _transport(
    answers: list[Any], sleeps: list[float], **options: Any
) -> tuple[RetryTransport, list]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return RetryTransport(httpx.MockTransport(handler), sleep=sleeps.append, **options), seen


def test_connection_errors_are_retried_with_the_same_key() -> None:
    sleeps: list[float] = []
    transport, seen = _transport(
        [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.Response(200, json={})],
        sleeps,
        max_retries=2,
        backoff_base=0.5,
    )
    with httpx.Client(transport=transport, base_url="http://fake") as http:
        assert http.post("/v1/customers", json={"a": 1}).status_code == 200
    assert len(seen) == 3
    assert len({r.headers["idempotency-key"] for r in seen}) == 1
    # exponential backoff with jitter: 50-100 % of 0.5 s, then of 1 s
    assert 0.25 <= sleeps[0] <= 0.5 and 0.5 <= sleeps[1] <= 1.0


def test_retry_after_is_honoured_and_capped() -> None:
    sleeps: list[float] = []
    transport, _ = _transport(
        [
            httpx.Response(429, headers={"Retry-After": "3"}),
            httpx.Response(503, headers={"Retry-After": "3600"}),
            httpx.Response(200),
        ],
        sleeps,
        max_retries=2,
        max_retry_after=20.0,
    )
    with httpx.Client(transport=transport, base_url="http://fake") as http:
        assert http.get("/v1/customers").status_code == 200
    assert sleeps == [3.0, 20.0]


def test_non_retryable_statuses_are_returned_at_once() -> None:
    for status in (200, 201, 301, 400, 401, 402, 403, 404, 409, 422):
        sleeps: list[float] = []
        transport, seen = _transport([httpx.Response(status), httpx.Response(200)], sleeps)
        with httpx.Client(transport=transport, base_url="http://fake") as http:
            assert http.post("/v1/x", json={}).status_code == status
        assert len(seen) == 1 and sleeps == [], status
