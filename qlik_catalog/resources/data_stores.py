"""``qlik.data_stores``: the Data stores API, with the nested asset and data set routes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Unpack

from qlik_catalog_api.models import (
    DataAsset,
    DataSet,
    DataStore,
    DataStoreIds,
    DataStoreRequest,
)

from qlik_catalog import _endpoints as ep
from qlik_catalog.pagination import Pager
from qlik_catalog.patch import value_or_unset
from qlik_catalog.resources.base import CallOptions, join_ids
from qlik_catalog.resources.catalog_entity import CatalogEntityResource, EntityOps
from qlik_catalog.spec import check_limit, join_fields, join_sort

DEFAULT_PAGE_SIZE = 100
Ids = str | Iterable[str]  # "*" for all, one id, or a list of ids


class DataStores(CatalogEntityResource[DataStore, DataStoreRequest]):
    """Data stores, and the data assets and data sets beneath them.

    Example::

        async for asset in qlik.data_stores.list_data_assets("*"):
            print(asset.technical_name)
    """

    ops = EntityOps(
        name="data store",
        schema="DataStore",
        model=DataStore,
        request_model=DataStoreRequest,
        ids_model=DataStoreIds,
        create=ep.create_data_store,
        get=ep.get_data_store,
        patch=ep.patch_data_store,
        update=ep.update_data_store,
        delete=ep.delete_data_stores,
        list_all=ep.get_data_stores,
    )

    def list(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        sort: str | Iterable[str] | None = None,
        projections: Iterable[str] | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[DataStore]:
        """Every data store: ``await`` it for the first page, ``async for`` for every store.

        ``sort``: fields, ``-`` prefixed for descending (``"-createdTime"``).
        """
        endpoint = ep.get_data_stores(
            limit=check_limit(limit, "getDataStores"),
            sort=value_or_unset(join_sort(sort, "DataStore")),
            projections=value_or_unset(join_fields(projections, "DataStore", what="projections")),
        )
        return self._qlik.pager(endpoint, max_items=max_items, **options)

    def list_data_assets(
        self,
        store_ids: Ids,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        sort: str | Iterable[str] | None = None,
        projections: Iterable[str] | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[DataAsset]:
        """The data assets of the given stores (``"*"`` for all) in one paged listing: a single
        call covers many stores, never one call per store."""
        endpoint = ep.get_data_store_data_assets(
            join_ids(store_ids, what="data store ids"),
            limit=check_limit(limit, "getDataStoreDataAssets"),
            sort=value_or_unset(join_sort(sort, "DataAsset")),
            projections=value_or_unset(join_fields(projections, "DataAsset", what="projections")),
        )
        return self._qlik.pager(endpoint, max_items=max_items, **options)

    def list_data_sets(
        self,
        store_ids: Ids,
        asset_ids: Ids = "*",
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        sort: str | Iterable[str] | None = None,
        projections: Iterable[str] | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[DataSet]:
        """The data sets of the given stores and assets (``"*"`` for all of either)."""
        endpoint = ep.get_data_store_data_asset_data_sets(
            join_ids(store_ids, what="data store ids"),
            join_ids(asset_ids, what="data asset ids"),
            limit=check_limit(limit, "getDataStoreDataAssetDataSets"),
            sort=value_or_unset(join_sort(sort, "DataSet")),
            projections=value_or_unset(join_fields(projections, "DataSet", what="projections")),
        )
        return self._qlik.pager(endpoint, max_items=max_items, **options)

    async def delete_data_assets(self, store_ids: Ids, **options: Unpack[CallOptions]) -> None:
        """Delete every data asset (and its data sets) of the given stores."""
        endpoint = ep.delete_data_store_data_assets(join_ids(store_ids, what="data store ids"))
        await self._qlik.send(endpoint, **options)

    async def delete_data_sets(
        self, store_ids: Ids, asset_ids: Ids, **options: Unpack[CallOptions]
    ) -> None:
        """Delete every data set of the given stores and assets."""
        endpoint = ep.delete_data_store_data_asset_data_sets(
            join_ids(store_ids, what="data store ids"),
            join_ids(asset_ids, what="data asset ids"),
        )
        await self._qlik.send(endpoint, **options)
