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
from typing import Any, Literal, Unpack, overload

from qlik_catalog_api.models import (
    DataProduct,
    DataProductActivateRequest,
    DataProductChangelog,
    DataProductCreate,
    DataProductList,
    DataProductMoveRequest,
    DataProductPatchOperation,
    DataQualityBatchComputation,
)
from qlik_catalog_api.models import Items as ItemPage
from qlik_catalog_api.models.get_items_sort import GET_ITEMS_SORT_VALUES, GetItemsSort

from qlik_catalog import _endpoints as ep
from qlik_catalog._endpoints import Endpoint
from qlik_catalog.batch import BatchResult, unique_ids
from qlik_catalog.errors import NotFoundError, QlikStatusError, QlikValueError, unreadable_answer
from qlik_catalog.pagination import LoopGuard, Page, Pager, check_link, page_from_model
from qlik_catalog.patch import validate_data_product_patch, value_or_unset
from qlik_catalog.polling import check_wait
from qlik_catalog.resources.base import (
    CallOptions,
    Resource,
    as_body,
    check_id,
    check_options,
    following,
    merge_params,
)
from qlik_catalog.resources.data_qualities import (
    DEFAULT_MAX_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT,
    poll_batch,
)
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


def _items_endpoint(
    limit: int, max_items: int | None, sort: str | None, space_id: str | None
) -> Endpoint[ItemPage] | QlikValueError:
    """The items listing the products list falls back on, or the error its arguments give
    (raised only if the tenant turns out to lack the products list)."""
    try:
        return ep.get_items(
            resource_type="dataproduct",
            limit=check_limit(min(limit, max_items or limit), "getItems"),
            sort=value_or_unset(items_sort(sort)),
            space_id=value_or_unset(space_id),
        )
    except QlikValueError as exc:
        return exc


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

    async def create(
        self, body: DataProductCreate | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> DataProduct:
        """Create a data product in a space: ``name`` and optionally ``description``,
        ``readMe``, ``tags``, ``keyContacts``, ``datasetIds`` (at most 100),
        ``glossaryIds`` (UUIDv4, at most 100) and ``apiConsumableDatasetIds`` (a subset of
        ``datasetIds``)."""
        model = as_body(body, DataProductCreate, what="create data product")
        return await self._qlik.call(ep.create_data_product(body=model), **options)

    def list(
        self,
        *,
        limit: int = DEFAULT_PAGE_SIZE,
        sort: str | None = None,
        space_id: str | None = None,
        max_items: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[DataProduct]:
        """Every data product of the tenant (or of one space).

        Through the products list when the tenant serves it, else (it answers 404 or 405)
        through the items API and a concurrent get of each product: then ``sort`` must be
        ``name``, ``createdAt`` or ``updatedAt`` (with ``+``/``-``), and a product deleted
        between the two calls is left out."""
        list_endpoint = ep.get_data_products(
            limit=check_limit(limit, "getDataProducts"),
            sort=value_or_unset(sort),
            space_id=value_or_unset(space_id),
        )
        source: list[ListingSource] = []  # what this pager's first page came from
        # The fallback's arguments are checked now, so a bad one fails before anything is sent.
        items_endpoint = _items_endpoint(limit, max_items, sort, space_id)
        check_options(options)
        merge_params(list_endpoint.request, options.get("extra_params"))  # a clash fails now
        follow_options = following(options)

        async def first() -> Page[DataProduct]:
            source.clear()
            page = await self._first_of_list(list_endpoint, space_id, options)
            if page is not None:
                source.append("list")
                return page
            source.append("items")
            if isinstance(items_endpoint, QlikValueError):
                raise items_endpoint
            # extra_params are the products list's: the items API is another, so not sent there.
            return await self._products_of_items(items_endpoint, follow_options)

        async def follow(url: str) -> Page[DataProduct]:
            if source == ["list"]:
                model = await self._qlik.call(list_endpoint.follow(url), **follow_options)
                return page_from_model(model)
            assert not isinstance(items_endpoint, QlikValueError)  # its first page was read
            return await self._products_of_items(items_endpoint.follow(url), follow_options)

        return Pager(first, follow, base_url=self._qlik.base_url, max_items=max_items)

    async def _first_of_list(
        self, endpoint: Endpoint[DataProductList], space_id: str | None, options: CallOptions
    ) -> Page[DataProduct] | None:
        """The products list's first page, or None when this tenant lacks the list (which is
        then remembered, and logged once)."""
        if self._source == "items":
            return None
        try:
            model = await self._qlik.call(endpoint, **options)
        except QlikStatusError as exc:
            if self._source == "list" or not await self._lacks_list(
                exc, space_id, following(options)
            ):
                raise
            self._found_source("items", exc.status)
            return None
        self._found_source("list")
        return page_from_model(model)

    async def _lacks_list(
        self, exc: QlikStatusError, space_id: str | None, options: CallOptions
    ) -> bool:
        """Whether ``exc``, the list's answer, says the tenant has no products list. A 404 to
        a filtered list may be the filter's (an unknown space): then an unfiltered probe of one
        product decides, so that a real error is not taken for a missing route."""
        if not is_missing_list(exc):
            return False
        if space_id is None:
            return True
        try:
            await self._qlik.send(ep.get_data_products(limit=1), **options)
        except QlikStatusError as probe:
            return is_missing_list(probe)
        self._found_source("list")
        return False

    async def _products_of_items(
        self, endpoint: Endpoint[ItemPage], options: CallOptions
    ) -> Page[DataProduct]:
        """One page of ``dataproduct`` items, as the products they name (got concurrently),
        with the items' next link. A page whose products were all deleted since the items
        listing moves on to the next page, so that an empty page still means the end."""
        followed = LoopGuard()
        get_options = following(options)  # extra_params are the listing's

        async def get_one(product_id: str) -> DataProduct:
            return await self.get(product_id, **get_options)

        while True:
            items = page_from_model(await self._qlik.call(endpoint, **options))
            ids = list(
                dict.fromkeys(
                    item.resource_id for item in items.items if isinstance(item.resource_id, str)
                )
            )
            got = await self._many(ids, get_one, None) if ids else BatchResult()
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
            endpoint = endpoint.follow(check_link(self._qlik.base_url, items.next_url))
            options = get_options

    async def get(self, id: str, **options: Unpack[CallOptions]) -> DataProduct:
        """One data product, with its data set ids, contacts and activation state."""
        return await self._qlik.call(
            ep.get_data_product(check_id(id, what="get data product")), **options
        )

    async def get_json(self, id: str, **options: Unpack[CallOptions]) -> dict[str, Any]:
        """One data product as the JSON Qlik sent (what an export stores), unparsed: for
        comparing with an earlier read field by field, timestamps included, as sync's apply
        does before an update (the products' PATCH takes no version test)."""
        endpoint = ep.get_data_product(check_id(id, what="get data product"))
        response = await self._qlik.send(endpoint, **options)
        self._qlik.parse(endpoint, response)  # a broken answer fails as get's would
        body: dict[str, Any] = response.json()
        return body

    async def patch(
        self,
        id: str,
        operations: Sequence[Mapping[str, Any] | DataProductPatchOperation],
        **options: Unpack[CallOptions],
    ) -> None:
        """Replace name, description, readMe, tags, datasetIds, glossaryIds, keyContacts or
        apiConsumableDatasetIds: ``replace`` operations only, at most 8 per call."""
        endpoint = ep.patch_data_product(
            check_id(id, what="patch data product"), body=validate_data_product_patch(operations)
        )
        await self._qlik.send(endpoint, **options)

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a data product (its data sets stay)."""
        await self._qlik.send(
            ep.delete_data_product(check_id(id, what="delete data product")), **options
        )

    async def activate(
        self, id: str, *, name: str | None = None, **options: Unpack[CallOptions]
    ) -> DataProduct:
        """Publish a data product. Qlik asks for the product's name in the body; without
        ``name`` the current one is read first. Returns the activated product."""
        check_id(id, what="activate data product")
        if name is None:
            product = await self.get(id, **options)
            name = product.name if isinstance(product.name, str) else None
            if not name:
                raise QlikValueError(f"data product {id} has no name to activate it with")
        return await self._qlik.call(
            ep.activate_data_product(id, body=DataProductActivateRequest(name=name)), **options
        )

    @overload
    async def compute_data_quality(
        self,
        id: str,
        *,
        wait: Literal[False] = False,
        wait_timeout: float = DEFAULT_WAIT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        **options: Unpack[CallOptions],
    ) -> str: ...

    @overload
    async def compute_data_quality(
        self,
        id: str,
        *,
        wait: Literal[True],
        wait_timeout: float = DEFAULT_WAIT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        **options: Unpack[CallOptions],
    ) -> DataQualityBatchComputation: ...

    async def compute_data_quality(
        self,
        id: str,
        *,
        wait: bool = False,
        wait_timeout: float = DEFAULT_WAIT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_interval: float = DEFAULT_MAX_INTERVAL,
        **options: Unpack[CallOptions],
    ) -> str | DataQualityBatchComputation:
        """Start a data quality computation (a profile, then a quality assessment) of every
        data set of the product; returns the batch computation id. The computation runs
        asynchronously: ``qlik.data_qualities.batch_computation(id)`` reads its status.

        With ``wait=True`` the batch is polled until it is ``FINISHED`` (as
        ``qlik.data_qualities.wait_for_batch``; ``wait_timeout`` is that wait) and returned:
        each of its ``computation_statuses`` says how its data set ended. The per-call options
        apply to every request.

        Example (activate a product only when every data set's quality was computed)::

            batch = await qlik.data_products.compute_data_quality(product_id, wait=True)
            if all(s.status == "SUCCEEDED" for s in batch.computation_statuses):
                await qlik.data_products.activate(product_id)
        """
        endpoint = ep.compute_data_product_datasets_data_quality(
            check_id(id, what="compute data product data quality")
        )
        if wait:  # checked before the computation starts, so bad bounds start nothing
            check_options(options)
            check_wait(wait_timeout, poll_interval, max_interval, what="compute data quality")
        response = await self._qlik.send(endpoint, **options)
        started = self._qlik.parse(endpoint, response)
        if not started.batch_computation_id:
            raise unreadable_answer(response, "without the batchComputationId to follow it by")
        if not wait:
            return started.batch_computation_id
        return await poll_batch(
            self._qlik.data_qualities,
            started.batch_computation_id,
            options,
            timeout=wait_timeout,
            poll_interval=poll_interval,
            max_interval=max_interval,
        )

    async def deactivate(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Stop a data product from being consumable."""
        await self._qlik.send(
            ep.deactivate_data_product(check_id(id, what="deactivate data product")), **options
        )

    async def move(self, id: str, space_id: str, **options: Unpack[CallOptions]) -> None:
        """Move a data product to another space."""
        endpoint = ep.move_data_product(
            check_id(id, what="move data product"),
            body=DataProductMoveRequest(space_id=check_id(space_id, what="move to space")),
        )
        await self._qlik.send(endpoint, **options)

    async def export_documentation(self, id: str, **options: Unpack[CallOptions]) -> str:
        """The data product's documentation, as Markdown."""
        endpoint = ep.export_data_product_documentation(
            check_id(id, what="export data product documentation")
        )
        return await self._qlik.call(endpoint, **options)

    def changelogs(
        self,
        id: str,
        *,
        newest_first: bool = True,
        limit: int = DEFAULT_PAGE_SIZE,
        **options: Unpack[CallOptions],
    ) -> Pager[DataProductChangelog]:
        """The data product's change history."""
        endpoint = ep.get_data_product_changelogs(
            check_id(id, what="data product changelogs"),
            limit=check_limit(limit, "getDataProductChangelogs"),
            sort="-createdAt" if newest_first else "+createdAt",
        )
        return self._qlik.pager(endpoint, **options)

    async def generate_provider_url(self, data_set_id: str, **options: Unpack[CallOptions]) -> str:
        """A URL to a third-party provider's interface for a data set."""
        endpoint = ep.generate_data_product_provider_url(
            data_set_id=check_id(data_set_id, what="generate provider url")
        )
        result = await self._qlik.call(endpoint, **options)
        if not isinstance(result.url, str):
            raise QlikValueError("the provider URL answer had no url")
        return result.url

    async def get_many(
        self, ids: Sequence[str], *, concurrency: int | None = None, **options: Unpack[CallOptions]
    ) -> BatchResult[str, DataProduct]:
        """Get several data products concurrently; every id is reported."""
        id_list = unique_ids(ids, what="get data products")
        check_options(options)

        async def one(item: str) -> DataProduct:
            return await self.get(item, **options)

        return await self._many(id_list, one, concurrency)

    async def delete_many(
        self, ids: Sequence[str], *, concurrency: int | None = None, **options: Unpack[CallOptions]
    ) -> BatchResult[str, None]:
        """Delete several data products concurrently (one request each: the API has no batch
        delete); every id is reported."""
        id_list = unique_ids(ids, what="delete data products")
        check_options(options)

        async def one(item: str) -> None:
            await self.delete(item, **options)

        return await self._many(id_list, one, concurrency)
