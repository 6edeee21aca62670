"""``qlik.data_assets``: the Data assets API.

Data assets have no list route of their own; list them with
``qlik.data_stores.list_data_assets(store_ids)``.
"""

from __future__ import annotations

from qlik_catalog_api.api.data_assets import (
    create_data_asset,
    delete_data_assets,
    get_data_asset,
    patch_data_asset,
    update_data_asset,
)
from qlik_catalog_api.models import DataAsset, DataAssetIds, DataAssetRequest

from qlik_catalog.resources.catalog_entity import CatalogEntityResource, EntityOps


class DataAssets(CatalogEntityResource[DataAsset, DataAssetRequest]):
    """create, get, patch, replace, delete / delete_many, get_many, patch_many."""

    ops = EntityOps(
        name="data asset",
        schema="DataAsset",
        model=DataAsset,
        request_model=DataAssetRequest,
        ids_model=DataAssetIds,
        create=create_data_asset,
        get=get_data_asset,
        patch=patch_data_asset,
        update=update_data_asset,
        delete=delete_data_assets,
    )
