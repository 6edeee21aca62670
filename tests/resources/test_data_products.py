"""``qlik.data_products``: every operation of the Data products API and its lifecycle."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import NotFoundError, QlikCatalog, QlikValueError
from tests.wire import TENANT, check_request, sent

PRODUCTS = "/api/data-governance/data-products"


async def test_create(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json={"id": "p1", "name": "Sales", "spaceId": "sp1"})
    product = await qlik.data_products.create({"name": "Sales", "spaceId": "sp1"})
    sent(httpx_mock, "POST", PRODUCTS, body={"name": "Sales", "spaceId": "sp1"})
    assert (product.id, product.space_id) == ("p1", "sp1")


async def test_list_pages_with_sort_and_space(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        json={
            "data": [{"id": "p1"}],
            "links": {"next": {"href": f"{PRODUCTS}?limit=1&page=2&spaceId=sp1"}},
        }
    )
    httpx_mock.add_response(json={"data": [{"id": "p2"}]})
    products = await qlik.data_products.list(limit=1, sort="-updatedAt", space_id="sp1").to_list()
    first, second = httpx_mock.get_requests()
    check_request(
        first, "GET", PRODUCTS, params={"limit": "1", "sort": "-updatedAt", "spaceId": "sp1"}
    )
    check_request(second, "GET", PRODUCTS, params={"limit": "1", "page": "2", "spaceId": "sp1"})
    assert [p.id for p in products] == ["p1", "p2"]


async def test_get(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "p1", "name": "Sales", "activated": False})
    product = await qlik.data_products.get("p1")
    sent(httpx_mock, "GET", f"{PRODUCTS}/p1")
    assert product.activated is False


async def test_patch_sends_replace_operations(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    ops = [
        {"op": "replace", "path": "/description", "value": "Monthly sales"},
        {"op": "replace", "path": "/datasetIds", "value": ["d1", "d2"]},
    ]
    assert await qlik.data_products.patch("p1", ops) is None
    sent(httpx_mock, "PATCH", f"{PRODUCTS}/p1", body=ops)


async def test_patch_rules(qlik: QlikCatalog) -> None:
    nine = [{"op": "replace", "path": "/name", "value": str(i)} for i in range(9)]
    with pytest.raises(QlikValueError, match="at most 8"):
        await qlik.data_products.patch("p1", nine)
    with pytest.raises(QlikValueError, match="only 'replace'"):
        await qlik.data_products.patch("p1", [{"op": "add", "path": "/tags", "value": []}])


async def test_delete(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert await qlik.data_products.delete("p1") is None
    sent(httpx_mock, "DELETE", f"{PRODUCTS}/p1")


async def test_activate_reads_the_name_first(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", json={"id": "p1", "name": "Sales"})
    httpx_mock.add_response(
        method="POST", status_code=201, json={"id": "p1", "name": "Sales", "activated": True}
    )
    product = await qlik.data_products.activate("p1")
    read, activate = httpx_mock.get_requests()
    check_request(read, "GET", f"{PRODUCTS}/p1")
    check_request(activate, "POST", f"{PRODUCTS}/p1/actions/activate", body={"name": "Sales"})
    assert product is not None
    assert product.activated is True


async def test_activate_with_a_name_and_a_204(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert await qlik.data_products.activate("p1", name="Sales") is None
    sent(httpx_mock, "POST", f"{PRODUCTS}/p1/actions/activate", body={"name": "Sales"})


async def test_deactivate(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert await qlik.data_products.deactivate("p1") is None
    sent(httpx_mock, "POST", f"{PRODUCTS}/p1/actions/deactivate")


async def test_move(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert await qlik.data_products.move("p1", "sp2") is None
    sent(httpx_mock, "POST", f"{PRODUCTS}/p1/actions/move", body={"spaceId": "sp2"})


async def test_export_documentation_returns_markdown(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(text="# Sales\n\nMonthly.", headers={"content-type": "text/markdown"})
    doc = await qlik.data_products.export_documentation("p1")
    sent(httpx_mock, "GET", f"{PRODUCTS}/p1/actions/export-documentation")
    assert doc == "# Sales\n\nMonthly."


async def test_changelogs_newest_first(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"data": [{"id": "c2"}, {"id": "c1"}]})
    changes = await qlik.data_products.changelogs("p1", limit=50).to_list()
    sent(
        httpx_mock,
        "GET",
        f"{PRODUCTS}/p1/changelogs",
        params={"limit": "50", "sort": "-createdAt"},
    )
    assert [c.id for c in changes] == ["c2", "c1"]


async def test_generate_provider_url(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"url": "https://provider.example/d1"})
    url = await qlik.data_products.generate_provider_url("d1")
    sent(
        httpx_mock,
        "POST",
        f"{PRODUCTS}/actions/generate-provider-url",
        params={"dataSetId": "d1"},
    )
    assert url == "https://provider.example/d1"


async def test_get_many_and_delete_many_report_every_id(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}/p1", json={"id": "p1"})
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}/p2", status_code=404)
    got = await qlik.data_products.get_many(["p1", "p2"])
    assert got.succeeded["p1"].id == "p1"
    assert isinstance(got.failed["p2"], NotFoundError)

    httpx_mock.add_response(method="DELETE", url=f"{TENANT}{PRODUCTS}/p1", status_code=204)
    httpx_mock.add_response(method="DELETE", url=f"{TENANT}{PRODUCTS}/p2", status_code=404)
    deleted = await qlik.data_products.delete_many(["p1", "p2"])
    assert deleted.succeeded == {"p1": None}
    assert isinstance(deleted.failed["p2"], NotFoundError)
