from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_product_changelog_list import DataProductChangelogList
from ...models.error_response import ErrorResponse
from ...models.get_data_product_changelogs_sort import (
    GetDataProductChangelogsSort,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    data_product_id: str,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: GetDataProductChangelogsSort | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/data-governance/data-products/{data_product_id}/changelogs".format(
            data_product_id=quote(str(data_product_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataProductChangelogList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataProductChangelogList.from_dict(response.json())

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
) -> Response[DataProductChangelogList | ErrorResponse]:
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
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: GetDataProductChangelogsSort | Unset = UNSET,
) -> Response[DataProductChangelogList | ErrorResponse]:
    """Retrieves a paginated history of all notable changes made to a data product.

     Each changelog entry captures the operation type, affected property, and timestamp. Use this
    endpoint to track the history of changes or data product evolution over time.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        page (int | Unset): Page number.
        limit (int | Unset): Maximum number of items to return per page.
        sort (GetDataProductChangelogsSort | Unset): Sort order for changelog entries: +createdAt
            for oldest first or -createdAt for newest first. Default (when absent): -createdAt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataProductChangelogList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_product_id=data_product_id,
        page=page,
        limit=limit,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    data_product_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: GetDataProductChangelogsSort | Unset = UNSET,
) -> DataProductChangelogList | ErrorResponse | None:
    """Retrieves a paginated history of all notable changes made to a data product.

     Each changelog entry captures the operation type, affected property, and timestamp. Use this
    endpoint to track the history of changes or data product evolution over time.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        page (int | Unset): Page number.
        limit (int | Unset): Maximum number of items to return per page.
        sort (GetDataProductChangelogsSort | Unset): Sort order for changelog entries: +createdAt
            for oldest first or -createdAt for newest first. Default (when absent): -createdAt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataProductChangelogList | ErrorResponse
    """

    return sync_detailed(
        data_product_id=data_product_id,
        client=client,
        page=page,
        limit=limit,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    data_product_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: GetDataProductChangelogsSort | Unset = UNSET,
) -> Response[DataProductChangelogList | ErrorResponse]:
    """Retrieves a paginated history of all notable changes made to a data product.

     Each changelog entry captures the operation type, affected property, and timestamp. Use this
    endpoint to track the history of changes or data product evolution over time.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        page (int | Unset): Page number.
        limit (int | Unset): Maximum number of items to return per page.
        sort (GetDataProductChangelogsSort | Unset): Sort order for changelog entries: +createdAt
            for oldest first or -createdAt for newest first. Default (when absent): -createdAt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataProductChangelogList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        data_product_id=data_product_id,
        page=page,
        limit=limit,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    data_product_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    sort: GetDataProductChangelogsSort | Unset = UNSET,
) -> DataProductChangelogList | ErrorResponse | None:
    """Retrieves a paginated history of all notable changes made to a data product.

     Each changelog entry captures the operation type, affected property, and timestamp. Use this
    endpoint to track the history of changes or data product evolution over time.

    Args:
        data_product_id (str): Unique identifier of the data product. Must be a valid GUID
            assigned when the data product was created.
        page (int | Unset): Page number.
        limit (int | Unset): Maximum number of items to return per page.
        sort (GetDataProductChangelogsSort | Unset): Sort order for changelog entries: +createdAt
            for oldest first or -createdAt for newest first. Default (when absent): -createdAt.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataProductChangelogList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            data_product_id=data_product_id,
            client=client,
            page=page,
            limit=limit,
            sort=sort,
        )
    ).parsed
