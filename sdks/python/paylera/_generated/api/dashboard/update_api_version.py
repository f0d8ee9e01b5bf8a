from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_version_pin import ApiVersionPin
from ...models.error_envelope import ErrorEnvelope
from ...models.update_api_version_request import UpdateApiVersionRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateApiVersionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/api_version",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiVersionPin | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ApiVersionPin.from_dict(response.json())

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
) -> Response[ApiVersionPin | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateApiVersionRequest,
) -> Response[ApiVersionPin | ErrorEnvelope]:
    """Pin the account to another version: from the next request, requests without
    `Paylera-Version` and every webhook are in its shapes (a move back is allowed, to
    undo an upgrade). Read `docs/api-changelog.md` first.

    Args:
        body (UpdateApiVersionRequest): `POST /v1/api_version` (team admins and owners): the
            version to pin the account to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiVersionPin | ErrorEnvelope]
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
    body: UpdateApiVersionRequest,
) -> ApiVersionPin | ErrorEnvelope | None:
    """Pin the account to another version: from the next request, requests without
    `Paylera-Version` and every webhook are in its shapes (a move back is allowed, to
    undo an upgrade). Read `docs/api-changelog.md` first.

    Args:
        body (UpdateApiVersionRequest): `POST /v1/api_version` (team admins and owners): the
            version to pin the account to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiVersionPin | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateApiVersionRequest,
) -> Response[ApiVersionPin | ErrorEnvelope]:
    """Pin the account to another version: from the next request, requests without
    `Paylera-Version` and every webhook are in its shapes (a move back is allowed, to
    undo an upgrade). Read `docs/api-changelog.md` first.

    Args:
        body (UpdateApiVersionRequest): `POST /v1/api_version` (team admins and owners): the
            version to pin the account to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiVersionPin | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateApiVersionRequest,
) -> ApiVersionPin | ErrorEnvelope | None:
    """Pin the account to another version: from the next request, requests without
    `Paylera-Version` and every webhook are in its shapes (a move back is allowed, to
    undo an upgrade). Read `docs/api-changelog.md` first.

    Args:
        body (UpdateApiVersionRequest): `POST /v1/api_version` (team admins and owners): the
            version to pin the account to.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiVersionPin | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
