"""The emulator's data stores, assets and sets: ids, versions, nesting, patches, deletes,
projections, sort and page links, through the public client and raw HTTP."""

from __future__ import annotations

import httpx
import pytest
from qlik_catalog_api.models import DataAssetInfo, DataStoreInfo

from qlik_catalog import (
    BadRequestError,
    ConflictError,
    NotFoundError,
    QlikCatalog,
    replace,
)
from qlik_catalog.emulator import Emulator
from tests.narrow import present

STORE = {"name": "Lake", "type": "snowflake", "technicalName": "lake"}


async def new_tree(qlik: QlikCatalog) -> tuple[str, str, str]:
    store = await qlik.data_stores.create(STORE)
    asset = await qlik.data_assets.create(
        {"name": "A", "appType": "QIX-DF", "technicalName": "a", "dataStoreInfo": {"id": store.id}}
    )
    data_set = await qlik.data_sets.create(
        {
            "name": "orders",
            "qri": "qri:x",
            "secureQri": "qri:y",
            "technicalName": "orders.qvd",
            "dataAssetInfo": {"id": asset.id},
        }
    )
    return present(store.id), present(asset.id), present(data_set.id)


async def test_create_sets_server_fields(qlik: QlikCatalog) -> None:
    store = await qlik.data_stores.create({**STORE, "tenantId": "forged", "version": 7})
    assert len(present(store.id)) == 24
    assert store.version == 1
    assert store.tenant_id == "emulated-tenant"  # user-defined value ignored, as Qlik does
    assert store.owner_id == store.created_by == "ann"
    assert store.created_time == store.last_modified_time


async def test_children_carry_their_parents(qlik: QlikCatalog) -> None:
    store_id, asset_id, set_id = await new_tree(qlik)
    data_set = await qlik.data_sets.get(set_id)
    assert isinstance(data_set.data_asset_info, DataAssetInfo)
    assert data_set.data_asset_info.id == asset_id
    assert data_set.data_asset_info.name == "A"
    assert isinstance(data_set.data_asset_info.data_store_info, DataStoreInfo)
    assert data_set.data_asset_info.data_store_info.id == store_id
    assert data_set.data_asset_info.data_store_info.type_ == "snowflake"


async def test_a_child_of_a_missing_parent_is_refused(qlik: QlikCatalog) -> None:
    with pytest.raises(NotFoundError, match="data store not found: nope"):
        await qlik.data_assets.create(
            {"appType": "QIX-DF", "technicalName": "a", "dataStoreInfo": {"id": "nope"}}
        )


async def test_replace_needs_the_current_version(qlik: QlikCatalog) -> None:
    store = await qlik.data_stores.create(STORE)
    assert isinstance(store.id, str)
    updated = await qlik.data_stores.replace(store.id, {**STORE, "name": "New", "version": 1})
    assert (updated.name, updated.version) == ("New", 2)
    with pytest.raises(ConflictError, match="version 1 is stale"):
        await qlik.data_stores.replace(store.id, {**STORE, "version": 1})
    with pytest.raises(BadRequestError, match="version is required"):
        await qlik.data_stores.replace(store.id, STORE)


async def test_patch_applies_json_patch_and_bumps_the_version(qlik: QlikCatalog) -> None:
    _, _, set_id = await new_tree(qlik)
    patched = await qlik.data_sets.patch(
        set_id,
        [replace("/name", "Orders"), {"op": "add", "path": "/tags", "value": ["gold"]}],
    )
    assert patched is not None
    assert (patched.name, patched.tags, patched.version) == ("Orders", ["gold"], 2)
    assert (await qlik.data_sets.get(set_id)).name == "Orders"


async def test_patch_errors(qlik: QlikCatalog) -> None:
    _, _, set_id = await new_tree(qlik)
    with pytest.raises(ConflictError, match="patch test failed"):
        await qlik.data_sets.patch(set_id, [{"op": "test", "path": "/version", "value": 9}])
    with pytest.raises(BadRequestError, match="cannot be patched"):
        await qlik.data_sets.patch(set_id, [replace("/id", "other")])
    with pytest.raises(BadRequestError, match="cannot be applied"):
        await qlik.data_sets.patch(set_id, [{"op": "remove", "path": "/nothing"}])
    with pytest.raises(BadRequestError, match="breaks its schema"):
        await qlik.data_sets.patch(set_id, [{"op": "add", "path": "/tags", "value": "x"}])
    assert (await qlik.data_sets.get(set_id)).version == 1  # nothing was applied


async def test_only_empty_stores_are_deleted(qlik: QlikCatalog) -> None:
    store_id, asset_id, set_id = await new_tree(qlik)
    result = await qlik.data_stores.delete_many([store_id])
    assert isinstance(result.failed[store_id], ConflictError)
    await qlik.data_stores.delete_data_assets([store_id])  # takes the data sets with it
    with pytest.raises(NotFoundError):
        await qlik.data_sets.get(set_id)
    with pytest.raises(NotFoundError):
        await qlik.data_assets.get(asset_id)
    await qlik.data_stores.delete(store_id)
    with pytest.raises(NotFoundError):
        await qlik.data_stores.delete(store_id)


