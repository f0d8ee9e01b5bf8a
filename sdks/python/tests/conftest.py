"""Shared fixtures.

The live tests need `PAYLERA_API_URL` and `PAYLERA_SECRET_KEY` (a test-mode secret key);
without them they fail (never skip). The unit tests (fake servers, offline webhook
checks) need nothing.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

import paylera


def _require_env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        pytest.fail(
            f"{name} is not set: the live tests need PAYLERA_API_URL (e.g. "
            "http://127.0.0.1:18090) and PAYLERA_SECRET_KEY (a test-mode sk_test_... key)",
            pytrace=False,
        )
    return value


@pytest.fixture(scope="session")
def api_url() -> str:
    return _require_env("PAYLERA_API_URL").rstrip("/")


@pytest.fixture(scope="session")
def secret_key() -> str:
    return _require_env("PAYLERA_SECRET_KEY")


@pytest.fixture(scope="session")
def client(api_url: str, secret_key: str) -> Iterator[paylera.Paylera]:
    with paylera.Paylera(secret_key, base_url=api_url, timeout=15.0) as c:
        yield c


@pytest.fixture
def unique_email() -> str:
    return f"sdk-python-{uuid.uuid4().hex[:12]}@example.com"
