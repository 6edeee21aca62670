"""``qlik.data_files``: uploaded data files (list, get, delete, batch delete) and the
data-files connections through which a space's files are listed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Unpack

from qlik_catalog_api.models import (
    BatchDeleteItem,
    DataFile,
    DataFileBatchDeleteRequest,
    DataFileConnection,
)
from qlik_catalog_api.models import DataFiles as DataFilePage
from qlik_catalog_api.models.get_data_files_connections_sort import (
    GET_DATA_FILES_CONNECTIONS_SORT_VALUES,
    GetDataFilesConnectionsSort,
)
from qlik_catalog_api.models.get_data_files_sort import GET_DATA_FILES_SORT_VALUES, GetDataFilesSort

from qlik_catalog import _endpoints as ep
from qlik_catalog._endpoints import Endpoint
from qlik_catalog.batch import BatchResult, chunked, unique_ids
from qlik_catalog.errors import (
    DataFilesConnectionNotFoundError,
    ErrorEntry,
    QlikResponseError,
    QlikValueError,
    error_for_status,
)
from qlik_catalog.pagination import Page, Pager
from qlik_catalog.patch import value_or_unset
from qlik_catalog.resources.base import (
    DELETE_CHUNK,
    CallOptions,
    Resource,
    check_choice,
    check_id,
    check_options,
    following,
    merge_params,
)
from qlik_catalog.spec import check_limit

DEFAULT_PAGE_SIZE = 100


class DataFiles(Resource):
    """Files uploaded to Qlik Cloud (the data behind ``qix-datafiles`` data sets).

    Qlik lists the files of one space at a time: the personal space by default, a team space
    through that space's data-files connection (``space_id=`` finds it for you), or every
    space the user can see with ``include_all_spaces=True``.

    Example::

        async for f in qlik.data_files.list(space_id=space.id):
            print(f.name, f.size)
        result = await qlik.data_files.delete_many(old_ids)
    """

    def list(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        page: str | None = None,
        sort: str | None = None,
        name: str | None = None,
        space_id: str | None = None,
        connection_id: str | None = None,
        include_all_spaces: bool | None = None,
        owner_id: str | None = None,
        app_id: str | None = None,
        folder_path: str | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[DataFile]:
        """Data files, following Qlik's page cursors.

        Which space: ``space_id`` (the files of that team space: its data-files connection is
        looked up first, and :class:`DataFilesConnectionNotFoundError` raised when it has none),
        ``connection_id`` (the space of that data-files connection), ``include_all_spaces``
        (every space the user can see), or none of them: the user's personal space. Qlik's
        list takes no space id of its own.

        ``page``: a cursor to start from (from an earlier page's link). ``sort``: ``name``,
        ``-size``, ``+modifiedDate``... ``extra_params``: any other query parameter of the API
        (``baseNameWildcard``, ``includeFolders``, ``allowInternalFiles``...).
        """
        if space_id is not None and connection_id is not None:
            raise QlikValueError(
                "data files: give space_id or connection_id, not both (a space is listed "
                "through its connection)"
            )
        if include_all_spaces and (space_id is not None or connection_id is not None):
            raise QlikValueError(
                "data files: include_all_spaces lists every space; it cannot go with space_id "
                "or connection_id (Qlik ignores it next to a connection)"
            )
        extra_params = options.get("extra_params")
        if extra_params and "spaceId" in extra_params:
            raise QlikValueError(
                "data files: Qlik's list has no spaceId parameter (a tenant ignores it and "
                "lists the personal space): use space_id=, which lists through the space's "
                "data-files connection"
            )
        sort_key: GetDataFilesSort | None = None
        if sort is not None:
            sort_key = check_choice(sort, GET_DATA_FILES_SORT_VALUES, what="data files sort")
        checked_limit = check_limit(limit, "getDataFiles")

        def request(connection: str | None) -> Endpoint[DataFilePage]:
            return ep.get_data_files(
                limit=checked_limit,
                page=value_or_unset(page),
                sort=value_or_unset(sort_key),
                name=value_or_unset(name),
                connection_id=value_or_unset(connection),
                include_all_spaces=value_or_unset(include_all_spaces),
                owner_id=value_or_unset(owner_id),
                app_id=value_or_unset(app_id),
                folder_path=value_or_unset(folder_path),
            )

        if space_id is None:
            return self._qlik.pager(request(connection_id), max_items=max_items, **options)
        space = check_id(space_id, what="data files of a space")
        check_options(options)
        # Refuse bad extra_params now (connectionId too), before a call.
        merge_params(request("connection").request, extra_params)
        endpoint = request(None)

        async def first() -> Page[DataFile]:
            # The listing's extra_params are not the connections'.
            connection = await self.connection_for_space(space, **following(options))
            return await self._qlik.pager(request(connection.id), **options)

        async def follow(url: str) -> Page[DataFile]:
            return await self._qlik.pager(endpoint.follow(url), **following(options))

        return Pager(first, follow, base_url=self._qlik.base_url, max_items=max_items)

    def connections(
        self,
        *,
        space_id: str | None = None,
        personal: bool | None = None,
        name: str | None = None,
        app_id: str | None = None,
        sort: str | None = None,
        include_space_stats: bool | None = None,
        limit: int = DEFAULT_PAGE_SIZE,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[DataFileConnection]:
        """The data-files connections the user can use: a few built-in ones (the personal
        space's among them) and one per team space. ``space_id`` keeps that space's only;
        ``personal=True`` the personal space's. ``sort``: ``spaceId``, ``-spaceId``."""
        sort_key: GetDataFilesConnectionsSort | None = None
        if sort is not None:
            sort_key = check_choice(
                sort, GET_DATA_FILES_CONNECTIONS_SORT_VALUES, what="data-files connections sort"
            )
        endpoint = ep.get_data_files_connections(
            space_id=value_or_unset(
                None if space_id is None else check_id(space_id, what="data-files connections")
            ),
            personal=value_or_unset(personal),
            name=value_or_unset(name),
            app_id=value_or_unset(app_id),
            sort=value_or_unset(sort_key),
            include_space_stats=value_or_unset(include_space_stats),
            limit=check_limit(limit, "getDataFilesConnections"),
        )
        return self._qlik.pager(endpoint, max_items=max_items, **options)

    async def get_connection(self, id: str, **options: Unpack[CallOptions]) -> DataFileConnection:
        """One data-files connection by its id."""
        return await self._qlik.call(
            ep.get_data_file_connection(check_id(id, what="get data-files connection")), **options
        )

    async def connection_for_space(
        self, space_id: str, **options: Unpack[CallOptions]
    ) -> DataFileConnection:
        """The data-files connection of a team space; :class:`DataFilesConnectionNotFoundError`
        when the user sees none. Only a connection whose ``spaceId`` is this space counts, so a
        tenant that ignored the filter could not make another space's files be listed."""
        space = check_id(space_id, what="data-files connection of a space")
        async for connection in self.connections(space_id=space, **options):
            if connection.space_id == space:
                return connection
        raise DataFilesConnectionNotFoundError(space)

    async def get(self, id: str, **options: Unpack[CallOptions]) -> DataFile:
        """One data file's description."""
        return await self._qlik.call(
            ep.get_data_file(check_id(id, what="get data file")), **options
        )

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete one data file."""
        await self._qlik.send(ep.delete_data_file(check_id(id, what="delete data file")), **options)

    async def delete_many(
        self,
        ids: Iterable[str],
        *,
        chunk_size: int = DELETE_CHUNK,
        concurrency: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchResult[str, None]:
        """Delete data files through Qlik's batch action, ``chunk_size`` per request.

        Qlik answers 207 with one status per file; each id ends in ``succeeded`` or in
        ``failed`` with the typed error of its own status (a 404 becomes ``NotFoundError``).
        A chunk that fails as a whole fails each of its ids; an id the answer leaves out is
        failed with :class:`QlikResponseError`.
        """
        id_list = unique_ids(ids, what="delete data files")
        check_options(options)
        chunks = [list(c) for c in chunked(id_list, chunk_size)]
        result: BatchResult[str, None] = BatchResult()

        async def one(index: int) -> None:
            chunk = chunks[index]
            body = DataFileBatchDeleteRequest(delete=[BatchDeleteItem(id=i) for i in chunk])
            endpoint = ep.delete_data_files(body=body)
            response = await self._qlik.send(endpoint, **options)
            answer = self._qlik.parse(endpoint, response)
            outcomes = {item.id: item for item in answer.data}
            url = str(response.request.url)
            for file_id in chunk:
                item = outcomes.get(file_id)
                if item is None:
                    result.failed[file_id] = QlikResponseError(
                        f"the batch delete answer gives no status for data file {file_id}",
                        status=response.status_code,
                        method="POST",
                        url=url,
                    )
                    continue
                status = item.status
                if 200 <= status < 300:
                    result.succeeded[file_id] = None
                    continue
                result.failed[file_id] = error_for_status(
                    status,
                    errors=[
                        ErrorEntry(
                            code=_text(item.code),
                            title=_text(item.title),
                            detail=_text(item.detail),
                            status=str(status),
                        )
                    ],
                    method="POST",
                    url=url,
                )

        outcome = await self._many(range(len(chunks)), one, concurrency)
        for index, error in outcome.failed.items():
            for file_id in chunks[index]:
                result.failed[file_id] = error
        return result


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None
