from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.change_options import ChangeOptions
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    quantity: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["quantity"] = quantity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/subscriptions/{id}/change_options".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChangeOptions | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ChangeOptions.from_dict(response.json())

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
) -> Response[ChangeOptions | ErrorEnvelope]:
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
    quantity: int | Unset = UNSET,
) -> Response[ChangeOptions | ErrorEnvelope]:
    """The prices a subscription may change to, each with the preview of that change.

     One call for a plan picker: the candidates are the portal configuration's offered
    prices (portal tokens, when it lists them), otherwise every active price in the
    subscription's currency of every active product of its product's family. Each is
    judged by the rules of `POST /v1/subscriptions/{id}`: one it would refuse is left
    out, and each option's `preview` is exactly what `POST /v1/subscriptions/{id}/preview`
    answers for it. At most 20 options; none for an ended subscription.

    Args:
        id (str):
        quantity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeOptions | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        quantity=quantity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    quantity: int | Unset = UNSET,
) -> ChangeOptions | ErrorEnvelope | None:
    """The prices a subscription may change to, each with the preview of that change.

     One call for a plan picker: the candidates are the portal configuration's offered
    prices (portal tokens, when it lists them), otherwise every active price in the
    subscription's currency of every active product of its product's family. Each is
    judged by the rules of `POST /v1/subscriptions/{id}`: one it would refuse is left
    out, and each option's `preview` is exactly what `POST /v1/subscriptions/{id}/preview`
    answers for it. At most 20 options; none for an ended subscription.

    Args:
        id (str):
        quantity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeOptions | ErrorEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        quantity=quantity,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    quantity: int | Unset = UNSET,
) -> Response[ChangeOptions | ErrorEnvelope]:
    """The prices a subscription may change to, each with the preview of that change.

     One call for a plan picker: the candidates are the portal configuration's offered
    prices (portal tokens, when it lists them), otherwise every active price in the
    subscription's currency of every active product of its product's family. Each is
    judged by the rules of `POST /v1/subscriptions/{id}`: one it would refuse is left
    out, and each option's `preview` is exactly what `POST /v1/subscriptions/{id}/preview`
    answers for it. At most 20 options; none for an ended subscription.

    Args:
        id (str):
        quantity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangeOptions | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        quantity=quantity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    quantity: int | Unset = UNSET,
) -> ChangeOptions | ErrorEnvelope | None:
    """The prices a subscription may change to, each with the preview of that change.

     One call for a plan picker: the candidates are the portal configuration's offered
    prices (portal tokens, when it lists them), otherwise every active price in the
    subscription's currency of every active product of its product's family. Each is
    judged by the rules of `POST /v1/subscriptions/{id}`: one it would refuse is left
    out, and each option's `preview` is exactly what `POST /v1/subscriptions/{id}/preview`
    answers for it. At most 20 options; none for an ended subscription.

    Args:
        id (str):
        quantity (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangeOptions | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            quantity=quantity,
        )
    ).parsed
