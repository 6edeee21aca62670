from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_quality_computation_request import DataQualityComputationRequest
from ...models.data_quality_computation_response import DataQualityComputationResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: DataQualityComputationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/data-governance/data-qualities/computations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataQualityComputationResponse | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = DataQualityComputationResponse.from_dict(response.json())

        return response_202

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
) -> Response[DataQualityComputationResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataQualityComputationRequest,
) -> Response[DataQualityComputationResponse | ErrorResponse]:
    """Triggers a full data quality computation for a dataset.

     Runs a profile calculation followed by a data quality assessment, asynchronously. Returns a
    `computationId`; poll the computation status until `status` is `SUCCEEDED` or `FAILED`.

    Args:
        body (DataQualityComputationRequest): Request payload for triggering a data quality
            computation (the official DataQualityComputationRequest & SamplingConfiguration).
            `connectionId` is optional for file-based datasets. Without sampling parameters: PULLUP,
            ABSOLUTE, 1000 rows, HEAD (RANDOM with PUSHDOWN).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataQualityComputationResponse | ErrorResponse]
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
    body: DataQualityComputationRequest,
) -> DataQualityComputationResponse | ErrorResponse | None:
    """Triggers a full data quality computation for a dataset.

     Runs a profile calculation followed by a data quality assessment, asynchronously. Returns a
    `computationId`; poll the computation status until `status` is `SUCCEEDED` or `FAILED`.

    Args:
        body (DataQualityComputationRequest): Request payload for triggering a data quality
            computation (the official DataQualityComputationRequest & SamplingConfiguration).
            `connectionId` is optional for file-based datasets. Without sampling parameters: PULLUP,
            ABSOLUTE, 1000 rows, HEAD (RANDOM with PUSHDOWN).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataQualityComputationResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataQualityComputationRequest,
) -> Response[DataQualityComputationResponse | ErrorResponse]:
    """Triggers a full data quality computation for a dataset.

     Runs a profile calculation followed by a data quality assessment, asynchronously. Returns a
    `computationId`; poll the computation status until `status` is `SUCCEEDED` or `FAILED`.

    Args:
        body (DataQualityComputationRequest): Request payload for triggering a data quality
            computation (the official DataQualityComputationRequest & SamplingConfiguration).
            `connectionId` is optional for file-based datasets. Without sampling parameters: PULLUP,
            ABSOLUTE, 1000 rows, HEAD (RANDOM with PUSHDOWN).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataQualityComputationResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataQualityComputationRequest,
) -> DataQualityComputationResponse | ErrorResponse | None:
    """Triggers a full data quality computation for a dataset.

     Runs a profile calculation followed by a data quality assessment, asynchronously. Returns a
    `computationId`; poll the computation status until `status` is `SUCCEEDED` or `FAILED`.

    Args:
        body (DataQualityComputationRequest): Request payload for triggering a data quality
            computation (the official DataQualityComputationRequest & SamplingConfiguration).
            `connectionId` is optional for file-based datasets. Without sampling parameters: PULLUP,
            ABSOLUTE, 1000 rows, HEAD (RANDOM with PUSHDOWN).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataQualityComputationResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
