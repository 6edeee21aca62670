"""``qlik.data_files``: list (by connection, or a space through its connection) with cursor
paging, the connections, get, delete, and the 207 batch delete."""

from __future__ import annotations

import json
from typing import cast

import httpx
import pytest
from pytest_httpx import HTTPXMock
from qlik_catalog_api.models import FolderStats

from qlik_catalog import (
    BadRequestError,
    DataFilesConnectionNotFoundError,
    NotFoundError,
    PermissionDeniedError,
    QlikCatalog,
    QlikResponseError,
    QlikValueError,
)
from tests.wire import API, check_request, sent

STATS = dict.fromkeys(
    [
        "aggregateAppScopedFileSize",
        "aggregateFileSize",
        "aggregateInternalFileSize",
        "directAppScopedFileCount",
        "directFileCount",
        "directFolderCount",
        "directInternalFileCount",
        "totalAppScopedFileCount",
        "totalFileCount",
        "totalFolderCount",
        "totalInternalFileCount",
    ],
    0,
)
NO_PAGE = {"href": None}


def data_file(file_id: str, name: str, **fields: object) -> dict[str, object]:
    """A data file as the official DataFileUploadResponse always has it."""
    return {
        "id": file_id,
        "name": name,
        "size": 10,
        "ownerId": "u1",
        "createdDate": "2024-01-01T00:00:00.000Z",
        "actions": ["read", "delete"],
        "folderStats": STATS,
        **fields,
    }


def connection(connection_id: str, space_id: str | None) -> dict[str, object]:
    return {
        "id": connection_id,
        "name": "DataFiles",
        "type": "qix-datafiles.exe",
        "connectStatement": "CUSTOM CONNECT TO ...",
        "spaceId": space_id,
    }


def links(self_href: str, next_href: str | None = None) -> dict[str, object]:
    return {"self": {"href": self_href}, "prev": NO_PAGE, "next": {"href": next_href}}


async def test_list_of_a_space_goes_through_the_spaces_connection(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    # Qlik's list has no spaceId: the space comes from its data-files connection.
    httpx_mock.add_response(
        url=f"{API}/data-files/connections?limit=100&spaceId=sp1",
        json={"data": [connection("conn-sp1", "sp1")], "links": links("x")},
    )
    first = f"{API}/data-files?limit=20&page=c1&connectionId=conn-sp1&includeFolders=true"
    second = f"{API}/data-files?limit=20&page=c2&connectionId=conn-sp1"
    httpx_mock.add_response(
        url=first,
        json={"data": [data_file("f1", "a.csv", spaceId="sp1")], "links": links(first, second)},
    )
    httpx_mock.add_response(
        url=second, json={"data": [data_file("f2", "b.csv")], "links": links(second)}
    )
    files = qlik.data_files.list(
        limit=20, page="c1", space_id="sp1", extra_params={"includeFolders": True}
    )
    assert [(f.id, f.name) async for f in files] == [("f1", "a.csv"), ("f2", "b.csv")]
    requests = httpx_mock.get_requests()
    check_request(
        requests[0],
        "GET",
        "/api/v1/data-files/connections",
        params={"limit": "100", "spaceId": "sp1"},
    )
    check_request(
        requests[1],
        "GET",
        "/api/v1/data-files",
        params={"limit": "20", "page": "c1", "connectionId": "conn-sp1", "includeFolders": "true"},
    )
    assert all("spaceId" not in r.url.params for r in requests[1:])


async def test_list_of_a_space_without_a_connection_raises_and_lists_nothing(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": [], "links": links("x")})
    with pytest.raises(DataFilesConnectionNotFoundError, match="sp9") as caught:
        await qlik.data_files.list(space_id="sp9")
    assert caught.value.space_id == "sp9"
    sent(
        httpx_mock,
        "GET",
        "/api/v1/data-files/connections",
        params={"limit": "100", "spaceId": "sp9"},
    )


async def test_list_of_a_space_never_takes_another_spaces_connection(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    # A tenant that ignored the filter: only the connection whose spaceId is the space counts,
    # however many pages it takes to find it.
    more = f"{API}/data-files/connections?limit=100&spaceId=sp1&page=p2"
    httpx_mock.add_response(
        url=f"{API}/data-files/connections?limit=100&spaceId=sp1",
        json={
            "data": [connection("personal", None), connection("conn-sp2", "sp2")],
            "links": links("x", more),
        },
    )
    httpx_mock.add_response(
        url=more, json={"data": [connection("conn-sp1", "sp1")], "links": links(more)}
    )
    httpx_mock.add_response(
        url=f"{API}/data-files?limit=100&connectionId=conn-sp1",
        json={"data": [data_file("f1", "a.csv", spaceId="sp1")], "links": links("x")},
    )
    assert [f.id async for f in qlik.data_files.list(space_id="sp1")] == ["f1"]


async def test_list_by_connection_and_sort(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"data": [data_file("f1", "a.csv")], "links": links("x")})
    page = await qlik.data_files.list(connection_id="c1", sort="-size", include_all_spaces=False)
    assert [f.id for f in page.items] == ["f1"]
    assert not page.has_next  # next.href is null
    sent(
        httpx_mock,
        "GET",
        "/api/v1/data-files",
        params={"limit": "100", "connectionId": "c1", "sort": "-size", "includeAllSpaces": "false"},
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"space_id": "sp1", "connection_id": "c1"},
        {"extra_params": {"spaceId": "sp1"}},
        {"sort": "createdDate"},
        {"space_id": "a/b"},
        {"space_id": "sp1", "extra_params": {"connectionId": "c9"}},
        {"space_id": "sp1", "include_all_spaces": True},
        {"connection_id": "c1", "include_all_spaces": True},
    ],
    ids=[
        "space-and-connection",
        "spaceId-in-extra-params",
        "unknown-sort",
        "bad-space-id",
        "space-and-connectionId-in-extra-params",
        "space-and-all-spaces",
        "connection-and-all-spaces",
    ],
)
async def test_list_refuses_what_would_list_the_wrong_files(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, kwargs: dict[str, object]
) -> None:
    with pytest.raises(QlikValueError):
        qlik.data_files.list(**kwargs)  # type: ignore[arg-type]
    assert httpx_mock.get_requests() == []


