"""Paylera's Python SDK.

    import paylera

    client = paylera.Paylera("sk_test_...", base_url="https://api.paylera.example")
    session = client.portal_sessions.create(customer_id="cus_...", return_url="https://...")
    print(session.url)

Models: `paylera.models` (generated from the OpenAPI document). Webhooks:
`paylera.webhooks.verify`. Every API error raises `paylera.PayleraError`.
"""

from . import models, webhooks
from ._client import Paylera
from ._errors import PayleraConnectionError, PayleraError, WebhookVerificationError
from ._generated._meta import API_VERSION
from ._version import __version__

__all__ = [
    "API_VERSION",
    "Paylera",
    "PayleraConnectionError",
    "PayleraError",
    "WebhookVerificationError",
    "__version__",
    "models",
    "webhooks",
]
