"""The friendly client: `Paylera(api_key).customers.create(email=...)`.

Each method builds its request with the generated operation (`paylera._generated.api`),
sends it through one `httpx.Client` whose transport adds idempotency keys and retries
(`RetryTransport`), raises `PayleraError` for any non-2xx answer, and parses 2xx
answers into the generated attrs models.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from types import ModuleType
from typing import Any, Protocol, TypeVar, cast

import httpx

from ._errors import PayleraConnectionError, PayleraError
from ._generated._meta import API_VERSION
from ._generated.api.catalog import (
    create_price,
    create_product,
    list_prices,
    list_products,
    retrieve_price,
    retrieve_product,
)
from ._generated.api.customers import (
    create_customer,
    delete_customer,
    list_customers,
    retrieve_customer,
    update_customer,
)
from ._generated.api.events import list_events, retrieve_event
from ._generated.api.payment_methods import create_payment_method, retrieve_payment_method
from ._generated.api.portal import create_session
from ._generated.api.subscriptions import (
    cancel_subscription,
    create_subscription,
    list_subscriptions,
    retrieve_subscription,
)
from ._generated.api.webhooks import (
    create_webhook_endpoint,
    delete_webhook_endpoint,
    list_webhook_endpoints,
    retrieve_webhook_endpoint,
)
from ._generated.client import AuthenticatedClient
from ._generated.models import (
    CancelSubscriptionRequest,
    CreateCustomerRequest,
    CreatePaymentMethodRequest,
    CreatePortalSessionRequest,
    CreatePriceRequest,
    CreateProductRequest,
    CreateSubscriptionRequest,
    CreateWebhookEndpointRequest,
    Customer,
    DeletedObject,
    Event,
    ListCustomer,
    ListEvent,
    ListPrice,
    ListProduct,
    ListSubscription,
    ListWebhookEndpoint,
    PaymentMethod,
    PortalSession,
    Price,
    Product,
    Subscription,
    UpdateCustomerRequest,
    WebhookEndpoint,
)
from ._generated.types import UNSET
from ._transport import IDEMPOTENCY_HEADER, RETRYABLE_EXCEPTIONS, RetryTransport
from ._version import __version__

DEFAULT_BASE_URL = "http://127.0.0.1:8080"
DEFAULT_TIMEOUT = 30.0
USER_AGENT = f"paylera-python/{__version__}"

M = TypeVar("M")


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def _body(model: type[M], body: M | Mapping[str, Any] | None, params: Mapping[str, Any]) -> M:
    """A request model from a model instance, a dict, or keyword arguments."""
    if body is not None and params:
        raise TypeError("pass either a request model/dict or keyword arguments, not both")
    if isinstance(body, model):
        return body
    data = dict(body if body is not None else params)
    try:
        built = model.from_dict(data)  # type: ignore[attr-defined]
    except KeyError as exc:
        raise TypeError(f"{model.__name__}: missing required parameter {exc}") from None
    unknown = set(data) - set(cast(_Model, built).to_dict())
    if unknown:
        raise TypeError(f"{model.__name__}: unknown parameter(s) {', '.join(sorted(unknown))}")
    return cast(M, built)


def _unset_none(params: Mapping[str, Any]) -> dict[str, Any]:
    return {k: (UNSET if v is None else v) for k, v in params.items()}


class Paylera:
    """A client of the Paylera API.

    >>> client = Paylera("sk_test_...", base_url="https://api.paylera.example")
    >>> customer = client.customers.create(email="jane@example.com")

    Every request sends `Authorization: Bearer <api_key>`, `Paylera-Version`
    (the version this SDK was generated for) and `User-Agent: paylera-python/<version>`.
    Every POST carries an `Idempotency-Key` (yours, or a uuid4) and is retried with it,
    like every other request, on connection errors, `409 idempotency_key_in_use`,
    `429` and `5xx`, at most `max_retries` times.
    """

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str = DEFAULT_BASE_URL,
        max_retries: int = 2,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retry_after: float = 20.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("api_key is required")
        self.base_url = base_url.rstrip("/")
        self.api_version = API_VERSION
        self._transport = RetryTransport(
            transport, max_retries=max_retries, max_retry_after=max_retry_after
        )
        self._http = httpx.Client(
            base_url=self.base_url,
            headers={
                "Authorization": f"Bearer {api_key}",
                "Paylera-Version": API_VERSION,
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
            },
            timeout=timeout,
            transport=self._transport,
            follow_redirects=False,
        )
        #: The generated client, on the same connection pool, transport and headers:
        #: `paylera._generated.api.<tag>.<operation>.sync(client=client.generated_client, ...)`.
        self.generated_client = AuthenticatedClient(base_url=self.base_url, token=api_key)
        self.generated_client.set_httpx_client(self._http)

        self.customers = Customers(self)
        self.products = Products(self)
        self.prices = Prices(self)
        self.payment_methods = PaymentMethods(self)
        self.subscriptions = Subscriptions(self)
        self.portal_sessions = PortalSessions(self)
        self.portal = _Portal(self.portal_sessions)
        self.webhook_endpoints = WebhookEndpoints(self)
        self.events = Events(self)

    @property
    def max_retries(self) -> int:
        return self._transport.max_retries

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Paylera:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ----------------------------------------------------------------------

    def _send(self, kwargs: dict[str, Any], idempotency_key: str | None) -> httpx.Response:
        if idempotency_key is not None:
            headers = dict(kwargs.get("headers") or {})
            headers[IDEMPOTENCY_HEADER] = idempotency_key
            kwargs["headers"] = headers
        try:
            response = self._http.request(**kwargs)
        except RETRYABLE_EXCEPTIONS as exc:
            raise PayleraConnectionError(
                f"could not reach the Paylera API at {self.base_url}: {exc!r}"
            ) from exc
        if response.status_code >= 300:
            raise PayleraError.from_response(response)
        return response

    def _call(
        self, operation: ModuleType, *, idempotency_key: str | None = None, **args: Any
    ) -> Any:
        """Run one generated operation: build with `_get_kwargs`, parse with `_parse_response`."""
        kwargs = operation._get_kwargs(**args)
        response = self._send(kwargs, idempotency_key)
        parsed = operation._parse_response(client=self.generated_client, response=response)
        if parsed is None:
            raise PayleraError(
                f"unexpected answer {response.status_code} to {kwargs['method'].upper()} "
                f"{kwargs['url']}",
                status=response.status_code,
                request_id=response.headers.get("request-id"),
                headers=response.headers,
                body=response.text,
            )
        return parsed

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | Sequence[tuple[str, Any]] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Any endpoint, untyped: answers the decoded JSON (or `None` for an empty body)."""
        kwargs: dict[str, Any] = {"method": method.upper(), "url": path}
        if json is not None:
            kwargs["json"] = json
        if params is not None:
            kwargs["params"] = params
        response = self._send(kwargs, idempotency_key)
        return response.json() if response.content else None


