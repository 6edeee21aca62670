from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.provider_url import ProviderUrl
from ...types import UNSET, Response


def _get_kwargs(
    *,
    data_set_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["dataSetId"] = data_set_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/data-governance/data-products/actions/generate-provider-url",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProviderUrl | None:
    if response.status_code == 200:
        response_200 = ProviderUrl.from_dict(response.json())

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
) -> Response[ErrorResponse | ProviderUrl]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    data_set_id: str,
) -> Response[ErrorResponse | ProviderUrl]:
    """Generates a URL to access a third-party provider's user interface.

     Use this endpoint to integrate external services with your data product.

    Args:
        data_set_id (str): Unique identifier of the dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProviderUrl]
    """

    kwargs = _get_kwargs(
        data_set_id=data_set_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    data_set_id: str,
) -> ErrorResponse | ProviderUrl | None:
    """Generates a URL to access a third-party provider's user interface.

     Use this endpoint to integrate external services with your data product.

    Args:
        data_set_id (str): Unique identifier of the dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProviderUrl
    """

    return sync_detailed(
        client=client,
        data_set_id=data_set_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    data_set_id: str,
) -> Response[ErrorResponse | ProviderUrl]:
    """Generates a URL to access a third-party provider's user interface.

     Use this endpoint to integrate external services with your data product.

    Args:
        data_set_id (str): Unique identifier of the dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProviderUrl]
    """

    kwargs = _get_kwargs(
        data_set_id=data_set_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    data_set_id: str,
) -> ErrorResponse | ProviderUrl | None:
    """Generates a URL to access a third-party provider's user interface.

     Use this endpoint to integrate external services with your data product.

    Args:
        data_set_id (str): Unique identifier of the dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProviderUrl
    """

    return (
        await asyncio_detailed(
            client=client,
            data_set_id=data_set_id,
        )
    ).parsed
