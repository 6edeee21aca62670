"""``qlik.items``: Qlik's cross-resource list, to find every data set or data product."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Unpack

from qlik_catalog_api.models import Item
from qlik_catalog_api.models.get_items_sort import GET_ITEMS_SORT_VALUES, GetItemsSort

from qlik_catalog import _endpoints as ep
from qlik_catalog.errors import QlikValueError
from qlik_catalog.pagination import Pager
from qlik_catalog.patch import value_or_unset
from qlik_catalog.resources.base import CallOptions, Resource, check_choice, check_id
from qlik_catalog.spec import check_limit

DEFAULT_PAGE_SIZE = 100


class Items(Resource):
    """Every app, data set, data product... of the tenant as an item.

    Example::

        async for item in qlik.items.list(resource_type="dataset"):
            print(item.resource_id, item.name)
    """

    def list(
        self,
        *,
        resource_type: str | Iterable[str] | None = None,
        limit: int = DEFAULT_PAGE_SIZE,
        sort: str | None = None,
        name: str | None = None,
        query: str | None = None,
        space_id: str | None = None,
        owner_id: str | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[Item]:
        """Items the user can see, following Qlik's ``next`` cursors.

        ``resource_type``: ``"dataset"``, ``"dataproduct"``, ``"app"``... or several.
        ``sort``: ``+name``, ``-updatedAt``... ``name`` and ``query`` search; ``space_id``
        (``"personal"`` for the personal space) and ``owner_id`` narrow it.
        """
        types = None
        if resource_type is not None:
            names = [resource_type] if isinstance(resource_type, str) else list(resource_type)
            if not names:
                raise QlikValueError("resource_type is empty: leave it out for every type")
            types = ",".join(check_id(t, what="resource type") for t in names)
        sort_key: GetItemsSort | None = None
        if sort is not None:
            sort_key = check_choice(sort, GET_ITEMS_SORT_VALUES, what="items sort")
        endpoint = ep.get_items(
            resource_type=value_or_unset(types),
            limit=check_limit(limit, "getItems"),
            sort=value_or_unset(sort_key),
            name=value_or_unset(name),
            query=value_or_unset(query),
            space_id=value_or_unset(space_id),
            owner_id=value_or_unset(owner_id),
        )
        return self._qlik.pager(endpoint, max_items=max_items, **options)

    async def get(self, id: str, **options: Unpack[CallOptions]) -> Item:
        """One item by its item id (not the resource id)."""
        return await self._qlik.call(ep.get_item(check_id(id, what="get item")), **options)
