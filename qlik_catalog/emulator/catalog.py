"""Data stores, data assets and data sets: create, get, patch, replace, batch delete, the
nested listings and deletes, and data set profiles."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jsonpatch
import jsonpointer

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.listing import project, sort_docs
from qlik_catalog.emulator.problems import bad_request, conflict, not_found
from qlik_catalog.emulator.state import Doc, TenantState
from qlik_catalog.spec import model_fields, schema_errors

# Set by the tenant, whatever a request says ("User defined value is ignored").
SERVER_FIELDS = (
    "id",
    "version",
    "tenantId",
    "createdBy",
    "createdTime",
    "lastModifiedBy",
    "lastModifiedTime",
)


@dataclass(frozen=True)
class Kind:
    """One of the three catalog entities."""

    name: str
    collection: str
    schema: str
    request_schema: str
    path_id: str  # the path parameter of the single-entity routes

    def docs(self, state: TenantState) -> dict[str, Doc]:
        """The entity's collection."""
        docs: dict[str, Doc] = getattr(state, self.collection)
        return docs


STORE = Kind("data store", "data_stores", "DataStore", "DataStoreRequest", "data-store-id")
ASSET = Kind("data asset", "data_assets", "DataAsset", "DataAssetRequest", "data-asset-id")
SET = Kind("data set", "data_sets", "DataSet", "DataSetRequest", "data-set-id")
KIND_BY_OPERATION = {
    **dict.fromkeys(
        [
            "createDataStore",
            "getDataStore",
            "patchDataStore",
            "updateDataStore",
            "deleteDataStores",
        ],
        STORE,
    ),
    **dict.fromkeys(
        [
            "createDataAsset",
            "getDataAsset",
            "patchDataAsset",
            "updateDataAsset",
            "deleteDataAssets",
        ],
        ASSET,
    ),
    **dict.fromkeys(
        ["createDataSet", "getDataSet", "patchDataSet", "updateDataSet", "deleteDataSets"], SET
    ),
}


def _kind(call: Call) -> Kind:
    return KIND_BY_OPERATION[call.op.operation_id]


def _get(kind: Kind, state: TenantState, entity_id: str) -> Doc:
    doc = kind.docs(state).get(entity_id)
    if doc is None:
        raise not_found(kind.name, entity_id)
    return doc


def _link_parents(kind: Kind, state: TenantState, doc: Doc) -> None:
    """Fill the parent info a response carries; 404 when the parent does not exist."""
    if kind is ASSET and isinstance(doc.get("dataStoreInfo"), dict):
        store = _get(STORE, state, doc["dataStoreInfo"]["id"])
        doc["dataStoreInfo"] = {
            "id": store["id"],
            "name": store.get("name"),
            "type": store.get("type"),
        }
    if kind is SET:
        asset = _get(ASSET, state, doc["dataAssetInfo"]["id"])
        info: Doc = {"id": asset["id"], "name": asset.get("name")}
        if isinstance(asset.get("dataStoreInfo"), dict):
            info["dataStoreInfo"] = dict(asset["dataStoreInfo"])
        doc["dataAssetInfo"] = info


def _stamp(doc: Doc, call: Call, *, created: bool) -> None:
    stamp = call.state.now()
    if created:
        doc["tenantId"] = call.state.tenant_id
        doc["createdBy"] = call.user_id
        doc["createdTime"] = stamp
        doc["version"] = 1
        doc.setdefault("ownerId", call.user_id)
    else:
        doc["version"] = int(doc.get("version", 0)) + 1
    doc["lastModifiedBy"] = call.user_id
    doc["lastModifiedTime"] = stamp


def _accepted_fields(kind: Kind, body: Doc) -> Doc:
    # What a request may set: its schema's fields that the answer's schema also has.
    fields = model_fields(kind.request_schema) & model_fields(kind.schema)
    return {k: copy.deepcopy(v) for k, v in body.items() if k in fields and k not in SERVER_FIELDS}


@handles("createDataStore", "createDataAsset", "createDataSet")
def create(call: Call) -> Answer:
    kind, state = _kind(call), call.state
    doc = _accepted_fields(kind, call.body)
    wanted = call.body.get("id")
    if wanted and wanted in kind.docs(state):
        raise conflict(f"a {kind.name} with id {wanted} already exists")
    doc["id"] = wanted or state.ids.hex24()
    _link_parents(kind, state, doc)
    _stamp(doc, call, created=True)
    kind.docs(state)[doc["id"]] = doc
    if kind is SET:
        state.profiles_pending[doc["id"]] = state.profile_delay
        state.index_item("dataset", doc, owner=call.user_id)
    return Answer(201, doc)


