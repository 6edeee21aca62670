"""Planning: what it takes to bring a tenant to a catalog file's desired state.

Objects are matched by their natural keys: stores by ``technicalName``, assets by (store,
``technicalName``), data sets by (asset, ``technicalName``), products by ``name``. Only the
fields a file entry gives are compared and changed. Updates are JSON Patch operations led by a
``test`` of the ``version`` read at planning time, so a concurrent change makes the update fail
(409) instead of overwriting it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qlik_catalog.sync.catalog_file import PARENT, CatalogFile, Entry
from qlik_catalog.sync.snapshot import Doc

ORDER = ("data_stores", "data_assets", "data_sets", "data_products")
# Data product fields a PATCH may replace (the API allows replace on these only).
PRODUCT_PATCHABLE = (
    "name",
    "description",
    "readMe",
    "tags",
    "glossaryIds",
    "keyContacts",
    "apiConsumableDatasetIds",
)
PRODUCT_CREATE = ("name", "tags", "readMe", "spaceId", "description", "keyContacts")
DATA_SETS_REF = "$dataSetKeys"  # an op value resolved to data set ids when applied


@dataclass
class Change:
    """One planned change. ``ops``: the JSON Patch of an update; ``entry``: what to create."""

    kind: str
    key: str
    action: str  # "create", "update" or "delete"
    id: str | None = None
    entry: Entry | None = None
    ops: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form, for ``--json`` and reports."""
        out: dict[str, Any] = {"kind": self.kind, "key": self.key, "action": self.action}
        if self.id:
            out["id"] = self.id
        if self.ops:
            out["ops"] = self.ops
        return out


@dataclass
class Plan:
    """The changes, in the order they would be applied (deletes last, children first)."""

    changes: list[Change]
    existing_ids: dict[str, dict[str, str]]  # kind -> key -> id of matched objects

    @property
    def is_empty(self) -> bool:
        """True when the tenant already matches the file."""
        return not self.changes

    def counts(self) -> dict[str, int]:
        """How many creates, updates and deletes."""
        out = {"create": 0, "update": 0, "delete": 0}
        for change in self.changes:
            out[change.action] += 1
        return out

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form."""
        return {"counts": self.counts(), "changes": [c.as_dict() for c in self.changes]}


def _patch_ops(current: Doc, wanted: dict[str, Any]) -> list[dict[str, Any]]:
    ops = []
    for name, value in sorted(wanted.items()):
        if current.get(name) != value:
            ops.append(
                {"op": "replace" if name in current else "add", "path": f"/{name}", "value": value}
            )
    return ops


def make_plan(desired: CatalogFile, current: dict[str, list[Doc]], *, prune: bool = False) -> Plan:
    """Compare the desired state with the tenant's (as exported) and list the changes."""
    changes: list[Change] = []
    ids: dict[str, dict[str, str]] = {kind: {} for kind in ORDER}
    matched: dict[str, set[str]] = {kind: set() for kind in ORDER}
    set_key_by_id: dict[str, str] = {}

    def parent_id_of(doc: Doc, kind: str) -> str | None:
        info = doc.get("dataStoreInfo") if kind == "data_assets" else doc.get("dataAssetInfo")
        return info.get("id") if isinstance(info, dict) else None

    for kind in ("data_stores", "data_assets", "data_sets"):
        index: dict[tuple[str | None, str], Doc] = {}
        for doc in current.get(kind, []):
            parent = parent_id_of(doc, kind) if kind in PARENT else None
            index.setdefault((parent, str(doc.get("technicalName"))), doc)
        for key, entry in desired.entries[kind].items():
            parent_id = None
            if kind in PARENT:
                parent_id = ids[PARENT[kind][1]].get(entry.parent or "")
            technical = str(entry.fields.get("technicalName", key))
            found = index.get((parent_id, technical)) if (kind not in PARENT or parent_id) else None
            if found is None:
                changes.append(Change(kind, key, "create", entry=entry))
                continue
            doc = found
            ids[kind][key] = doc["id"]
            matched[kind].add(doc["id"])
            if kind == "data_sets":
                set_key_by_id[doc["id"]] = key
            ops = _patch_ops(doc, entry.fields)
            if ops:
                ops.insert(0, {"op": "test", "path": "/version", "value": doc.get("version")})
                changes.append(Change(kind, key, "update", id=doc["id"], entry=entry, ops=ops))

    products = {str(doc.get("name")): doc for doc in current.get("data_products", [])}
    for key, entry in desired.entries["data_products"].items():
        product = products.get(str(entry.fields.get("name", key)))
        if product is None:
            changes.append(Change("data_products", key, "create", entry=entry))
            continue
        doc = product
        ids["data_products"][key] = doc["id"]
        matched["data_products"].add(doc["id"])
        wanted = {k: v for k, v in entry.fields.items() if k in PRODUCT_PATCHABLE}
        ops = [
            {"op": "replace", "path": op["path"], "value": op["value"]}
            for op in _patch_ops(doc, wanted)
        ]
        current_keys = [set_key_by_id.get(i, f"id:{i}") for i in doc.get("datasetIds") or []]
        if sorted(current_keys) != sorted(entry.data_sets):
            ops.append(
                {
                    "op": "replace",
                    "path": "/datasetIds",
                    "value": {DATA_SETS_REF: list(entry.data_sets)},
                }
            )
        if ops:
            changes.append(
                Change("data_products", key, "update", id=doc["id"], entry=entry, ops=ops)
            )

    if prune:
        for kind in reversed(ORDER):
            if kind not in desired.managed:
                continue
            for doc in current.get(kind, []):
                if doc["id"] not in matched[kind]:
                    label = doc.get("technicalName") or doc.get("name") or doc["id"]
                    changes.append(Change(kind, str(label), "delete", id=doc["id"]))
    return Plan(changes=changes, existing_ids=ids)
