"""The data products API: lifecycle (create, patch, activate, deactivate, move, delete), changelogs
recorded on every change, documentation export, provider URLs and data quality computations.

Answers carry every field the official ``DataProductResponse`` (``@qlik/api`` 2.19.0) always
carries; an optional field without a value is left out, never ``null``. Bodies the official
types refuse are refused with Qlik's 400: fields they do not have, more than 100 data set or
glossary ids, glossary ids that are not UUIDv4, API-consumable data sets outside ``datasetIds``.
A create naming data sets that do not exist is answered 422 (the status the official types give
create for a body it cannot use; an assumption), a patch doing so 400 (patch has no 422).
"""

from __future__ import annotations

import copy
import re
from typing import Any

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.listing import sort_docs
from qlik_catalog.emulator.problems import ApiError, bad_request, not_found, required
from qlik_catalog.emulator.state import Doc, TenantState
from qlik_catalog.spec import model_fields

# Where an activated product is published (``activatedOn`` lists target environments).
ACTIVATION_TARGET = "qlik-cloud"
LIST_FIELDS = ("tags", "datasetIds", "glossaryIds", "keyContacts", "apiConsumableDatasetIds")
# Optional string fields: patched to null, they are left out of answers (the official type has
# no ``| null``).
OPTIONAL_TEXT = ("description", "readMe")
MAX_IDS = 100  # datasetIds and glossaryIds, as the official types' comments say
UUID4 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", re.I)


def _product(call: Call) -> Doc:
    return required(call.state.data_products, call.path["dataProductId"], "data product")


def _save(call: Call, doc: Doc, changes: list[tuple[str, Any, str]]) -> None:
    """Store the product with a changelog entry of ``changes`` (path, value, operator)."""
    call.state.save_data_product(doc, call.user_id, changes)


def _check_data_sets(state: TenantState, ids: Any, path: str, *, missing_status: int = 400) -> None:
    if not isinstance(ids, list):
        return
    if len(ids) > MAX_IDS:
        raise bad_request(f"{path} holds {len(ids)} ids; at most {MAX_IDS}")
    if len(set(ids)) != len(ids):
        raise bad_request(f"{path} repeats an id")
    missing = state.missing_data_sets(ids)
    if missing:
        detail = f"{path} names data sets that do not exist: {', '.join(missing)}"
        if missing_status == 422:
            raise ApiError(422, "HTTP-422", "Unprocessable entity", detail)
        raise bad_request(detail)


def _check_glossaries(ids: Any, path: str) -> None:
    if not isinstance(ids, list):
        return
    if len(ids) > MAX_IDS:
        raise bad_request(f"{path} holds {len(ids)} ids; at most {MAX_IDS}")
    wrong = [str(i) for i in ids if not isinstance(i, str) or not UUID4.fullmatch(i)]
    if wrong:
        raise bad_request(f"{path} takes UUIDv4 glossary ids, not: {', '.join(wrong)}")


def _check_consumable(doc: Doc) -> None:
    """API-consumable data sets must be data sets of the product."""
    outside = [i for i in doc.get("apiConsumableDatasetIds") or [] if i not in doc["datasetIds"]]
    if outside:
        raise bad_request(
            "apiConsumableDatasetIds must be a subset of datasetIds; not in it: "
            + ", ".join(outside)
        )


@handles("createDataProduct")
def create(call: Call) -> Answer:
    state, body = call.state, call.body
    _check_data_sets(state, body.get("datasetIds"), "datasetIds", missing_status=422)
    _check_glossaries(body.get("glossaryIds"), "glossaryIds")
    if not body["name"].strip():
        raise bad_request("name must be a non-empty string")
    product_id = state.ids.guid()
    stamp = state.now()
    doc: Doc = {field: [] for field in LIST_FIELDS}
    doc["activatedOn"] = []
    doc.update({k: copy.deepcopy(v) for k, v in body.items()})
    _check_consumable(doc)
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
    _save(call, doc, [(f"/{k}", v, "add") for k, v in body.items()])
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
    return Answer(200, _product(call))


