"""What the three catalog APIs (data stores, data assets, data sets) share: create, get,
patch, replace and batch delete of one entity, written once over a :class:`Kind`, and their
listings (sort, page, projections; ``*`` or comma-joined ids in nested paths).

The handlers here parse and check a call and shape the answer; storing, stamping, the nesting
checks and the cascades are the tenant state's (``TenantState.save_data_asset`` etc.).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import jsonpatch
import jsonpointer

from qlik_catalog.emulator.calls import Answer, Call
from qlik_catalog.emulator.listing import project, sort_docs
from qlik_catalog.emulator.problems import bad_request, conflict, required
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
    """One of the three catalog entities, and the state methods that store and delete it."""

    name: str
    collection: str
    schema: str
    request_schema: str
    path_id: str  # the path parameter of the single-entity routes
    # TenantState.save_<kind>(doc, user_id, created) and TenantState.delete_<kinds>(ids)
    save: Callable[[TenantState, Doc, str, bool], None]
    delete: Callable[[TenantState, list[str]], None]

    def docs(self, state: TenantState) -> dict[str, Doc]:
        """The entity's collection."""
        docs: dict[str, Doc] = getattr(state, self.collection)
        return docs

    def get(self, state: TenantState, entity_id: str) -> Doc:
        """The entity ``entity_id``; 404 if there is none."""
        return required(self.docs(state), entity_id, self.name)


def _accepted_fields(kind: Kind, body: Doc) -> Doc:
    # What a request may set: its schema's fields that the answer's schema also has.
    fields = model_fields(kind.request_schema) & model_fields(kind.schema)
    return {k: copy.deepcopy(v) for k, v in body.items() if k in fields and k not in SERVER_FIELDS}


def create(kind: Kind, call: Call) -> Answer:
    """201 with the new entity; 409 when the body asks for an id that is taken."""
    state = call.state
    doc = _accepted_fields(kind, call.body)
    wanted = call.body.get("id")
    if wanted and wanted in kind.docs(state):
        raise conflict(f"a {kind.name} with id {wanted} already exists")
    doc["id"] = wanted or state.ids.hex24()
    kind.save(state, doc, call.user_id, True)
    return Answer(201, doc)


def get(kind: Kind, call: Call) -> Answer:
    """200 with the entity, projected."""
    doc = kind.get(call.state, call.path[kind.path_id])
    return Answer(200, project(doc, call.query.get("projections")))


def _check_patched(kind: Kind, before: Doc, after: Any) -> Doc:
    if not isinstance(after, dict):
        raise bad_request(f"the patch leaves the {kind.name} not an object")
    for name in SERVER_FIELDS:
        if after.get(name) != before.get(name):
            raise bad_request(f"{name} is set by the tenant and cannot be patched")
    problems = schema_errors({"$ref": f"#/components/schemas/{kind.schema}"}, after)
    if problems:
        raise bad_request(f"the patched {kind.name} breaks its schema: " + "; ".join(problems))
    return after


def patch(kind: Kind, call: Call) -> Answer:
    """JSON Patch, all or nothing: 409 for a failed ``test``, 400 for a patch that cannot
    apply or leaves the entity outside its schema or changes a field the tenant sets."""
    doc = kind.get(call.state, call.path[kind.path_id])
    try:
        patched = jsonpatch.JsonPatch(call.body).apply(copy.deepcopy(doc))
    except jsonpatch.JsonPatchTestFailed as exc:
        raise conflict(f"patch test failed: {exc}") from exc
    except (jsonpatch.JsonPatchException, jsonpointer.JsonPointerException) as exc:
        raise bad_request(f"the patch cannot be applied: {exc}") from exc
    patched = _check_patched(kind, doc, patched)
    kind.save(call.state, patched, call.user_id, False)
    return Answer(200, patched)


def replace(kind: Kind, call: Call) -> Answer:
    """PUT: the body must carry the current version (409 when stale)."""
    entity_id = call.path[kind.path_id]
    current = kind.get(call.state, entity_id)
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
    kind.save(call.state, doc, call.user_id, False)
    return Answer(200, doc)


def delete_batch(kind: Kind, call: Call) -> Answer:
    """204; the body's ids, each once (the state decides 404 and 409, all or nothing)."""
    ids = list(dict.fromkeys(call.body.get("ids") or []))
    if not ids:
        raise bad_request("ids is empty")
    kind.delete(call.state, ids)
    return Answer(204)


def selected(raw: str, pool: dict[str, Doc]) -> set[str]:
    """``*`` for every id of ``pool``, else the comma-separated ids (unknown ids match
    nothing, as a filter would). (Assumption.)"""
    if raw == "*":
        return set(pool)
    ids = {part.strip() for part in raw.split(",")}
    if "" in ids:
        raise bad_request(f"{raw!r} has an empty id")
    return ids


def listing(call: Call, kind: Kind, select: Callable[[], list[Doc]]) -> Answer:
    """A page-numbered list of what ``select`` picks, sorted and projected. The sorted list
    is cached until the next write, so paging costs a slice per page."""
    sort = call.query.get("sort")
    docs = call.state.cached_list(
        (call.op.operation_id, call.raw_path(), sort),
        lambda: sort_docs(select(), sort, model_fields(kind.schema)),
    )
    body = call.numbered_page(docs)
    projections = call.query.get("projections")
    body["data"] = [project(d, projections) for d in body["data"]]
    return Answer(200, body)
