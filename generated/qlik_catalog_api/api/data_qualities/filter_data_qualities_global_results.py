from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_quality_by_dataset import DataQualityByDataset
from ...models.data_quality_dataset_list_request import DataQualityDatasetListRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DataQualityDatasetListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/data-governance/data-qualities/global-results/actions/filter",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataQualityByDataset | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataQualityByDataset.from_dict(response.json())

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
) -> Response[DataQualityByDataset | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataQualityDatasetListRequest,
) -> Response[DataQualityByDataset | ErrorResponse]:
    """Retrieves the latest computed global quality metrics for a list of datasets.

     The maximum number of datasets is 100. When a dataset has been analyzed through multiple
    connections, the response returns the result from the most recently computed connection.

    Args:
        body (DataQualityDatasetListRequest): The data set ids to retrieve results for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataQualityByDataset | ErrorResponse]
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
    client: AuthenticatedClient | Client,
    body: DataQualityDatasetListRequest,
) -> DataQualityByDataset | ErrorResponse | None:
    """Retrieves the latest computed global quality metrics for a list of datasets.

     The maximum number of datasets is 100. When a dataset has been analyzed through multiple
    connections, the response returns the result from the most recently computed connection.

    Args:
        body (DataQualityDatasetListRequest): The data set ids to retrieve results for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataQualityByDataset | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataQualityDatasetListRequest,
) -> Response[DataQualityByDataset | ErrorResponse]:
    """Retrieves the latest computed global quality metrics for a list of datasets.

     The maximum number of datasets is 100. When a dataset has been analyzed through multiple
    connections, the response returns the result from the most recently computed connection.

    Args:
        body (DataQualityDatasetListRequest): The data set ids to retrieve results for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataQualityByDataset | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataQualityDatasetListRequest,
) -> DataQualityByDataset | ErrorResponse | None:
    """Retrieves the latest computed global quality metrics for a list of datasets.

     The maximum number of datasets is 100. When a dataset has been analyzed through multiple
    connections, the response returns the result from the most recently computed connection.

    Args:
        body (DataQualityDatasetListRequest): The data set ids to retrieve results for.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataQualityByDataset | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
