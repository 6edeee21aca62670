from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_product import DataProduct
from ...models.data_product_activate_request import DataProductActivateRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    data_product_id: str,
    *,
    body: DataProductActivateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/data-governance/data-products/{data_product_id}/actions/activate".format(
            data_product_id=quote(str(data_product_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataProduct | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = DataProduct.from_dict(response.json())

        return response_201

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
) -> Response[DataProduct | ErrorResponse]:
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
    body: DataProductActivateRequest,
) -> Response[DataProduct | ErrorResponse]:
    """Activates a data product for publishing and consumption.

     Once activated, the data product becomes discoverable and accessible to authorized users. Requires
    publish permissions and valid data product configuration.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        body (DataProductActivateRequest): The data product's identity, confirmed on activation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataProduct | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_product_id=data_product_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_product_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataProductActivateRequest,
) -> DataProduct | ErrorResponse | None:
    """Activates a data product for publishing and consumption.

     Once activated, the data product becomes discoverable and accessible to authorized users. Requires
    publish permissions and valid data product configuration.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        body (DataProductActivateRequest): The data product's identity, confirmed on activation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataProduct | ErrorResponse
    """

    return sync_detailed(
        data_product_id=data_product_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    data_product_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataProductActivateRequest,
) -> Response[DataProduct | ErrorResponse]:
    """Activates a data product for publishing and consumption.

     Once activated, the data product becomes discoverable and accessible to authorized users. Requires
    publish permissions and valid data product configuration.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        body (DataProductActivateRequest): The data product's identity, confirmed on activation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataProduct | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_product_id=data_product_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_product_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DataProductActivateRequest,
) -> DataProduct | ErrorResponse | None:
    """Activates a data product for publishing and consumption.

     Once activated, the data product becomes discoverable and accessible to authorized users. Requires
    publish permissions and valid data product configuration.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        body (DataProductActivateRequest): The data product's identity, confirmed on activation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataProduct | ErrorResponse
    """

    return (
        await asyncio_detailed(
            data_product_id=data_product_id,
            client=client,
            body=body,
        )
    ).parsed
