from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_payment_method_request import CreatePaymentMethodRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.payment_method import PaymentMethod
from ...types import Response


def _get_kwargs(
    *,
    body: CreatePaymentMethodRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/payment_methods",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PaymentMethod | None:
    if response.status_code == 200:
        response_200 = PaymentMethod.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorEnvelope.from_dict(response.json())

        return response_402

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
) -> Response[ErrorEnvelope | PaymentMethod]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePaymentMethodRequest,
) -> Response[ErrorEnvelope | PaymentMethod]:
    """Create a card payment method.

     The number is validated (length, Luhn, brand, expiry, CVC) and handed to the
    processor; only the brand, last four digits, expiry, a keyed fingerprint and the
    processor's token are kept. With `customer`, the card is attached right away (and
    nothing is kept if the bank declines it). Emits `payment_method.created`.

    Args:
        body (CreatePaymentMethodRequest): `POST /v1/payment_methods`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PaymentMethod]
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
    body: CreatePaymentMethodRequest,
) -> ErrorEnvelope | PaymentMethod | None:
    """Create a card payment method.

     The number is validated (length, Luhn, brand, expiry, CVC) and handed to the
    processor; only the brand, last four digits, expiry, a keyed fingerprint and the
    processor's token are kept. With `customer`, the card is attached right away (and
    nothing is kept if the bank declines it). Emits `payment_method.created`.

    Args:
        body (CreatePaymentMethodRequest): `POST /v1/payment_methods`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PaymentMethod
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreatePaymentMethodRequest,
) -> Response[ErrorEnvelope | PaymentMethod]:
    """Create a card payment method.

     The number is validated (length, Luhn, brand, expiry, CVC) and handed to the
    processor; only the brand, last four digits, expiry, a keyed fingerprint and the
    processor's token are kept. With `customer`, the card is attached right away (and
    nothing is kept if the bank declines it). Emits `payment_method.created`.

    Args:
        body (CreatePaymentMethodRequest): `POST /v1/payment_methods`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PaymentMethod]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreatePaymentMethodRequest,
) -> ErrorEnvelope | PaymentMethod | None:
    """Create a card payment method.

     The number is validated (length, Luhn, brand, expiry, CVC) and handed to the
    processor; only the brand, last four digits, expiry, a keyed fingerprint and the
    processor's token are kept. With `customer`, the card is attached right away (and
    nothing is kept if the bank declines it). Emits `payment_method.created`.

    Args:
        body (CreatePaymentMethodRequest): `POST /v1/payment_methods`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PaymentMethod
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
