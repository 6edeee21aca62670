from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.datasets_computation_response import DatasetsComputationResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    data_product_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/data-governance/data-products/{data_product_id}/actions/compute-datasets-data-quality".format(
            data_product_id=quote(str(data_product_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetsComputationResponse | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = DatasetsComputationResponse.from_dict(response.json())

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
) -> Response[DatasetsComputationResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    data_product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DatasetsComputationResponse | ErrorResponse]:
    """Triggers a data quality computation for every data set of the data product.

     Runs a profile calculation followed by a data quality assessment for all datasets in the data
    product, asynchronously. Returns a `batchComputationId` whose progress the batch computation status
    endpoint reports.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetsComputationResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_product_id=data_product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DatasetsComputationResponse | ErrorResponse | None:
    """Triggers a data quality computation for every data set of the data product.

     Runs a profile calculation followed by a data quality assessment for all datasets in the data
    product, asynchronously. Returns a `batchComputationId` whose progress the batch computation status
    endpoint reports.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetsComputationResponse | ErrorResponse
    """

    return sync_detailed(
        data_product_id=data_product_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    data_product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DatasetsComputationResponse | ErrorResponse]:
    """Triggers a data quality computation for every data set of the data product.

     Runs a profile calculation followed by a data quality assessment for all datasets in the data
    product, asynchronously. Returns a `batchComputationId` whose progress the batch computation status
    endpoint reports.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetsComputationResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_product_id=data_product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_product_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DatasetsComputationResponse | ErrorResponse | None:
    """Triggers a data quality computation for every data set of the data product.

     Runs a profile calculation followed by a data quality assessment for all datasets in the data
    product, asynchronously. Returns a `batchComputationId` whose progress the batch computation status
    endpoint reports.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetsComputationResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            data_product_id=data_product_id,
            client=client,
        )
    ).parsed
