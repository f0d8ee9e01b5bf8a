from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_webhook_attempt import ListWebhookAttempt
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    event: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["event"] = event

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
        "url": "/v1/webhook_endpoints/{id}/attempts".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListWebhookAttempt | None:
    if response.status_code == 200:
        response_200 = ListWebhookAttempt.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ListWebhookAttempt]:
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
    event: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ListWebhookAttempt]:
    """The delivery log: an endpoint's attempts, newest first, each with its time,
    HTTP status (or the error), latency and the first 1 KiB of the response.

    Args:
        id (str):
        event (str | Unset):
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
        Response[ErrorEnvelope | ListWebhookAttempt]
    """

    kwargs = _get_kwargs(
        id=id,
        event=event,
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
    id: str,
    *,
    client: AuthenticatedClient,
    event: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
) -> ErrorEnvelope | ListWebhookAttempt | None:
    """The delivery log: an endpoint's attempts, newest first, each with its time,
    HTTP status (or the error), latency and the first 1 KiB of the response.

    Args:
        id (str):
        event (str | Unset):
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
        ErrorEnvelope | ListWebhookAttempt
    """

    return sync_detailed(
        id=id,
        client=client,
        event=event,
        limit=limit,
        starting_after=starting_after,
        ending_before=ending_before,
        createdgt=createdgt,
        createdgte=createdgte,
        createdlt=createdlt,
        createdlte=createdlte,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    event: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ListWebhookAttempt]:
    """The delivery log: an endpoint's attempts, newest first, each with its time,
    HTTP status (or the error), latency and the first 1 KiB of the response.

    Args:
        id (str):
        event (str | Unset):
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
        Response[ErrorEnvelope | ListWebhookAttempt]
    """

    kwargs = _get_kwargs(
        id=id,
        event=event,
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
    id: str,
    *,
    client: AuthenticatedClient,
    event: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    ending_before: str | Unset = UNSET,
    createdgt: str | Unset = UNSET,
    createdgte: str | Unset = UNSET,
    createdlt: str | Unset = UNSET,
    createdlte: str | Unset = UNSET,
) -> ErrorEnvelope | ListWebhookAttempt | None:
    """The delivery log: an endpoint's attempts, newest first, each with its time,
    HTTP status (or the error), latency and the first 1 KiB of the response.

    Args:
        id (str):
        event (str | Unset):
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
        ErrorEnvelope | ListWebhookAttempt
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            event=event,
            limit=limit,
            starting_after=starting_after,
            ending_before=ending_before,
            createdgt=createdgt,
            createdgte=createdgte,
            createdlt=createdlt,
            createdlte=createdlte,
        )
    ).parsed
