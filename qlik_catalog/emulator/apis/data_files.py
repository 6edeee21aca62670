"""The data files API: uploaded files and folders, listed one space at a time through the space's
data-files connection (cursor pages), the connections themselves, and the 207 batch delete.

As on a tenant (``@qlik/api`` 2.19.0, data-files.d.ts): every team space the user can see
has one data-files connection, and there is one for the personal space; the list takes a
``connectionId`` (none: the caller's personal space; ``includeAllSpaces``: every space) and no
space id. Connections are not stored: the tenant state derives them from the spaces
(``TenantState.data_file_connections``), so a space created through the spaces API has one at
once, with an id derived from the space's.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from typing import Any

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.listing import complete_links, sort_docs
from qlik_catalog.emulator.problems import ApiError, bad_request, required
from qlik_catalog.emulator.state import Doc, TenantState
from qlik_catalog.spec import model_fields

EPOCH = "2024-01-01T00:00:00.000Z"  # createdDate of a stored item that has none
DEFAULT_ACTIONS = ("read", "update", "delete", "list", "change_owner", "change_space")
STATS_FIELDS = (
    "aggregateAppScopedFileSize",
    "aggregateFileSize",
    "aggregateInternalFileSize",
    "directAppScopedFileCount",
    "directFileCount",
    "directFolderCount",
    "directInternalFileCount",
    "totalAppScopedFileCount",
    "totalFileCount",
    "totalFolderCount",
    "totalInternalFileCount",
)
# Extensions Qlik treats as internal (not shown to end users by default). (Assumption.)
INTERNAL_EXTENSIONS = (".qvd.meta", ".parquet.meta", ".qvf.tmp")


# --- connections (derived from the spaces by the tenant state) ------------------------------


def _with_stats(call: Call, connection: Doc) -> Doc:
    space_id = connection.get("spaceId")
    files = call.state.data_files_in(space_id, call.user_id)
    return {**connection, "spaceStats": _stats(files, root=None)}


@handles("getDataFilesConnections")
def list_connections(call: Call) -> Answer:
    query = call.query
    docs = call.state.data_file_connections()
    if "spaceId" in query:
        docs = [c for c in docs if c["spaceId"] == query["spaceId"]]
    if query.get("personal"):
        docs = [c for c in docs if c["spaceId"] is None]
    if "name" in query:
        docs = [c for c in docs if c["name"] == query["name"]]
    if query.get("includeSpaceStats"):
        docs = [_with_stats(call, c) for c in docs]
    docs = sort_docs(docs, query.get("sort"), model_fields("DataFileConnection"))
    return Answer(200, _page(call, docs))


@handles("getDataFileConnection")
def get_connection(call: Call) -> Answer:
    found = call.state.data_file_connection(call.path["id"])
    if found is None:
        raise ApiError(
            404, "DF-014", "Not found", f"data-files connection not found: {call.path['id']}"
        )
    return Answer(200, found)


# --- files -------------------------------------------------------------------------------------


def _is_internal(doc: Doc) -> bool:
    return str(doc.get("name", "")).lower().endswith(INTERNAL_EXTENSIONS)


def _under(doc: Doc, folder: str, *, direct: bool) -> bool:
    """Whether ``doc`` lies in the folder path ``folder`` (``""``: the root): directly, or at
    any depth."""
    parent = doc.get("folderPath") or ""
    if direct:
        return parent == folder
    return not folder or parent == folder or parent.startswith(folder + "/")


def _stats(docs: list[Doc], root: str | None) -> Doc:
    """FolderStatsResponse of the folder path ``root`` over ``docs`` (``None``: a space's root)."""
    folder = root or ""
    stats = dict.fromkeys(STATS_FIELDS, 0)
    for doc in docs:
        if doc.get("name") == root:
            continue  # the folder itself
        inside = _under(doc, folder, direct=False)
        if not inside:
            continue
        direct = _under(doc, folder, direct=True)
        if doc.get("folder"):
            stats["totalFolderCount"] += 1
            stats["directFolderCount"] += int(direct)
            continue
        size = int(doc.get("size") or 0)
        kind = "Internal" if _is_internal(doc) else ("AppScoped" if doc.get("appId") else "")
        stats["totalFileCount"] += 1
        stats["directFileCount"] += int(direct)
        stats["aggregateFileSize"] += size
        if kind:
            stats[f"total{kind}FileCount"] += 1
            stats[f"direct{kind}FileCount"] += int(direct)
            stats[f"aggregate{kind}FileSize"] += size
    return stats


def _same_space(one: Doc, other: Doc) -> bool:
    """Whether two items share a space (for personal items: the same owner's)."""
    if one.get("spaceId") or other.get("spaceId"):
        return one.get("spaceId") == other.get("spaceId")
    return one.get("ownerId") == other.get("ownerId")


def answer_doc(state: TenantState, doc: Doc) -> Doc:
    """A stored file or folder in the official shape: every field DataFileUploadResponse
    always carries is there (``folderStats`` computed, zeros for a file)."""
    out = dict(doc)
    out.setdefault("actions", list(DEFAULT_ACTIONS))
    out.setdefault("createdDate", doc.get("modifiedDate") or EPOCH)
    out.setdefault("size", 0)
    out.setdefault("folder", False)
    if out["folder"]:
        siblings = [d for d in state.data_files.values() if _same_space(d, doc)]
        out["folderStats"] = _stats(siblings, str(doc.get("name", "")))
    else:
        out["folderStats"] = dict.fromkeys(STATS_FIELDS, 0)
    return out


def _page(call: Call, docs: list[Doc]) -> Doc:
    """A cursor page whose ``links`` carry ``self``, ``prev`` and ``next`` always, as the
    official LinksResponse does (``href`` null where there is no such page)."""
    return complete_links(call.cursor_page(docs, cursor_param="page", prev_param=None))


def _listed(call: Call) -> list[Doc]:
    """The files of the space the query names (its connection, all spaces, or personal)."""
    query, state = call.query, call.state
    if "connectionId" in query:
        found = state.data_file_connection(query["connectionId"])
        if found is None:
            raise bad_request(
                f"data-files connection not found: {query['connectionId']}", code="DF-014"
            )
        return state.data_files_in(found["spaceId"], call.user_id)
    if query.get("includeAllSpaces"):
        return [
            d
            for d in state.data_files.values()
            if d.get("spaceId") or d.get("ownerId") == call.user_id
        ]
    if "ownerId" in query:
        # Without a connection, every file of that owner in a personal space.
        return [d for d in state.data_files.values() if not d.get("spaceId")]
    return state.data_files_in(None, call.user_id)


@handles("getDataFiles")
def list_data_files(call: Call) -> Answer:
    query, state = call.query, call.state
    docs = [d for d in _in_folder(call, _listed(call)) if _kept(query, d)]
    docs = sort_docs(docs, query.get("sort"), model_fields("DataFile"))
    page = _page(call, docs)
    page["data"] = [answer_doc(state, d) for d in page["data"]]
    return Answer(200, page)


def _in_folder(call: Call, docs: list[Doc]) -> list[Doc]:
    """``docs`` narrowed to ``folderPath`` or ``folderId`` (and ``excludeSubFolders``)."""
    query = call.query
    if "folderId" in query and "folderPath" in query:
        raise bad_request("folderId and folderPath cannot both be given", code="DF-003")
    folder = query.get("folderPath")
    if "folderId" in query:
        parent = call.state.data_files.get(query["folderId"])
        if parent is None or not parent.get("folder"):
            raise bad_request(f"folder not found: {query['folderId']}", code="DF-005")
        folder = str(parent["name"])
    if folder is None and not query.get("excludeSubFolders"):
        return docs
    direct = bool(query.get("excludeSubFolders"))
    return [d for d in docs if _under(d, folder or "", direct=direct)]


def _app_matches(app_id: Any, doc: Doc) -> bool:
    """No ``appId``: files of no app; ``*``: files of any app; else that app's."""
    if app_id is None:
        return not doc.get("appId")
    if app_id == "*":
        return bool(doc.get("appId"))
    return bool(doc.get("appId") == app_id)


# The list's filters, each a test of one file against the query.
_FILTERS: tuple[Callable[[dict[str, Any], Doc], bool], ...] = (
    lambda q, d: "name" not in q or d.get("name") == q["name"],
    lambda q, d: "ownerId" not in q or d.get("ownerId") == q["ownerId"],
    lambda q, d: "notOwnerId" not in q or d.get("ownerId") != q["notOwnerId"],
    lambda q, d: _app_matches(q.get("appId"), d),
    lambda q, d: bool(q.get("includeFolders")) or not d.get("folder"),
    lambda q, d: not q.get("excludeFiles") or bool(d.get("folder")),
    lambda q, d: q.get("allowInternalFiles") is not False or not _is_internal(d),
    lambda q, d: (
        "baseNameWildcard" not in q
        or fnmatch.fnmatch(str(d.get("baseName", "")).lower(), q["baseNameWildcard"].lower())
    ),
)


def _kept(query: dict[str, Any], doc: Doc) -> bool:
    return all(keep(query, doc) for keep in _FILTERS)


@handles("getDataFile")
def get_data_file(call: Call) -> Answer:
    doc = required(call.state.data_files, call.path["id"], "data file")
    return Answer(200, answer_doc(call.state, doc))


def _remove(state: TenantState, file_id: str) -> bool:
    """Delete a file, or a folder with everything under it; False if there is no such item."""
    doc = state.data_files.pop(file_id, None)
    if doc is None:
        return False
    if doc.get("folder"):
        path = str(doc.get("name", ""))
        for other_id, other in list(state.data_files.items()):
            if _same_space(other, doc) and _under(other, path, direct=False):
                del state.data_files[other_id]
    return True


@handles("deleteDataFile")
def delete_data_file(call: Call) -> Answer:
    required(call.state.data_files, call.path["id"], "data file")
    _remove(call.state, call.path["id"])
    return Answer(204)


def _outcome(item_id: str, status: int, code: str, title: str, detail: str | None = None) -> Doc:
    entry: dict[str, Any] = {"id": item_id, "status": status, "code": code, "title": title}
    if detail is not None:
        entry["detail"] = detail
    return entry


@handles("deleteDataFiles")
def delete_data_files(call: Call) -> Answer:
    """207 with one entry per item, ``code`` on each: 204 ``HTTP-204`` deleted, 404
    ``HTTP-404`` a missing file, 404 ``DF-009`` a missing space of ``deleteAllBySpace``."""
    state, body = call.state, call.body
    outcomes: list[Doc] = []
    ids = [item["id"] for item in body["delete"]]
    for item in body.get("deleteAllBySpace") or []:
        space_id = item["id"]
        if space_id not in state.spaces:
            outcomes.append(
                _outcome(space_id, 404, "DF-009", "Not found", f"space not found: {space_id}")
            )
            continue
        ids += [d["id"] for d in state.data_files_in(space_id, call.user_id)]
    if body.get("deleteAllFromPersonalSpace"):
        ids += [d["id"] for d in state.data_files_in(None, call.user_id)]
    for file_id in dict.fromkeys(ids):
        if _remove(state, file_id):
            outcomes.append(_outcome(file_id, 204, "HTTP-204", "Deleted"))
        else:
            outcomes.append(
                _outcome(file_id, 404, "HTTP-404", "Not found", f"data file not found: {file_id}")
            )
    return Answer(207, {"data": outcomes})
