"""``qlik.data_stores``: the listing and the nested asset / data set routes."""

from __future__ import annotations

from typing import cast

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikValueError
from tests.wire import API, sent


async def test_list_sends_limit_sort_and_projections(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": [{"id": "s1", "name": "Sales"}], "total": 1})
    page = await qlik.data_stores.list(limit=10, sort=["-createdTime", "name"], projections=["id"])
    sent(
        httpx_mock,
        "GET",
        "/api/v1/data-stores",
        params={"limit": "10", "sort": "-createdTime,name", "projections": "id"},
    )
    assert [s.id for s in page.items] == ["s1"]
    assert page.total == 1
    assert not page.has_next


async def test_list_data_assets_of_every_store(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"data": [{"id": "a1"}, {"id": "a2"}]})
    assets = await qlik.data_stores.list_data_assets("*").to_list()
    sent(httpx_mock, "GET", "/api/v1/data-stores/%2A/data-assets", params={"limit": "100"})
    assert [a.id for a in assets] == ["a1", "a2"]


async def test_list_data_assets_of_some_stores_is_one_call(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": [{"id": "a1"}]})
    assets = await qlik.data_stores.list_data_assets(["s1", "s2"], sort="name").to_list()
    sent(
        httpx_mock,
        "GET",
        "/api/v1/data-stores/s1%2Cs2/data-assets",
        params={"limit": "100", "sort": "name"},
    )
    assert [a.id for a in assets] == ["a1"]


async def test_list_data_sets_of_stores_and_assets(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": [{"id": "d1", "name": "orders"}]})
    sets = await qlik.data_stores.list_data_sets(["s1"], ["a1", "a2"], limit=5).to_list()
    sent(
        httpx_mock,
        "GET",
        "/api/v1/data-stores/s1/data-assets/a1%2Ca2/data-sets",
        params={"limit": "5"},
    )
    assert [(d.id, d.name) for d in sets] == [("d1", "orders")]


async def test_delete_data_assets_of_stores(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert cast(object, await qlik.data_stores.delete_data_assets(["s1", "s2"])) is None
    sent(httpx_mock, "DELETE", "/api/v1/data-stores/s1%2Cs2/data-assets")


async def test_delete_data_sets_of_stores_and_assets(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=204)
    assert cast(object, await qlik.data_stores.delete_data_sets("s1", "*")) is None
    sent(httpx_mock, "DELETE", "/api/v1/data-stores/s1/data-assets/%2A/data-sets")


@pytest.mark.parametrize(
    ("call", "problem"),
    [
        (lambda q: q.data_stores.list_data_assets([]), "empty"),
        (lambda q: q.data_stores.list_data_assets(["a", "a"]), "appears twice"),
        (lambda q: q.data_stores.list_data_sets("*", ["a,b"]), "comma"),
        (lambda q: q.data_stores.list(projections=["nope"]), "unknown field 'nope'"),
        (lambda q: q.data_stores.list(limit=101), "out of range"),
    ],
)
def test_bad_listing_input_is_refused(qlik: QlikCatalog, call, problem: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QlikValueError, match=problem):
        call(qlik)


async def test_the_pager_follows_next_links_of_the_nested_listing(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    base = f"{API}/data-stores/%2A/data-assets"
    httpx_mock.add_response(
        url=f"{base}?limit=1",
        json={"data": [{"id": "a1"}], "links": {"next": {"href": f"{base}?limit=1&page=2"}}},
    )
    httpx_mock.add_response(
        url=f"{base}?limit=1&page=2",
        json={"data": [{"id": "a2"}], "links": {"next": {"href": f"{base}?limit=1&page=3"}}},
    )
    httpx_mock.add_response(url=f"{base}?limit=1&page=3", json={"data": [{"id": "a3"}]})
    assets = await qlik.data_stores.list_data_assets("*", limit=1).to_list()
    assert [a.id for a in assets] == ["a1", "a2", "a3"]
