"""The spaces API: create, get, list (cursor pages), patch, replace and delete spaces. A space
is deleted only once it holds nothing (the tenant state decides what it still holds)."""

from __future__ import annotations

from typing import Any

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.listing import contains, sort_docs
from qlik_catalog.emulator.problems import ApiError, bad_request, conflict, required
from qlik_catalog.emulator.state import Doc, TenantState
from qlik_catalog.spec import model_fields

SPACE_ACTIONS = ["create", "read", "update", "delete", "publish"]


def _space_view(call: Call, space: Doc) -> Doc:
    """A space as answered: its links (absolute, so made per call, for seeded spaces too)."""
    base = f"{call.base_url}/api/v1/spaces/{space['id']}"
    links = {"self": {"href": base}, "assignments": {"href": f"{base}/assignments"}}
    return {**space, "links": links}


def _check_space_name(state: TenantState, name: str, *, except_id: str | None = None) -> None:
    for space in state.spaces.values():
        if space["name"].lower() == name.lower() and space["id"] != except_id:
            raise conflict(f"a space named {name!r} already exists")


@handles("createSpace")
def create_space(call: Call) -> Answer:
    state, body = call.state, call.body
    if not body["name"].strip():
        raise bad_request("name is empty")
    _check_space_name(state, body["name"])
    stamp = state.now()
    space: Doc = {
        "id": state.ids.hex24(),
        "name": body["name"],
        "type": body["type"],
        "description": body.get("description", ""),
        "ownerId": call.user_id,
        "tenantId": state.tenant_id,
        "createdAt": stamp,
        "createdBy": call.user_id,
        "updatedAt": stamp,
        "meta": {"roles": [], "actions": SPACE_ACTIONS, "assignableRoles": ["consumer"]},
    }
    state.spaces[space["id"]] = space
    return Answer(201, _space_view(call, space))


@handles("getSpace")
def get_space(call: Call) -> Answer:
    return Answer(
        200, _space_view(call, required(call.state.spaces, call.path["spaceId"], "space"))
    )


@handles("getSpaces")
def list_spaces(call: Call) -> Answer:
    query = call.query
    docs = list(call.state.spaces.values())
    if "name" in query:
        docs = [d for d in docs if contains(d["name"], query["name"])]
    if "type" in query:
        types = set(str(query["type"]).split(","))
        docs = [d for d in docs if d["type"] in types]
    if "ownerId" in query:
        docs = [d for d in docs if d.get("ownerId") == query["ownerId"]]
    docs = sort_docs(docs, query.get("sort"), model_fields("Space"))
    body = call.cursor_page([_space_view(call, d) for d in docs])
    body["meta"] = {
        "count": len(docs),
        "personalSpace": {"actions": ["create", "read"], "resourceType": "space"},
    }
    return Answer(200, body)


def _update_space(call: Call, changes: dict[str, Any]) -> Answer:
    state = call.state
    space = required(state.spaces, call.path["spaceId"], "space")
    if "name" in changes:
        if not str(changes["name"]).strip():
            raise bad_request("name is empty")
        try:
            _check_space_name(state, changes["name"], except_id=space["id"])
        except ApiError as exc:  # these operations declare no 409
            raise bad_request(exc.detail or exc.title) from exc
    if "ownerId" in changes:
        state.user(changes["ownerId"])
    space.update(changes)
    space["updatedAt"] = state.now()
    return Answer(200, _space_view(call, space))


@handles("patchSpace")
def patch_space(call: Call) -> Answer:
    return _update_space(call, {op["path"].lstrip("/"): op["value"] for op in call.body})


@handles("updateSpace")
def replace_space(call: Call) -> Answer:
    return _update_space(call, {k: v for k, v in call.body.items() if v is not None})


@handles("deleteSpace")
def delete_space(call: Call) -> Answer:
    """412 while the space still holds data products, data sets, apps or data files."""
    call.state.delete_space(call.path["spaceId"])
    return Answer(204)
