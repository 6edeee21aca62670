"""The kinds of catalog object the sync tool handles, each described once.

A :class:`Kind` says everything plan, apply, copy and the catalog-file reader need to know
about one kind: its name in plans, reports and snapshots, its section in catalog files, the
resource on the client that creates, patches and deletes it, the field that matches a file
entry to a tenant object, the object it lives in, the objects it lists by id, the fields a copy
leaves out and how its API takes updates. :data:`KINDS` lists them in creation order (every kind
after the kinds it refers to); deletion goes the other way.

Those modules read the table and nothing else: a kind-specific rule belongs here, as data.
(The snapshot's own table of kinds, :data:`qlik_catalog.sync.snapshot.KINDS`, describes its
SQLite tables; :attr:`Kind.snapshot` names the table each kind is read from.)
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from qlik_catalog.batch import BatchResult
    from qlik_catalog.client import QlikCatalog

Doc = dict[str, Any]


def pointer(name: str) -> str:
    """The JSON Pointer (RFC 6901) of the top-level field ``name``: ``~`` and ``/`` escaped,
    so that a field named ``a/b`` is patched as itself, never as field ``b`` inside ``a``."""
    return "/" + name.replace("~", "~0").replace("/", "~1")


def field_of(path: str) -> str:
    """The top-level field a :func:`pointer` names (the inverse of :func:`pointer`)."""
    return path.removeprefix("/").replace("~1", "/").replace("~0", "~")


class HasId(Protocol):
    """What a create call answers: the new object, with its id."""

    @property
    def id(self) -> object:
        """The id the tenant gave the object."""


class AsDict(Protocol):
    """What a get call answers: a model that turns into its JSON form."""

    def to_dict(self) -> dict[str, Any]:
        """The object as JSON."""


class KindResource(Protocol):
    """The methods sync calls on a kind's resource (``qlik.data_stores`` and its siblings)."""

    async def get(self, id: str) -> AsDict:
        """Read one object (to settle an outcome whose answer was lost)."""

    async def create(self, body: Mapping[str, Any]) -> HasId:
        """Create one object from its JSON body."""

    async def patch(self, id: str, operations: Sequence[Mapping[str, Any]]) -> object:
        """Apply JSON Patch operations to one object."""

    async def delete(self, id: str) -> None:
        """Delete one object."""

    async def delete_many(
        self, ids: Sequence[str], *, concurrency: int | None = None
    ) -> BatchResult[str, None]:
        """Delete several objects (through the batch endpoint, where the API has one); every
        id gets its own outcome."""


@dataclass(frozen=True)
class Parent:
    """How an object names the object it lives in (an asset's store, a data set's asset)."""

    kind: str  # the parent's kind
    file_field: str  # the catalog-file field holding the parent's key
    info_field: str  # the object's field holding ``{"id": <parent id>}``, set on create


@dataclass(frozen=True)
class Members:
    """Objects of another kind an object lists by id (a data product's data sets)."""

    kind: str  # the listed objects' kind
    file_field: str  # the catalog-file field listing their keys
    doc_field: str  # the object's field listing their ids
    # In a planned operation, ``{marker: [keys]}`` stands for the ids of those keys: objects
    # created earlier in the same apply have no id at planning time.
    marker: str


