from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_file_connections import DataFileConnections
from ...models.data_files_error import DataFilesError
from ...models.error_response import ErrorResponse
from ...models.get_data_files_connections_sort import GetDataFilesConnectionsSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    app_id: str | Unset = UNSET,
    include_space_stats: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    page: str | Unset = UNSET,
    personal: bool | Unset = UNSET,
    sort: GetDataFilesConnectionsSort | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["appId"] = app_id

    params["includeSpaceStats"] = include_space_stats

    params["limit"] = limit

    params["name"] = name

    params["page"] = page

    params["personal"] = personal

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["spaceId"] = space_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/data-files/connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataFileConnections | DataFilesError | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataFileConnections.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DataFilesError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = DataFilesError.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataFileConnections | DataFilesError | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_id: str | Unset = UNSET,
    include_space_stats: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    page: str | Unset = UNSET,
    personal: bool | Unset = UNSET,
    sort: GetDataFilesConnectionsSort | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> Response[DataFileConnections | DataFilesError | ErrorResponse]:
    """The data-files connections the user can use.

     Unfiltered: a few built-in connections (the personal space's among them) and one per team space the
    user can see. `spaceId` finds a space's connection.

    Args:
        app_id (str | Unset): Connections with connection strings scoped to this app.
        include_space_stats (bool | Unset): Include computed statistics of each connection's
            space.
        limit (int | Unset): If present, the maximum number of connections to return.
        name (str | Unset): Only connections of this name.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        personal (bool | Unset): Only the connections to data in a personal space.
        sort (GetDataFilesConnectionsSort | Unset): The field to sort by; a `-` prefix sorts
            descending.
        space_id (str | Unset): Only the connection to the data files of this space.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataFileConnections | DataFilesError | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        include_space_stats=include_space_stats,
        limit=limit,
        name=name,
        page=page,
        personal=personal,
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
    app_id: str | Unset = UNSET,
    include_space_stats: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    page: str | Unset = UNSET,
    personal: bool | Unset = UNSET,
    sort: GetDataFilesConnectionsSort | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> DataFileConnections | DataFilesError | ErrorResponse | None:
    """The data-files connections the user can use.

     Unfiltered: a few built-in connections (the personal space's among them) and one per team space the
    user can see. `spaceId` finds a space's connection.

    Args:
        app_id (str | Unset): Connections with connection strings scoped to this app.
        include_space_stats (bool | Unset): Include computed statistics of each connection's
            space.
        limit (int | Unset): If present, the maximum number of connections to return.
        name (str | Unset): Only connections of this name.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        personal (bool | Unset): Only the connections to data in a personal space.
        sort (GetDataFilesConnectionsSort | Unset): The field to sort by; a `-` prefix sorts
            descending.
        space_id (str | Unset): Only the connection to the data files of this space.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataFileConnections | DataFilesError | ErrorResponse
    """

    return sync_detailed(
        client=client,
        app_id=app_id,
        include_space_stats=include_space_stats,
        limit=limit,
        name=name,
        page=page,
        personal=personal,
        sort=sort,
        space_id=space_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    app_id: str | Unset = UNSET,
    include_space_stats: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    page: str | Unset = UNSET,
    personal: bool | Unset = UNSET,
    sort: GetDataFilesConnectionsSort | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> Response[DataFileConnections | DataFilesError | ErrorResponse]:
    """The data-files connections the user can use.

     Unfiltered: a few built-in connections (the personal space's among them) and one per team space the
    user can see. `spaceId` finds a space's connection.

    Args:
        app_id (str | Unset): Connections with connection strings scoped to this app.
        include_space_stats (bool | Unset): Include computed statistics of each connection's
            space.
        limit (int | Unset): If present, the maximum number of connections to return.
        name (str | Unset): Only connections of this name.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        personal (bool | Unset): Only the connections to data in a personal space.
        sort (GetDataFilesConnectionsSort | Unset): The field to sort by; a `-` prefix sorts
            descending.
        space_id (str | Unset): Only the connection to the data files of this space.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataFileConnections | DataFilesError | ErrorResponse]
    """

    kwargs = _get_kwargs(
        app_id=app_id,
        include_space_stats=include_space_stats,
        limit=limit,
        name=name,
        page=page,
        personal=personal,
        sort=sort,
        space_id=space_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    app_id: str | Unset = UNSET,
    include_space_stats: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    page: str | Unset = UNSET,
    personal: bool | Unset = UNSET,
    sort: GetDataFilesConnectionsSort | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> DataFileConnections | DataFilesError | ErrorResponse | None:
    """The data-files connections the user can use.

     Unfiltered: a few built-in connections (the personal space's among them) and one per team space the
    user can see. `spaceId` finds a space's connection.

    Args:
        app_id (str | Unset): Connections with connection strings scoped to this app.
        include_space_stats (bool | Unset): Include computed statistics of each connection's
            space.
        limit (int | Unset): If present, the maximum number of connections to return.
        name (str | Unset): Only connections of this name.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        personal (bool | Unset): Only the connections to data in a personal space.
        sort (GetDataFilesConnectionsSort | Unset): The field to sort by; a `-` prefix sorts
            descending.
        space_id (str | Unset): Only the connection to the data files of this space.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataFileConnections | DataFilesError | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            app_id=app_id,
            include_space_stats=include_space_stats,
            limit=limit,
            name=name,
            page=page,
            personal=personal,
            sort=sort,
            space_id=space_id,
        )
    ).parsed
