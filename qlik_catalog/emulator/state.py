"""The emulated tenant's state: its records (records.py) and the rules that span APIs, kept
on the state as moto keeps them on its backend models, not in its handlers.

The handlers in ``apis/`` parse a call, ask :class:`TenantState` to read or change the tenant,
and shape the answer. What one API's write means for another's resources lives here: the
catalog's nesting (an asset's store and a set's asset must exist) and its cascades (deleting
an asset deletes its data sets), what a space must no longer hold before it is deleted, the
Items API's index of data sets, data products and apps kept up to date, and the data-files
connections that follow from the spaces.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Iterable
from typing import Any

from qlik_catalog.emulator.problems import ApiError, conflict, not_found, required
from qlik_catalog.emulator.records import Doc, TenantRecords

__all__ = ["Doc", "TenantState"]

# Spaces of these types have a data-files connection (Qlik: one per team space; data spaces
# hold data files too).
TEAM_SPACE_TYPES = ("shared", "managed", "data")
CONNECTION_TYPE = "qix-datafiles.exe"
CONNECTION_NAME = "DataFiles"
# The official ExecutionStatus values a computation walks through, and where it ends.
QUALITY_WALK = ("REQUESTED", "PROFILE_REQUESTED", "SUBMITTED")
QUALITY_FINAL = ("SUCCEEDED", "FAILED", "PROFILE_FAILED")
_NAMESPACE = uuid.UUID("6f1c2a8e-3d4b-4e5f-9a0b-1c2d3e4f5a6b")


class TenantState(TenantRecords):
    """The tenant's records with the rules that span APIs. Handlers change the tenant through
    these methods, so that a cascade or a reference check is written once."""

    # --- the catalog: stores -> assets -> sets ---------------------------------------------

    def _stamp(self, doc: Doc, user_id: str, created: bool) -> None:
        """The fields the tenant sets on every catalog write, whatever the request said."""
        stamp = self.now()
        if created:
            doc["tenantId"] = self.tenant_id
            doc["createdBy"] = user_id
            doc["createdTime"] = stamp
            doc["version"] = 1
            doc.setdefault("ownerId", user_id)
        else:
            doc["version"] = int(doc.get("version", 0)) + 1
        doc["lastModifiedBy"] = user_id
        doc["lastModifiedTime"] = stamp

    def save_data_store(self, doc: Doc, user_id: str, created: bool) -> None:
        """Store a created or changed data store, stamped."""
        self._stamp(doc, user_id, created)
        self.data_stores[doc["id"]] = doc

    def save_data_asset(self, doc: Doc, user_id: str, created: bool) -> None:
        """Store a data asset, stamped; the store it names must exist (404), and the answer
        carries that store's current name and type."""
        if isinstance(doc.get("dataStoreInfo"), dict):
            store = required(self.data_stores, doc["dataStoreInfo"]["id"], "data store")
            doc["dataStoreInfo"] = {
                "id": store["id"],
                "name": store.get("name"),
                "type": store.get("type"),
            }
        self._stamp(doc, user_id, created)
        self.data_assets[doc["id"]] = doc

    def save_data_set(self, doc: Doc, user_id: str, created: bool) -> None:
        """Store a data set, stamped and indexed as an item; its asset must exist (404). A new
        data set's profiles are not ready for ``profile_delay`` requests."""
        asset = required(self.data_assets, doc["dataAssetInfo"]["id"], "data asset")
        info: Doc = {"id": asset["id"], "name": asset.get("name")}
        if isinstance(asset.get("dataStoreInfo"), dict):
            info["dataStoreInfo"] = dict(asset["dataStoreInfo"])
        doc["dataAssetInfo"] = info
        self._stamp(doc, user_id, created)
        self.data_sets[doc["id"]] = doc
        if created:
            self.profiles_pending[doc["id"]] = self.profile_delay
        self.index_item("dataset", doc, owner=user_id)

    def assets_of_stores(self, store_ids: Iterable[str]) -> list[str]:
        """The ids of the data assets in any of the stores."""
        wanted = set(store_ids)
        return [
            a["id"]
            for a in self.data_assets.values()
            if isinstance(a.get("dataStoreInfo"), dict) and a["dataStoreInfo"]["id"] in wanted
        ]

    def sets_of_assets(self, asset_ids: Iterable[str]) -> list[str]:
        """The ids of the data sets of any of the assets."""
        wanted = set(asset_ids)
        return [s["id"] for s in self.data_sets.values() if s["dataAssetInfo"]["id"] in wanted]

    def delete_data_stores(self, ids: list[str]) -> None:
        """All or nothing: every store must exist (404) and hold no data assets (409)."""
        _all_there(self.data_stores, ids, "data store")
        holding = set(self.assets_of_stores(ids))
        busy = sorted({self.data_assets[a]["dataStoreInfo"]["id"] for a in holding})
        if busy:
            raise conflict(f"data stores still hold data assets: {', '.join(busy)}")
        for store_id in ids:
            del self.data_stores[store_id]

    def delete_data_assets(self, ids: list[str]) -> None:
        """All or nothing (404 for a missing one); their data sets go with them."""
        _all_there(self.data_assets, ids, "data asset")
        self._drop_sets(self.sets_of_assets(ids))
        for asset_id in ids:
            del self.data_assets[asset_id]

    def delete_data_sets(self, ids: list[str]) -> None:
        """All or nothing (404 for a missing one); their profiles and items go with them."""
        _all_there(self.data_sets, ids, "data set")
        self._drop_sets(ids)

    def _drop_sets(self, set_ids: list[str]) -> None:
        for set_id in set_ids:
            del self.data_sets[set_id]
            self.profiles_pending.pop(set_id, None)
            self.quality_results.pop(set_id, None)
            self.drop_item("dataset", set_id)

    # --- data products, apps, spaces -----------------------------------------------------

    def missing_data_sets(self, ids: Iterable[str]) -> list[str]:
        """The ids among ``ids`` that name no data set (what a product may not refer to)."""
        return [i for i in ids if i not in self.data_sets]

    def save_data_product(
        self, doc: Doc, user_id: str, changes: list[tuple[str, Any, str]]
    ) -> None:
        """Store a created or changed data product: stamped, indexed as an item, and a
        changelog entry of ``changes`` ((path, new value, operator) per changed property)."""
        self.changelogs.setdefault(doc["id"], []).append(
            {
                "id": self.ids.hex24(),
                "createdAt": self.now(),
                "createdBy": user_id,
                "changes": [
                    {"path": path, "value": copy.deepcopy(value), "operator": operator}
                    for path, value, operator in changes
                ],
            }
        )
        doc["updatedAt"] = self.now()
        doc["updatedBy"] = user_id
        self.data_products[doc["id"]] = doc
        self.index_item("dataproduct", doc, owner=doc.get("ownerId") or user_id)

    def delete_data_product(self, product_id: str) -> None:
        """Delete a data product (404 if there is none), its changelog and its item."""
        required(self.data_products, product_id, "data product")
        del self.data_products[product_id]
        self.changelogs.pop(product_id, None)
        self.drop_item("dataproduct", product_id)

    def delete_app(self, app_id: str) -> None:
        """Delete an app (404 if there is none) and its item."""
        required(self.apps, app_id, "app")
        del self.apps[app_id]
        self.drop_item("app", app_id)

    def require_apps(self, app_ids: Iterable[str]) -> None:
        """404 for the first of ``app_ids`` that names no app (a report's templates' apps)."""
        for app_id in app_ids:
            required(self.apps, app_id, "app")

    def space_holds(self, space_id: str) -> list[str]:
        """What in the space keeps it from being deleted: data products, data sets, data
        files, apps (the kinds it still holds)."""
        held = [
            what
            for what, pool in (
                ("data products", self.data_products),
                ("data sets", self.data_sets),
                ("data files", self.data_files),
            )
            if any(doc.get("spaceId") == space_id for doc in pool.values())
        ]
        # An app keeps its space among its attributes (Qlik's NxAttributes shape).
        if any(app["attributes"].get("spaceId") == space_id for app in self.apps.values()):
            held.append("apps")
        return held

    def delete_space(self, space_id: str) -> None:
        """Delete a space: 404 if there is none, 412 while it still holds anything."""
        required(self.spaces, space_id, "space")
        held = self.space_holds(space_id)
        if held:
            raise ApiError(
                412, "HTTP-412", "Precondition failed", f"the space still holds {', '.join(held)}"
            )
        del self.spaces[space_id]

    # --- data quality computations (data-governance/data-qualities) ---------------------

    def default_connection_id(self, data_set: Doc) -> str:
        """The connection a data set's quality is computed through when none is named: the
        data-files connection of its space for a file data set, else one derived from its
        data store (stable across seeds)."""
        store = (data_set.get("dataAssetInfo") or {}).get("dataStoreInfo") or {}
        if data_set.get("type") == "qix-datafiles" and data_set.get("spaceId"):
            return self.connection_id_for(str(data_set["spaceId"]))
        return str(uuid.uuid5(_NAMESPACE, f"{self.tenant_id}:store:{store.get('id')}"))

    def record_quality(self, data_set: Doc, connection_id: str, at: str, by: str) -> None:
        """Mark a data set's quality computed (through ``connection_id``, at ``at`` by ``by``)."""
        self.quality_results[data_set["id"]] = {"connectionId": connection_id, "at": at, "by": by}

    def start_quality_computation(self, data_set_id: str, connection_id: str | None) -> Doc:
        """A new computation of the data set: REQUESTED, or FAILED at once when the data set
        does not exist (a data product's batch naming a deleted data set)."""
        computation_id = self.ids.guid()
        data_set = self.data_sets.get(data_set_id)
        doc: Doc = {
            "id": computation_id,
            "datasetId": data_set_id,
            "connectionId": connection_id
            or (self.default_connection_id(data_set) if data_set else ""),
            "polls": 0,
            "status": "REQUESTED" if data_set is not None else "FAILED",
        }
        self.quality_computations[computation_id] = doc
        return doc

    def poll_quality_computation(self, computation: Doc, user_id: str) -> str:
        """Advance a computation by one poll and return its status: the first
        ``quality_delay`` polls walk REQUESTED -> PROFILE_REQUESTED -> SUBMITTED, the next one
        is SUCCEEDED (and the data set's results are recorded), or FAILED when the data set
        went away meanwhile."""
        if computation["status"] in QUALITY_FINAL:
            return str(computation["status"])
        poll = computation["polls"]
        computation["polls"] = poll + 1
        delay = max(0, self.quality_delay)
        if poll < delay:
            computation["status"] = QUALITY_WALK[poll * len(QUALITY_WALK) // delay]
            return str(computation["status"])
        data_set = self.data_sets.get(computation["datasetId"])
        if data_set is None:
            computation["status"] = "FAILED"
        else:
            computation["status"] = "SUCCEEDED"
            self.record_quality(data_set, computation["connectionId"], self.now(), user_id)
        return str(computation["status"])

    # --- data files and their connections ------------------------------------------------

    def personal_connection_id(self) -> str:
        """The id of the personal space's data-files connection."""
        return str(uuid.uuid5(_NAMESPACE, f"{self.tenant_id}:personal"))

    def connection_id_for(self, space_id: str) -> str:
        """The id of a team space's data-files connection (derived: stable across seeds)."""
        return str(uuid.uuid5(_NAMESPACE, f"{self.tenant_id}:space:{space_id}"))

    def data_file_connections(self) -> list[Doc]:
        """Every data-files connection: the personal space's, then one per team space. They
        are not stored but follow from the spaces, so a new space has one at once."""
        found = [_connection(self.personal_connection_id(), None, "home")]
        for space in self.spaces.values():
            if space.get("type") in TEAM_SPACE_TYPES:
                space_id = space["id"]
                found.append(
                    _connection(self.connection_id_for(space_id), space_id, f"space:{space_id}")
                )
        return found

    def data_file_connection(self, connection_id: str) -> Doc | None:
        """The data-files connection ``connection_id``, if there is one."""
        return next((c for c in self.data_file_connections() if c["id"] == connection_id), None)

    def data_files_in(self, space_id: str | None, user_id: str) -> list[Doc]:
        """The files of a team space, or (``None``) of ``user_id``'s personal space."""
        if space_id is None:
            return [
                d
                for d in self.data_files.values()
                if not d.get("spaceId") and d.get("ownerId") == user_id
            ]
        return [d for d in self.data_files.values() if d.get("spaceId") == space_id]


def _all_there(pool: dict[str, Doc], ids: list[str], what: str) -> None:
    """404 naming every id of ``ids`` that ``pool`` lacks (batch deletes are all or nothing)."""
    missing = [i for i in ids if i not in pool]
    if missing:
        raise not_found(what, ", ".join(missing))


def _connection(connection_id: str, space_id: str | None, path: str) -> Doc:
    return {
        "id": connection_id,
        "name": CONNECTION_NAME,
        "type": CONNECTION_TYPE,
        "connectStatement": f'CUSTOM CONNECT TO "provider={CONNECTION_TYPE};path={path};"',
        "spaceId": space_id,
    }
