"""``qlik.data_products``: every operation of the Data products API and its lifecycle."""

from __future__ import annotations

import logging
from typing import Any, cast

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import (
    NotFoundError,
    PermissionDeniedError,
    QlikCatalog,
    QlikResponseError,
    QlikValueError,
    UnsafeLinkError,
)
from tests.wire import API, TENANT, check_request, item_doc, sent

PRODUCTS = "/api/data-governance/data-products"
ITEMS = "/api/v1/items"


def product(id: str = "p1", **fields: Any) -> dict[str, Any]:
    """A product as Qlik answers it: every field the official DataProductResponse always has."""
    return {
        "id": id,
        "qri": f"qri:dataproduct:t1:{id}",
        "name": "Sales",
        "tags": [],
        "ownerId": "u1",
        "tenantId": "t1",
        "createdAt": "2025-01-01T00:00:00Z",
        "createdBy": "u1",
        "updatedAt": "2025-01-01T00:00:00Z",
        "updatedBy": "u1",
        "datasetIds": [],
        "glossaryIds": [],
        "keyContacts": [],
        "activatedOn": [],
        "apiConsumableDatasetIds": [],
        **fields,
    }


def item(resource_id: str) -> dict[str, Any]:
    return item_doc(f"i-{resource_id}", resourceType="dataproduct", resourceId=resource_id)


async def test_create(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json=product(spaceId="sp1"))
    created = await qlik.data_products.create({"name": "Sales", "spaceId": "sp1"})
    sent(httpx_mock, "POST", PRODUCTS, body={"name": "Sales", "spaceId": "sp1"})
    assert (created.id, created.space_id, created.activated_on) == ("p1", "sp1", [])


async def test_create_sends_data_sets_glossaries_and_api_consumable_ones(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    glossary = "0b6bfb4e-0d5c-4c6a-9d1e-4f1f2c3b4a5d"
    body = {
        "name": "Sales",
        "datasetIds": ["d1", "d2"],
        "glossaryIds": [glossary],
        "apiConsumableDatasetIds": ["d1"],
    }
    httpx_mock.add_response(
        status_code=201,
        json=product(
            datasetIds=["d1", "d2"], glossaryIds=[glossary], apiConsumableDatasetIds=["d1"]
        ),
    )
    created = await qlik.data_products.create(body)
    sent(httpx_mock, "POST", PRODUCTS, body=body)
    assert (created.dataset_ids, created.glossary_ids, created.api_consumable_dataset_ids) == (
        ["d1", "d2"],
        [glossary],
        ["d1"],
    )


async def test_a_product_answer_without_an_always_present_field_is_refused(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    # activatedOn is always carried, even by a product never activated (official types).
    answer = product()
    del answer["activatedOn"]
    httpx_mock.add_response(json=answer)
    with pytest.raises(QlikResponseError, match="activatedOn"):
        await qlik.data_products.get("p1")


async def test_pending_changes_count_is_read(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=product(activated=True, pendingChangesCount=3))
    got = await qlik.data_products.get("p1")
    assert got.pending_changes_count == 3


async def test_list_pages_with_sort_and_space(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        json={
            "data": [product("p1")],
            "links": {"next": {"href": f"{PRODUCTS}?limit=1&page=2&spaceId=sp1"}},
        }
    )
    httpx_mock.add_response(json={"data": [product("p2")]})
    products = await qlik.data_products.list(limit=1, sort="-updatedAt", space_id="sp1").to_list()
    first, second = httpx_mock.get_requests()
    check_request(
        first, "GET", PRODUCTS, params={"limit": "1", "sort": "-updatedAt", "spaceId": "sp1"}
    )
    check_request(second, "GET", PRODUCTS, params={"limit": "1", "page": "2", "spaceId": "sp1"})
    assert [p.id for p in products] == ["p1", "p2"]
    assert qlik.data_products.listing_source == "list"


@pytest.mark.parametrize("status", [404, 405])
async def test_list_falls_back_on_items_and_gets_when_the_list_route_is_missing(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture, status: int
) -> None:
    httpx_mock.add_response(
        method="GET",
        url=f"{TENANT}{PRODUCTS}?limit=2&sort=-updatedAt&spaceId=sp1",
        status_code=status,
    )
    # A filtered list's 404 could be the filter's: an unfiltered probe tells.
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}?limit=1", status_code=status)
    next_items = f"{API}/items?resourceType=dataproduct&limit=2&next=c2"
    httpx_mock.add_response(
        method="GET",
        url=f"{API}/items?resourceType=dataproduct&limit=2&sort=-updatedAt&spaceId=sp1",
        json={"data": [item("p1"), item("p2")], "links": {"next": {"href": next_items}}},
        is_reusable=True,
    )
    httpx_mock.add_response(
        method="GET", url=next_items, json={"data": [item("p3")], "links": {}}, is_reusable=True
    )
    for product_id in ("p1", "p2", "p3"):
        httpx_mock.add_response(
            method="GET",
            url=f"{TENANT}{PRODUCTS}/{product_id}",
            json=product(product_id),
            is_reusable=True,
        )
    with caplog.at_level(logging.INFO, logger="qlik_catalog"):
        pager = qlik.data_products.list(limit=2, sort="-updatedAt", space_id="sp1")
        products = await pager.to_list()
        again = await pager.to_list()
    assert [p.id for p in products] == ["p1", "p2", "p3"] == [p.id for p in again]
    assert qlik.data_products.listing_source == "items"
    said = [r.getMessage() for r in caplog.records if "data products listed" in r.getMessage()]
    assert said == [
        f"GET {PRODUCTS} answered {status}: data products listed with GET /api/v1/items"
        "?resourceType=dataproduct and a get of each product"
    ]
    # The products list was asked once (and probed once): the second listing went straight to
    # the items.
    asked = [str(r.url.params) for r in httpx_mock.get_requests() if r.url.path == PRODUCTS]
    assert asked == ["limit=2&sort=-updatedAt&spaceId=sp1", "limit=1"]


async def test_a_filtered_404_on_a_tenant_with_the_list_is_an_error_not_a_fallback(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        method="GET", url=f"{TENANT}{PRODUCTS}?limit=100&spaceId=nope", status_code=404
    )
    httpx_mock.add_response(
        method="GET", url=f"{TENANT}{PRODUCTS}?limit=1", json={"data": [], "links": {}}
    )
    with pytest.raises(NotFoundError):
        await qlik.data_products.list(space_id="nope").to_list()
    assert qlik.data_products.listing_source == "list"
    # Once the list is known to exist, a later 404 is never taken for a missing route.
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}?limit=100", status_code=404)
    with pytest.raises(NotFoundError):
        await qlik.data_products.list().to_list()


