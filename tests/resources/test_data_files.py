"""``qlik.data_files``: list with cursor paging, get, delete, and the 207 batch delete."""

from __future__ import annotations

import json

import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import (
    BadRequestError,
    NotFoundError,
    PermissionDeniedError,
    QlikCatalog,
    QlikResponseError,
    QlikValueError,
)
from tests.wire import API, sent


async def test_list_with_cursor_and_extra_params(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{API}/data-files?limit=20&page=c1&spaceId=sp1&includeFolders=true",
        json={
            "data": [{"id": "f1", "name": "a.csv", "size": 10}],
            "links": {"next": {"href": f"{API}/data-files?limit=20&page=c2&spaceId=sp1"}},
        },
    )
    httpx_mock.add_response(
        url=f"{API}/data-files?limit=20&page=c2&spaceId=sp1",
        json={"data": [{"id": "f2", "name": "b.csv"}]},
    )
    files = qlik.data_files.list(
        limit=20, page="c1", space_id="sp1", extra_params={"includeFolders": True}
    )
    assert [(f.id, f.name) async for f in files] == [("f1", "a.csv"), ("f2", "b.csv")]


async def test_get(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "f1", "name": "a.csv", "size": 10})
    data_file = await qlik.data_files.get("f1")
    sent(httpx_mock, "GET", "/api/v1/data-files/f1")
    assert data_file.size == 10


async def test_delete(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert await qlik.data_files.delete("f1") is None
    sent(httpx_mock, "DELETE", "/api/v1/data-files/f1")


async def test_delete_many_reports_each_items_own_status(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=207,
        json={
            "data": [
                {"id": "f1", "status": 204},
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


async def test_delete_many_chunks_and_a_failed_chunk_fails_its_ids(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        ids = [item["id"] for item in json.loads(request.content)["delete"]]
        if "f3" in ids:
            return httpx.Response(400, json={"errors": [{"code": "DF-400"}], "traceId": "t9"})
        return httpx.Response(207, json={"data": [{"id": i, "status": 204} for i in ids]})

    httpx_mock.add_callback(answer, is_reusable=True)
    result = await qlik.data_files.delete_many(["f1", "f2", "f3"], chunk_size=2)
    assert sorted(result.succeeded) == ["f1", "f2"]
    assert isinstance(result.failed["f3"], BadRequestError)
    assert result.failed["f3"].trace_id == "t9"
    assert len(httpx_mock.get_requests()) == 2


async def test_delete_many_refuses_an_empty_list(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="empty"):
        await qlik.data_files.delete_many([])
