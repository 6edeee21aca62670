"""``qlik.data_products``: the Data products API and its lifecycle."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from qlik_catalog_api.api.data_products import (
    activate_data_product,
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
from qlik_catalog_api.models import (
    DataProduct,
    DataProductActivateRequest,
    DataProductChangelog,
    DataProductChangelogList,
    DataProductCreate,
    DataProductList,
    DataProductMoveRequest,
    DataProductPatchOperation,
    ProviderUrl,
)

from qlik_catalog.batch import BatchResult, unique_ids
from qlik_catalog.errors import QlikValueError
from qlik_catalog.pagination import Pager
from qlik_catalog.patch import validate_data_product_patch, value_or_unset
from qlik_catalog.resources.base import Resource, as_body, check_id
from qlik_catalog.spec import check_limit

DEFAULT_PAGE_SIZE = 100


class DataProducts(Resource):
    """create, list, get, patch, delete, activate, deactivate, move, export_documentation,
    changelogs, generate_provider_url, and get_many / delete_many."""

    async def create(self, body: DataProductCreate | Mapping[str, Any]) -> DataProduct:
        """Create an empty data product in a space."""
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
        """Every data product of the tenant (or of one space)."""
        kwargs = get_data_products._get_kwargs(
            limit=check_limit(limit, "getDataProducts"),
            sort=value_or_unset(sort),
            space_id=value_or_unset(space_id),
        )
        return self._qlik.pager(
            kwargs, get_data_products._parse_response, DataProductList, max_items=max_items
        )

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

    async def activate(self, id: str, *, name: str | None = None) -> DataProduct | None:
        """Publish a data product. Qlik asks for the product's name in the body; without
        ``name`` the current one is read first. Returns the product when Qlik sends it."""
        check_id(id, what="activate data product")
        if name is None:
            product = await self.get(id)
            name = product.name if isinstance(product.name, str) else None
            if not name:
                raise QlikValueError(f"data product {id} has no name to activate it with")
        response = await self._qlik.send(
            activate_data_product._get_kwargs(id, body=DataProductActivateRequest(name=name))
        )
        if response.status_code == 204:
            return None
        return self._qlik.parse(activate_data_product._parse_response, response, DataProduct)

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