async def test_the_fallback_checks_the_links_it_follows_itself(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}?limit=100", status_code=404)
    httpx_mock.add_response(
        method="GET",
        url=f"{API}/items?resourceType=dataproduct&limit=100",
        json={
            "data": [item("gone")],
            "links": {"next": {"href": "https://evil.example/api/v1/items?next=c2"}},
        },
    )
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}/gone", status_code=404)
    with pytest.raises(UnsafeLinkError):
        await qlik.data_products.list().to_list()
    assert all(r.url.host != "evil.example" for r in httpx_mock.get_requests())


async def test_the_fallback_stops_on_a_repeated_link(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}?limit=100", status_code=404)
    loop = f"{API}/items?resourceType=dataproduct&next=same"
    page = {"data": [item("gone")], "links": {"next": {"href": loop}}}
    httpx_mock.add_response(
        method="GET", url=f"{API}/items?resourceType=dataproduct&limit=100", json=page
    )
    httpx_mock.add_response(method="GET", url=loop, json=page, is_reusable=True)
    httpx_mock.add_response(
        method="GET", url=f"{TENANT}{PRODUCTS}/gone", status_code=404, is_reusable=True
    )
    assert await qlik.data_products.list().to_list() == []
    assert len([r for r in httpx_mock.get_requests() if r.url.path == "/api/v1/items"]) == 2


async def test_the_fallback_skips_products_deleted_since_the_items_listing(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}?limit=100", status_code=404)
    next_items = f"{API}/items?resourceType=dataproduct&next=c2"
    httpx_mock.add_response(
        method="GET",
        url=f"{API}/items?resourceType=dataproduct&limit=100",
        json={"data": [item("gone")], "links": {"next": {"href": next_items}}},
    )
    httpx_mock.add_response(method="GET", url=next_items, json={"data": [item("p2")], "links": {}})
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}/gone", status_code=404)
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}/p2", json=product("p2"))
    # The first items page names only a deleted product: the listing goes on, not stops.
    assert [p.id for p in await qlik.data_products.list().to_list()] == ["p2"]


async def test_the_fallback_refuses_a_sort_the_items_api_lacks(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=404)
    with pytest.raises(QlikValueError, match="sorts by name, createdAt or updatedAt only"):
        await qlik.data_products.list(sort="activatedAt").to_list()


async def test_other_errors_of_the_list_are_not_a_fallback(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=403)
    with pytest.raises(PermissionDeniedError):
        await qlik.data_products.list().to_list()
    assert qlik.data_products.listing_source is None


async def test_get(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=product(activated=False))
    got = await qlik.data_products.get("p1")
    sent(httpx_mock, "GET", f"{PRODUCTS}/p1")
    assert got.activated is False


