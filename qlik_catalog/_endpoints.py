"""The one adapter to the generated package: the only module that imports its operations.

Each generated operation module (``qlik_catalog_api.api.<api>.<operation>``) has a private
``_get_kwargs`` (the request) and ``_parse_response`` (the answer). Here each becomes a typed
builder of the same name, taking the operation's own arguments and returning an
:class:`Endpoint`: the request's httpx keyword arguments, the model a success answer is, and
how to parse it. Resources describe their calls with these builders and hand the endpoints to
the base client (:mod:`qlik_catalog._base_client`); a generator upgrade that renames the private
functions is mended here alone.

Example::

    endpoint = get_data_set("d1", projections="id,name")
    data_set = await qlik.call(endpoint)          # a DataSet
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

import httpx
from qlik_catalog_api.api.apps import (
    delete_app as _delete_app,
)
from qlik_catalog_api.api.apps import (
    get_app_info as _get_app_info,
)
from qlik_catalog_api.api.data_assets import (
    create_data_asset as _create_data_asset,
)
from qlik_catalog_api.api.data_assets import (
    delete_data_assets as _delete_data_assets,
)
from qlik_catalog_api.api.data_assets import (
    get_data_asset as _get_data_asset,
)
from qlik_catalog_api.api.data_assets import (
    patch_data_asset as _patch_data_asset,
)
from qlik_catalog_api.api.data_assets import (
    update_data_asset as _update_data_asset,
)
from qlik_catalog_api.api.data_files import (
    delete_data_file as _delete_data_file,
)
from qlik_catalog_api.api.data_files import (
    delete_data_files as _delete_data_files,
)
from qlik_catalog_api.api.data_files import (
    get_data_file as _get_data_file,
)
from qlik_catalog_api.api.data_files import (
    get_data_file_connection as _get_data_file_connection,
)
from qlik_catalog_api.api.data_files import (
    get_data_files as _get_data_files,
)
from qlik_catalog_api.api.data_files import (
    get_data_files_connections as _get_data_files_connections,
)
from qlik_catalog_api.api.data_products import (
    activate_data_product as _activate_data_product,
)
from qlik_catalog_api.api.data_products import (
    compute_data_product_datasets_data_quality as _compute_data_product_datasets_data_quality,
)
from qlik_catalog_api.api.data_products import (
    create_data_product as _create_data_product,
)
from qlik_catalog_api.api.data_products import (
    deactivate_data_product as _deactivate_data_product,
)
from qlik_catalog_api.api.data_products import (
    delete_data_product as _delete_data_product,
)
from qlik_catalog_api.api.data_products import (
    export_data_product_documentation as _export_data_product_documentation,
)
from qlik_catalog_api.api.data_products import (
    generate_data_product_provider_url as _generate_data_product_provider_url,
)
from qlik_catalog_api.api.data_products import (
    get_data_product as _get_data_product,
)
from qlik_catalog_api.api.data_products import (
    get_data_product_changelogs as _get_data_product_changelogs,
)
from qlik_catalog_api.api.data_products import (
    get_data_products as _get_data_products,
)
from qlik_catalog_api.api.data_products import (
    move_data_product as _move_data_product,
)
from qlik_catalog_api.api.data_products import (
    patch_data_product as _patch_data_product,
)
from qlik_catalog_api.api.data_qualities import (
    create_data_quality_computation as _create_data_quality_computation,
)
from qlik_catalog_api.api.data_qualities import (
    filter_data_qualities_field_qualities as _filter_data_qualities_field_qualities,
)
from qlik_catalog_api.api.data_qualities import (
    filter_data_qualities_global_results as _filter_data_qualities_global_results,
)
from qlik_catalog_api.api.data_qualities import (
    get_data_qualities_batch_computation as _get_data_qualities_batch_computation,
)
from qlik_catalog_api.api.data_qualities import (
    get_data_quality_computation as _get_data_quality_computation,
)
from qlik_catalog_api.api.data_qualities import (
    get_data_quality_global_results as _get_data_quality_global_results,
)
from qlik_catalog_api.api.data_sets import (
    create_data_set as _create_data_set,
)
from qlik_catalog_api.api.data_sets import (
    delete_data_sets as _delete_data_sets,
)
from qlik_catalog_api.api.data_sets import (
    get_data_set as _get_data_set,
)
from qlik_catalog_api.api.data_sets import (
    get_data_set_profiles as _get_data_set_profiles,
)
from qlik_catalog_api.api.data_sets import (
    patch_data_set as _patch_data_set,
)
from qlik_catalog_api.api.data_sets import (
    update_data_set as _update_data_set,
)
from qlik_catalog_api.api.data_stores import (
    create_data_store as _create_data_store,
)
from qlik_catalog_api.api.data_stores import (
    delete_data_store_data_asset_data_sets as _delete_data_store_data_asset_data_sets,
)
from qlik_catalog_api.api.data_stores import (
    delete_data_store_data_assets as _delete_data_store_data_assets,
)
from qlik_catalog_api.api.data_stores import (
    delete_data_stores as _delete_data_stores,
)
from qlik_catalog_api.api.data_stores import (
    get_data_store as _get_data_store,
)
from qlik_catalog_api.api.data_stores import (
    get_data_store_data_asset_data_sets as _get_data_store_data_asset_data_sets,
)
from qlik_catalog_api.api.data_stores import (
    get_data_store_data_assets as _get_data_store_data_assets,
)
from qlik_catalog_api.api.data_stores import (
    get_data_stores as _get_data_stores,
)
from qlik_catalog_api.api.data_stores import (
    patch_data_store as _patch_data_store,
)
from qlik_catalog_api.api.data_stores import (
    update_data_store as _update_data_store,
)
from qlik_catalog_api.api.items import (
    get_item as _get_item,
)
from qlik_catalog_api.api.items import (
    get_items as _get_items,
)
from qlik_catalog_api.api.reports import (
    create_report as _create_report,
)
from qlik_catalog_api.api.reports import (
    get_report_outputs as _get_report_outputs,
)
from qlik_catalog_api.api.reports import (
    get_report_status as _get_report_status,
)
from qlik_catalog_api.api.spaces import (
    create_space as _create_space,
)
from qlik_catalog_api.api.spaces import (
    delete_space as _delete_space,
)
from qlik_catalog_api.api.spaces import (
    get_space as _get_space,
)
from qlik_catalog_api.api.spaces import (
    get_spaces as _get_spaces,
)
from qlik_catalog_api.api.spaces import (
    patch_space as _patch_space,
)
from qlik_catalog_api.api.spaces import (
    update_space as _update_space,
)
from qlik_catalog_api.api.trust_scores import (
    filter_datasets_trust_score as _filter_datasets_trust_score,
)
from qlik_catalog_api.api.users import (
    get_my_user as _get_my_user,
)
from qlik_catalog_api.api.users import (
    get_user as _get_user,
)
from qlik_catalog_api.api.users import (
    get_users as _get_users,
)
from qlik_catalog_api.client import Client
from qlik_catalog_api.models import (
    DataAsset,
    DataAssetList,
    DataFile,
    DataFileConnection,
    DataFileConnections,
    DataFiles,
    DataProduct,
    DataProductChangelogList,
    DataProductList,
    DataQualityBatchComputation,
    DataQualityByDataset,
    DataQualityComputationResponse,
    DataQualityComputationStatus,
    DataSet,
    DataSetList,
    DataSetProfileList,
    DatasetQualityGlobalResults,
    DatasetsComputationResponse,
    DataStore,
    DataStoreList,
    FieldQualitiesFilterResponse,
    Item,
    Items,
    MultiStatusResponse,
    NxApp,
    OutputList,
    PostReportsResponse,
    ProviderUrl,
    ReportStatus,
    Space,
    Spaces,
    TrustScoreResultList,
    User,
    Users,
)

P = ParamSpec("P")
M = TypeVar("M")
# The generated parsers take a client only to read `raise_on_unexpected_status` (False).
_PARSE_CLIENT = Client(base_url="http://parse.invalid")
_NO_BODY = type(None)  # the model of an operation whose success answer has no body


@dataclass(frozen=True)
class Endpoint(Generic[M]):
    """One call of an operation of the spec: the request and how to read its answer.

    ``request`` holds httpx's keyword arguments (``method``, ``url`` relative to the tenant,
    ``params``, ``json``...); ``model`` is the type a success answer parses into (``NoneType``
    for an answer without a body); ``operation`` names the generated operation.
    """

    operation: str
    request: Mapping[str, Any]
    model: type[M]
    parser: Callable[..., object] = field(repr=False, compare=False)

    @property
    def method(self) -> str:
        """The HTTP method, upper case."""
        return str(self.request["method"]).upper()

    @property
    def url(self) -> str:
        """The URL (relative to the tenant, or a next-page link)."""
        return str(self.request["url"])

    def parse(self, response: httpx.Response) -> object:
        """The generated parser's reading of ``response`` (the model, or None / an error model
        for a status it does not expect). Raises what the parser raises on a broken body."""
        return self.parser(client=_PARSE_CLIENT, response=response)

    def follow(self, url: str) -> Endpoint[M]:
        """The same operation at a next-page link: a GET of ``url``, parsed the same way."""
        return replace(self, request={"method": "get", "url": url})

    def at_page(self, number: int) -> Endpoint[M]:
        """The same listing at page ``number`` (the ``page`` query parameter of Qlik's
        page-numbered listings)."""
        params = {**(self.request.get("params") or {}), "page": number}
        return replace(self, request={**self.request, "params": params})


class _Operation(Protocol[P]):
    """A generated operation module (its private request and answer functions)."""

    __name__: str

    def _get_kwargs(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...

    def _parse_response(self, *, client: Client, response: httpx.Response) -> Any: ...


def _op(module: _Operation[P], model: type[M]) -> Callable[P, Endpoint[M]]:
    """The typed endpoint builder of one generated operation."""
    name = module.__name__.rsplit(".", 1)[-1]

    def build(*args: P.args, **kwargs: P.kwargs) -> Endpoint[M]:
        return Endpoint(name, module._get_kwargs(*args, **kwargs), model, module._parse_response)

    build.__name__ = build.__qualname__ = name
    build.__doc__ = f"The endpoint of ``{name}`` (arguments as the generated operation's)."
    return build


# apps
delete_app = _op(_delete_app, _NO_BODY)
get_app_info = _op(_get_app_info, NxApp)

# data assets
create_data_asset = _op(_create_data_asset, DataAsset)
delete_data_assets = _op(_delete_data_assets, _NO_BODY)
get_data_asset = _op(_get_data_asset, DataAsset)
patch_data_asset = _op(_patch_data_asset, DataAsset)
update_data_asset = _op(_update_data_asset, DataAsset)

# data files
delete_data_file = _op(_delete_data_file, _NO_BODY)
delete_data_files = _op(_delete_data_files, MultiStatusResponse)
get_data_file = _op(_get_data_file, DataFile)
get_data_file_connection = _op(_get_data_file_connection, DataFileConnection)
get_data_files = _op(_get_data_files, DataFiles)
get_data_files_connections = _op(_get_data_files_connections, DataFileConnections)

# data products
activate_data_product = _op(_activate_data_product, DataProduct)
compute_data_product_datasets_data_quality = _op(
    _compute_data_product_datasets_data_quality, DatasetsComputationResponse
)
create_data_product = _op(_create_data_product, DataProduct)
deactivate_data_product = _op(_deactivate_data_product, _NO_BODY)
delete_data_product = _op(_delete_data_product, _NO_BODY)
export_data_product_documentation = _op(_export_data_product_documentation, str)
generate_data_product_provider_url = _op(_generate_data_product_provider_url, ProviderUrl)
get_data_product = _op(_get_data_product, DataProduct)
get_data_product_changelogs = _op(_get_data_product_changelogs, DataProductChangelogList)
get_data_products = _op(_get_data_products, DataProductList)
move_data_product = _op(_move_data_product, _NO_BODY)
patch_data_product = _op(_patch_data_product, _NO_BODY)

# data qualities
create_data_quality_computation = _op(
    _create_data_quality_computation, DataQualityComputationResponse
)
filter_data_qualities_field_qualities = _op(
    _filter_data_qualities_field_qualities, FieldQualitiesFilterResponse
)
filter_data_qualities_global_results = _op(
    _filter_data_qualities_global_results, DataQualityByDataset
)
get_data_qualities_batch_computation = _op(
    _get_data_qualities_batch_computation, DataQualityBatchComputation
)
get_data_quality_computation = _op(_get_data_quality_computation, DataQualityComputationStatus)
get_data_quality_global_results = _op(_get_data_quality_global_results, DatasetQualityGlobalResults)

# data sets
create_data_set = _op(_create_data_set, DataSet)
delete_data_sets = _op(_delete_data_sets, _NO_BODY)
get_data_set = _op(_get_data_set, DataSet)
get_data_set_profiles = _op(_get_data_set_profiles, DataSetProfileList)
patch_data_set = _op(_patch_data_set, DataSet)
update_data_set = _op(_update_data_set, DataSet)

# data stores
create_data_store = _op(_create_data_store, DataStore)
delete_data_store_data_asset_data_sets = _op(_delete_data_store_data_asset_data_sets, _NO_BODY)
delete_data_store_data_assets = _op(_delete_data_store_data_assets, _NO_BODY)
delete_data_stores = _op(_delete_data_stores, _NO_BODY)
get_data_store = _op(_get_data_store, DataStore)
get_data_store_data_asset_data_sets = _op(_get_data_store_data_asset_data_sets, DataSetList)
get_data_store_data_assets = _op(_get_data_store_data_assets, DataAssetList)
get_data_stores = _op(_get_data_stores, DataStoreList)
patch_data_store = _op(_patch_data_store, DataStore)
update_data_store = _op(_update_data_store, DataStore)

# items
get_item = _op(_get_item, Item)
get_items = _op(_get_items, Items)

# reports
create_report = _op(_create_report, PostReportsResponse)
get_report_outputs = _op(_get_report_outputs, OutputList)
get_report_status = _op(_get_report_status, ReportStatus)

# spaces
create_space = _op(_create_space, Space)
delete_space = _op(_delete_space, _NO_BODY)
get_space = _op(_get_space, Space)
get_spaces = _op(_get_spaces, Spaces)
patch_space = _op(_patch_space, Space)
update_space = _op(_update_space, Space)

# trust scores
filter_datasets_trust_score = _op(_filter_datasets_trust_score, TrustScoreResultList)

# users
get_my_user = _op(_get_my_user, User)
get_user = _op(_get_user, User)
get_users = _op(_get_users, Users)
