"""The data stores API: create, get, patch, replace and batch delete of data stores, the
store list, and the nested paths: the data assets of stores and the data sets of their
assets (``*`` or comma-joined ids), listed or deleted."""

from __future__ import annotations

from qlik_catalog.emulator.apis import _catalog
from qlik_catalog.emulator.apis._catalog import Kind, listing, selected
from qlik_catalog.emulator.apis.data_assets import ASSET
from qlik_catalog.emulator.apis.data_sets import SET
from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.state import Doc, TenantState

STORE = Kind(
    "data store",
    "data_stores",
    "DataStore",
    "DataStoreRequest",
    "data-store-id",
    save=TenantState.save_data_store,
    delete=TenantState.delete_data_stores,
)


@handles("createDataStore")
def create(call: Call) -> Answer:
    return _catalog.create(STORE, call)


@handles("getDataStore")
def get(call: Call) -> Answer:
    return _catalog.get(STORE, call)


@handles("patchDataStore")
def patch(call: Call) -> Answer:
    return _catalog.patch(STORE, call)


@handles("updateDataStore")
def replace(call: Call) -> Answer:
    return _catalog.replace(STORE, call)


@handles("deleteDataStores")
def delete(call: Call) -> Answer:
    """All or nothing: every store must exist (404) and be empty (409)."""
    return _catalog.delete_batch(STORE, call)


@handles("getDataStores")
def list_stores(call: Call) -> Answer:
    return listing(call, STORE, lambda: list(call.state.data_stores.values()))


def _assets_in(call: Call) -> list[str]:
    """The assets of the stores the path names."""
    state = call.state
    return state.assets_of_stores(selected(call.path["data-store-ids"], state.data_stores))


def _sets_in(call: Call) -> list[str]:
    """The data sets of the assets the path names, among the assets of its stores."""
    in_stores = set(_assets_in(call))  # the stores' ids are read (and checked) first
    assets = selected(call.path["data-asset-ids"], call.state.data_assets)
    return call.state.sets_of_assets(assets & in_stores)


@handles("getDataStoreDataAssets")
def list_assets_of_stores(call: Call) -> Answer:
    def select() -> list[Doc]:
        return [call.state.data_assets[i] for i in _assets_in(call)]

    return listing(call, ASSET, select)


@handles("getDataStoreDataAssetDataSets")
def list_sets_of_assets(call: Call) -> Answer:
    return listing(call, SET, lambda: [call.state.data_sets[i] for i in _sets_in(call)])


@handles("deleteDataStoreDataAssets")
def delete_assets_of_stores(call: Call) -> Answer:
    """The assets of the stores, with their data sets."""
    call.state.delete_data_assets(_assets_in(call))
    return Answer(204)


@handles("deleteDataStoreDataAssetDataSets")
def delete_sets_of_assets(call: Call) -> Answer:
    call.state.delete_data_sets(_sets_in(call))
    return Answer(204)
