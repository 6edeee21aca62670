from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_product_list import DataProductList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    params["sort"] = sort

    params["spaceId"] = space_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/data-governance/data-products",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataProductList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataProductList.from_dict(response.json())

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
) -> Response[DataProductList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> Response[DataProductList | ErrorResponse]:
    """Retrieve all data products in your tenant to discover available offerings.

    Args:
        page (int | Unset): Page number.
        limit (int | Unset): Maximum number of items to return per page.
        sort (str | Unset): A field to sort by, prefixed with + (ascending) or - (descending),
            e.g. `-updatedAt`.
        space_id (str | Unset): Only data products in this space.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataProductList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
        space_id=space_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> DataProductList | ErrorResponse | None:
    """Retrieve all data products in your tenant to discover available offerings.

    Args:
        page (int | Unset): Page number.
        limit (int | Unset): Maximum number of items to return per page.
        sort (str | Unset): A field to sort by, prefixed with + (ascending) or - (descending),
            e.g. `-updatedAt`.
        space_id (str | Unset): Only data products in this space.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataProductList | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        limit=limit,
        sort=sort,
        space_id=space_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> Response[DataProductList | ErrorResponse]:
    """Retrieve all data products in your tenant to discover available offerings.

    Args:
        page (int | Unset): Page number.
        limit (int | Unset): Maximum number of items to return per page.
        sort (str | Unset): A field to sort by, prefixed with + (ascending) or - (descending),
            e.g. `-updatedAt`.
        space_id (str | Unset): Only data products in this space.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataProductList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        sort=sort,
        space_id=space_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> DataProductList | ErrorResponse | None:
    """Retrieve all data products in your tenant to discover available offerings.

    Args:
        page (int | Unset): Page number.
        limit (int | Unset): Maximum number of items to return per page.
        sort (str | Unset): A field to sort by, prefixed with + (ascending) or - (descending),
            e.g. `-updatedAt`.
        space_id (str | Unset): Only data products in this space.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataProductList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            limit=limit,
            sort=sort,
            space_id=space_id,
        )
    ).parsed
