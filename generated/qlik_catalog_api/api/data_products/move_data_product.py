from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_product_move_request import DataProductMoveRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    data_product_id: str,
    *,
    body: DataProductMoveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/data-governance/data-products/{data_product_id}/actions/move".format(
            data_product_id=quote(str(data_product_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
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
    body: DataProductMoveRequest,
) -> Response[Any | ErrorResponse]:
    """Moves a data product from its current space to a different space.

     Use this endpoint to reorganize data products across workspaces or governance domains. Requires
    delete permissions in the source space and create permissions in the target space.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        body (DataProductMoveRequest): Where to move a data product.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: DataProductMoveRequest,
) -> Any | ErrorResponse | None:
    """Moves a data product from its current space to a different space.

     Use this endpoint to reorganize data products across workspaces or governance domains. Requires
    delete permissions in the source space and create permissions in the target space.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        body (DataProductMoveRequest): Where to move a data product.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
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
    body: DataProductMoveRequest,
) -> Response[Any | ErrorResponse]:
    """Moves a data product from its current space to a different space.

     Use this endpoint to reorganize data products across workspaces or governance domains. Requires
    delete permissions in the source space and create permissions in the target space.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        body (DataProductMoveRequest): Where to move a data product.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
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
    body: DataProductMoveRequest,
) -> Any | ErrorResponse | None:
    """Moves a data product from its current space to a different space.

     Use this endpoint to reorganize data products across workspaces or governance domains. Requires
    delete permissions in the source space and create permissions in the target space.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        body (DataProductMoveRequest): Where to move a data product.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            data_product_id=data_product_id,
            client=client,
            body=body,
        )
    ).parsed
