"""The items API: the tenant's index of apps, data sets and data products (kept by the tenant
state as those change), listed with Qlik's filters (cursor pages) or fetched one by one."""

from __future__ import annotations

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.listing import contains, sort_docs
from qlik_catalog.emulator.problems import required
from qlik_catalog.emulator.state import Doc
from qlik_catalog.spec import model_fields

ITEM_ACTIONS = ["read", "update", "delete"]
# Query parameters that keep the items whose field equals the value.
_EQUAL = {
    "id": "id",
    "resourceId": "resourceId",
    "spaceId": "spaceId",
    "ownerId": "ownerId",
    "createdByUserId": "creatorId",
    "resourceSubType": "resourceSubType",
    "resourceLink": "resourceLink",
}


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


def _filtered(query: dict[str, object], docs: list[Doc]) -> list[Doc]:
    if "resourceType" in query:
        types = set(str(query["resourceType"]).split(","))
        docs = [d for d in docs if d["resourceType"] in types]
    for param, field in _EQUAL.items():
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
        docs = [d for d in docs if contains(d.get("name"), str(query["name"]))]
    if "query" in query:
        text = str(query["query"])
        docs = [
            d for d in docs if contains(d.get("name"), text) or contains(d.get("description"), text)
        ]
    if "collectionId" in query:
        docs = []  # the emulator has no collections
    return docs


# The query parameters that page through one listing rather than choose what it lists.
_PAGING = ("limit", "next", "prev")


@handles("getItems")
def list_items(call: Call) -> Answer:
    """Filtered and sorted once per generation of the tenant (cached, as the catalog listings
    are), and only the page's items shaped as answers: a big tenant's items (one per data
    set) are paged through at a slice per page."""
    sort = str(call.query.get("sort", "+createdAt")).replace("recentlyUsed", "updatedAt")
    chosen = tuple(sorted((k, str(v)) for k, v in call.query.items() if k not in _PAGING))
    docs = call.state.cached_list(
        (call.op.operation_id, chosen, sort),
        lambda: sort_docs(
            _filtered(call.query, list(call.state.items.values())), sort, model_fields("Item")
        ),
    )
    page = call.cursor_page(docs)
    page["data"] = [_item_view(call, d) for d in page["data"]]
    return Answer(200, page)


@handles("getItem")
def get_item(call: Call) -> Answer:
    return Answer(200, _item_view(call, required(call.state.items, call.path["itemId"], "item")))
