from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_subscription_request import CreateSubscriptionRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.subscription import Subscription
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSubscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Subscription | None:
    if response.status_code == 200:
        response_200 = Subscription.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorEnvelope.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | Subscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSubscriptionRequest,
) -> Response[ErrorEnvelope | Subscription]:
    """Create a subscription.

     With `trial_period_days`, nothing is charged until the trial ends; otherwise the
    first period is invoiced and charged to the customer's default card now (a
    failure leaves the invoice open and the subscription `past_due`). Emits
    `subscription.created`, `invoice.created`, `invoice.finalized` and
    `invoice.paid` / `invoice.payment_failed` / `invoice.payment_action_required`.

    Args:
        body (CreateSubscriptionRequest): `POST /v1/subscriptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Subscription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateSubscriptionRequest,
) -> ErrorEnvelope | Subscription | None:
    """Create a subscription.

     With `trial_period_days`, nothing is charged until the trial ends; otherwise the
    first period is invoiced and charged to the customer's default card now (a
    failure leaves the invoice open and the subscription `past_due`). Emits
    `subscription.created`, `invoice.created`, `invoice.finalized` and
    `invoice.paid` / `invoice.payment_failed` / `invoice.payment_action_required`.

    Args:
        body (CreateSubscriptionRequest): `POST /v1/subscriptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Subscription
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSubscriptionRequest,
) -> Response[ErrorEnvelope | Subscription]:
    """Create a subscription.

     With `trial_period_days`, nothing is charged until the trial ends; otherwise the
    first period is invoiced and charged to the customer's default card now (a
    failure leaves the invoice open and the subscription `past_due`). Emits
    `subscription.created`, `invoice.created`, `invoice.finalized` and
    `invoice.paid` / `invoice.payment_failed` / `invoice.payment_action_required`.

    Args:
        body (CreateSubscriptionRequest): `POST /v1/subscriptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Subscription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSubscriptionRequest,
) -> ErrorEnvelope | Subscription | None:
    """Create a subscription.

     With `trial_period_days`, nothing is charged until the trial ends; otherwise the
    first period is invoiced and charged to the customer's default card now (a
    failure leaves the invoice open and the subscription `past_due`). Emits
    `subscription.created`, `invoice.created`, `invoice.finalized` and
    `invoice.paid` / `invoice.payment_failed` / `invoice.payment_action_required`.

    Args:
        body (CreateSubscriptionRequest): `POST /v1/subscriptions`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Subscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
