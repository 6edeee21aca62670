from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dataset_quality_global_results import DatasetQualityGlobalResults
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    connection_id: str | Unset = UNSET,
    dataset_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["connectionId"] = connection_id

    params["datasetId"] = dataset_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/data-governance/data-qualities/global-results",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetQualityGlobalResults | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DatasetQualityGlobalResults.from_dict(response.json())

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
) -> Response[DatasetQualityGlobalResults | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    connection_id: str | Unset = UNSET,
    dataset_id: str,
) -> Response[DatasetQualityGlobalResults | ErrorResponse]:
    """Retrieves the global quality results for a dataset.

     Counts of valid, invalid, empty, and total sample cells, per connection.

    Args:
        connection_id (str | Unset): The unique identifier of the connection.
        dataset_id (str): The unique identifier of the dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetQualityGlobalResults | ErrorResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        dataset_id=dataset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    connection_id: str | Unset = UNSET,
    dataset_id: str,
) -> DatasetQualityGlobalResults | ErrorResponse | None:
    """Retrieves the global quality results for a dataset.

     Counts of valid, invalid, empty, and total sample cells, per connection.

    Args:
        connection_id (str | Unset): The unique identifier of the connection.
        dataset_id (str): The unique identifier of the dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetQualityGlobalResults | ErrorResponse
    """

    return sync_detailed(
        client=client,
        connection_id=connection_id,
        dataset_id=dataset_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    connection_id: str | Unset = UNSET,
    dataset_id: str,
) -> Response[DatasetQualityGlobalResults | ErrorResponse]:
    """Retrieves the global quality results for a dataset.

     Counts of valid, invalid, empty, and total sample cells, per connection.

    Args:
        connection_id (str | Unset): The unique identifier of the connection.
        dataset_id (str): The unique identifier of the dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetQualityGlobalResults | ErrorResponse]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        dataset_id=dataset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    connection_id: str | Unset = UNSET,
    dataset_id: str,
) -> DatasetQualityGlobalResults | ErrorResponse | None:
    """Retrieves the global quality results for a dataset.

     Counts of valid, invalid, empty, and total sample cells, per connection.

    Args:
        connection_id (str | Unset): The unique identifier of the connection.
        dataset_id (str): The unique identifier of the dataset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetQualityGlobalResults | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            connection_id=connection_id,
            dataset_id=dataset_id,
        )
    ).parsed