@handles("getDataStore", "getDataAsset", "getDataSet")
def get(call: Call) -> Answer:
    kind = _kind(call)
    doc = _get(kind, call.state, call.path[kind.path_id])
    return Answer(200, project(doc, call.query.get("projections")))


def _check_result(kind: Kind, before: Doc, after: Any) -> Doc:
    if not isinstance(after, dict):
        raise bad_request(f"the patch leaves the {kind.name} not an object")
    for name in SERVER_FIELDS:
        if after.get(name) != before.get(name):
            raise bad_request(f"{name} is set by the tenant and cannot be patched")
    problems = schema_errors({"$ref": f"#/components/schemas/{kind.schema}"}, after)
    if problems:
        raise bad_request(f"the patched {kind.name} breaks its schema: " + "; ".join(problems))
    return after


@handles("patchDataStore", "patchDataAsset", "patchDataSet")
def patch(call: Call) -> Answer:
    kind, state = _kind(call), call.state
    doc = _get(kind, state, call.path[kind.path_id])
    try:
        patched = jsonpatch.JsonPatch(call.body).apply(copy.deepcopy(doc))
    except jsonpatch.JsonPatchTestFailed as exc:
        raise conflict(f"patch test failed: {exc}") from exc
    except (jsonpatch.JsonPatchException, jsonpointer.JsonPointerException) as exc:
        raise bad_request(f"the patch cannot be applied: {exc}") from exc
    patched = _check_result(kind, doc, patched)
    _link_parents(kind, state, patched)
    _stamp(patched, call, created=False)
    kind.docs(state)[doc["id"]] = patched
    if kind is SET:
        state.index_item("dataset", patched, owner=call.user_id)
    return Answer(200, patched)


@handles("updateDataStore", "updateDataAsset", "updateDataSet")
def replace(call: Call) -> Answer:
    kind, state = _kind(call), call.state
    entity_id = call.path[kind.path_id]
    current = _get(kind, state, entity_id)
    body = call.body
    if body.get("id") not in (None, entity_id):
        raise bad_request(f"the body's id {body['id']} is not the path's {entity_id}")
    if body.get("version") is None:
        raise bad_request("version is required when updating: read the resource first")
    if body["version"] != current["version"]:
        raise conflict(
            f"version {body['version']} is stale: the {kind.name} is at version "
            f"{current['version']}"
        )
    doc = _accepted_fields(kind, body)
    for name in SERVER_FIELDS:
        if name in current:
            doc[name] = current[name]
    _link_parents(kind, state, doc)
    _stamp(doc, call, created=False)
    kind.docs(state)[entity_id] = doc
    if kind is SET:
        state.index_item("dataset", doc, owner=call.user_id)
    return Answer(200, doc)


def _delete_sets(state: TenantState, set_ids: list[str]) -> None:
    for set_id in set_ids:
        state.data_sets.pop(set_id, None)
        state.profiles_pending.pop(set_id, None)
        state.drop_item("dataset", set_id)


def _sets_of_assets(state: TenantState, asset_ids: set[str]) -> list[str]:
    return [s["id"] for s in state.data_sets.values() if s["dataAssetInfo"]["id"] in asset_ids]


def _assets_of_stores(state: TenantState, store_ids: set[str]) -> list[str]:
    return [
        a["id"]
        for a in state.data_assets.values()
        if isinstance(a.get("dataStoreInfo"), dict) and a["dataStoreInfo"]["id"] in store_ids
    ]


@handles("deleteDataStores", "deleteDataAssets", "deleteDataSets")
def delete_batch(call: Call) -> Answer:
    """All or nothing: every id must exist (else 404) and, for stores, be empty (else 409)."""
    kind, state = _kind(call), call.state
    ids = list(dict.fromkeys(call.body.get("ids") or []))
    if not ids:
        raise bad_request("ids is empty")
    missing = [i for i in ids if i not in kind.docs(state)]
    if missing:
        raise not_found(kind.name, ", ".join(missing))
    if kind is STORE:
        busy = sorted({i for i in ids if _assets_of_stores(state, {i})})
        if busy:
            raise conflict(f"data stores still hold data assets: {', '.join(busy)}")
    if kind is ASSET:
        _delete_sets(state, _sets_of_assets(state, set(ids)))
    if kind is SET:
        _delete_sets(state, ids)
    for entity_id in ids:
        kind.docs(state).pop(entity_id, None)
    return Answer(204)