async def test_connections_pager_and_space_stats(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    stats = {**STATS, "totalFileCount": 3, "aggregateFileSize": 30}
    httpx_mock.add_response(
        json={
            "data": [{**connection("c1", "sp1"), "spaceStats": stats}],
            "links": links("x"),
        }
    )
    found = await qlik.data_files.connections(
        personal=False, sort="-spaceId", include_space_stats=True, limit=5
    ).to_list()
    sent(
        httpx_mock,
        "GET",
        "/api/v1/data-files/connections",
        params={"limit": "5", "personal": "false", "sort": "-spaceId", "includeSpaceStats": "true"},
    )
    assert [(c.id, c.space_id, c.connect_statement) for c in found] == [
        ("c1", "sp1", "CUSTOM CONNECT TO ...")
    ]
    assert found[0].space_stats.total_file_count == 3  # type: ignore[union-attr]


async def test_connections_refuses_an_unknown_sort(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="spaceId"):
        qlik.data_files.connections(sort="name")


async def test_get_connection(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=connection("c1", None))
    found = await qlik.data_files.get_connection("c1")
    sent(httpx_mock, "GET", "/api/v1/data-files/connections/c1")
    assert found.space_id is None


async def test_connection_for_space(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"data": [connection("c1", "sp1")], "links": links("x")})
    assert (await qlik.data_files.connection_for_space("sp1")).id == "c1"


async def test_get_reads_the_official_folder_stats(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    stats = {**STATS, "directFileCount": 2, "totalFileCount": 5, "aggregateFileSize": 70}
    httpx_mock.add_response(
        json=data_file("d1", "raw/in", size=0, folder=True, folderPath="raw", folderStats=stats)
    )
    folder = await qlik.data_files.get("d1")
    sent(httpx_mock, "GET", "/api/v1/data-files/d1")
    assert folder.folder is True
    assert isinstance(folder.folder_stats, FolderStats)
    assert (folder.folder_stats.direct_file_count, folder.folder_stats.total_file_count) == (2, 5)
    assert folder.folder_stats.aggregate_file_size == 70
    assert folder.actions == ["read", "delete"]
    assert folder.created_date.year == 2024


async def test_delete(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert cast(object, await qlik.data_files.delete("f1")) is None
    sent(httpx_mock, "DELETE", "/api/v1/data-files/f1")


async def test_delete_many_reports_each_items_own_status(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=207,
        json={
            "data": [
                {"id": "f1", "status": 204, "code": "HTTP-204"},
                {"id": "f2", "status": 404, "code": "DF-404", "title": "Not found"},
                {"id": "f3", "status": 403, "code": "DF-403", "detail": "not yours"},
            ]
        },
    )
    result = await qlik.data_files.delete_many(["f1", "f2", "f3", "f4"])
    sent(
        httpx_mock,
        "POST",
        "/api/v1/data-files/actions/delete",
        body={"delete": [{"id": "f1"}, {"id": "f2"}, {"id": "f3"}, {"id": "f4"}]},
    )
    assert result.succeeded == {"f1": None}
    assert isinstance(result.failed["f2"], NotFoundError)
    assert result.failed["f2"].codes == ["DF-404"]
    assert isinstance(result.failed["f3"], PermissionDeniedError)
    assert "not yours" in str(result.failed["f3"])
    assert isinstance(result.failed["f4"], QlikResponseError)  # the answer left it out
    assert len(result) == 4


async def test_delete_many_reports_a_deleted_file_without_a_code_as_deleted(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    # The types always carry `code`; an answer without it must still not turn deletions into
    # failures.
    httpx_mock.add_response(
        status_code=207,
        json={"data": [{"id": "f1", "status": 204}, {"id": "f2", "status": 404}]},
    )
    result = await qlik.data_files.delete_many(["f1", "f2"])
    assert result.succeeded == {"f1": None}
    assert isinstance(result.failed["f2"], NotFoundError)
    assert result.failed["f2"].codes == []


async def test_delete_many_chunks_and_a_failed_chunk_fails_its_ids(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        ids = [item["id"] for item in json.loads(request.content)["delete"]]
        if "f3" in ids:
            return httpx.Response(400, json={"errors": [{"code": "DF-400"}], "traceId": "t9"})
        entries = [{"id": i, "status": 204, "code": "HTTP-204"} for i in ids]
        return httpx.Response(207, json={"data": entries})

    httpx_mock.add_callback(answer, is_reusable=True)
    result = await qlik.data_files.delete_many(["f1", "f2", "f3"], chunk_size=2)
    assert sorted(result.succeeded) == ["f1", "f2"]
    assert isinstance(result.failed["f3"], BadRequestError)
    assert result.failed["f3"].trace_id == "t9"
    assert len(httpx_mock.get_requests()) == 2


async def test_delete_many_refuses_an_empty_list(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="empty"):
        await qlik.data_files.delete_many([])
