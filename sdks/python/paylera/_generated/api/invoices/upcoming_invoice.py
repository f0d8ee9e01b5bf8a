from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.upcoming_invoice import UpcomingInvoice
from ...types import UNSET, Response


def _get_kwargs(
    *,
    subscription: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subscription"] = subscription

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices/upcoming",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UpcomingInvoice | None:
    if response.status_code == 200:
        response_200 = UpcomingInvoice.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | UpcomingInvoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    subscription: str,
) -> Response[ErrorEnvelope | UpcomingInvoice]:
    """Preview the invoice a subscription will produce at the end of its current period:
    the renewal at the price and quantity then in force (a scheduled downgrade
    included), metered usage recorded so far, and the customer's credit as it stands.
    Nothing is created.

    Args:
        subscription (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UpcomingInvoice]
    """

    kwargs = _get_kwargs(
        subscription=subscription,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    subscription: str,
) -> ErrorEnvelope | UpcomingInvoice | None:
    """Preview the invoice a subscription will produce at the end of its current period:
    the renewal at the price and quantity then in force (a scheduled downgrade
    included), metered usage recorded so far, and the customer's credit as it stands.
    Nothing is created.

    Args:
        subscription (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UpcomingInvoice
    """

    return sync_detailed(
        client=client,
        subscription=subscription,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    subscription: str,
) -> Response[ErrorEnvelope | UpcomingInvoice]:
    """Preview the invoice a subscription will produce at the end of its current period:
    the renewal at the price and quantity then in force (a scheduled downgrade
    included), metered usage recorded so far, and the customer's credit as it stands.
    Nothing is created.

    Args:
        subscription (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UpcomingInvoice]
    """

    kwargs = _get_kwargs(
        subscription=subscription,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    subscription: str,
) -> ErrorEnvelope | UpcomingInvoice | None:
    """Preview the invoice a subscription will produce at the end of its current period:
    the renewal at the price and quantity then in force (a scheduled downgrade
    included), metered usage recorded so far, and the customer's credit as it stands.
    Nothing is created.

    Args:
        subscription (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UpcomingInvoice
    """

    return (
        await asyncio_detailed(
            client=client,
            subscription=subscription,
        )
    ).parsed
