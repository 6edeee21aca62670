"""The emulator's data files as a tenant has them (@qlik/api 2.19.0, data-files.d.ts): one
data-files connection per team space plus the personal one, lists by ``connectionId`` (no space
id), the official answer shapes, and the 207 batch delete."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from qlik_catalog import (
    BadRequestError,
    DataFilesConnectionNotFoundError,
    NotFoundError,
    QlikCatalog,
)
from qlik_catalog.emulator import Emulator
from qlik_catalog.emulator.apis.data_files import STATS_FIELDS
from tests.narrow import present

FILES = "/api/v1/data-files"


def space_id(emulator: Emulator, name: str) -> str:
    found = next(s["id"] for s in emulator.state.spaces.values() if s["name"] == name)
    assert isinstance(found, str)
    return found


def seeded_names(emulator: Emulator, name: str) -> list[str]:
    """Names of the seeded files in the space called ``name``."""
    wanted = space_id(emulator, name)
    return sorted(d["name"] for d in emulator.state.data_files.values() if d["spaceId"] == wanted)


def add(emulator: Emulator, file_id: str, name: str, **fields: Any) -> None:
    """Store a data file the way the seed does."""
    emulator.state.data_files[file_id] = {
        "id": file_id,
        "name": name,
        "baseName": name.rsplit("/", 1)[-1],
        "size": 100,
        "ownerId": "ann",
        "spaceId": None,
        "folder": False,
        "createdDate": "2024-02-01T00:00:00.000Z",
        "modifiedDate": "2024-02-01T00:00:00.000Z",
        **fields,
    }


async def test_one_connection_per_team_space_and_the_personal_one(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    found = await qlik.data_files.connections().to_list()
    assert sorted(c.space_id or "" for c in found) == sorted(["", *emulator.state.spaces])
    assert len({c.id for c in found}) == len(found)
    (personal,) = await qlik.data_files.connections(personal=True).to_list()
    assert personal.space_id is None
    sales = space_id(emulator, "Sales")
    (one,) = await qlik.data_files.connections(space_id=sales).to_list()
    assert one.space_id == sales
    assert (await qlik.data_files.get_connection(one.id)).space_id == sales


async def test_a_new_space_has_a_connection_and_a_deleted_one_none(qlik: QlikCatalog) -> None:
    space = await qlik.spaces.create("Ops")
    connection = await qlik.data_files.connection_for_space(space.id)
    assert connection.space_id == space.id
    assert await qlik.data_files.list(space_id=space.id).to_list() == []
    await qlik.spaces.delete(space.id)
    with pytest.raises(DataFilesConnectionNotFoundError):
        await qlik.data_files.list(space_id=space.id)


async def test_list_of_a_space_gives_that_spaces_files_only(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    for name in ("Sales", "Finance", "Lake"):
        files = await qlik.data_files.list(space_id=space_id(emulator, name)).to_list()
        assert sorted(f.name for f in files) == seeded_names(emulator, name)
        assert {f.space_id for f in files} == {space_id(emulator, name)}


async def test_delete_many_fed_from_a_space_list_deletes_that_space_only(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    sales = space_id(emulator, "Sales")
    others = {i for i, d in emulator.state.data_files.items() if d["spaceId"] != sales}
    ids = [f.id async for f in qlik.data_files.list(space_id=sales)]
    result = await qlik.data_files.delete_many(ids)
    assert sorted(result.succeeded) == sorted(ids)
    assert not result.failed
    assert set(emulator.state.data_files) == others


async def test_list_of_a_space_the_tenant_lacks_raises(qlik: QlikCatalog) -> None:
    with pytest.raises(DataFilesConnectionNotFoundError, match="nope"):
        await qlik.data_files.list(space_id="nope").to_list()


async def test_the_default_list_is_the_callers_personal_space(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    add(emulator, "p1", "mine.csv")
    add(emulator, "p2", "theirs.csv", ownerId="user-1")
    assert [f.id async for f in qlik.data_files.list()] == ["p1"]
    everything = [f.name async for f in qlik.data_files.list(include_all_spaces=True)]
    assert sorted(everything) == sorted(
        ["mine.csv", *(d["name"] for d in emulator.state.data_files.values() if d["spaceId"])]
    )
    (personal,) = await qlik.data_files.connections(personal=True).to_list()
    assert [f.id async for f in qlik.data_files.list(connection_id=personal.id)] == ["p1"]


async def test_a_space_id_query_parameter_is_refused(http: httpx.AsyncClient) -> None:
    # The old client sent `spaceId`, which a tenant ignores; the emulator refuses what the
    # spec does not declare, so such a client fails here rather than on a real tenant.
    answer = await http.get(FILES, params={"spaceId": "x"})
    assert answer.status_code == 400
    assert "spaceId" in answer.json()["errors"][0]["detail"]


async def test_an_unknown_connection_is_refused(qlik: QlikCatalog) -> None:
    with pytest.raises(BadRequestError) as caught:
        await qlik.data_files.list(connection_id="no-such-connection").to_list()
    assert caught.value.codes == ["DF-014"]
    with pytest.raises(NotFoundError):
        await qlik.data_files.get_connection("no-such-connection")


async def test_answers_carry_every_field_the_official_types_always_carry(
    http: httpx.AsyncClient, emulator: Emulator
) -> None:
    emulator.state.data_files["bare"] = {"id": "bare", "name": "bare.csv", "ownerId": "ann"}
    page = (await http.get(FILES, params={"limit": 1})).json()
    assert page["links"]["prev"] == {"href": None}
    assert page["links"]["next"] == {"href": None}
    assert page["links"]["self"]["href"].startswith("http")
    (bare,) = page["data"]
    for name in ("actions", "createdDate", "folderStats", "id", "name", "ownerId", "size"):
        assert name in bare, name
    assert bare["folderStats"] == dict.fromkeys(STATS_FIELDS, 0)
    listed = (await http.get(FILES, params={"limit": 1, "includeAllSpaces": "true"})).json()
    assert listed["links"]["prev"] == {"href": None}
    assert listed["links"]["next"]["href"] is not None
    later = (await http.get(listed["links"]["next"]["href"])).json()
    assert later["links"]["prev"]["href"] is not None
    connections = (await http.get(f"{FILES}/connections", params={"limit": 1})).json()
    assert set(connections["links"]) == {"self", "prev", "next"}
    for item in connections["data"]:
        assert {"connectStatement", "id", "name", "type"} <= set(item)


async def test_folders_their_stats_and_their_contents(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    add(emulator, "d1", "raw", folder=True, size=0)
    add(emulator, "d2", "raw/2024", folder=True, size=0, folderPath="raw", folderId="d1")
    add(emulator, "f1", "raw/a.csv", folderPath="raw", folderId="d1", size=10)
    add(emulator, "f2", "raw/2024/b.csv", folderPath="raw/2024", folderId="d2", size=20)
    add(emulator, "f3", "raw/2024/c.qvd", folderPath="raw/2024", appId="app1", size=30)
    add(emulator, "f4", "top.csv", size=40)
    files = [f.id async for f in qlik.data_files.list(sort="name")]
    assert files == ["f2", "f1", "f4"]  # app-scoped f3 only with appId, folders left out
    assert [f.id async for f in qlik.data_files.list(app_id="*")] == ["f3"]
    with_folders = qlik.data_files.list(folder_path="raw", extra_params={"includeFolders": True})
    assert sorted([f.id async for f in with_folders]) == ["d2", "f1", "f2"]
    direct = qlik.data_files.list(extra_params={"folderId": "d1", "excludeSubFolders": True})
    assert [f.id async for f in direct] == ["f1"]
    stats = present((await qlik.data_files.get("d1")).folder_stats)
    assert (stats.direct_file_count, stats.total_file_count, stats.direct_folder_count) == (1, 3, 1)
    assert (stats.aggregate_file_size, stats.total_app_scoped_file_count) == (60, 1)
    assert (stats.aggregate_app_scoped_file_size, stats.total_folder_count) == (30, 1)
    with pytest.raises(BadRequestError) as caught:
        await qlik.data_files.list(folder_path="raw", extra_params={"folderId": "d1"})
    assert caught.value.codes == ["DF-003"]
    await qlik.data_files.delete("d1")  # a folder goes with everything in it
    assert set(emulator.state.data_files) - {
        i for i, d in emulator.state.data_files.items() if d.get("spaceId")
    } == {"f4"}


async def test_batch_delete_by_space_takes_ids_and_gives_a_code_on_every_entry(
    http: httpx.AsyncClient, emulator: Emulator
) -> None:
    sales = space_id(emulator, "Sales")
    in_sales = sorted(i for i, d in emulator.state.data_files.items() if d["spaceId"] == sales)
    add(emulator, "p1", "mine.csv")
    answer = await http.post(
        f"{FILES}/actions/delete",
        json={
            "delete": [{"id": "missing"}],
            "deleteAllBySpace": [{"id": sales}, {"id": "no-such-space"}],
            "deleteAllFromPersonalSpace": True,
        },
    )
    assert answer.status_code == 207
    entries = {e["id"]: (e["status"], e["code"]) for e in answer.json()["data"]}
    assert entries == {
        "missing": (404, "HTTP-404"),
        "no-such-space": (404, "DF-009"),
        "p1": (204, "HTTP-204"),
        **{i: (204, "HTTP-204") for i in in_sales},
    }
    assert not set(in_sales) & set(emulator.state.data_files)
    # The old item shape, `{spaceId}`, is not the official one: refused.
    old = await http.post(
        f"{FILES}/actions/delete", json={"delete": [], "deleteAllBySpace": [{"spaceId": sales}]}
    )
    assert old.status_code == 400
