"""Spaces, users, apps, reports and items: the APIs behind the connector's actions (data files
are in data_files.py). Their lists page with opaque cursors."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.listing import complete_links, project, sort_docs
from qlik_catalog.emulator.problems import ApiError, bad_request, conflict, not_found
from qlik_catalog.emulator.state import Doc, TenantState
from qlik_catalog.spec import model_fields

SPACE_ACTIONS = ["create", "read", "update", "delete", "publish"]


def _required(pool: dict[str, Doc], key: str, what: str) -> Doc:
    doc = pool.get(key)
    if doc is None:
        raise not_found(what, key)
    return doc


def _contains(value: Any, needle: str) -> bool:
    return isinstance(value, str) and needle.lower() in value.lower()


# --- spaces ---------------------------------------------------------------------------------


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
        200, _space_view(call, _required(call.state.spaces, call.path["spaceId"], "space"))
    )


@handles("getSpaces")
def list_spaces(call: Call) -> Answer:
    query = call.query
    docs = list(call.state.spaces.values())
    if "name" in query:
        docs = [d for d in docs if _contains(d["name"], query["name"])]
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
    space = _required(state.spaces, call.path["spaceId"], "space")
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
    state = call.state
    space = _required(state.spaces, call.path["spaceId"], "space")
    held = [
        what
        for what, pool in (
            ("data products", state.data_products),
            ("data sets", state.data_sets),
            ("data files", state.data_files),
        )
        if any(doc.get("spaceId") == space["id"] for doc in pool.values())
    ]
    if any(app["attributes"].get("spaceId") == space["id"] for app in state.apps.values()):
        held.append("apps")
    if held:
        raise ApiError(
            412, "HTTP-412", "Precondition failed", f"the space still holds {', '.join(held)}"
        )
    del state.spaces[space["id"]]
    return Answer(204)


# --- users ----------------------------------------------------------------------------------

_SCIM_TERM = re.compile(r'\s*(\w+)\s+(eq|ne|co|sw)\s+"([^"]*)"\s*', re.I)


def _scim_filter(expression: str) -> Callable[[Doc], bool]:
    """A predicate for the SCIM filters Qlik's users list takes: ``attr op "value"`` terms
    (eq, ne, co, sw) joined by ``and``. Anything else is a 400."""
    tests: list[Callable[[Doc], bool]] = []
    for term in re.split(r"\s+and\s+", expression.strip(), flags=re.I):
        match = _SCIM_TERM.fullmatch(term)
        if match is None:
            raise bad_request(f"filter {expression!r} is not a supported SCIM filter")
        attr, op, value = match.group(1), match.group(2).lower(), match.group(3)

        def test(doc: Doc, attr: str = attr, op: str = op, value: str = value) -> bool:
            actual = str(doc.get(attr, ""))
            return {
                "eq": actual == value,
                "ne": actual != value,
                "co": value.lower() in actual.lower(),
                "sw": actual.lower().startswith(value.lower()),
            }[op]

        tests.append(test)
    return lambda doc: all(test(doc) for test in tests)


def _user_fields(call: Call, doc: Doc) -> Doc:
    """The user as answered: with its own link (every answer has it), then ``fields``."""
    doc = {**doc, "links": {"self": {"href": f"{call.base_url}/api/v1/users/{doc['id']}"}}}
    fields = call.query.get("fields")
    return project(doc, fields) if fields else doc


@handles("getUsers")
def list_users(call: Call) -> Answer:
    query = call.query
    docs = list(call.state.users.values())
    if "filter" in query:
        keep = _scim_filter(query["filter"])
        docs = [d for d in docs if keep(d)]
    sort = query.get("sort")
    if sort:
        docs = sort_docs(docs, sort.replace("_id", "id"), model_fields("User"))
    body = call.cursor_page([_user_fields(call, d) for d in docs])
    if query.get("totalResults"):
        body["totalResults"] = len(docs)
    return Answer(200, body)


@handles("getMyUser")
def me(call: Call) -> Answer:
    return Answer(200, _user_fields(call, call.state.user(call.user_id)))


@handles("getUser")
def get_user(call: Call) -> Answer:
    return Answer(200, _user_fields(call, _required(call.state.users, call.path["userId"], "user")))


# --- apps -----------------------------------------------------------------------------------


@handles("getAppInfo")
def get_app(call: Call) -> Answer:
    app = _required(call.state.apps, call.path["appId"], "app")
    # The emulator keeps an app's space among its attributes (spaces and items need it), but
    # Qlik's NxAttributes type has no spaceId: the answer leaves it out.
    attributes = {k: v for k, v in app["attributes"].items() if k != "spaceId"}
    return Answer(200, {**app, "attributes": attributes})


@handles("deleteApp")
def delete_app(call: Call) -> Answer:
    state = call.state
    _required(state.apps, call.path["appId"], "app")
    del state.apps[call.path["appId"]]
    state.drop_item("app", call.path["appId"])
    return Answer(200)


# --- reports --------------------------------------------------------------------------------


def _report_app_ids(body: Doc) -> list[str]:
    found = []
    for key, value in body.items():
        if key.endswith("Template") and isinstance(value, dict) and "appId" in value:
            found.append(str(value["appId"]))
    return found


@handles("createReport")
def create_report(call: Call) -> Answer:
    state = call.state
    for app_id in _report_app_ids(call.body):
        if app_id not in state.apps:
            raise not_found("app", app_id)
    request_id = state.ids.guid()
    output = call.body["output"]
    state.reports[request_id] = {
        "id": request_id,
        "pending": state.report_delay,
        "outputId": output["outputId"],
    }
    return Answer(
        202,
        {
            "requestId": request_id,
            "outputsUrl": f"{call.base_url}/api/v1/reports/{request_id}/outputs",
            "message": "report request accepted",
        },
    )


def _report(call: Call) -> Doc:
    return _required(call.state.reports, call.path["id"], "report request")


@handles("getReportStatus")
def report_status(call: Call) -> Answer:
    """``queued``/``processing`` for ``report_delay`` polls, then ``done``."""
    report = _report(call)
    if report["pending"] > 0:
        report["pending"] -= 1
        return Answer(200, {"status": "processing", "resolutionAttempts": 1, "results": []})
    result = {
        "outputId": report["outputId"],
        "location": (
            f"{call.base_url}/api/v1/reports/{report['id']}/outputs/{report['outputId']}/data"
        ),
    }
    return Answer(200, {"status": "done", "resolutionAttempts": 1, "results": [result]})


@handles("getReportOutputs")
def report_outputs(call: Call) -> Answer:
    report = _report(call)
    done = report["pending"] <= 0
    output: Doc = {
        "outputId": report["outputId"],
        "status": "done" if done else "processing",
        "sizeBytes": 1024 if done else 0,
    }
    if done:  # a string in the types, never null: absent until there is something to fetch
        output["location"] = (
            f"{call.base_url}/api/v1/reports/{report['id']}/outputs/{report['outputId']}/data"
        )
    docs = sort_docs([output], call.query.get("sort"), ["outputId", "sizeBytes"])
    page = call.cursor_page(docs, cursor_param="page", prev_param=None)
    return Answer(200, complete_links(page))


# --- items ----------------------------------------------------------------------------------


ITEM_ACTIONS = ["read", "update", "delete"]


def _item_view(call: Call, item: Doc) -> Doc:
    """An item as answered: with the fields Qlik's types always carry (the emulator has no
    collections, tags or favourites, so those are empty)."""
    return {
        "resourceAttributes": {},
        "resourceCustomAttributes": {},
        **item,
        "actions": ITEM_ACTIONS,
        "collectionIds": [],
        "isFavorited": False,
        "links": {"self": {"href": f"{call.base_url}/api/v1/items/{item['id']}"}},
        "meta": {"actions": ITEM_ACTIONS, "collections": [], "isFavorited": False, "tags": []},
    }


@handles("getItems")
def list_items(call: Call) -> Answer:
    query = call.query
    docs = list(call.state.items.values())
    if "resourceType" in query:
        types = set(str(query["resourceType"]).split(","))
        docs = [d for d in docs if d["resourceType"] in types]
    equal = {
        "id": "id",
        "resourceId": "resourceId",
        "spaceId": "spaceId",
        "ownerId": "ownerId",
        "createdByUserId": "creatorId",
        "resourceSubType": "resourceSubType",
        "resourceLink": "resourceLink",
    }
    for param, field in equal.items():
        if param in query:
            docs = [d for d in docs if d.get(field) == query[param]]
    if "resourceIds" in query:
        wanted = set(str(query["resourceIds"]).split(","))
        docs = [d for d in docs if d["resourceId"] in wanted]
    if "notOwnerId" in query:
        docs = [d for d in docs if d.get("ownerId") != query["notOwnerId"]]
    if "notCreatedByUserId" in query:
        docs = [d for d in docs if d.get("creatorId") != query["notCreatedByUserId"]]
    if "name" in query:
        docs = [d for d in docs if _contains(d.get("name"), query["name"])]
    if "query" in query:
        docs = [
            d
            for d in docs
            if _contains(d.get("name"), query["query"])
            or _contains(d.get("description"), query["query"])
        ]
    if "collectionId" in query:
        docs = []  # the emulator has no collections
    sort = str(query.get("sort", "+createdAt")).replace("recentlyUsed", "updatedAt")
    docs = sort_docs(docs, sort, model_fields("Item"))
    return Answer(200, call.cursor_page([_item_view(call, d) for d in docs]))


@handles("getItem")
def get_item(call: Call) -> Answer:
    return Answer(200, _item_view(call, _required(call.state.items, call.path["itemId"], "item")))
