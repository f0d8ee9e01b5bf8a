from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_invoice import ListInvoice
from ...models.list_invoices_metadata import ListInvoicesMetadata
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customer"] = customer

    params["subscription"] = subscription

    params["status"] = status

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["ending_before"] = ending_before

    params["created[gt]"] = createdgt

    params["created[gte]"] = createdgte

    params["created[lt]"] = createdlt

    params["created[lte]"] = createdlte

    json_metadata: dict[str, Any] | Unset = UNSET
    if not isinstance(metadata, Unset):
        json_metadata = metadata.to_dict()
    if not isinstance(json_metadata, Unset):
        params.update(json_metadata)

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListInvoice | None:
    if response.status_code == 200:
        response_200 = ListInvoice.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ListInvoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    customer: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> Response[ErrorEnvelope | ListInvoice]:
    """List invoices, newest first.

    Args:
        customer (str | Unset):
        subscription (str | Unset):
        status (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):
        metadata (ListInvoicesMetadata | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListInvoice]
    """

    kwargs = _get_kwargs(
        customer=customer,
        subscription=subscription,
        status=status,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        createdgt=createdgt,
        createdgte=createdgte,
        createdlt=createdlt,
        createdlte=createdlte,
        metadata=metadata,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    customer: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> ErrorEnvelope | ListInvoice | None:
    """List invoices, newest first.

    Args:
        customer (str | Unset):
        subscription (str | Unset):
        status (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):
        metadata (ListInvoicesMetadata | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListInvoice
    """

    return sync_detailed(
        client=client,
        customer=customer,
        subscription=subscription,
        status=status,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        createdgt=createdgt,
        createdgte=createdgte,
        createdlt=createdlt,
        createdlte=createdlte,
        metadata=metadata,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    customer: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> Response[ErrorEnvelope | ListInvoice]:
    """List invoices, newest first.

    Args:
        customer (str | Unset):
        subscription (str | Unset):
        status (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):
        metadata (ListInvoicesMetadata | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListInvoice]
    """

    kwargs = _get_kwargs(
        customer=customer,
        subscription=subscription,
        status=status,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        createdgt=createdgt,
        createdgte=createdgte,
        createdlt=createdlt,
        createdlte=createdlte,
        metadata=metadata,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    customer: str | Unset = UNSET,
    subscription: str | Unset = UNSET,
    status: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> ErrorEnvelope | ListInvoice | None:
    """List invoices, newest first.

    Args:
        customer (str | Unset):
        subscription (str | Unset):
        status (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):
        metadata (ListInvoicesMetadata | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListInvoice
    """

    return (
        await asyncio_detailed(
            client=client,
            customer=customer,
            subscription=subscription,
            status=status,
            limit=limit,
            starting_after=starting_after,
            ending_before=ending_before,
            createdgt=createdgt,
            createdgte=createdgte,
            createdlt=createdlt,
            createdlte=createdlte,
            metadata=metadata,
            expand=expand,
        )
    ).parsed