@dataclass(frozen=True)
class Kind:
    """One kind of catalog object, as plan, apply, copy and catalog files see it."""

    name: str  # in plans, reports, :class:`CatalogFile` entries and ``read_catalog``
    label: str  # in messages: "data store"
    section: str  # the catalog file's section
    snapshot: str  # the snapshot table it is read from
    resource: str  # the attribute of :class:`QlikCatalog` that creates, patches and deletes it
    key_field: str  # matches a file entry to a tenant object (within the same parent)
    # The spec's schema of its create body (components/schemas): a catalog file's entries are
    # checked against it before planning, and creates for the fields it requires.
    request_schema: str
    parent: Parent | None = None
    members: Members | None = None
    # Set by the tenant, or meaningful in one tenant only: a copy leaves them out. The fields
    # set through references (:attr:`reference_fields`) are left out as well.
    not_copied: frozenset[str] = frozenset()
    # The fields its create call takes; the others are patched in right after (None: all).
    create_fields: frozenset[str] | None = None
    # The fields its PATCH may change; an update compares only these (None: all).
    patchable: frozenset[str] | None = None
    # Its PATCH takes ``replace`` operations only (no ``add`` of a field the object lacks).
    replace_only: bool = False
    # Its updates are led by a ``test`` of the ``version`` read at planning time, so that a
    # concurrent change fails the update (409) instead of being overwritten.
    version_guard: bool = True
    # For a kind whose PATCH takes no version test: reads one object as the JSON Qlik sends
    # (what the plan compared), so that apply can refuse an update when the object changed
    # since the plan (read-compare-write). ``guard_fields`` are compared besides the fields the
    # update changes.
    guard_read: Callable[[QlikCatalog, str], Awaitable[Doc]] | None = None
    guard_fields: tuple[str, ...] = ()
    # Lists the objects in a parent (its id; None for a kind without a parent), as models: how
    # apply finds what a create whose answer was lost made.
    list_in: Callable[[QlikCatalog, str | None], AsyncIterable[AsDict]] | None = None

    @property
    def depends_on(self) -> tuple[str, ...]:
        """The kinds this kind refers to: they must exist before it is created."""
        parent = (self.parent.kind,) if self.parent else ()
        members = (self.members.kind,) if self.members else ()
        return parent + members

    @property
    def reference_fields(self) -> tuple[str, ...]:
        """The object's fields that sync sets from references, never from a file's values."""
        parent = (self.parent.info_field,) if self.parent else ()
        members = (self.members.doc_field,) if self.members else ()
        return parent + members

    def parent_id(self, doc: Doc) -> str | None:
        """The id of the object ``doc`` lives in (None for a kind without a parent)."""
        if self.parent is None:
            return None
        info = doc.get(self.parent.info_field)
        found = info.get("id") if isinstance(info, dict) else None
        return str(found) if found is not None else None

    def member_ids(self, doc: Doc) -> list[str]:
        """The ids ``doc`` lists (none for a kind without members)."""
        if self.members is None:
            return []
        return [str(i) for i in doc.get(self.members.doc_field) or []]

    def copied_fields(self, doc: Doc) -> dict[str, Any]:
        """The fields of ``doc`` that a copy to another tenant carries over."""
        left_out = self.not_copied | set(self.reference_fields)
        return {k: v for k, v in doc.items() if k not in left_out and v is not None}

    def guarded(self, doc: Doc, ops: Sequence[Mapping[str, Any]]) -> Doc:
        """What an update of ``doc`` by ``ops`` expects to find unchanged at apply time: the
        :attr:`guard_fields` and the fields ``ops`` change, as ``doc`` has them (nothing for a
        kind with a :attr:`version_guard` or without a :attr:`guard_read`)."""
        if self.version_guard or self.guard_read is None:
            return {}
        changed = [field_of(str(op["path"])) for op in ops if op.get("op") != "test"]
        return {name: doc.get(name) for name in (*self.guard_fields, *changed)}

    async def find(self, qlik: QlikCatalog, key: str, parent_id: str | None) -> list[Doc]:
        """The objects of this kind in ``parent_id`` whose key field is ``key``."""
        if self.list_in is None:
            return []
        found = []
        async for item in self.list_in(qlik, parent_id):
            doc = item.to_dict()
            if str(doc.get(self.key_field)) == key and self.parent_id(doc) == parent_id:
                found.append(doc)
        return found

    @property
    def stamp_fields(self) -> tuple[str, ...]:
        """The fields that change whenever the object does: its ``version`` for a kind with a
        :attr:`version_guard`, else its :attr:`guard_fields` (a data product's ``updatedAt``)."""
        return ("version",) if self.version_guard else self.guard_fields

    def stamp(self, doc: Doc) -> Doc:
        """``doc``'s :attr:`stamp_fields` as it has them: compared again before a saved plan
        changes the object."""
        return {name: doc.get(name) for name in self.stamp_fields}

    def resource_of(self, qlik: QlikCatalog) -> KindResource:
        """The client's resource for this kind."""
        resource: KindResource = getattr(qlik, self.resource)
        return resource


# What the tenant sets on every store, asset and data set, and the space and owner (which
# exist in one tenant only).
_ENTITY_SET_BY_TENANT = frozenset(
    {
        "id",
        "version",
        "tenantId",
        "createdBy",
        "createdTime",
        "lastModifiedBy",
        "lastModifiedTime",
        "ownerId",
        "spaceId",
    }
)