class _Resource:
    def __init__(self, client: Paylera) -> None:
        self._client = client


def _auto_page(list_page: Any, fetch: Any, params: dict[str, Any]) -> Iterator[Any]:
    page = list_page
    while True:
        yield from page.data
        if not page.has_more or not page.data:
            return
        page = fetch(**{**params, "starting_after": page.data[-1].id})


class Customers(_Resource):
    def create(
        self,
        body: CreateCustomerRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **params: Any,
    ) -> Customer:
        """`POST /v1/customers` (`email=`, `name=`, `metadata=`, ...)."""
        return self._client._call(
            create_customer,
            body=_body(CreateCustomerRequest, body, params),
            idempotency_key=idempotency_key,
        )

    def retrieve(self, id: str, *, expand: Sequence[str] | None = None) -> Customer:
        return self._client._call(
            retrieve_customer, id=id, expand=list(expand) if expand else UNSET
        )

    def update(
        self,
        id: str,
        body: UpdateCustomerRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **params: Any,
    ) -> Customer:
        return self._client._call(
            update_customer,
            id=id,
            body=_body(UpdateCustomerRequest, body, params),
            idempotency_key=idempotency_key,
        )

    def delete(self, id: str) -> DeletedObject:
        return self._client._call(delete_customer, id=id)

    def list(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        email: str | None = None,
        **filters: Any,
    ) -> ListCustomer:
        """One page (`limit` 1-100, default 10); `.data` holds `Customer`s."""
        return self._client._call(
            list_customers,
            **_unset_none(
                {"limit": limit, "starting_after": starting_after, "email": email, **filters}
            ),
        )

    def list_all(self, **params: Any) -> Iterator[Customer]:
        """Every customer, following `has_more`/`starting_after` page by page."""
        return _auto_page(self.list(**params), self.list, params)


class Products(_Resource):
    def create(
        self,
        body: CreateProductRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **params: Any,
    ) -> Product:
        """`POST /v1/products` (`name=`, ...)."""
        return self._client._call(
            create_product,
            body=_body(CreateProductRequest, body, params),
            idempotency_key=idempotency_key,
        )

    def retrieve(self, id: str) -> Product:
        return self._client._call(retrieve_product, id=id)

    def list(
        self, *, limit: int | None = None, starting_after: str | None = None, **filters: Any
    ) -> ListProduct:
        return self._client._call(
            list_products,
            **_unset_none({"limit": limit, "starting_after": starting_after, **filters}),
        )