async def test_get_json_is_the_answer_as_sent(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    # Unparsed: the timestamp stays as Qlik wrote it (a model would turn it into a datetime
    # that no longer equals what an export stored), and unknown fields stay.
    answer = product(updatedAt="2025-01-02T03:04:05.678Z", newField={"x": 1})
    httpx_mock.add_response(json=answer)
    got = await qlik.data_products.get_json("p1")
    sent(httpx_mock, "GET", f"{PRODUCTS}/p1")
    assert got == answer


async def test_get_json_refuses_a_broken_answer_as_get_does(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    answer = product()
    del answer["activatedOn"]
    httpx_mock.add_response(json=answer)
    with pytest.raises(QlikResponseError, match="activatedOn"):
        await qlik.data_products.get_json("p1")
    with pytest.raises(QlikValueError):
        await qlik.data_products.get_json("")


async def test_patch_sends_replace_operations(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    ops: list[dict[str, Any]] = [
        {"op": "replace", "path": "/description", "value": "Monthly sales"},
        {"op": "replace", "path": "/datasetIds", "value": ["d1", "d2"]},
    ]
    assert cast(object, await qlik.data_products.patch("p1", ops)) is None
    sent(httpx_mock, "PATCH", f"{PRODUCTS}/p1", body=ops)


async def test_patch_rules(qlik: QlikCatalog) -> None:
    nine = [{"op": "replace", "path": "/name", "value": str(i)} for i in range(9)]
    with pytest.raises(QlikValueError, match="at most 8"):
        await qlik.data_products.patch("p1", nine)
    with pytest.raises(QlikValueError, match="only 'replace'"):
        await qlik.data_products.patch("p1", [{"op": "add", "path": "/tags", "value": []}])


async def test_delete(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert cast(object, await qlik.data_products.delete("p1")) is None
    sent(httpx_mock, "DELETE", f"{PRODUCTS}/p1")


async def test_activate_reads_the_name_first(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", json=product())
    httpx_mock.add_response(
        method="POST",
        status_code=201,
        json=product(
            activated=True, activatedOn=["qlik-cloud"], activatedAt="2025-01-02T00:00:00Z"
        ),
    )
    activated = await qlik.data_products.activate("p1")
    read, activate = httpx_mock.get_requests()
    check_request(read, "GET", f"{PRODUCTS}/p1")
    check_request(activate, "POST", f"{PRODUCTS}/p1/actions/activate", body={"name": "Sales"})
    assert (activated.activated, activated.activated_on) == (True, ["qlik-cloud"])


async def test_activate_with_a_name(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json=product(activated=True))
    activated = await qlik.data_products.activate("p1", name="Sales")
    sent(httpx_mock, "POST", f"{PRODUCTS}/p1/actions/activate", body={"name": "Sales"})
    assert activated.activated is True


async def test_activate_answering_204_is_not_the_official_contract(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    # The official types answer activate 201 with the product, never 204.
    httpx_mock.add_response(status_code=204)
    with pytest.raises(QlikResponseError):
        await qlik.data_products.activate("p1", name="Sales")


async def test_compute_data_quality_returns_the_batch_id(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=202,
        json={
            "batchComputationId": "b1",
            "datasetResponses": [{"computationId": "c1", "datasetId": "d1", "status": "REQUESTED"}],
        },
    )
    assert await qlik.data_products.compute_data_quality("p1") == "b1"
    sent(httpx_mock, "POST", f"{PRODUCTS}/p1/actions/compute-datasets-data-quality")


async def test_compute_data_quality_checks_the_id(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="compute data product data quality"):
        await qlik.data_products.compute_data_quality("a/b")


async def test_deactivate(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert cast(object, await qlik.data_products.deactivate("p1")) is None
    sent(httpx_mock, "POST", f"{PRODUCTS}/p1/actions/deactivate")


async def test_move(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert cast(object, await qlik.data_products.move("p1", "sp2")) is None
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
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}/p1", json=product("p1"))
    httpx_mock.add_response(method="GET", url=f"{TENANT}{PRODUCTS}/p2", status_code=404)
    got = await qlik.data_products.get_many(["p1", "p2"])
    assert got.succeeded["p1"].id == "p1"
    assert isinstance(got.failed["p2"], NotFoundError)

    httpx_mock.add_response(method="DELETE", url=f"{TENANT}{PRODUCTS}/p1", status_code=204)
    httpx_mock.add_response(method="DELETE", url=f"{TENANT}{PRODUCTS}/p2", status_code=404)
    deleted = await qlik.data_products.delete_many(["p1", "p2"])
    assert deleted.succeeded == {"p1": None}
    assert isinstance(deleted.failed["p2"], NotFoundError)
