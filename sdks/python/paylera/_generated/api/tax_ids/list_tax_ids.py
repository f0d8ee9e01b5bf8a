from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_tax_id import ListTaxId
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["ending_before"] = ending_before

    params["created[gt]"] = createdgt

    params["created[gte]"] = createdgte

    params["created[lt]"] = createdlt

    params["created[lte]"] = createdlte

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    params["expand[]"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{id}/tax_ids".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListTaxId | None:
    if response.status_code == 200:
        response_200 = ListTaxId.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ListTaxId]:
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
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> Response[ErrorEnvelope | ListTaxId]:
    """List a customer's tax IDs, newest first.

    Args:
        id (str):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListTaxId]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        createdgt=createdgt,
        createdgte=createdgte,
        createdlt=createdlt,
        createdlte=createdlte,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> ErrorEnvelope | ListTaxId | None:
    """List a customer's tax IDs, newest first.

    Args:
        id (str):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListTaxId
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        createdgt=createdgt,
        createdgte=createdgte,
        createdlt=createdlt,
        createdlte=createdlte,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> Response[ErrorEnvelope | ListTaxId]:
    """List a customer's tax IDs, newest first.

    Args:
        id (str):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListTaxId]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        createdgt=createdgt,
        createdgte=createdgte,
        createdlt=createdlt,
        createdlte=createdlte,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
    expand: list[str] | Unset = UNSET,
) -> ErrorEnvelope | ListTaxId | None:
    """List a customer's tax IDs, newest first.

    Args:
        id (str):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListTaxId
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            starting_after=starting_after,
            ending_before=ending_before,
            createdgt=createdgt,
            createdgte=createdgte,
            createdlt=createdlt,
            createdlte=createdlte,
            expand=expand,
        )
    ).parsed
