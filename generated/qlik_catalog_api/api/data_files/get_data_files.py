from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_files import DataFiles
from ...models.data_files_error import DataFilesError
from ...models.error_response import ErrorResponse
from ...models.get_data_files_sort import GetDataFilesSort
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
    sort: GetDataFilesSort | Unset = UNSET,
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

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/data-files",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataFiles | DataFilesError | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DataFiles.from_dict(response.json())

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
) -> Response[DataFiles | DataFilesError | ErrorResponse]:
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
    sort: GetDataFilesSort | Unset = UNSET,
) -> Response[DataFiles | DataFilesError | ErrorResponse]:
    """Get descriptive info for the specified data files.

     Without `connectionId` the user's personal space is listed (every space the user can see with
    `includeAllSpaces`); a space's files are listed with the id of the space's data-files connection
    (`getDataFilesConnections?spaceId=`).

    Args:
        allow_internal_files (bool | Unset): If false, leave out files with internal extensions.
        app_id (str | Unset): Only files scoped to this app; without it only files scoped to no
            app, and `*` every app-scoped file.
        base_name_wildcard (str | Unset): Only items whose base name matches this wildcard (`*`
            and `?`).
        connection_id (str | Unset): The items of the space this data-files connection points to;
            without it, the user's personal space.
        exclude_files (bool | Unset): Return folders only.
        exclude_sub_folders (bool | Unset): Only the direct children of the root searched.
        folder_id (str | Unset): Only items under this folder (not with `folderPath`).
        folder_path (str | Unset): Only items under this folder path (not with `folderId`).
        include_all_spaces (bool | Unset): Without `connectionId`: items of every space the user
            can see, the personal one included.
        include_folder_stats (bool | Unset): Include computed folder statistics.
        include_folders (bool | Unset): Include folders (otherwise files only).
        limit (int | Unset): If present, the maximum number of data files to return.
        name (str | Unset): Filter by file name.
        not_owner_id (str | Unset): Exclude files of this owner.
        owner_id (str | Unset): Only files of this owner.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        sort (GetDataFilesSort | Unset): The field to sort by; a `-` prefix sorts descending.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataFiles | DataFilesError | ErrorResponse]
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
    sort: GetDataFilesSort | Unset = UNSET,
) -> DataFiles | DataFilesError | ErrorResponse | None:
    """Get descriptive info for the specified data files.

     Without `connectionId` the user's personal space is listed (every space the user can see with
    `includeAllSpaces`); a space's files are listed with the id of the space's data-files connection
    (`getDataFilesConnections?spaceId=`).

    Args:
        allow_internal_files (bool | Unset): If false, leave out files with internal extensions.
        app_id (str | Unset): Only files scoped to this app; without it only files scoped to no
            app, and `*` every app-scoped file.
        base_name_wildcard (str | Unset): Only items whose base name matches this wildcard (`*`
            and `?`).
        connection_id (str | Unset): The items of the space this data-files connection points to;
            without it, the user's personal space.
        exclude_files (bool | Unset): Return folders only.
        exclude_sub_folders (bool | Unset): Only the direct children of the root searched.
        folder_id (str | Unset): Only items under this folder (not with `folderPath`).
        folder_path (str | Unset): Only items under this folder path (not with `folderId`).
        include_all_spaces (bool | Unset): Without `connectionId`: items of every space the user
            can see, the personal one included.
        include_folder_stats (bool | Unset): Include computed folder statistics.
        include_folders (bool | Unset): Include folders (otherwise files only).
        limit (int | Unset): If present, the maximum number of data files to return.
        name (str | Unset): Filter by file name.
        not_owner_id (str | Unset): Exclude files of this owner.
        owner_id (str | Unset): Only files of this owner.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        sort (GetDataFilesSort | Unset): The field to sort by; a `-` prefix sorts descending.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataFiles | DataFilesError | ErrorResponse
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
    sort: GetDataFilesSort | Unset = UNSET,
) -> Response[DataFiles | DataFilesError | ErrorResponse]:
    """Get descriptive info for the specified data files.

     Without `connectionId` the user's personal space is listed (every space the user can see with
    `includeAllSpaces`); a space's files are listed with the id of the space's data-files connection
    (`getDataFilesConnections?spaceId=`).

    Args:
        allow_internal_files (bool | Unset): If false, leave out files with internal extensions.
        app_id (str | Unset): Only files scoped to this app; without it only files scoped to no
            app, and `*` every app-scoped file.
        base_name_wildcard (str | Unset): Only items whose base name matches this wildcard (`*`
            and `?`).
        connection_id (str | Unset): The items of the space this data-files connection points to;
            without it, the user's personal space.
        exclude_files (bool | Unset): Return folders only.
        exclude_sub_folders (bool | Unset): Only the direct children of the root searched.
        folder_id (str | Unset): Only items under this folder (not with `folderPath`).
        folder_path (str | Unset): Only items under this folder path (not with `folderId`).
        include_all_spaces (bool | Unset): Without `connectionId`: items of every space the user
            can see, the personal one included.
        include_folder_stats (bool | Unset): Include computed folder statistics.
        include_folders (bool | Unset): Include folders (otherwise files only).
        limit (int | Unset): If present, the maximum number of data files to return.
        name (str | Unset): Filter by file name.
        not_owner_id (str | Unset): Exclude files of this owner.
        owner_id (str | Unset): Only files of this owner.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        sort (GetDataFilesSort | Unset): The field to sort by; a `-` prefix sorts descending.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataFiles | DataFilesError | ErrorResponse]
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
    sort: GetDataFilesSort | Unset = UNSET,
) -> DataFiles | DataFilesError | ErrorResponse | None:
    """Get descriptive info for the specified data files.

     Without `connectionId` the user's personal space is listed (every space the user can see with
    `includeAllSpaces`); a space's files are listed with the id of the space's data-files connection
    (`getDataFilesConnections?spaceId=`).

    Args:
        allow_internal_files (bool | Unset): If false, leave out files with internal extensions.
        app_id (str | Unset): Only files scoped to this app; without it only files scoped to no
            app, and `*` every app-scoped file.
        base_name_wildcard (str | Unset): Only items whose base name matches this wildcard (`*`
            and `?`).
        connection_id (str | Unset): The items of the space this data-files connection points to;
            without it, the user's personal space.
        exclude_files (bool | Unset): Return folders only.
        exclude_sub_folders (bool | Unset): Only the direct children of the root searched.
        folder_id (str | Unset): Only items under this folder (not with `folderPath`).
        folder_path (str | Unset): Only items under this folder path (not with `folderId`).
        include_all_spaces (bool | Unset): Without `connectionId`: items of every space the user
            can see, the personal one included.
        include_folder_stats (bool | Unset): Include computed folder statistics.
        include_folders (bool | Unset): Include folders (otherwise files only).
        limit (int | Unset): If present, the maximum number of data files to return.
        name (str | Unset): Filter by file name.
        not_owner_id (str | Unset): Exclude files of this owner.
        owner_id (str | Unset): Only files of this owner.
        page (str | Unset): If present, the cursor that starts the page of data that is returned.
        sort (GetDataFilesSort | Unset): The field to sort by; a `-` prefix sorts descending.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataFiles | DataFilesError | ErrorResponse
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
        )
    ).parsed
