"""Data products: lifecycle (create, patch, activate, deactivate, move, delete), changelogs
recorded on every change, documentation export and provider URLs."""

from __future__ import annotations

import copy
from typing import Any

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.listing import sort_docs
from qlik_catalog.emulator.problems import bad_request, not_found
from qlik_catalog.emulator.state import Doc, TenantState
from qlik_catalog.spec import model_fields

# Where an activated product is published (``activatedOn`` lists target environments).
ACTIVATION_TARGET = "qlik-cloud"
LIST_FIELDS = ("tags", "datasetIds", "glossaryIds", "keyContacts", "apiConsumableDatasetIds")


def _product(state: TenantState, product_id: str) -> Doc:
    doc = state.data_products.get(product_id)
    if doc is None:
        raise not_found("data product", product_id)
    return doc


def _record(call: Call, product_id: str, changes: list[tuple[str, Any, str]]) -> None:
    """Append a changelog entry: (path, new value, operator) per changed property."""
    state = call.state
    state.changelogs.setdefault(product_id, []).append(
        {
            "id": state.ids.hex24(),
            "createdAt": state.now(),
            "createdBy": call.user_id,
            "changes": [
                {"path": path, "value": copy.deepcopy(value), "operator": operator}
                for path, value, operator in changes
            ],
        }
    )


def _touch(call: Call, doc: Doc) -> None:
    doc["updatedAt"] = call.state.now()
    doc["updatedBy"] = call.user_id
    call.state.index_item("dataproduct", doc, owner=doc.get("ownerId") or call.user_id)


def _check_data_sets(state: TenantState, ids: Any, path: str) -> None:
    if not isinstance(ids, list):
        return
    missing = [i for i in ids if i not in state.data_sets]
    if missing:
        raise bad_request(f"{path} names data sets that do not exist: {', '.join(missing)}")
    if len(set(ids)) != len(ids):
        raise bad_request(f"{path} repeats an id")


@handles("createDataProduct")
def create(call: Call) -> Answer:
    state, body = call.state, call.body
    product_id = state.ids.guid()
    stamp = state.now()
    doc: Doc = {field: [] for field in LIST_FIELDS}
    known = model_fields("DataProductCreate") & model_fields("DataProduct")
    doc.update({k: copy.deepcopy(v) for k, v in body.items() if k in known})
    doc.update(
        {
            "id": product_id,
            "qri": f"qri:dataproduct:{state.tenant_id}:{product_id}",
            "tenantId": state.tenant_id,
            "ownerId": call.user_id,
            "activated": False,
            "createdAt": stamp,
            "createdBy": call.user_id,
        }
    )
    state.data_products[product_id] = doc
    _record(call, product_id, [(f"/{k}", v, "add") for k, v in body.items() if k in known])
    _touch(call, doc)
    return Answer(201, doc)


@handles("getDataProducts")
def list_products(call: Call) -> Answer:
    docs = list(call.state.data_products.values())
    space_id = call.query.get("spaceId")
    if space_id is not None:
        docs = [d for d in docs if d.get("spaceId") == space_id]
    docs = sort_docs(docs, call.query.get("sort"), model_fields("DataProduct"))
    return Answer(200, call.numbered_page(docs))


@handles("getDataProduct")
def get(call: Call) -> Answer:
    return Answer(200, _product(call.state, call.path["dataProductId"]))


@handles("patchDataProduct")
def patch(call: Call) -> Answer:
    """Replace operations only (the spec's enum), applied all or nothing."""
    state = call.state
    doc = _product(state, call.path["dataProductId"])
    updated = copy.deepcopy(doc)
    changes: list[tuple[str, Any, str]] = []
    for operation in call.body:
        path, value = operation["path"], operation.get("value")
        field = path.lstrip("/")
        if field == "name" and (not isinstance(value, str) or not value.strip()):
            raise bad_request("/name must be a non-empty string")
        if field in ("datasetIds", "apiConsumableDatasetIds"):
            _check_data_sets(state, value, path)
        if field in LIST_FIELDS and value is not None and not isinstance(value, list):
            raise bad_request(f"{path} takes an array")
        if field not in LIST_FIELDS and field != "keyContacts" and isinstance(value, list):
            raise bad_request(f"{path} takes a string")
        updated[field] = (
            copy.deepcopy(value) if value is not None else ([] if field in LIST_FIELDS else None)
        )
        changes.append((path, value, "replace"))
    state.data_products[doc["id"]] = updated
    _record(call, doc["id"], changes)
    _touch(call, updated)
    return Answer(204)


@handles("deleteDataProduct")
def delete(call: Call) -> Answer:
    state = call.state
    doc = _product(state, call.path["dataProductId"])
    del state.data_products[doc["id"]]
    state.changelogs.pop(doc["id"], None)
    state.drop_item("dataproduct", doc["id"])
    return Answer(204)


@handles("activateDataProduct")
def activate(call: Call) -> Answer:
    """The body's name must be the product's (Qlik asks for it as a confirmation)."""
    doc = _product(call.state, call.path["dataProductId"])
    if call.body["name"] != doc.get("name"):
        raise bad_request(
            f"name {call.body['name']!r} is not the data product's name {doc.get('name')!r}"
        )
    targets = [ACTIVATION_TARGET]
    doc.update({"activated": True, "activatedOn": targets, "activatedAt": call.state.now()})
    _record(call, doc["id"], [("/activatedOn", targets, "replace")])
    _touch(call, doc)
    return Answer(201, doc)


@handles("deactivateDataProduct")
def deactivate(call: Call) -> Answer:
    doc = _product(call.state, call.path["dataProductId"])
    doc.update({"activated": False, "activatedOn": []})
    _record(call, doc["id"], [("/activatedOn", [], "remove")])
    _touch(call, doc)
    return Answer(204)


@handles("moveDataProduct")
def move(call: Call) -> Answer:
    doc = _product(call.state, call.path["dataProductId"])
    doc["spaceId"] = call.body["spaceId"]
    _record(call, doc["id"], [("/spaceId", doc["spaceId"], "replace")])
    _touch(call, doc)
    return Answer(204)


@handles("exportDataProductDocumentation")
def export_documentation(call: Call) -> Answer:
    state = call.state
    doc = _product(state, call.path["dataProductId"])
    lines = [f"# {doc.get('name', '')}", ""]
    if doc.get("description"):
        lines += [str(doc["description"]), ""]
    lines += ["## Data sets", ""]
    for data_set_id in doc.get("datasetIds") or []:
        data_set = state.data_sets.get(data_set_id, {})
        lines.append(f"- {data_set.get('name') or data_set_id} (`{data_set_id}`)")
    if doc.get("readMe"):
        lines += ["", "## Read me", "", str(doc["readMe"])]
    return Answer(200, text="\n".join(lines) + "\n", content_type="text/markdown")


@handles("getDataProductChangelogs")
def changelogs(call: Call) -> Answer:
    state = call.state
    doc = _product(state, call.path["dataProductId"])
    entries = list(state.changelogs.get(doc["id"], []))
    # Entries are appended as changes happen, so insertion order is creation order (and stays
    # exact where two changes share a millisecond).
    if call.query.get("sort", "-createdAt") == "-createdAt":
        entries.reverse()
    return Answer(200, call.numbered_page(entries))


@handles("generateDataProductProviderUrl")
def provider_url(call: Call) -> Answer:
    data_set_id = call.query["dataSetId"]
    if data_set_id not in call.state.data_sets:
        raise not_found("data set", data_set_id)
    return Answer(200, {"url": f"{call.base_url}/provider/data-sets/{data_set_id}"})
