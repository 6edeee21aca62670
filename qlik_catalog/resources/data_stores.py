"""``qlik.data_stores``: the Data stores API, with the nested asset and data set routes."""

from __future__ import annotations

from collections.abc import Iterable

from qlik_catalog_api.api.data_stores import (
    create_data_store,
    delete_data_store_data_asset_data_sets,
    delete_data_store_data_assets,
    delete_data_stores,
    get_data_store,
    get_data_store_data_asset_data_sets,
    get_data_store_data_assets,
    get_data_stores,
    patch_data_store,
    update_data_store,
)
from qlik_catalog_api.models import (
    DataAsset,
    DataAssetList,
    DataSet,
    DataSetList,
    DataStore,
    DataStoreIds,
    DataStoreList,
    DataStoreRequest,
)

from qlik_catalog.pagination import Pager
from qlik_catalog.patch import value_or_unset
from qlik_catalog.resources.base import join_ids
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
        create=create_data_store,
        get=get_data_store,
        patch=patch_data_store,
        update=update_data_store,
        delete=delete_data_stores,
    )

    def list(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        sort: str | Iterable[str] | None = None,
        projections: Iterable[str] | None = None,
        max_items: int | None = None,
    ) -> Pager[DataStore]:
        """Every data store: ``await`` it for the first page, ``async for`` for every store.

        ``sort``: fields, ``-`` prefixed for descending (``"-createdTime"``).
        """
        kwargs = get_data_stores._get_kwargs(
            limit=check_limit(limit, "getDataStores"),
            sort=value_or_unset(join_sort(sort, "DataStore")),
            projections=value_or_unset(join_fields(projections, "DataStore", what="projections")),
        )
        return self._qlik.pager(
            kwargs, get_data_stores._parse_response, DataStoreList, max_items=max_items
        )

    def list_data_assets(
        self,
        store_ids: Ids,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        sort: str | Iterable[str] | None = None,
        projections: Iterable[str] | None = None,
        max_items: int | None = None,
    ) -> Pager[DataAsset]:
        """The data assets of the given stores (``"*"`` for all) in one paged listing: a single
        call covers many stores, never one call per store."""
        kwargs = get_data_store_data_assets._get_kwargs(
            join_ids(store_ids, what="data store ids"),
            limit=check_limit(limit, "getDataStoreDataAssets"),
            sort=value_or_unset(join_sort(sort, "DataAsset")),
            projections=value_or_unset(join_fields(projections, "DataAsset", what="projections")),
        )
        return self._qlik.pager(
            kwargs, get_data_store_data_assets._parse_response, DataAssetList, max_items=max_items
        )

    def list_data_sets(
        self,
        store_ids: Ids,
        asset_ids: Ids = "*",
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        sort: str | Iterable[str] | None = None,
        projections: Iterable[str] | None = None,
        max_items: int | None = None,
    ) -> Pager[DataSet]:
        """The data sets of the given stores and assets (``"*"`` for all of either)."""
        kwargs = get_data_store_data_asset_data_sets._get_kwargs(
            join_ids(store_ids, what="data store ids"),
            join_ids(asset_ids, what="data asset ids"),
            limit=check_limit(limit, "getDataStoreDataAssetDataSets"),
            sort=value_or_unset(join_sort(sort, "DataSet")),
            projections=value_or_unset(join_fields(projections, "DataSet", what="projections")),
        )
        return self._qlik.pager(
            kwargs,
            get_data_store_data_asset_data_sets._parse_response,
            DataSetList,
            max_items=max_items,
        )

    async def delete_data_assets(self, store_ids: Ids) -> None:
        """Delete every data asset (and its data sets) of the given stores."""
        kwargs = delete_data_store_data_assets._get_kwargs(
            join_ids(store_ids, what="data store ids")
        )
        await self._qlik.send(kwargs)

    async def delete_data_sets(self, store_ids: Ids, asset_ids: Ids) -> None:
        """Delete every data set of the given stores and assets."""
        kwargs = delete_data_store_data_asset_data_sets._get_kwargs(
            join_ids(store_ids, what="data store ids"),
            join_ids(asset_ids, what="data asset ids"),
        )
        await self._qlik.send(kwargs)
