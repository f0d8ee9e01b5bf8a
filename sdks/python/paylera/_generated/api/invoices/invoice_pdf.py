from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    locale: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["locale"] = locale

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/invoices/{id}/pdf".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | None:
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
) -> Response[ErrorEnvelope]:
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
    locale: str | Unset = UNSET,
) -> Response[ErrorEnvelope]:
    """Download an invoice as a PDF.

     Rendered on demand from the stored invoice: the same invoice in the same locale
    always gives the same bytes. Text is real (extractable) and the fonts are embedded.
    The language is `locale` when given, else the customer's `preferred_locales`, else
    the portal configuration's `default_locale`, else English; labels, dates, money and
    country names follow it. The seller is the business profile of the billing settings.

    Args:
        id (str):
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        locale=locale,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
) -> ErrorEnvelope | None:
    """Download an invoice as a PDF.

     Rendered on demand from the stored invoice: the same invoice in the same locale
    always gives the same bytes. Text is real (extractable) and the fonts are embedded.
    The language is `locale` when given, else the customer's `preferred_locales`, else
    the portal configuration's `default_locale`, else English; labels, dates, money and
    country names follow it. The seller is the business profile of the billing settings.

    Args:
        id (str):
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope
    """

    return sync_detailed(
        id=id,
        client=client,
        locale=locale,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
) -> Response[ErrorEnvelope]:
    """Download an invoice as a PDF.

     Rendered on demand from the stored invoice: the same invoice in the same locale
    always gives the same bytes. Text is real (extractable) and the fonts are embedded.
    The language is `locale` when given, else the customer's `preferred_locales`, else
    the portal configuration's `default_locale`, else English; labels, dates, money and
    country names follow it. The seller is the business profile of the billing settings.

    Args:
        id (str):
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        locale=locale,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    locale: str | Unset = UNSET,
) -> ErrorEnvelope | None:
    """Download an invoice as a PDF.

     Rendered on demand from the stored invoice: the same invoice in the same locale
    always gives the same bytes. Text is real (extractable) and the fonts are embedded.
    The language is `locale` when given, else the customer's `preferred_locales`, else
    the portal configuration's `default_locale`, else English; labels, dates, money and
    country names follow it. The seller is the business profile of the billing settings.

    Args:
        id (str):
        locale (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            locale=locale,
        )
    ).parsed
