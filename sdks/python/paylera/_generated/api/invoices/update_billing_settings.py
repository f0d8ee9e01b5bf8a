from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_settings import BillingSettings
from ...models.error_envelope import ErrorEnvelope
from ...models.update_billing_settings_request import UpdateBillingSettingsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateBillingSettingsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/billing_settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingSettings | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BillingSettings.from_dict(response.json())

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
) -> Response[BillingSettings | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateBillingSettingsRequest,
) -> Response[BillingSettings | ErrorEnvelope]:
    """Update the tenant's billing settings.

     `business_profile` replaces the seller's legal identity printed on invoice and
    receipt PDFs as a whole (`null` clears it); its address and tax IDs are validated like
    a customer's; its `logo` is a `file_…` uploaded with `purpose: business_logo`.

    Args:
        body (UpdateBillingSettingsRequest): `POST /v1/billing_settings`: only the fields present
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingSettings | ErrorEnvelope]
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
    body: UpdateBillingSettingsRequest,
) -> BillingSettings | ErrorEnvelope | None:
    """Update the tenant's billing settings.

     `business_profile` replaces the seller's legal identity printed on invoice and
    receipt PDFs as a whole (`null` clears it); its address and tax IDs are validated like
    a customer's; its `logo` is a `file_…` uploaded with `purpose: business_logo`.

    Args:
        body (UpdateBillingSettingsRequest): `POST /v1/billing_settings`: only the fields present
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingSettings | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateBillingSettingsRequest,
) -> Response[BillingSettings | ErrorEnvelope]:
    """Update the tenant's billing settings.

     `business_profile` replaces the seller's legal identity printed on invoice and
    receipt PDFs as a whole (`null` clears it); its address and tax IDs are validated like
    a customer's; its `logo` is a `file_…` uploaded with `purpose: business_logo`.

    Args:
        body (UpdateBillingSettingsRequest): `POST /v1/billing_settings`: only the fields present
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingSettings | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateBillingSettingsRequest,
) -> BillingSettings | ErrorEnvelope | None:
    """Update the tenant's billing settings.

     `business_profile` replaces the seller's legal identity printed on invoice and
    receipt PDFs as a whole (`null` clears it); its address and tax IDs are validated like
    a customer's; its `logo` is a `file_…` uploaded with `purpose: business_logo`.

    Args:
        body (UpdateBillingSettingsRequest): `POST /v1/billing_settings`: only the fields present
            change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingSettings | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