class Prices(_Resource):
    def create(
        self,
        body: CreatePriceRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **params: Any,
    ) -> Price:
        """`POST /v1/prices` (`product=`, `currency=`, `unit_amount=`, `recurring={"interval": "month"}`)."""
        return self._client._call(
            create_price,
            body=_body(CreatePriceRequest, body, params),
            idempotency_key=idempotency_key,
        )

    def retrieve(self, id: str, *, expand: Sequence[str] | None = None) -> Price:
        return self._client._call(retrieve_price, id=id, expand=list(expand) if expand else UNSET)

    def list(
        self, *, limit: int | None = None, starting_after: str | None = None, **filters: Any
    ) -> ListPrice:
        return self._client._call(
            list_prices,
            **_unset_none({"limit": limit, "starting_after": starting_after, **filters}),
        )


class PaymentMethods(_Resource):
    def create(
        self,
        body: CreatePaymentMethodRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **params: Any,
    ) -> PaymentMethod:
        """`POST /v1/payment_methods` (`type="card"`, `card={...}`, `customer=`)."""
        return self._client._call(
            create_payment_method,
            body=_body(CreatePaymentMethodRequest, body, params),
            idempotency_key=idempotency_key,
        )

    def retrieve(self, id: str, *, expand: Sequence[str] | None = None) -> PaymentMethod:
        return self._client._call(
            retrieve_payment_method, id=id, expand=list(expand) if expand else UNSET
        )


class Subscriptions(_Resource):
    def create(
        self,
        body: CreateSubscriptionRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **params: Any,
    ) -> Subscription:
        """`POST /v1/subscriptions` (`customer=`, `price=`, `quantity=`, `trial_period_days=`)."""
        return self._client._call(
            create_subscription,
            body=_body(CreateSubscriptionRequest, body, params),
            idempotency_key=idempotency_key,
        )

    def retrieve(self, id: str, *, expand: Sequence[str] | None = None) -> Subscription:
        """`expand=["customer"]` answers `customer` as a `Customer` instead of an id."""
        return self._client._call(
            retrieve_subscription, id=id, expand=list(expand) if expand else UNSET
        )

    def cancel(
        self,
        id: str,
        body: CancelSubscriptionRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **params: Any,
    ) -> Subscription:
        return self._client._call(
            cancel_subscription,
            id=id,
            body=_body(CancelSubscriptionRequest, body, params),
            idempotency_key=idempotency_key,
        )

    def list(
        self, *, limit: int | None = None, starting_after: str | None = None, **filters: Any
    ) -> ListSubscription:
        return self._client._call(
            list_subscriptions,
            **_unset_none({"limit": limit, "starting_after": starting_after, **filters}),
        )


class PortalSessions(_Resource):
    def create(
        self,
        body: CreatePortalSessionRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **params: Any,
    ) -> PortalSession:
        """`POST /v1/portal/sessions` (`customer_id=`, `return_url=`): send the customer to `.url`."""
        return self._client._call(
            create_session,
            body=_body(CreatePortalSessionRequest, body, params),
            idempotency_key=idempotency_key,
        )


class _Portal:
    """`client.portal.sessions` is `client.portal_sessions`."""

    def __init__(self, sessions: PortalSessions) -> None:
        self.sessions = sessions


class WebhookEndpoints(_Resource):
    def create(
        self,
        body: CreateWebhookEndpointRequest | Mapping[str, Any] | None = None,
        *,
        idempotency_key: str | None = None,
        **params: Any,
    ) -> WebhookEndpoint:
        """`POST /v1/webhook_endpoints` (`url=`, `enabled_events=["*"]`); `.secret` is shown once."""
        return self._client._call(
            create_webhook_endpoint,
            body=_body(CreateWebhookEndpointRequest, body, params),
            idempotency_key=idempotency_key,
        )

    def retrieve(self, id: str) -> WebhookEndpoint:
        return self._client._call(retrieve_webhook_endpoint, id=id)

    def delete(self, id: str) -> DeletedObject:
        return self._client._call(delete_webhook_endpoint, id=id)

    def list(
        self, *, limit: int | None = None, starting_after: str | None = None, **filters: Any
    ) -> ListWebhookEndpoint:
        return self._client._call(
            list_webhook_endpoints,
            **_unset_none({"limit": limit, "starting_after": starting_after, **filters}),
        )


class Events(_Resource):
    def retrieve(self, id: str) -> Event:
        return self._client._call(retrieve_event, id=id)

    def list(
        self,
        *,
        limit: int | None = None,
        starting_after: str | None = None,
        type: str | None = None,
        **filters: Any,
    ) -> ListEvent:
        return self._client._call(
            list_events,
            **_unset_none(
                {"limit": limit, "starting_after": starting_after, "type_": type, **filters}
            ),
        )
