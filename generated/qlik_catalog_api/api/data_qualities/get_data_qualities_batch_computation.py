from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_quality_batch_computation import DataQualityBatchComputation
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    batch_computation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/data-governance/data-qualities/batch-computations/{batch_computation_id}".format(
            batch_computation_id=quote(str(batch_computation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataQualityBatchComputation | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataQualityBatchComputation.from_dict(response.json())

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
) -> Response[DataQualityBatchComputation | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    batch_computation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DataQualityBatchComputation | ErrorResponse]:
    """Retrieves the status of a batch computation, including per-dataset statuses.

    Args:
        batch_computation_id (str): Batch computation ID for tracking progress of the overall data
            quality computations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataQualityBatchComputation | ErrorResponse]
    """

    kwargs = _get_kwargs(
        batch_computation_id=batch_computation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    batch_computation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DataQualityBatchComputation | ErrorResponse | None:
    """Retrieves the status of a batch computation, including per-dataset statuses.

    Args:
        batch_computation_id (str): Batch computation ID for tracking progress of the overall data
            quality computations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataQualityBatchComputation | ErrorResponse
    """

    return sync_detailed(
        batch_computation_id=batch_computation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    batch_computation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DataQualityBatchComputation | ErrorResponse]:
    """Retrieves the status of a batch computation, including per-dataset statuses.

    Args:
        batch_computation_id (str): Batch computation ID for tracking progress of the overall data
            quality computations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataQualityBatchComputation | ErrorResponse]
    """

    kwargs = _get_kwargs(
        batch_computation_id=batch_computation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    batch_computation_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DataQualityBatchComputation | ErrorResponse | None:
    """Retrieves the status of a batch computation, including per-dataset statuses.

    Args:
        batch_computation_id (str): Batch computation ID for tracking progress of the overall data
            quality computations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataQualityBatchComputation | ErrorResponse
    """

    return (
        await asyncio_detailed(
            batch_computation_id=batch_computation_id,
            client=client,
        )
    ).parsed