def _selected(raw: str, pool: dict[str, Doc]) -> set[str]:
    """``*`` for every id of ``pool``, else the comma-separated ids (unknown ids match
    nothing, as a filter would). (Assumption.)"""
    if raw == "*":
        return set(pool)
    ids = {part.strip() for part in raw.split(",")}
    if "" in ids:
        raise bad_request(f"{raw!r} has an empty id")
    return ids


def _list(call: Call, kind: Kind, select: Callable[[], list[Doc]]) -> Answer:
    sort = call.query.get("sort")
    docs = call.state.cached_list(
        (call.op.operation_id, call.raw_path(), sort),
        lambda: sort_docs(select(), sort, model_fields(kind.schema)),
    )
    body = call.numbered_page(docs)
    projections = call.query.get("projections")
    body["data"] = [project(d, projections) for d in body["data"]]
    return Answer(200, body)


@handles("getDataStores")
def list_stores(call: Call) -> Answer:
    return _list(call, STORE, lambda: list(call.state.data_stores.values()))


@handles("getDataStoreDataAssets")
def list_assets_of_stores(call: Call) -> Answer:
    def select() -> list[Doc]:
        stores = _selected(call.path["data-store-ids"], call.state.data_stores)
        return [call.state.data_assets[i] for i in _assets_of_stores(call.state, stores)]

    return _list(call, ASSET, select)


def _sets_in(call: Call) -> list[str]:
    state = call.state
    stores = _selected(call.path["data-store-ids"], state.data_stores)
    assets = _selected(call.path["data-asset-ids"], state.data_assets)
    in_stores = set(_assets_of_stores(state, stores))
    return _sets_of_assets(state, assets & in_stores)


@handles("getDataStoreDataAssetDataSets")
def list_sets_of_assets(call: Call) -> Answer:
    return _list(call, SET, lambda: [call.state.data_sets[i] for i in _sets_in(call)])


@handles("deleteDataStoreDataAssets")
def delete_assets_of_stores(call: Call) -> Answer:
    state = call.state
    assets = _assets_of_stores(state, _selected(call.path["data-store-ids"], state.data_stores))
    _delete_sets(state, _sets_of_assets(state, set(assets)))
    for asset_id in assets:
        state.data_assets.pop(asset_id, None)
    return Answer(204)


@handles("deleteDataStoreDataAssetDataSets")
def delete_sets_of_assets(call: Call) -> Answer:
    _delete_sets(call.state, _sets_in(call))
    return Answer(204)


@handles("getDataSetProfiles")
def profiles(call: Call) -> Answer:
    """202 while the profiles are computed (``profile_delay`` requests), then 200."""
    state = call.state
    data_set = _get(SET, state, call.path["data-set-id"])
    pending = state.profiles_pending.get(data_set["id"], 0)
    if pending > 0:
        state.profiles_pending[data_set["id"]] = pending - 1
        running = {"meta": {"status": "RUNNING", "dataSetId": data_set["id"]}}
        return Answer(202, {"data": [running]})
    schema = data_set.get("schema") if isinstance(data_set.get("schema"), dict) else {}
    fields = [f for f in (schema or {}).get("dataFields", []) if isinstance(f, dict)]
    operational = (
        data_set.get("operational") if isinstance(data_set.get("operational"), dict) else {}
    )
    profile = {
        "meta": {
            "status": "FINISHED",
            "dataSetId": data_set["id"],
            "resultType": "NORMAL",
            "computationEndTime": data_set.get("lastModifiedTime"),
        },
        "profiles": [
            {
                "name": data_set.get("technicalName", ""),
                "numberOfRows": int((operational or {}).get("rowCount") or 0),
                "sizeInBytes": int((operational or {}).get("size") or 0),
                "fieldProfiles": [
                    {
                        "name": f.get("name", ""),
                        "index": i,
                        "dataType": str((f.get("dataType") or {}).get("type", "STRING")),
                    }
                    for i, f in enumerate(fields)
                ],
            }
        ],
    }
    return Answer(200, call.numbered_page([profile]))
