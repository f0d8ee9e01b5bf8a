"""The committed generated code: importable, Python 3.10-compatible, wired into the client."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import paylera
import paylera._generated as generated
from paylera._generated.models import Customer, Subscription

GENERATED_DIR = Path(generated.__file__).parent


def test_every_generated_module_imports() -> None:
    names = [m.name for m in pkgutil.walk_packages(generated.__path__, generated.__name__ + ".")]
    assert len(names) > 200
    for name in names:
        importlib.import_module(name)


def test_no_python_311_only_constructs() -> None:
    """The package says Python >= 3.10; the generator's templates assume 3.11 (see codegen/)."""
    for path in GENERATED_DIR.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "StrEnum" not in text, path
        assert not re.search(r"^from typing import .*\bSelf\b", text, re.M), path
        assert text.count("fromisoformat(") == text.count('.replace("Z", "+00:00")'), path


def test_rfc3339_z_timestamps_and_expandable_fields_parse() -> None:
    sub = Subscription.from_dict(
        {
            "id": "sub_1",
            "object": "subscription",
            "status": "active",
            "customer": {
                "id": "cus_1",
                "object": "customer",
                "preferred_locales": [],
                "metadata": {},
                "invoice_settings": {"default_payment_method": None},
                "tax_ids": [],
                "credit_balance": 0,
                "created": "2026-12-07T10:00:00Z",
            },
            "price": "price_1",
            "quantity": 1,
            "cancel_at_period_end": False,
            "created": "2026-12-07T10:00:00Z",
            "current_period_start": "2026-12-07T10:00:00Z",
            "current_period_end": "2027-01-07T10:00:00Z",
            "canceled_at": None,
        }
    )
    assert isinstance(sub.customer, Customer)
    assert sub.price == "price_1"
    assert sub.created.utcoffset() is not None


def test_the_client_sends_the_documents_version() -> None:
    assert paylera.API_VERSION == "2026-12-07"
    c = paylera.Paylera("sk_test_x")
    try:
        assert c.base_url == "http://127.0.0.1:8080"
        assert c.max_retries == 2
        assert c._http.headers["paylera-version"] == paylera.API_VERSION
        assert c._http.headers["user-agent"] == f"paylera-python/{paylera.__version__}"
    finally:
        c.close()
