"""``qlik.data_products``: the Data products API and its lifecycle.

``list()`` uses ``GET /api/data-governance/data-products`` when the tenant serves it. That route
is named in the docs' overview only (no version of Qlik's official client has it), so when a
tenant answers it 404 or 405 the listing falls back on the items API
(``GET /api/v1/items?resourceType=dataproduct``) plus concurrent gets of each product. Which
way was used is logged once per client, on logger ``qlik_catalog``, and readable as
:attr:`DataProducts.listing_source`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from qlik_catalog_api.api.data_products import (
    activate_data_product,
    compute_data_product_datasets_data_quality,
    create_data_product,
    deactivate_data_product,
    delete_data_product,
    export_data_product_documentation,
    generate_data_product_provider_url,
    get_data_product,
    get_data_product_changelogs,
    get_data_products,
    move_data_product,
    patch_data_product,
)
from qlik_catalog_api.api.items import get_items
from qlik_catalog_api.models import (
    DataProduct,
    DataProductActivateRequest,
    DataProductChangelog,
    DataProductChangelogList,
    DataProductCreate,
    DataProductList,
    DataProductMoveRequest,
    DataProductPatchOperation,
    DatasetsComputationResponse,
    ProviderUrl,
)
from qlik_catalog_api.models import Items as ItemPage
from qlik_catalog_api.models.get_items_sort import GET_ITEMS_SORT_VALUES, GetItemsSort

from qlik_catalog.batch import BatchResult, unique_ids
from qlik_catalog.errors import NotFoundError, QlikStatusError, QlikValueError
from qlik_catalog.pagination import LoopGuard, Page, Pager, check_link, page_from_model
from qlik_catalog.patch import validate_data_product_patch, value_or_unset
from qlik_catalog.resources.base import Resource, as_body, check_id
from qlik_catalog.spec import check_limit

logger = logging.getLogger("qlik_catalog")

DEFAULT_PAGE_SIZE = 100
LIST_PATH = "/api/data-governance/data-products"
# What a tenant without the products list answers it: 404 (no such route) or 405 (a route that
# serves POST only).
MISSING_LIST_STATUSES = frozenset({404, 405})
ListingSource = Literal["list", "items"]


def is_missing_list(exc: QlikStatusError) -> bool:
    """Whether ``exc`` says the tenant has no ``GET /api/data-governance/data-products``."""
    return exc.status in MISSING_LIST_STATUSES


def log_listing_source(source: ListingSource, status: int | None = None) -> None:
    """The one log line saying how data products are being listed."""
    if source == "list":
        logger.info("data products listed with GET %s", LIST_PATH)
    else:
        logger.info(
            "GET %s answered %s: data products listed with GET /api/v1/items"
            "?resourceType=dataproduct and a get of each product",
            LIST_PATH,
            status,
        )


def items_sort(sort: str | None) -> GetItemsSort | None:
    """The items API's sort key for a products-list ``sort`` (``name``, ``-updatedAt``...)."""
    if sort is None:
        return None
    key = sort if sort[:1] in ("+", "-") else f"+{sort}"
    for choice in GET_ITEMS_SORT_VALUES:
        if key == choice and "recentlyUsed" not in choice:
            return choice
    raise QlikValueError(
        f"sort {sort!r} cannot be used on this tenant: it lacks GET {LIST_PATH}, and the items "
        "API it falls back on sorts by name, createdAt or updatedAt only"
    )


