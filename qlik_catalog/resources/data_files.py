"""``qlik.data_files``: uploaded data files (list, get, delete, batch delete)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from qlik_catalog_api.api.data_files import (
    delete_data_file,
    delete_data_files,
    get_data_file,
    get_data_files,
)
from qlik_catalog_api.models import (
    BatchDeleteItem,
    DataFile,
    DataFileBatchDeleteRequest,
    MultiStatusResponse,
)
from qlik_catalog_api.models import DataFiles as DataFilePage
from qlik_catalog_api.types import Unset

from qlik_catalog.batch import BatchResult, chunked, unique_ids
from qlik_catalog.errors import ErrorEntry, QlikResponseError, error_for_status
from qlik_catalog.pagination import Pager
from qlik_catalog.patch import value_or_unset
from qlik_catalog.resources.base import DELETE_CHUNK, Resource, check_id, with_query
from qlik_catalog.spec import check_limit

DEFAULT_PAGE_SIZE = 100


class DataFiles(Resource):
    """Files uploaded to Qlik Cloud (the data behind ``qix-datafiles`` data sets).

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
        owner_id: str | None = None,
        app_id: str | None = None,
        connection_id: str | None = None,
        folder_path: str | None = None,
        extra_params: Mapping[str, Any] | None = None,
        max_items: int | None = None,
    ) -> Pager[DataFile]:
        """Data files, following Qlik's page cursors.

        ``page``: a cursor to start from (from an earlier page's link). ``sort``: ``name``,
        ``-size``, ``+modifiedDate``... ``extra_params``: any other query parameter of the API
        (``baseNameWildcard``, ``includeFolders``, ``allowInternalFiles``...).
        """
        kwargs = get_data_files._get_kwargs(
            limit=check_limit(limit, "getDataFiles"),
            page=value_or_unset(page),
            sort=value_or_unset(sort),
            name=value_or_unset(name),
            space_id=value_or_unset(space_id),
            owner_id=value_or_unset(owner_id),
            app_id=value_or_unset(app_id),
            connection_id=value_or_unset(connection_id),
            folder_path=value_or_unset(folder_path),
        )
        return self._qlik.pager(
            with_query(kwargs, extra_params),
            get_data_files._parse_response,
            DataFilePage,
            max_items=max_items,
        )

    async def get(self, id: str) -> DataFile:
        """One data file's description."""
        return await self._qlik.call(
            get_data_file._get_kwargs(check_id(id, what="get data file")),
            get_data_file._parse_response,
            DataFile,
        )

    async def delete(self, id: str) -> None:
        """Delete one data file."""
        await self._qlik.send(delete_data_file._get_kwargs(check_id(id, what="delete data file")))

    async def delete_many(
        self,
        ids: Iterable[str],
        *,
        chunk_size: int = DELETE_CHUNK,
        concurrency: int | None = None,
    ) -> BatchResult[str, None]:
        """Delete data files through Qlik's batch action, ``chunk_size`` per request.

        Qlik answers 207 with one status per file; each id ends in ``succeeded`` or in
        ``failed`` with the typed error of its own status (a 404 becomes ``NotFoundError``).
        A chunk that fails as a whole fails each of its ids; an id the answer leaves out is
        failed with :class:`QlikResponseError`.
        """
        id_list = unique_ids(ids, what="delete data files")
        chunks = [list(c) for c in chunked(id_list, chunk_size)]
        result: BatchResult[str, None] = BatchResult()

        async def one(index: int) -> None:
            chunk = chunks[index]
            body = DataFileBatchDeleteRequest(delete=[BatchDeleteItem(id=i) for i in chunk])
            kwargs = delete_data_files._get_kwargs(body=body)
            response = await self._qlik.send(kwargs)
            answer = self._qlik.parse(
                delete_data_files._parse_response, response, MultiStatusResponse
            )
            items = [] if isinstance(answer.data, Unset) else answer.data
            outcomes = {item.id: item for item in items if isinstance(item.id, str)}
            url = str(response.request.url)
            for file_id in chunk:
                item = outcomes.get(file_id)
                status = item.status if item is not None else None
                if item is None or not isinstance(status, int):
                    result.failed[file_id] = QlikResponseError(
                        f"the batch delete answer gives no status for data file {file_id}",
                        status=response.status_code,
                        method="POST",
                        url=url,
                    )
                    continue
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
