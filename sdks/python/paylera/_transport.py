"""An httpx transport that makes POSTs idempotent and retries what is safe to retry.

It sits under every request of the SDK, the friendly `Paylera` client's and the
generated operations' alike (`Paylera.generated_client`).
"""

from __future__ import annotations

import email.utils
import json
import math
import random
import time
import uuid
from collections.abc import Callable

import httpx

IDEMPOTENCY_HEADER = "Idempotency-Key"

#: Transport failures after which the request is sent again (with the same key).
RETRYABLE_EXCEPTIONS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.PoolTimeout,
    httpx.RemoteProtocolError,
)


class RetryTransport(httpx.BaseTransport):
    """Wraps another transport.

    * A POST without an `Idempotency-Key` gets one (uuid4), so that a retry — or the
      caller's own retry of the same request object — cannot apply twice.
    * Retries, at most `max_retries` times and always with the same key: connection
      errors and timeouts, `409 idempotency_key_in_use`, `429` and `5xx`. Any other
      answer (2xx, 3xx, other 4xx) is returned as is.
    * Waits `Retry-After` when the answer has one (capped at `max_retry_after`),
      otherwise `backoff_base * 2**attempt` (capped at `max_backoff`) with jitter
      (a random 50-100 % of it).
    """

    def __init__(
        self,
        wrapped: httpx.BaseTransport | None = None,
        *,
        max_retries: int = 2,
        backoff_base: float = 0.5,
        max_backoff: float = 8.0,
        max_retry_after: float = 20.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self._wrapped = wrapped if wrapped is not None else httpx.HTTPTransport()
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and IDEMPOTENCY_HEADER not in request.headers:
            request.headers[IDEMPOTENCY_HEADER] = str(uuid.uuid4())
        # The body must be re-sendable: read it once into memory.
        request.read()
        attempt = 0
        while True:
            try:
                response = self._wrapped.handle_request(request)
            except RETRYABLE_EXCEPTIONS:
                if attempt >= self.max_retries:
                    raise
                self._sleep(self._backoff(attempt))
                attempt += 1
                continue
            if attempt >= self.max_retries or not self._should_retry(response):
                return response
            delay = self._retry_after(response)
            response.close()
            self._sleep(delay if delay is not None else self._backoff(attempt))
            attempt += 1

    def close(self) -> None:
        self._wrapped.close()

    # -- decisions ---------------------------------------------------------------------

    @staticmethod
    def _should_retry(response: httpx.Response) -> bool:
        status = response.status_code
        if status == 429 or status >= 500:
            return True
        if status == 409:
            response.read()
            try:
                body = json.loads(response.content)
            except ValueError:
                return False
            error = body.get("error") if isinstance(body, dict) else None
            return isinstance(error, dict) and error.get("code") == "idempotency_key_in_use"
        return False

    def _backoff(self, attempt: int) -> float:
        delay = min(self.max_backoff, self.backoff_base * (2**attempt))
        return delay * (0.5 + random.random() / 2)  # jitter, not crypto

    def _retry_after(self, response: httpx.Response) -> float | None:
        value = response.headers.get("retry-after")
        if value is None:
            return None
        value = value.strip()
        try:
            seconds = float(value)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            seconds = when.timestamp() - time.time()
        if math.isnan(seconds):
            return None
        return max(0.0, min(seconds, self.max_retry_after))
