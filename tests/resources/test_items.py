"""``qlik.items``: list by resource type with cursor paging, and get."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikValueError
from tests.wire import API, item_doc, sent


async def test_list_data_sets_and_products(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{API}/items?resourceType=dataset%2Cdataproduct&limit=100",
        json={
            "data": [item_doc("i1", resourceId="d1")],
            "links": {"next": {"href": f"{API}/items?resourceType=dataset&next=c2"}},
        },
    )
    httpx_mock.add_response(
        url=f"{API}/items?resourceType=dataset&next=c2",
        json={
            "data": [item_doc("i2", resourceType="dataproduct", resourceId="p1")],
            "links": {},
        },
    )
    items = await qlik.items.list(resource_type=["dataset", "dataproduct"]).to_list()
    assert [(i.resource_type, i.resource_id) for i in items] == [
        ("dataset", "d1"),
        ("dataproduct", "p1"),
    ]


async def test_list_filters(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"data": [], "links": {}})
    await qlik.items.list(
        resource_type="app",
        sort="-updatedAt",
        name="sales",
        query="monthly",
        space_id="personal",
        owner_id="u1",
        extra_params={"noActions": True},
    )
    sent(
        httpx_mock,
        "GET",
        "/api/v1/items",
        params={
            "resourceType": "app",
            "limit": "100",
            "sort": "-updatedAt",
            "name": "sales",
            "query": "monthly",
            "spaceId": "personal",
            "ownerId": "u1",
            "noActions": "true",
        },
    )


def test_bad_filters_are_refused(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="resource_type is empty"):
        qlik.items.list(resource_type=[])
    with pytest.raises(QlikValueError, match="items sort 'size' is not one of"):
        qlik.items.list(sort="size")


async def test_get(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=item_doc("i1", name="Orders"))
    item = await qlik.items.get("i1")
    sent(httpx_mock, "GET", "/api/v1/items/i1")
    assert (item.name, item.resource_type) == ("Orders", "dataset")