def _stores_in(qlik: QlikCatalog, parent_id: str | None) -> AsyncIterable[AsDict]:
    return qlik.data_stores.list()


def _assets_in(qlik: QlikCatalog, parent_id: str | None) -> AsyncIterable[AsDict]:
    return qlik.data_stores.list_data_assets(parent_id or "*")


def _sets_in(qlik: QlikCatalog, parent_id: str | None) -> AsyncIterable[AsDict]:
    return qlik.data_stores.list_data_sets("*", parent_id or "*")


def _products_in(qlik: QlikCatalog, parent_id: str | None) -> AsyncIterable[AsDict]:
    return qlik.data_products.list()


async def _product_json(qlik: QlikCatalog, id: str) -> Doc:
    return await qlik.data_products.get_json(id)


DATA_STORES = Kind(
    name="data_stores",
    label="data store",
    section="dataStores",
    snapshot="data_stores",
    resource="data_stores",
    key_field="technicalName",
    request_schema="DataStoreRequest",
    list_in=_stores_in,
    not_copied=_ENTITY_SET_BY_TENANT,
)
DATA_ASSETS = Kind(
    name="data_assets",
    label="data asset",
    section="dataAssets",
    snapshot="data_assets",
    resource="data_assets",
    key_field="technicalName",
    request_schema="DataAssetRequest",
    parent=Parent(kind="data_stores", file_field="dataStore", info_field="dataStoreInfo"),
    list_in=_assets_in,
    not_copied=_ENTITY_SET_BY_TENANT,
)
DATA_SETS = Kind(
    name="data_sets",
    label="data set",
    section="dataSets",
    snapshot="data_sets",
    resource="data_sets",
    key_field="technicalName",
    request_schema="DataSetRequest",
    parent=Parent(kind="data_assets", file_field="dataAsset", info_field="dataAssetInfo"),
    # A data set's qri is its own (the API requires it), so unlike a product's it is copied.
    list_in=_sets_in,
    not_copied=_ENTITY_SET_BY_TENANT | {"createdByConnectionId"},
)
DATA_PRODUCTS = Kind(
    name="data_products",
    label="data product",
    section="dataProducts",
    snapshot="data_products",
    resource="data_products",
    key_field="name",  # products have no technical name
    request_schema="DataProductCreate",
    members=Members(
        kind="data_sets", file_field="dataSets", doc_field="datasetIds", marker="$dataSetKeys"
    ),
    not_copied=frozenset(
        {
            "id",
            "tenantId",
            "ownerId",
            "spaceId",
            "qri",
            "createdAt",
            "createdBy",
            "updatedAt",
            "updatedBy",
            "activated",
            "activatedAt",
            "activatedOn",
            "mainId",
            "quality",
            "trustScore",
            "pendingChangesCount",
        }
    ),
    # Its data sets go in after creation, through the members reference, like every other
    # field the create call does not take.
    create_fields=frozenset({"name", "tags", "readMe", "spaceId", "description", "keyContacts"}),
    # The API allows replace on these only.
    patchable=frozenset(
        {
            "name",
            "description",
            "readMe",
            "tags",
            "glossaryIds",
            "keyContacts",
            "apiConsumableDatasetIds",
        }
    ),
    replace_only=True,
    # Products carry no version and their PATCH takes no test (see openapi/data-products.yaml):
    # an update is guarded by reading the product first instead.
    version_guard=False,
    guard_read=_product_json,
    guard_fields=("updatedAt",),
    list_in=_products_in,
)

KINDS: tuple[Kind, ...] = (DATA_STORES, DATA_ASSETS, DATA_SETS, DATA_PRODUCTS)
"""Every kind, in creation order: each after the kinds it :attr:`~Kind.depends_on`."""

CREATE_ORDER: tuple[Kind, ...] = KINDS
DELETE_ORDER: tuple[Kind, ...] = tuple(reversed(KINDS))
"""Children before their parents, and listing objects before the objects they list."""

BY_NAME: dict[str, Kind] = {kind.name: kind for kind in KINDS}
BY_SECTION: dict[str, Kind] = {kind.section: kind for kind in KINDS}

REFUSED_IN_FILES: tuple[str, ...] = (
    "id",
    "version",
    *(field for kind in KINDS for field in kind.reference_fields),
)
"""Fields a catalog-file entry may not give: the tenant sets them, or sync does from
references."""