async def test_delete_many_with_a_missing_id_deletes_the_others(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    # The tenant refuses a batch with a missing id whole (nothing deleted); the SDK finds it.
    sets = [present(s.id) for s in await qlik.data_stores.list_data_sets("*").to_list()]
    doomed = [sets[0], "nosuchset", sets[5], sets[9]]
    with qlik.record_responses() as calls:
        result = await qlik.data_sets.delete_many(doomed)
    assert calls[0].status == 404  # the whole batch, refused
    assert list(result.succeeded) == [sets[0], sets[5], sets[9]]
    assert list(result.failed) == ["nosuchset"]
    error = result.failed["nosuchset"]
    assert isinstance(error, NotFoundError)
    assert "nosuchset" in str(error)
    assert set(emulator.state.data_sets) == set(sets) - {sets[0], sets[5], sets[9]}

    stores = [present(s.id) for s in await qlik.data_stores.list().to_list()]
    assets = [present(a.id) for a in await qlik.data_stores.list_data_assets("*").to_list()]
    result = await qlik.data_assets.delete_many(["gone-1", assets[0], assets[1], "gone-2"])
    assert list(result.succeeded) == [assets[0], assets[1]]
    assert sorted(result.failed) == ["gone-1", "gone-2"]
    assert set(emulator.state.data_assets) == set(assets[2:])
    assert not emulator.state.sets_of_assets(assets[:2])  # their data sets went with them

    empty = present((await qlik.data_stores.create(STORE)).id)
    result = await qlik.data_stores.delete_many([empty, "nosuchstore", stores[1]])
    assert list(result.succeeded) == [empty]
    assert isinstance(result.failed["nosuchstore"], NotFoundError)
    assert isinstance(result.failed[stores[1]], ConflictError)  # it still holds data assets
    assert set(emulator.state.data_stores) == set(stores)


async def test_nested_deletes_select_by_ids_and_skip_a_missing_one(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    # The nested routes filter by their path's ids (no 404 for one that matches nothing), so
    # they need no split: one request, whatever the ids.
    stores = [present(s.id) for s in await qlik.data_stores.list().to_list()]
    with qlik.record_responses() as calls:
        await qlik.data_stores.delete_data_assets([stores[0], "nosuchstore"])
    assert [c.status for c in calls] == [204]
    assert not emulator.state.assets_of_stores([stores[0]])
    assert emulator.state.assets_of_stores([stores[1]])


async def test_deleting_an_asset_deletes_its_data_sets(qlik: QlikCatalog) -> None:
    _, asset_id, set_id = await new_tree(qlik)
    await qlik.data_assets.delete(asset_id)
    with pytest.raises(NotFoundError):
        await qlik.data_sets.get(set_id)


async def test_nested_listing_with_ids_and_star(qlik: QlikCatalog, emulator: Emulator) -> None:
    stores = await qlik.data_stores.list().to_list()
    assert len(stores) == 3
    two = [present(stores[0].id), present(stores[1].id)]
    assets = await qlik.data_stores.list_data_assets(two).to_list()
    assert len(assets) == 4
    assert {present(a.data_store_info).id for a in assets} == set(two)
    every_set = await qlik.data_stores.list_data_sets("*", "*").to_list()
    assert len(every_set) == 18
    of_one_asset = await qlik.data_stores.list_data_sets("*", [present(assets[0].id)]).to_list()
    assert len(of_one_asset) == 3
    await qlik.data_stores.delete_data_sets([present(stores[0].id)], "*")
    assert len(await qlik.data_stores.list_data_sets("*").to_list()) == 12
    assert len(emulator.state.data_sets) == 12


async def test_projections_and_sort(qlik: QlikCatalog) -> None:
    page = await qlik.data_stores.list(sort="-name", projections=["id", "name"])
    assert [s.name for s in page.items] == ["Store 003", "Store 002", "Store 001"]
    assert page.items[0].to_dict().keys() == {"id", "name"}


async def test_a_list_sees_every_write_since_it_was_last_asked(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    # The emulator keeps sorted results between pages; a write (or a seed) must invalidate them.
    names = [s.name for s in await qlik.data_stores.list(sort="name").to_list()]
    assert names == ["Store 001", "Store 002", "Store 003"]
    first = (await qlik.data_stores.list(sort="name")).items[0]
    await qlik.data_stores.patch(present(first.id), [replace("/name", "Store 999")])
    names = [s.name for s in await qlik.data_stores.list(sort="name").to_list()]
    assert names == ["Store 002", "Store 003", "Store 999"]
    emulator.seed(stores=1, assets_per_store=0, sets_per_asset=0, products=0)
    assert len(await qlik.data_stores.list(sort="name").to_list()) == 4


async def test_page_links(http: httpx.AsyncClient) -> None:
    body = (await http.get("/api/v1/data-stores/%2A/data-assets", params={"limit": 2})).json()
    assert (body["page"], body["pages"], body["total"], body["limit"]) == (1, 3, 6, 2)
    base = "http://tenant.emulator.localhost/api/v1/data-stores/%2A/data-assets"
    assert body["links"]["next"]["href"] == f"{base}?limit=2&page=2"
    assert body["links"]["last"]["href"] == f"{base}?limit=2&page=3"
    assert "prev" not in body["links"]
    last = (await http.get(body["links"]["last"]["href"])).json()
    assert "next" not in last["links"]
    assert last["links"]["prev"]["href"] == f"{base}?limit=2&page=2"


async def test_profiles_answer_202_first(qlik: QlikCatalog, http: httpx.AsyncClient) -> None:
    _, _, set_id = await new_tree(qlik)
    statuses = [(await http.get(f"/api/v1/data-sets/{set_id}/profiles")).status_code for _ in "abc"]
    assert statuses == [202, 202, 200]
    _, _, other = await new_tree(qlik)
    profiles = await qlik.data_sets.profiles(other, poll_interval=1)
    assert present(present(profiles.data)[0].meta).status == "FINISHED"
