"""Tenant to tenant: turn one tenant's catalog into a desired-state catalog for another,
matching by natural keys instead of ids (ids differ between tenants)."""

from __future__ import annotations

from typing import Any

from qlik_catalog.sync.catalog_file import CatalogFile, Entry
from qlik_catalog.sync.snapshot import Doc

# Set by the target tenant, or tenant-specific (spaces and owners do not carry over).
NOT_COPIED = frozenset(
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
        "dataStoreInfo",
        "dataAssetInfo",
        "qri",
        "createdAt",
        "updatedAt",
        "updatedBy",
        "activated",
        "activatedAt",
        "activatedOn",
        "datasetIds",
        "mainId",
        "quality",
        "trustScore",
        "createdByConnectionId",
    }
)


def _fields(doc: Doc) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k not in NOT_COPIED and v is not None}


def catalog_from_objects(objects: dict[str, list[Doc]]) -> CatalogFile:
    """A :class:`CatalogFile` that recreates ``objects`` (an export, by kind) elsewhere.
    Keys are ids of the source, so that two objects with the same technical name in different
    parents stay apart."""
    entries: dict[str, dict[str, Entry]] = {
        kind: {} for kind in ("data_stores", "data_assets", "data_sets", "data_products")
    }
    for doc in objects.get("data_stores", []):
        entries["data_stores"][doc["id"]] = Entry("data_stores", doc["id"], _fields(doc))
    for doc in objects.get("data_assets", []):
        parent = (doc.get("dataStoreInfo") or {}).get("id")
        if parent in entries["data_stores"]:
            entries["data_assets"][doc["id"]] = Entry(
                "data_assets", doc["id"], _fields(doc), parent=parent
            )
    for doc in objects.get("data_sets", []):
        parent = (doc.get("dataAssetInfo") or {}).get("id")
        if parent in entries["data_assets"]:
            fields = _fields(doc)
            fields["qri"] = doc.get("qri")
            entries["data_sets"][doc["id"]] = Entry("data_sets", doc["id"], fields, parent=parent)
    for doc in objects.get("data_products", []):
        members = [i for i in doc.get("datasetIds") or [] if i in entries["data_sets"]]
        entries["data_products"][doc["id"]] = Entry(
            "data_products", doc["id"], _fields(doc), data_sets=members
        )
    return CatalogFile(entries=entries, managed=set(entries))
