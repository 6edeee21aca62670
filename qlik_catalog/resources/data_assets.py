"""``qlik.data_assets``: the Data assets API.

Data assets have no list route of their own; list them with
``qlik.data_stores.list_data_assets(store_ids)``.
"""

from __future__ import annotations

from functools import partial

from qlik_catalog_api.models import DataAsset, DataAssetIds, DataAssetRequest

from qlik_catalog import _endpoints as ep
from qlik_catalog.resources.catalog_entity import CatalogEntityResource, EntityOps


class DataAssets(CatalogEntityResource[DataAsset, DataAssetRequest]):
    """create, get, patch, replace, delete / delete_many, get_many, patch_many."""

    ops = EntityOps(
        name="data asset",
        schema="DataAsset",
        model=DataAsset,
        request_model=DataAssetRequest,
        ids_model=DataAssetIds,
        create=ep.create_data_asset,
        get=ep.get_data_asset,
        patch=ep.patch_data_asset,
        update=ep.update_data_asset,
        delete=ep.delete_data_assets,
        list_all=partial(ep.get_data_store_data_assets, "*"),
    )