@handles("patchDataProduct")
def patch(call: Call) -> Answer:
    """Replace operations only (the spec's enum), applied all or nothing."""
    state = call.state
    doc = _product(call)
    updated = copy.deepcopy(doc)
    changes: list[tuple[str, Any, str]] = []
    for operation in call.body:
        path, value = operation["path"], operation.get("value")
        field = path.lstrip("/")
        if field == "name" and (not isinstance(value, str) or not value.strip()):
            raise bad_request("/name must be a non-empty string")
        if field in ("datasetIds", "apiConsumableDatasetIds"):
            _check_data_sets(state, value, path)
        if field == "glossaryIds":
            _check_glossaries(value, path)
        if field in LIST_FIELDS and value is not None and not isinstance(value, list):
            raise bad_request(f"{path} takes an array")
        if field not in LIST_FIELDS and field != "keyContacts" and isinstance(value, list):
            raise bad_request(f"{path} takes a string")
        if value is None and field in OPTIONAL_TEXT:
            updated.pop(field, None)
        else:
            updated[field] = copy.deepcopy(value) if value is not None else []
        changes.append((path, value, "replace"))
    _check_consumable(updated)
    _save(call, updated, changes)
    return Answer(204)


@handles("deleteDataProduct")
def delete(call: Call) -> Answer:
    """The product, its changelog and its item."""
    call.state.delete_data_product(call.path["dataProductId"])
    return Answer(204)


@handles("activateDataProduct")
def activate(call: Call) -> Answer:
    """The body's name must be the product's (Qlik asks for it as a confirmation)."""
    doc = _product(call)
    if call.body["name"] != doc.get("name"):
        raise bad_request(
            f"name {call.body['name']!r} is not the data product's name {doc.get('name')!r}"
        )
    targets = [ACTIVATION_TARGET]
    doc.update({"activated": True, "activatedOn": targets, "activatedAt": call.state.now()})
    _save(call, doc, [("/activatedOn", targets, "replace")])
    return Answer(201, doc)


@handles("deactivateDataProduct")
def deactivate(call: Call) -> Answer:
    doc = _product(call)
    doc.update({"activated": False, "activatedOn": []})
    _save(call, doc, [("/activatedOn", [], "remove")])
    return Answer(204)


@handles("moveDataProduct")
def move(call: Call) -> Answer:
    doc = _product(call)
    doc["spaceId"] = call.body["spaceId"]
    _save(call, doc, [("/spaceId", doc["spaceId"], "replace")])
    return Answer(204)


@handles("exportDataProductDocumentation")
def export_documentation(call: Call) -> Answer:
    state = call.state
    doc = _product(call)
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


@handles("computeDataProductDatasetsDataQuality")
def compute_data_quality(call: Call) -> Answer:
    """202 with a batch id and one computation per data set of the product: REQUESTED, or
    FAILED with an error for a data set that no longer exists. The batch and its computations
    are the data qualities API's (``getDataQualitiesBatchComputation`` polls them; they finish
    after ``quality_delay`` polls)."""
    state = call.state
    doc = _product(call)
    responses = []
    computation_ids = []
    for data_set_id in doc["datasetIds"]:
        computation = state.start_quality_computation(data_set_id, None)
        computation_ids.append(computation["id"])
        entry: Doc = {
            "computationId": computation["id"],
            "datasetId": data_set_id,
            "status": computation["status"],
        }
        if computation["status"] == "FAILED":
            entry["error"] = f"data set not found: {data_set_id}"
        responses.append(entry)
    batch_id = state.ids.guid()
    state.quality_batches[batch_id] = computation_ids
    return Answer(202, {"batchComputationId": batch_id, "datasetResponses": responses})


@handles("getDataProductChangelogs")
def changelogs(call: Call) -> Answer:
    state = call.state
    doc = _product(call)
    entries = list(state.changelogs.get(doc["id"], []))
    # Entries are appended as changes happen, so insertion order is creation order (and stays
    # exact where two changes share a millisecond).
    if call.query.get("sort", "-createdAt") == "-createdAt":
        entries.reverse()
    return Answer(200, call.numbered_page(entries))


@handles("generateDataProductProviderUrl")
def provider_url(call: Call) -> Answer:
    data_set_id = call.query["dataSetId"]
    if call.state.missing_data_sets([data_set_id]):
        raise not_found("data set", data_set_id)
    return Answer(200, {"url": f"{call.base_url}/provider/data-sets/{data_set_id}"})
