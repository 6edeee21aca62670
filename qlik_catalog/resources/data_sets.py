"""``qlik.data_sets``: the Data sets API, with profiles."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import Unpack

from qlik_catalog_api.models import DataSet, DataSetIds, DataSetProfileList, DataSetRequest

from qlik_catalog import _endpoints as ep
from qlik_catalog.patch import value_or_unset
from qlik_catalog.polling import poll
from qlik_catalog.resources.base import CallOptions, check_id, check_options
from qlik_catalog.resources.catalog_entity import CatalogEntityResource, EntityOps


class DataSets(CatalogEntityResource[DataSet, DataSetRequest]):
    """create, get, patch, replace, delete / delete_many, get_many, patch_many, profiles."""

    ops = EntityOps(
        name="data set",
        schema="DataSet",
        model=DataSet,
        request_model=DataSetRequest,
        ids_model=DataSetIds,
        create=ep.create_data_set,
        get=ep.get_data_set,
        patch=ep.patch_data_set,
        update=ep.update_data_set,
        delete=ep.delete_data_sets,
        list_all=partial(ep.get_data_store_data_asset_data_sets, "*", "*"),
    )

    async def profiles(
        self,
        id: str,
        *,
        data_connection_ids: Iterable[str] | None = None,
        wait: float = 60.0,
        poll_interval: float = 2.0,
        **options: Unpack[CallOptions],
    ) -> DataSetProfileList:
        """The data set's profiles. Qlik answers 202 while they are computed; this waits,
        polling every ``poll_interval`` seconds, up to ``wait`` seconds (``wait=0``: return
        the first answer, even a 202), then raises :class:`JobTimeoutError`. The per-call
        options apply to each poll."""
        connections = None if data_connection_ids is None else ",".join(data_connection_ids)
        endpoint = ep.get_data_set_profiles(
            check_id(id, what="data set profiles"),
            data_connection_ids=value_or_unset(connections),
        )
        check_options(options)
        last_status = 0

        async def fetch() -> DataSetProfileList:
            nonlocal last_status
            response = await self._qlik.send(endpoint, **options)
            last_status = response.status_code
            return self._qlik.parse(endpoint, response)

        return await poll(
            fetch,
            lambda _: last_status != 202,
            clock=self._qlik.clock,
            timeout=wait,
            interval=poll_interval,
            what=f"profiles of data set {id}",
            url=f"{self._qlik.base_url}{endpoint.url}",
        )
