"""Data files: uploaded files and folders, listed with an opaque cursor; the 207 batch delete."""

from __future__ import annotations

import fnmatch

from qlik_catalog.emulator.calls import Answer, Call, handles
from qlik_catalog.emulator.connector import _required
from qlik_catalog.emulator.listing import sort_docs
from qlik_catalog.spec import model_fields


@handles("getDataFiles")
def list_data_files(call: Call) -> Answer:
    query = call.query
    docs = list(call.state.data_files.values())
    exact = {
        "name": "name",
        "spaceId": "spaceId",
        "ownerId": "ownerId",
        "appId": "appId",
        "folderId": "folderId",
        "folderPath": "folderPath",
    }
    for param, field in exact.items():
        if param in query:
            docs = [d for d in docs if d.get(field) == query[param]]
    if "notOwnerId" in query:
        docs = [d for d in docs if d.get("ownerId") != query["notOwnerId"]]
    if "baseNameWildcard" in query:
        docs = [
            d
            for d in docs
            if fnmatch.fnmatch(
                str(d.get("baseName", "")).lower(), query["baseNameWildcard"].lower()
            )
        ]
    docs = sort_docs(docs, query.get("sort"), model_fields("DataFile"))
    return Answer(200, call.cursor_page(docs, cursor_param="page", prev_param=None))


@handles("getDataFile")
def get_data_file(call: Call) -> Answer:
    return Answer(200, _required(call.state.data_files, call.path["id"], "data file"))


@handles("deleteDataFile")
def delete_data_file(call: Call) -> Answer:
    _required(call.state.data_files, call.path["id"], "data file")
    del call.state.data_files[call.path["id"]]
    return Answer(204)


@handles("deleteDataFiles")
def delete_data_files(call: Call) -> Answer:
    """207 with one status per file: 204 deleted, 404 missing."""
    state, body = call.state, call.body
    ids = [item["id"] for item in body["delete"]]
    for item in body.get("deleteAllBySpace") or []:
        ids += [f["id"] for f in state.data_files.values() if f.get("spaceId") == item["spaceId"]]
    if body.get("deleteAllFromPersonalSpace"):
        ids += [
            f["id"]
            for f in state.data_files.values()
            if not f.get("spaceId") and f.get("ownerId") == call.user_id
        ]
    outcomes = []
    for file_id in dict.fromkeys(ids):
        if state.data_files.pop(file_id, None) is None:
            outcomes.append(
                {
                    "id": file_id,
                    "status": 404,
                    "code": "HTTP-404",
                    "title": "Not found",
                    "detail": f"data file not found: {file_id}",
                }
            )
        else:
            outcomes.append({"id": file_id, "status": 204})
    return Answer(207, {"data": outcomes})
