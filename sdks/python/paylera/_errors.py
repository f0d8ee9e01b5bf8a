"""The SDK's exceptions."""

from __future__ import annotations

import json
from typing import Any

import httpx


class PayleraError(Exception):
    """An error answer of the Paylera API (or no answer at all).

    Attributes mirror the API's `{"error": {...}}` body: `type`, `code`, `message`,
    `param`, `doc_url`; plus the HTTP `status`, the answer's `request_id`
    (`Request-Id` header), its `headers` and the parsed `body`.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        doc_url: str | None = None,
        request_id: str | None = None,
        headers: httpx.Headers | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.type = type
        self.code = code
        self.param = param
        self.doc_url = doc_url
        self.request_id = request_id
        self.headers = headers if headers is not None else httpx.Headers()
        self.body = body

    @classmethod
    def from_response(cls, response: httpx.Response) -> PayleraError:
        """Build the error from an answer with a non-2xx status."""
        body: Any
        try:
            body = response.json()
        except (ValueError, UnicodeDecodeError):
            body = response.text
        error = body.get("error") if isinstance(body, dict) else None
        if not isinstance(error, dict):
            error = {}
        message = error.get("message")
        if not isinstance(message, str) or not message:
            message = f"HTTP {response.status_code} {response.reason_phrase}".strip()
        return cls(
            message,
            status=response.status_code,
            type=_str_or_none(error.get("type")),
            code=_str_or_none(error.get("code")),
            param=_str_or_none(error.get("param")),
            doc_url=_str_or_none(error.get("doc_url")),
            request_id=response.headers.get("request-id"),
            headers=response.headers,
            body=body,
        )

    def __str__(self) -> str:
        parts = [self.message]
        details = [
            f"{k}={v}"
            for k, v in (
                ("status", self.status),
                ("code", self.code),
                ("param", self.param),
                ("request_id", self.request_id),
            )
            if v is not None
        ]
        if details:
            parts.append(f"({', '.join(details)})")
        return " ".join(parts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, type={self.type!r}, "
            f"code={self.code!r}, message={self.message!r}, param={self.param!r}, "
            f"request_id={self.request_id!r})"
        )


class PayleraConnectionError(PayleraError):
    """No answer: the connection failed or timed out (after the allowed retries)."""


class WebhookVerificationError(Exception):
    """A webhook's signature, timestamp or headers did not verify."""


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value)
