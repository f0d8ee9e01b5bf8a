from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_product import ListProduct
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    active: bool | Unset = UNSET,
    family: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active"] = active

    params["family"] = family

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["ending_before"] = ending_before

    params["created[gt]"] = createdgt

    params["created[gte]"] = createdgte

    params["created[lt]"] = createdlt

    params["created[lte]"] = createdlte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/products",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListProduct | None:
    if response.status_code == 200:
        response_200 = ListProduct.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ListProduct]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    active: bool | Unset = UNSET,
    family: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ListProduct]:
    """List products, newest first.

    Args:
        active (bool | Unset):
        family (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListProduct]
    """

    kwargs = _get_kwargs(
        active=active,
        family=family,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        createdgt=createdgt,
        createdgte=createdgte,
        createdlt=createdlt,
        createdlte=createdlte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    active: bool | Unset = UNSET,
    family: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
) -> ErrorEnvelope | ListProduct | None:
    """List products, newest first.

    Args:
        active (bool | Unset):
        family (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListProduct
    """

    return sync_detailed(
        client=client,
        active=active,
        family=family,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        createdgt=createdgt,
        createdgte=createdgte,
        createdlt=createdlt,
        createdlte=createdlte,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    active: bool | Unset = UNSET,
    family: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ListProduct]:
    """List products, newest first.

    Args:
        active (bool | Unset):
        family (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListProduct]
    """

    kwargs = _get_kwargs(
        active=active,
        family=family,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        createdgt=createdgt,
        createdgte=createdgte,
        createdlt=createdlt,
        createdlte=createdlte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    active: bool | Unset = UNSET,
    family: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
) -> ErrorEnvelope | ListProduct | None:
    """List products, newest first.

    Args:
        active (bool | Unset):
        family (str | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        ending_before (str | Unset):
        createdgt (str | Unset):
        createdgte (str | Unset):
        createdlt (str | Unset):
        createdlte (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListProduct
    """

    return (
        await asyncio_detailed(
            client=client,
            active=active,
            family=family,
            limit=limit,
            starting_after=starting_after,
            ending_before=ending_before,
            createdgt=createdgt,
            createdgte=createdgte,
            createdlt=createdlt,
            createdlte=createdlte,
        )
    ).parsed
