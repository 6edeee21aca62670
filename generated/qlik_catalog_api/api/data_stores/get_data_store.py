from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_store import DataStore
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    data_store_id: str,
    *,
    projections: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projections"] = projections

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/data-stores/{data_store_id}".format(
            data_store_id=quote(str(data_store_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataStore | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataStore.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataStore | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    projections: str | Unset = UNSET,
) -> Response[DataStore | ErrorResponse]:
    """Get data store by ID.

    Args:
        data_store_id (str): The data store ID.
        projections (str | Unset): Comma-separated fields to return in the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStore | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        projections=projections,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    projections: str | Unset = UNSET,
) -> DataStore | ErrorResponse | None:
    """Get data store by ID.

    Args:
        data_store_id (str): The data store ID.
        projections (str | Unset): Comma-separated fields to return in the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataStore | ErrorResponse
    """

    return sync_detailed(
        data_store_id=data_store_id,
        client=client,
        projections=projections,
    ).parsed


async def asyncio_detailed(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    projections: str | Unset = UNSET,
) -> Response[DataStore | ErrorResponse]:
    """Get data store by ID.

    Args:
        data_store_id (str): The data store ID.
        projections (str | Unset): Comma-separated fields to return in the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataStore | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_store_id=data_store_id,
        projections=projections,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    projections: str | Unset = UNSET,
) -> DataStore | ErrorResponse | None:
    """Get data store by ID.

    Args:
        data_store_id (str): The data store ID.
        projections (str | Unset): Comma-separated fields to return in the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataStore | ErrorResponse
    """

    return (
        await asyncio_detailed(
            data_store_id=data_store_id,
            client=client,
            projections=projections,
        )
    ).parsed
