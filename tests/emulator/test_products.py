"""The emulator's data product lifecycle, with changelogs recorded on every change."""

from __future__ import annotations

import pytest

from qlik_catalog import BadRequestError, NotFoundError, QlikCatalog, replace
from qlik_catalog.emulator import Emulator


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
    paths = [[c.path for c in entry.changes] for entry in changes]
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
