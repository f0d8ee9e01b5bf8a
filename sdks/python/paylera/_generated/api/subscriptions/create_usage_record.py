from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_usage_record_request import CreateUsageRecordRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.usage_record import UsageRecord
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: CreateUsageRecordRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/subscriptions/{id}/usage_records".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UsageRecord | None:
    if response.status_code == 200:
        response_200 = UsageRecord.from_dict(response.json())

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
) -> Response[ErrorEnvelope | UsageRecord]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: CreateUsageRecordRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ErrorEnvelope | UsageRecord]:
    """Record usage of a metered subscription.

     Idempotent by `Idempotency-Key` and `timestamp`: sending the same pair again
    records nothing new. Usage is billed at the period end.

    Args:
        id (str):
        idempotency_key (None | str | Unset):
        body (CreateUsageRecordRequest): `POST /v1/subscriptions/{id}/usage_records`: usage of a
            metered price.
            Idempotent by `Idempotency-Key` and `timestamp`: the same pair records once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UsageRecord]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    body: CreateUsageRecordRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> ErrorEnvelope | UsageRecord | None:
    """Record usage of a metered subscription.

     Idempotent by `Idempotency-Key` and `timestamp`: sending the same pair again
    records nothing new. Usage is billed at the period end.

    Args:
        id (str):
        idempotency_key (None | str | Unset):
        body (CreateUsageRecordRequest): `POST /v1/subscriptions/{id}/usage_records`: usage of a
            metered price.
            Idempotent by `Idempotency-Key` and `timestamp`: the same pair records once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UsageRecord
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    body: CreateUsageRecordRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[ErrorEnvelope | UsageRecord]:
    """Record usage of a metered subscription.

     Idempotent by `Idempotency-Key` and `timestamp`: sending the same pair again
    records nothing new. Usage is billed at the period end.

    Args:
        id (str):
        idempotency_key (None | str | Unset):
        body (CreateUsageRecordRequest): `POST /v1/subscriptions/{id}/usage_records`: usage of a
            metered price.
            Idempotent by `Idempotency-Key` and `timestamp`: the same pair records once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UsageRecord]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    body: CreateUsageRecordRequest,
    idempotency_key: None | str | Unset = UNSET,
) -> ErrorEnvelope | UsageRecord | None:
    """Record usage of a metered subscription.

     Idempotent by `Idempotency-Key` and `timestamp`: sending the same pair again
    records nothing new. Usage is billed at the period end.

    Args:
        id (str):
        idempotency_key (None | str | Unset):
        body (CreateUsageRecordRequest): `POST /v1/subscriptions/{id}/usage_records`: usage of a
            metered price.
            Idempotent by `Idempotency-Key` and `timestamp`: the same pair records once.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UsageRecord
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
