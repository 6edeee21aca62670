from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_files import DataFiles
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    allow_internal_files: bool | Unset = UNSET,
    app_id: str | Unset = UNSET,
    base_name_wildcard: str | Unset = UNSET,
    connection_id: str | Unset = UNSET,
    exclude_files: bool | Unset = UNSET,
    exclude_sub_folders: bool | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    folder_path: str | Unset = UNSET,
    include_all_spaces: bool | Unset = UNSET,
    include_folder_stats: bool | Unset = UNSET,
    include_folders: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    not_owner_id: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["allowInternalFiles"] = allow_internal_files

    params["appId"] = app_id

    params["baseNameWildcard"] = base_name_wildcard

    params["connectionId"] = connection_id

    params["excludeFiles"] = exclude_files

    params["excludeSubFolders"] = exclude_sub_folders

    params["folderId"] = folder_id

    params["folderPath"] = folder_path

    params["includeAllSpaces"] = include_all_spaces

    params["includeFolderStats"] = include_folder_stats

    params["includeFolders"] = include_folders

    params["limit"] = limit

    params["name"] = name

    params["notOwnerId"] = not_owner_id

    params["ownerId"] = owner_id

    params["page"] = page

    params["sort"] = sort

    params["spaceId"] = space_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/data-files",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataFiles | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataFiles.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DataFiles | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    allow_internal_files: bool | Unset = UNSET,
    app_id: str | Unset = UNSET,
    base_name_wildcard: str | Unset = UNSET,
    connection_id: str | Unset = UNSET,
    exclude_files: bool | Unset = UNSET,
    exclude_sub_folders: bool | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    folder_path: str | Unset = UNSET,
    include_all_spaces: bool | Unset = UNSET,
    include_folder_stats: bool | Unset = UNSET,
    include_folders: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    not_owner_id: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> Response[DataFiles | ErrorResponse]:
    """Get descriptive info for the specified data files.

    Args:
        allow_internal_files (bool | Unset): Include internal files.
        app_id (str | Unset): Only files of this app.
        base_name_wildcard (str | Unset): Filter by base name with wildcards.
        connection_id (str | Unset): Only files of this data connection.
        exclude_files (bool | Unset): Return folders only.
        exclude_sub_folders (bool | Unset): Do not descend into sub-folders.
        folder_id (str | Unset): Only files in this folder.
        folder_path (str | Unset): Only files in this folder path.
        include_all_spaces (bool | Unset): Include files of every space the user can see.
        include_folder_stats (bool | Unset): Include folder statistics.
        include_folders (bool | Unset): Include folders.
        limit (int | Unset): If present, the maximum number of data files to return.
        name (str | Unset): Filter by file name.
        not_owner_id (str | Unset): Exclude files of this owner.
        owner_id (str | Unset): Only files of this owner.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        sort (str | Unset): GetDataFileInfosSortField: name, size or modifiedDate, with an
            optional +/- prefix.
        space_id (str | Unset): Only files of this space (the connector passes it among its extra
            query params). (Assumption.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataFiles | ErrorResponse]
    """

    kwargs = _get_kwargs(
        allow_internal_files=allow_internal_files,
        app_id=app_id,
        base_name_wildcard=base_name_wildcard,
        connection_id=connection_id,
        exclude_files=exclude_files,
        exclude_sub_folders=exclude_sub_folders,
        folder_id=folder_id,
        folder_path=folder_path,
        include_all_spaces=include_all_spaces,
        include_folder_stats=include_folder_stats,
        include_folders=include_folders,
        limit=limit,
        name=name,
        not_owner_id=not_owner_id,
        owner_id=owner_id,
        page=page,
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
    allow_internal_files: bool | Unset = UNSET,
    app_id: str | Unset = UNSET,
    base_name_wildcard: str | Unset = UNSET,
    connection_id: str | Unset = UNSET,
    exclude_files: bool | Unset = UNSET,
    exclude_sub_folders: bool | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    folder_path: str | Unset = UNSET,
    include_all_spaces: bool | Unset = UNSET,
    include_folder_stats: bool | Unset = UNSET,
    include_folders: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    not_owner_id: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> DataFiles | ErrorResponse | None:
    """Get descriptive info for the specified data files.

    Args:
        allow_internal_files (bool | Unset): Include internal files.
        app_id (str | Unset): Only files of this app.
        base_name_wildcard (str | Unset): Filter by base name with wildcards.
        connection_id (str | Unset): Only files of this data connection.
        exclude_files (bool | Unset): Return folders only.
        exclude_sub_folders (bool | Unset): Do not descend into sub-folders.
        folder_id (str | Unset): Only files in this folder.
        folder_path (str | Unset): Only files in this folder path.
        include_all_spaces (bool | Unset): Include files of every space the user can see.
        include_folder_stats (bool | Unset): Include folder statistics.
        include_folders (bool | Unset): Include folders.
        limit (int | Unset): If present, the maximum number of data files to return.
        name (str | Unset): Filter by file name.
        not_owner_id (str | Unset): Exclude files of this owner.
        owner_id (str | Unset): Only files of this owner.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        sort (str | Unset): GetDataFileInfosSortField: name, size or modifiedDate, with an
            optional +/- prefix.
        space_id (str | Unset): Only files of this space (the connector passes it among its extra
            query params). (Assumption.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataFiles | ErrorResponse
    """

    return sync_detailed(
        client=client,
        allow_internal_files=allow_internal_files,
        app_id=app_id,
        base_name_wildcard=base_name_wildcard,
        connection_id=connection_id,
        exclude_files=exclude_files,
        exclude_sub_folders=exclude_sub_folders,
        folder_id=folder_id,
        folder_path=folder_path,
        include_all_spaces=include_all_spaces,
        include_folder_stats=include_folder_stats,
        include_folders=include_folders,
        limit=limit,
        name=name,
        not_owner_id=not_owner_id,
        owner_id=owner_id,
        page=page,
        sort=sort,
        space_id=space_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    allow_internal_files: bool | Unset = UNSET,
    app_id: str | Unset = UNSET,
    base_name_wildcard: str | Unset = UNSET,
    connection_id: str | Unset = UNSET,
    exclude_files: bool | Unset = UNSET,
    exclude_sub_folders: bool | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    folder_path: str | Unset = UNSET,
    include_all_spaces: bool | Unset = UNSET,
    include_folder_stats: bool | Unset = UNSET,
    include_folders: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    not_owner_id: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> Response[DataFiles | ErrorResponse]:
    """Get descriptive info for the specified data files.

    Args:
        allow_internal_files (bool | Unset): Include internal files.
        app_id (str | Unset): Only files of this app.
        base_name_wildcard (str | Unset): Filter by base name with wildcards.
        connection_id (str | Unset): Only files of this data connection.
        exclude_files (bool | Unset): Return folders only.
        exclude_sub_folders (bool | Unset): Do not descend into sub-folders.
        folder_id (str | Unset): Only files in this folder.
        folder_path (str | Unset): Only files in this folder path.
        include_all_spaces (bool | Unset): Include files of every space the user can see.
        include_folder_stats (bool | Unset): Include folder statistics.
        include_folders (bool | Unset): Include folders.
        limit (int | Unset): If present, the maximum number of data files to return.
        name (str | Unset): Filter by file name.
        not_owner_id (str | Unset): Exclude files of this owner.
        owner_id (str | Unset): Only files of this owner.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        sort (str | Unset): GetDataFileInfosSortField: name, size or modifiedDate, with an
            optional +/- prefix.
        space_id (str | Unset): Only files of this space (the connector passes it among its extra
            query params). (Assumption.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataFiles | ErrorResponse]
    """

    kwargs = _get_kwargs(
        allow_internal_files=allow_internal_files,
        app_id=app_id,
        base_name_wildcard=base_name_wildcard,
        connection_id=connection_id,
        exclude_files=exclude_files,
        exclude_sub_folders=exclude_sub_folders,
        folder_id=folder_id,
        folder_path=folder_path,
        include_all_spaces=include_all_spaces,
        include_folder_stats=include_folder_stats,
        include_folders=include_folders,
        limit=limit,
        name=name,
        not_owner_id=not_owner_id,
        owner_id=owner_id,
        page=page,
        sort=sort,
        space_id=space_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    allow_internal_files: bool | Unset = UNSET,
    app_id: str | Unset = UNSET,
    base_name_wildcard: str | Unset = UNSET,
    connection_id: str | Unset = UNSET,
    exclude_files: bool | Unset = UNSET,
    exclude_sub_folders: bool | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    folder_path: str | Unset = UNSET,
    include_all_spaces: bool | Unset = UNSET,
    include_folder_stats: bool | Unset = UNSET,
    include_folders: bool | Unset = UNSET,
    limit: int | Unset = UNSET,
    name: str | Unset = UNSET,
    not_owner_id: str | Unset = UNSET,
    owner_id: str | Unset = UNSET,
    page: str | Unset = UNSET,
    sort: str | Unset = UNSET,
    space_id: str | Unset = UNSET,
) -> DataFiles | ErrorResponse | None:
    """Get descriptive info for the specified data files.

    Args:
        allow_internal_files (bool | Unset): Include internal files.
        app_id (str | Unset): Only files of this app.
        base_name_wildcard (str | Unset): Filter by base name with wildcards.
        connection_id (str | Unset): Only files of this data connection.
        exclude_files (bool | Unset): Return folders only.
        exclude_sub_folders (bool | Unset): Do not descend into sub-folders.
        folder_id (str | Unset): Only files in this folder.
        folder_path (str | Unset): Only files in this folder path.
        include_all_spaces (bool | Unset): Include files of every space the user can see.
        include_folder_stats (bool | Unset): Include folder statistics.
        include_folders (bool | Unset): Include folders.
        limit (int | Unset): If present, the maximum number of data files to return.
        name (str | Unset): Filter by file name.
        not_owner_id (str | Unset): Exclude files of this owner.
        owner_id (str | Unset): Only files of this owner.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        sort (str | Unset): GetDataFileInfosSortField: name, size or modifiedDate, with an
            optional +/- prefix.
        space_id (str | Unset): Only files of this space (the connector passes it among its extra
            query params). (Assumption.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataFiles | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            allow_internal_files=allow_internal_files,
            app_id=app_id,
            base_name_wildcard=base_name_wildcard,
            connection_id=connection_id,
            exclude_files=exclude_files,
            exclude_sub_folders=exclude_sub_folders,
            folder_id=folder_id,
            folder_path=folder_path,
            include_all_spaces=include_all_spaces,
            include_folder_stats=include_folder_stats,
            include_folders=include_folders,
            limit=limit,
            name=name,
            not_owner_id=not_owner_id,
            owner_id=owner_id,
            page=page,
            sort=sort,
            space_id=space_id,
        )
    ).parsed
