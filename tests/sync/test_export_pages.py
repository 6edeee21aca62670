"""How an export reads its listings' pages: a page of the usual shape is stored without being
decoded into objects (each row keeps the object's JSON as sent), any other through the general
reading; either way the snapshot holds the same columns and the same values, with msgspec and
without, and a hostile value in a column's field cannot break the insert."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from qlik_catalog import QlikCatalog, QlikResponseError, _json
from qlik_catalog.emulator import Emulator
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.sync import Snapshot

Edit = Callable[[list[dict[str, Any]]], None]
COLUMNS = "id, name, technical_name, store_id, asset_id, space_id, created, modified"


@pytest.fixture(params=["msgspec", "stdlib"])
def json_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs with msgspec and with it hidden (the standard library's reading)."""
    if request.param == "stdlib":
        for name in ("_DECODER", "_ENCODER", "_COMPACT", "_READ_LISTING"):
            monkeypatch.setattr(_json, name, None)
    assert _json.fast() == (request.param == "msgspec")
    return str(request.param)


class EditedDataSetPages(httpx.AsyncBaseTransport):
    """The emulator, but each page of the data set listing has ``edit`` applied to its
    objects and is sent as the standard library writes it (non-ASCII escaped)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, edit: Edit) -> None:
        self.inner = inner
        self.edit = edit

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if not request.url.path.endswith("/data-sets"):
            return response
        body = json.loads(await response.aread())
        self.edit(body["data"])
        return httpx.Response(200, content=json.dumps(body).encode(), request=request)


async def export_edited(tmp_path: Path, edit: Edit, name: str = "catalog.db") -> Path:
    emulator = Emulator()
    emulator.seed(stores=1, assets_per_store=1, sets_per_asset=3, products=1)
    transport = EditedDataSetPages(emulator.transport(), edit)
    out = tmp_path / name
    async with QlikCatalog(IN_PROCESS_URL, transport=transport, api_key=emulator.api_key) as qlik:
        await qlik.catalog.export(out)
    return out


def columns(out: Path) -> dict[str, tuple[Any, ...]]:
    with sqlite3.connect(out) as db:
        return {row[0]: row for row in db.execute(f"SELECT {COLUMNS} FROM data_sets")}


def objects(out: Path) -> dict[str, dict[str, Any]]:
    with Snapshot(out) as snapshot:
        return {doc["id"]: doc for doc in snapshot.objects("data_sets")}


def hostile(docs: list[dict[str, Any]]) -> None:
    docs[0]["name"] = {"an": "object"}
    docs[1]["dataAssetInfo"] = "da-1"
    docs[2]["lastModifiedTime"] = 5


async def test_a_field_of_another_type_is_null_in_its_column_and_kept_in_the_json(
    tmp_path: Path, json_path: str
) -> None:
    # Before, the object reached SQLite as a column's value: a raw ProgrammingError.
    out = await export_edited(tmp_path, hostile)
    stored, rows = objects(out), columns(out)
    (first,) = [doc for doc in stored.values() if doc["name"] == {"an": "object"}]
    assert rows[first["id"]][1] is None  # name
    (second,) = [doc for doc in stored.values() if doc["dataAssetInfo"] == "da-1"]
    assert rows[second["id"]][3:5] == (None, None)  # store_id, asset_id
    (third,) = [doc for doc in stored.values() if doc["lastModifiedTime"] == 5]
    assert rows[third["id"]][7] is None  # modified
    assert rows[third["id"]][1:3] == (third["name"], third["technicalName"])
    assert rows[third["id"]][3] == third["dataAssetInfo"]["dataStoreInfo"]["id"]


def exotic(docs: list[dict[str, Any]]) -> None:
    docs[0]["name"] = "caf\u00e9 \u2603 \U0001d11e"
    docs[0]["properties"] = {"big": 2**70, "float": 1e16, "lone": "\ud800", "nested": [[{}]]}


async def test_both_readings_store_the_same_columns_and_values(tmp_path: Path) -> None:
    fast = await export_edited(tmp_path, exotic, "fast.db")
    assert _json.fast()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_json, "_READ_LISTING", None)  # every page read the general way
        general = await export_edited(tmp_path, exotic, "general.db")
    assert columns(fast) == columns(general)
    assert objects(fast) == objects(general)
    unusual = next(doc for doc in objects(fast).values() if "properties" in doc)
    assert unusual["properties"] == {
        "big": 2**70,
        "float": 1e16,
        "lone": "\ud800",
        "nested": [[{}]],
    }
    assert unusual["name"] == "caf\u00e9 \u2603 \U0001d11e"
    with sqlite3.connect(fast) as db:
        texts = [row[0] for row in db.execute("SELECT json FROM data_sets")]
    # The fast reading keeps the JSON as the tenant sent it (here, with escapes).
    assert any('"caf\\u00e9 \\u2603 \\ud834\\udd1e"' in text for text in texts)


def no_id(docs: list[dict[str, Any]]) -> None:
    del docs[1]["id"]


async def test_a_page_with_an_object_without_an_id_is_an_unreadable_answer(
    tmp_path: Path, json_path: str
) -> None:
    with pytest.raises(QlikResponseError, match="not an array of objects with ids") as raised:
        await export_edited(tmp_path, no_id)
    assert raised.value.status == 200