class DataProducts(Resource):
    """create, list, get, patch, delete, activate, deactivate, move, export_documentation,
    changelogs, generate_provider_url, compute_data_quality, and get_many / delete_many."""

    _source: ListingSource | None = None

    @property
    def listing_source(self) -> ListingSource | None:
        """How ``list()`` lists on this tenant: ``"list"`` (the products list), ``"items"``
        (the items API plus a get per product), or None before the first listing."""
        return self._source

    def _found_source(self, source: ListingSource, status: int | None = None) -> None:
        if self._source is None:
            self._source = source
            log_listing_source(source, status)

    async def create(self, body: DataProductCreate | Mapping[str, Any]) -> DataProduct:
        """Create a data product in a space: ``name`` and optionally ``description``,
        ``readMe``, ``tags``, ``keyContacts``, ``datasetIds`` (at most 100),
        ``glossaryIds`` (UUIDv4, at most 100) and ``apiConsumableDatasetIds`` (a subset of
        ``datasetIds``)."""
        model = as_body(body, DataProductCreate, what="create data product")
        return await self._qlik.call(
            create_data_product._get_kwargs(body=model),
            create_data_product._parse_response,
            DataProduct,
        )

    def list(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        sort: str | None = None,
        space_id: str | None = None,
        max_items: int | None = None,
    ) -> Pager[DataProduct]:
        """Every data product of the tenant (or of one space).

        Through the products list when the tenant serves it, else (it answers 404 or 405)
        through the items API and a concurrent get of each product: then ``sort`` must be
        ``name``, ``createdAt`` or ``updatedAt`` (with ``+``/``-``), and a product deleted
        between the two calls is left out."""
        list_kwargs = get_data_products._get_kwargs(
            limit=check_limit(limit, "getDataProducts"),
            sort=value_or_unset(sort),
            space_id=value_or_unset(space_id),
        )
        source: list[ListingSource] = []  # what this pager's first page came from
        # The fallback's arguments are checked now, so a bad one fails before anything is sent.
        try:
            items_kwargs: Mapping[str, Any] | QlikValueError = get_items._get_kwargs(
                resource_type="dataproduct",
                limit=check_limit(min(limit, max_items or limit), "getItems"),
                sort=value_or_unset(items_sort(sort)),
                space_id=value_or_unset(space_id),
            )
        except QlikValueError as exc:
            items_kwargs = exc  # raised only if this tenant turns out to lack the list

        async def items_first() -> Page[DataProduct]:
            if isinstance(items_kwargs, QlikValueError):
                raise items_kwargs
            return await self._products_of_items(items_kwargs)

        async def first() -> Page[DataProduct]:
            source.clear()
            if self._source != "items":
                try:
                    model = await self._qlik.call(
                        list_kwargs, get_data_products._parse_response, DataProductList
                    )
                except QlikStatusError as exc:
                    if self._source == "list" or not await self._lacks_list(exc, space_id):
                        raise
                    self._found_source("items", exc.status)
                else:
                    self._found_source("list")
                    source.append("list")
                    return page_from_model(model)
            source.append("items")
            return await items_first()

        async def follow(url: str) -> Page[DataProduct]:
            if source == ["list"]:
                model = await self._qlik.call(
                    {"method": "get", "url": url},
                    get_data_products._parse_response,
                    DataProductList,
                )
                return page_from_model(model)
            return await self._products_of_items({"method": "get", "url": url})

        return Pager(first, follow, base_url=self._qlik.base_url, max_items=max_items)

    async def _lacks_list(self, exc: QlikStatusError, space_id: str | None) -> bool:
        """Whether ``exc``, the list's answer, says the tenant has no products list. A 404 to
        a filtered list may be the filter's (an unknown space): then an unfiltered probe of one
        product decides, so that a real error is not taken for a missing route."""
        if not is_missing_list(exc):
            return False
        if space_id is None:
            return True
        try:
            await self._qlik.send(get_data_products._get_kwargs(limit=1))
        except QlikStatusError as probe:
            return is_missing_list(probe)
        self._found_source("list")
        return False

    async def _products_of_items(self, kwargs: Mapping[str, Any]) -> Page[DataProduct]:
        """One page of ``dataproduct`` items, as the products they name (got concurrently),
        with the items' next link. A page whose products were all deleted since the items
        listing moves on to the next page, so that an empty page still means the end."""
        followed = LoopGuard()
        while True:
            items = page_from_model(
                await self._qlik.call(kwargs, get_items._parse_response, ItemPage)
            )
            ids = list(
                dict.fromkeys(
                    item.resource_id for item in items.items if isinstance(item.resource_id, str)
                )
            )
            got = await self._many(ids, self.get, None) if ids else BatchResult()
            products: list[DataProduct] = []
            for product_id in ids:
                if product_id in got.succeeded:
                    products.append(got.succeeded[product_id])
                elif not isinstance(got.failed[product_id], NotFoundError):
                    raise got.failed[product_id]
            if (
                products
                or not items.items
                or items.next_url is None
                or followed.repeated(items.next_url)
            ):
                return Page(items=products, next_url=items.next_url, raw=items.raw)
            # Followed here, not by the pager: checked as the pager checks its links.
            kwargs = {"method": "get", "url": check_link(self._qlik.base_url, items.next_url)}

    async def get(self, id: str) -> DataProduct:
        """One data product, with its data set ids, contacts and activation state."""
        return await self._qlik.call(
            get_data_product._get_kwargs(check_id(id, what="get data product")),
            get_data_product._parse_response,
            DataProduct,
        )

    async def patch(
        self, id: str, operations: Sequence[Mapping[str, Any] | DataProductPatchOperation]
    ) -> None:
        """Replace name, description, readMe, tags, datasetIds, glossaryIds, keyContacts or
        apiConsumableDatasetIds: ``replace`` operations only, at most 8 per call."""
        kwargs = patch_data_product._get_kwargs(
            check_id(id, what="patch data product"), body=validate_data_product_patch(operations)
        )
        await self._qlik.send(kwargs)

    async def delete(self, id: str) -> None:
        """Delete a data product (its data sets stay)."""
        await self._qlik.send(
            delete_data_product._get_kwargs(check_id(id, what="delete data product"))
        )

    async def activate(self, id: str, *, name: str | None = None) -> DataProduct:
        """Publish a data product. Qlik asks for the product's name in the body; without
        ``name`` the current one is read first. Returns the activated product."""
        check_id(id, what="activate data product")
        if name is None:
            product = await self.get(id)
            name = product.name if isinstance(product.name, str) else None
            if not name:
                raise QlikValueError(f"data product {id} has no name to activate it with")
        return await self._qlik.call(
            activate_data_product._get_kwargs(id, body=DataProductActivateRequest(name=name)),
            activate_data_product._parse_response,
            DataProduct,
        )

    async def compute_data_quality(self, id: str) -> str:
        """Start a data quality computation (a profile, then a quality assessment) of every
        data set of the product; returns the batch computation id. The computation runs
        asynchronously: its status is read from the data quality API's batch computations."""
        result = await self._qlik.call(
            compute_data_product_datasets_data_quality._get_kwargs(
                check_id(id, what="compute data product data quality")
            ),
            compute_data_product_datasets_data_quality._parse_response,
            DatasetsComputationResponse,
        )
        return result.batch_computation_id

    async def deactivate(self, id: str) -> None:
        """Stop a data product from being consumable."""
        await self._qlik.send(
            deactivate_data_product._get_kwargs(check_id(id, what="deactivate data product"))
        )

    async def move(self, id: str, space_id: str) -> None:
        """Move a data product to another space."""
        kwargs = move_data_product._get_kwargs(
            check_id(id, what="move data product"),
            body=DataProductMoveRequest(space_id=check_id(space_id, what="move to space")),
        )
        await self._qlik.send(kwargs)

    async def export_documentation(self, id: str) -> str:
        """The data product's documentation, as Markdown."""
        return await self._qlik.call(
            export_data_product_documentation._get_kwargs(
                check_id(id, what="export data product documentation")
            ),
            export_data_product_documentation._parse_response,
            str,
        )

    def changelogs(
        self, id: str, *, newest_first: bool = True, limit: int = DEFAULT_PAGE_SIZE
    ) -> Pager[DataProductChangelog]:
        """The data product's change history."""
        kwargs = get_data_product_changelogs._get_kwargs(
            check_id(id, what="data product changelogs"),
            limit=check_limit(limit, "getDataProductChangelogs"),
            sort="-createdAt" if newest_first else "+createdAt",
        )
        return self._qlik.pager(
            kwargs, get_data_product_changelogs._parse_response, DataProductChangelogList
        )

    async def generate_provider_url(self, data_set_id: str) -> str:
        """A URL to a third-party provider's interface for a data set."""
        result = await self._qlik.call(
            generate_data_product_provider_url._get_kwargs(
                data_set_id=check_id(data_set_id, what="generate provider url")
            ),
            generate_data_product_provider_url._parse_response,
            ProviderUrl,
        )
        if not isinstance(result.url, str):
            raise QlikValueError("the provider URL answer had no url")
        return result.url

    async def get_many(
        self, ids: Sequence[str], *, concurrency: int | None = None
    ) -> BatchResult[str, DataProduct]:
        """Get several data products concurrently; every id is reported."""
        return await self._many(unique_ids(ids, what="get data products"), self.get, concurrency)

    async def delete_many(
        self, ids: Sequence[str], *, concurrency: int | None = None
    ) -> BatchResult[str, None]:
        """Delete several data products concurrently (one request each: the API has no batch
        delete); every id is reported."""
        return await self._many(
            unique_ids(ids, what="delete data products"), self.delete, concurrency
        )
