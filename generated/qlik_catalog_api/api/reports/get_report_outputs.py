from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.output_list import OutputList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter"] = filter_

    params["limit"] = limit

    params["page"] = page

    params["sort"] = sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/{id}/outputs".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OutputList | None:
    if response.status_code == 200:
        response_200 = OutputList.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | OutputList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | OutputList]:
    """Get the outputs of a report request.

    Args:
        id (str): The report request id (the `requestId` of the 202 answer).
        filter_ (str | Unset): A filter on the outputs, e.g. `status eq "done"`.
        limit (int | Unset): The number of outputs to return.
        page (str | Unset): The cursor of the page to return.
        sort (str | Unset): Comma-separated: +outputId, -outputId, +sizeBytes, -sizeBytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OutputList]
    """

    kwargs = _get_kwargs(
        id=id,
        filter_=filter_,
        limit=limit,
        page=page,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ErrorResponse | OutputList | None:
    """Get the outputs of a report request.

    Args:
        id (str): The report request id (the `requestId` of the 202 answer).
        filter_ (str | Unset): A filter on the outputs, e.g. `status eq "done"`.
        limit (int | Unset): The number of outputs to return.
        page (str | Unset): The cursor of the page to return.
        sort (str | Unset): Comma-separated: +outputId, -outputId, +sizeBytes, -sizeBytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OutputList
    """

    return sync_detailed(
        id=id,
        client=client,
        filter_=filter_,
        limit=limit,
        page=page,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> Response[ErrorResponse | OutputList]:
    """Get the outputs of a report request.

    Args:
        id (str): The report request id (the `requestId` of the 202 answer).
        filter_ (str | Unset): A filter on the outputs, e.g. `status eq "done"`.
        limit (int | Unset): The number of outputs to return.
        page (str | Unset): The cursor of the page to return.
        sort (str | Unset): Comma-separated: +outputId, -outputId, +sizeBytes, -sizeBytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OutputList]
    """

    kwargs = _get_kwargs(
        id=id,
        filter_=filter_,
        limit=limit,
        page=page,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    filter_: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
    sort: str | Unset = UNSET,
) -> ErrorResponse | OutputList | None:
    """Get the outputs of a report request.

    Args:
        id (str): The report request id (the `requestId` of the 202 answer).
        filter_ (str | Unset): A filter on the outputs, e.g. `status eq "done"`.
        limit (int | Unset): The number of outputs to return.
        page (str | Unset): The cursor of the page to return.
        sort (str | Unset): Comma-separated: +outputId, -outputId, +sizeBytes, -sizeBytes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OutputList
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            filter_=filter_,
            limit=limit,
            page=page,
            sort=sort,
        )
    ).parsed
