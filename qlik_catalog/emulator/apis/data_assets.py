"""The data assets API: create, get, patch, replace and batch delete of data assets (their
listings by store are under the data stores API's paths, in data_stores.py)."""

from __future__ import annotations

from qlik_catalog.emulator.apis import _catalog
from qlik_catalog.emulator.apis._catalog import Kind
from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.state import TenantState

ASSET = Kind(
    "data asset",
    "data_assets",
    "DataAsset",
    "DataAssetRequest",
    "data-asset-id",
    save=TenantState.save_data_asset,
    delete=TenantState.delete_data_assets,
)


@handles("createDataAsset")
def create(call: Call) -> Answer:
    return _catalog.create(ASSET, call)


@handles("getDataAsset")
def get(call: Call) -> Answer:
    return _catalog.get(ASSET, call)


@handles("patchDataAsset")
def patch(call: Call) -> Answer:
    return _catalog.patch(ASSET, call)


@handles("updateDataAsset")
def replace(call: Call) -> Answer:
    return _catalog.replace(ASSET, call)


@handles("deleteDataAssets")
def delete(call: Call) -> Answer:
    """All or nothing; the assets' data sets go with them."""
    return _catalog.delete_batch(ASSET, call)
