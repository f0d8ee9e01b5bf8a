from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.configuration_change import ConfigurationChange
from ...models.error_envelope import ErrorEnvelope
from ...models.portal_configuration_view import PortalConfigurationView
from ...types import Response


def _get_kwargs(
    *,
    body: ConfigurationChange,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/portal/configuration",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PortalConfigurationView | None:
    if response.status_code == 200:
        response_200 = PortalConfigurationView.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PortalConfigurationView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ConfigurationChange,
) -> Response[ErrorEnvelope | PortalConfigurationView]:
    """Update the tenant's default portal configuration, field by field.

     As `POST /v1/portal/configurations/{id}` on the default: an absent field keeps its
    value, `null` puts it back to its default, an unknown field is refused. The accent
    colour is validated and a readable text colour is derived from it.

    Args:
        body (ConfigurationChange): A change to a portal configuration, field by field: an absent
            field keeps its value,
            `null` puts the field back to its default, a value sets it; an unknown field is
            refused. The body of `POST /v1/portal/configurations[/{id}]`, and — with `id`, without
            `name` and `is_default` — the `configuration` object of a portal session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PortalConfigurationView]
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
    body: ConfigurationChange,
) -> ErrorEnvelope | PortalConfigurationView | None:
    """Update the tenant's default portal configuration, field by field.

     As `POST /v1/portal/configurations/{id}` on the default: an absent field keeps its
    value, `null` puts it back to its default, an unknown field is refused. The accent
    colour is validated and a readable text colour is derived from it.

    Args:
        body (ConfigurationChange): A change to a portal configuration, field by field: an absent
            field keeps its value,
            `null` puts the field back to its default, a value sets it; an unknown field is
            refused. The body of `POST /v1/portal/configurations[/{id}]`, and — with `id`, without
            `name` and `is_default` — the `configuration` object of a portal session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PortalConfigurationView
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ConfigurationChange,
) -> Response[ErrorEnvelope | PortalConfigurationView]:
    """Update the tenant's default portal configuration, field by field.

     As `POST /v1/portal/configurations/{id}` on the default: an absent field keeps its
    value, `null` puts it back to its default, an unknown field is refused. The accent
    colour is validated and a readable text colour is derived from it.

    Args:
        body (ConfigurationChange): A change to a portal configuration, field by field: an absent
            field keeps its value,
            `null` puts the field back to its default, a value sets it; an unknown field is
            refused. The body of `POST /v1/portal/configurations[/{id}]`, and — with `id`, without
            `name` and `is_default` — the `configuration` object of a portal session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PortalConfigurationView]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ConfigurationChange,
) -> ErrorEnvelope | PortalConfigurationView | None:
    """Update the tenant's default portal configuration, field by field.

     As `POST /v1/portal/configurations/{id}` on the default: an absent field keeps its
    value, `null` puts it back to its default, an unknown field is refused. The accent
    colour is validated and a readable text colour is derived from it.

    Args:
        body (ConfigurationChange): A change to a portal configuration, field by field: an absent
            field keeps its value,
            `null` puts the field back to its default, a value sets it; an unknown field is
            refused. The body of `POST /v1/portal/configurations[/{id}]`, and — with `id`, without
            `name` and `is_default` — the `configuration` object of a portal session.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PortalConfigurationView
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
