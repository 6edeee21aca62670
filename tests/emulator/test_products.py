"""The emulator's data product lifecycle, with changelogs recorded on every change."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest

from qlik_catalog import BadRequestError, NotFoundError, QlikCatalog, replace
from qlik_catalog.emulator import Emulator
from tests.narrow import present


async def test_lifecycle_and_changelogs(qlik: QlikCatalog, emulator: Emulator) -> None:
    space_id = next(iter(emulator.state.spaces))
    data_set_ids = list(emulator.state.data_sets)[:2]
    product = await qlik.data_products.create({"name": "Sales", "spaceId": space_id})
    assert product.activated is False
    await qlik.data_products.patch(
        product.id,
        [replace("/description", "Monthly"), replace("/datasetIds", data_set_ids)],
    )
    activated = await qlik.data_products.activate(product.id)
    assert activated is not None
    assert activated.activated is True
    await qlik.data_products.deactivate(product.id)
    await qlik.data_products.move(product.id, "space-2")
    got = await qlik.data_products.get(product.id)
    assert (got.description, got.dataset_ids, got.space_id, got.activated) == (
        "Monthly",
        data_set_ids,
        "space-2",
        False,
    )
    changes = await qlik.data_products.changelogs(product.id, newest_first=False).to_list()
    paths = [[c.path for c in present(entry.changes)] for entry in changes]
    assert paths == [
        ["/name", "/spaceId"],
        ["/description", "/datasetIds"],
        ["/activatedOn"],
        ["/activatedOn"],
        ["/spaceId"],
    ]
    newest = await qlik.data_products.changelogs(product.id).to_list()
    assert [c.id for c in newest] == [c.id for c in reversed(changes)]


async def test_activation_needs_the_products_name(qlik: QlikCatalog) -> None:
    product = await qlik.data_products.create({"name": "Sales"})
    with pytest.raises(BadRequestError, match="is not the data product's name"):
        await qlik.data_products.activate(product.id, name="Other")


async def test_patch_refuses_unknown_data_sets(qlik: QlikCatalog) -> None:
    product = await qlik.data_products.create({"name": "Sales"})
    with pytest.raises(BadRequestError, match="do not exist: nope"):
        await qlik.data_products.patch(product.id, [replace("/datasetIds", ["nope"])])


async def test_documentation_provider_url_list_and_delete(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    products = await qlik.data_products.list(sort="name").to_list()
    assert [p.name for p in products] == ["Product 01", "Product 02"]
    doc = await qlik.data_products.export_documentation(products[0].id)
    assert doc.startswith("# Product 01\n")
    data_set_id = products[0].dataset_ids[0]
    assert data_set_id in doc
    url = await qlik.data_products.generate_provider_url(data_set_id)
    assert url.endswith(f"/provider/data-sets/{data_set_id}")
    await qlik.data_products.delete(products[0].id)
    with pytest.raises(NotFoundError):
        await qlik.data_products.get(products[0].id)
    items = await qlik.items.list(resource_type="dataproduct").to_list()
    assert [i.resource_id for i in items] == [products[1].id]


# --- the official shapes (@qlik/api 2.19.0) ------------------------------------------------

# Every field the official DataProductResponse always carries.
ALWAYS = {
    "activatedOn",
    "apiConsumableDatasetIds",
    "createdAt",
    "createdBy",
    "datasetIds",
    "glossaryIds",
    "id",
    "keyContacts",
    "name",
    "ownerId",
    "qri",
    "tags",
    "tenantId",
    "updatedAt",
    "updatedBy",
}
GLOSSARY = "0b6bfb4e-0d5c-4c6a-9d1e-4f1f2c3b4a5d"
PRODUCTS = "/api/data-governance/data-products"


def assert_official(doc: dict[str, Any]) -> None:
    assert set(doc) >= ALWAYS, sorted(ALWAYS - set(doc))
    assert [k for k, v in doc.items() if v is None] == []  # no field of the type is nullable


async def test_every_answer_carries_the_always_present_fields(
    http: httpx.AsyncClient, emulator: Emulator
) -> None:
    listed = (await http.get(PRODUCTS)).json()["data"]
    assert listed  # the seeded ones
    for doc in listed:
        assert_official(doc)
    never = next(d for d in listed if not d["activated"])
    assert never["activatedOn"] == []
    assert "activatedAt" not in never
    created = await http.post(PRODUCTS, json={"name": "Fresh"})
    assert created.status_code == 201
    assert_official(created.json())
    assert created.json()["activatedOn"] == []
    product_id = created.json()["id"]
    assert_official((await http.get(f"{PRODUCTS}/{product_id}")).json())
    activated = await http.post(f"{PRODUCTS}/{product_id}/actions/activate", json={"name": "Fresh"})
    assert activated.status_code == 201
    assert_official(activated.json())
    assert activated.json()["activatedOn"] == ["qlik-cloud"]
    assert "activatedAt" in activated.json()


async def test_create_stores_data_sets_glossaries_and_api_consumable_ones(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    data_set_ids = list(emulator.state.data_sets)[:2]
    created = await qlik.data_products.create(
        {
            "name": "Sales",
            "datasetIds": data_set_ids,
            "glossaryIds": [GLOSSARY],
            "apiConsumableDatasetIds": data_set_ids[:1],
        }
    )
    got = await qlik.data_products.get(created.id)
    assert (got.dataset_ids, got.glossary_ids, got.api_consumable_dataset_ids) == (
        data_set_ids,
        [GLOSSARY],
        data_set_ids[:1],
    )
    (entry,) = await qlik.data_products.changelogs(created.id).to_list()
    assert {c.path for c in present(entry.changes)} == {
        "/name",
        "/datasetIds",
        "/glossaryIds",
        "/apiConsumableDatasetIds",
    }


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"name": "P", "colour": "red"}, "'colour' was unexpected"),
        ({"name": "P", "keyContacts": [{"userId": "u", "phone": "1"}]}, "'phone' was unexpected"),
        ({"name": "P", "glossaryIds": ["not-a-uuid"]}, "UUIDv4"),
        ({"name": "P", "glossaryIds": [GLOSSARY] * 101}, "is too long"),
        ({"name": "P", "datasetIds": [f"d{i}" for i in range(101)]}, "is too long"),
        ({"name": "P", "apiConsumableDatasetIds": ["d1"]}, "subset of datasetIds"),
        ({"name": "P", "tags": "sales"}, "does not fit the spec"),
        ({"name": "P", "keyContacts": [{"role": "Steward"}]}, "does not fit the spec"),
        ({"tags": []}, "does not fit the spec"),
    ],
)
async def test_create_refuses_what_the_official_types_refuse(
    http: httpx.AsyncClient, emulator: Emulator, body: dict[str, Any], detail: str
) -> None:
    before = dict(emulator.state.data_products)
    answer = await http.post(PRODUCTS, json=body)
    assert answer.status_code == 400, answer.text
    (error,) = answer.json()["errors"]
    assert (error["code"], error["title"], error["status"]) == ("HTTP-400", "Bad request", "400")
    assert detail in error["detail"]
    assert answer.json()["traceId"]
    assert emulator.state.data_products == before


async def test_create_naming_missing_data_sets_is_unprocessable(http: httpx.AsyncClient) -> None:
    answer = await http.post(PRODUCTS, json={"name": "P", "datasetIds": ["nope"]})
    assert answer.status_code == 422
    assert "do not exist: nope" in answer.json()["errors"][0]["detail"]


async def test_patch_keeps_the_official_shape(qlik: QlikCatalog, emulator: Emulator) -> None:
    data_set_ids = list(emulator.state.data_sets)[:2]
    product = await qlik.data_products.create(
        {"name": "P", "description": "D", "readMe": "R", "datasetIds": data_set_ids}
    )
    await qlik.data_products.patch(
        product.id,
        [replace("/description", None), replace("/readMe", None), replace("/keyContacts", None)],
    )
    doc = emulator.state.data_products[product.id]
    # Optional strings set to null are left out (the official type has no `| null`).
    assert "description" not in doc
    assert "readMe" not in doc
    assert doc["keyContacts"] == []
    assert_official(doc)
    with pytest.raises(BadRequestError, match="UUIDv4"):
        await qlik.data_products.patch(product.id, [replace("/glossaryIds", ["x"])])
    with pytest.raises(BadRequestError, match="subset of datasetIds"):
        await qlik.data_products.patch(
            product.id,
            [replace("/apiConsumableDatasetIds", data_set_ids[:1]), replace("/datasetIds", [])],
        )
    assert emulator.state.data_products[product.id]["datasetIds"] == data_set_ids


async def test_activate_and_move_refuse_unknown_fields(http: httpx.AsyncClient) -> None:
    product_id = (await http.post(PRODUCTS, json={"name": "P"})).json()["id"]
    activate = await http.post(
        f"{PRODUCTS}/{product_id}/actions/activate", json={"name": "P", "force": True}
    )
    assert activate.status_code == 400
    move = await http.post(
        f"{PRODUCTS}/{product_id}/actions/move", json={"spaceId": "s", "keepId": True}
    )
    assert move.status_code == 400


async def test_compute_data_quality_answers_202_with_a_batch(
    qlik: QlikCatalog, http: httpx.AsyncClient, emulator: Emulator
) -> None:
    data_set_ids = list(emulator.state.data_sets)[:2]
    product = await qlik.data_products.create({"name": "Q", "datasetIds": data_set_ids})
    del emulator.state.data_sets[data_set_ids[1]]
    answer = await http.post(f"{PRODUCTS}/{product.id}/actions/compute-datasets-data-quality")
    assert answer.status_code == 202
    body = answer.json()
    assert isinstance(body["batchComputationId"], str)
    assert body["batchComputationId"]
    requested, failed = body["datasetResponses"]
    assert (requested["datasetId"], requested["status"]) == (data_set_ids[0], "REQUESTED")
    assert "error" not in requested
    assert requested["computationId"]
    assert (failed["datasetId"], failed["status"]) == (data_set_ids[1], "FAILED")
    assert data_set_ids[1] in failed["error"]
    batch_id = await qlik.data_products.compute_data_quality(product.id)
    assert isinstance(batch_id, str)
    assert batch_id != body["batchComputationId"]
    with pytest.raises(NotFoundError):
        await qlik.data_products.compute_data_quality("no-such-product")


# --- a tenant without GET /api/data-governance/data-products ---------------------------------


async def test_an_emulator_without_the_list_route_answers_it_404() -> None:
    emulator = Emulator(data_products_list_route=False, strict=True)
    emulator.seed("small")
    async with emulator.client() as qlik:
        with pytest.raises(NotFoundError) as raised:
            await qlik.request("GET", PRODUCTS)
        # The rest of the API is there.
        assert len(await qlik.items.list(resource_type="dataproduct").to_list()) == 2
    assert raised.value.errors[0].code == "HTTP-404"
    assert "no API at" in str(raised.value)


async def test_list_falls_back_on_items_end_to_end(caplog: pytest.LogCaptureFixture) -> None:
    emulator = Emulator(data_products_list_route=False, strict=True)
    emulator.seed(stores=1, assets_per_store=1, sets_per_asset=2, products=5)
    async with emulator.client() as qlik:
        doomed = next(iter(emulator.state.data_products))
        await qlik.data_products.delete(doomed)
        with caplog.at_level(logging.INFO, logger="qlik_catalog"):
            products = await qlik.data_products.list(sort="name", limit=2).to_list()
            again = await qlik.data_products.list().to_list()
        assert qlik.data_products.listing_source == "items"
    expected = sorted(emulator.state.data_products.values(), key=lambda d: d["name"])
    assert [p.id for p in products] == [d["id"] for d in expected]
    assert [p.dataset_ids for p in products] == [d["datasetIds"] for d in expected]
    assert {p.id for p in again} == set(emulator.state.data_products)
    said = [r.getMessage() for r in caplog.records if "data products listed" in r.getMessage()]
    assert len(said) == 1
    assert "answered 404" in said[0]
