"""The emulator's spaces, users, apps, reports, data files and items, with cursor paging."""

from __future__ import annotations

from typing import cast

import httpx
import pytest

from qlik_catalog import (
    BadRequestError,
    ConflictError,
    NotFoundError,
    QlikCatalog,
    QlikStatusError,
)
from qlik_catalog.emulator import Emulator
from tests.narrow import present


async def test_spaces(qlik: QlikCatalog) -> None:
    space = await qlik.spaces.create("Ops", description="Run books")
    assert (space.type_, space.owner_id) == ("shared", "ann")
    with pytest.raises(ConflictError, match="already exists"):
        await qlik.spaces.create("ops")
    updated = await qlik.spaces.update(space.id, name="Operations", owner_id="user-1")
    assert (updated.name, updated.owner_id) == ("Operations", "user-1")
    replaced = await qlik.spaces.replace(space.id, {"name": "Ops 2", "description": "d"})
    assert replaced.description == "d"
    shared = await qlik.spaces.list(type="shared").to_list()
    assert sorted(s.name for s in shared) == ["Ops 2", "Sales"]
    await qlik.spaces.delete(space.id)
    with pytest.raises(NotFoundError):
        await qlik.spaces.get(space.id)


async def test_a_space_with_content_is_not_deleted(qlik: QlikCatalog) -> None:
    sales = (await qlik.spaces.list(name="sales")).items[0]
    with pytest.raises(QlikStatusError) as caught:
        await qlik.spaces.delete(sales.id)
    assert caught.value.status == 412


async def test_spaces_cursor_paging_over_three_pages(qlik: QlikCatalog) -> None:
    for i in range(4):
        await qlik.spaces.create(f"Extra {i}")
    pages = [p async for p in qlik.spaces.list(limit=3, sort="name").pages()]
    assert [len(p.items) for p in pages] == [3, 3, 1]
    assert pages[0].total == 7
    names = [s.name for p in pages for s in p.items]
    assert names == sorted(names, key=str.lower)
    assert "next=" in (pages[0].next_url or "")


async def test_users_cursor_paging_filter_and_me(qlik: QlikCatalog) -> None:
    users = [u async for u in qlik.users.list(limit=1, sort="+name")]
    assert len(users) == 4  # the key's user and three seeded ones
    assert [u.name for u in users] == sorted((cast(str, u.name) for u in users), key=str.lower)
    first = await qlik.users.list(limit=1)
    assert first.has_next
    found = await qlik.users.list(filter='name eq "User 2"', total_results=True)
    assert ([u.id for u in found.items], found.total) == (["user-2"], 1)
    me = await qlik.users.me()
    assert me.id == "ann"
    assert (await qlik.users.get("user-1", fields=["id", "name"])).name == "User 1"
    with pytest.raises(BadRequestError, match="not a supported SCIM filter"):
        await qlik.users.list(filter="name = x")


async def test_apps(qlik: QlikCatalog, emulator: Emulator) -> None:
    app_id = next(iter(emulator.state.apps))
    app = await qlik.apps.get(app_id)
    assert present(app.attributes).name == "App 1"
    await qlik.apps.delete(app_id)
    with pytest.raises(NotFoundError):
        await qlik.apps.get(app_id)


async def test_reports_create_wait_outputs(qlik: QlikCatalog, emulator: Emulator) -> None:
    app_id = next(iter(emulator.state.apps))
    request_id = await qlik.reports.create(
        {
            "type": "sense-image-1.0",
            "output": {"type": "image", "outputId": "chart"},
            "senseImageTemplate": {
                "appId": app_id,
                "visualization": {"id": "v", "widthPx": 800, "heightPx": 600},
            },
        }
    )
    assert (await qlik.reports.status(request_id)).status == "processing"
    done = await qlik.reports.wait(request_id, poll_interval=1)
    assert present(done.results)[0].output_id == "chart"
    outputs = await qlik.reports.outputs(request_id).to_list()
    assert [(o.output_id, o.status) for o in outputs] == [("chart", "done")]
    with pytest.raises(NotFoundError, match="app not found"):
        await qlik.reports.create(
            {
                "type": "sense-image-1.0",
                "output": {"type": "image", "outputId": "chart"},
                "senseImageTemplate": {
                    "appId": "nope",
                    "visualization": {"id": "v", "widthPx": 800, "heightPx": 600},
                },
            }
        )


async def test_data_files_paging_and_batch_delete(qlik: QlikCatalog, emulator: Emulator) -> None:
    # Seeded files are all in team spaces: the default list is the personal space's.
    files = [f async for f in qlik.data_files.list(limit=1, sort="name", include_all_spaces=True)]
    assert [f.name for f in files] == [f"file_{i}.csv" for i in range(1, 5)]
    assert (await qlik.data_files.get(files[0].id)).size == 1024
    result = await qlik.data_files.delete_many([files[0].id, files[1].id, "missing"])
    assert sorted(result.succeeded) == sorted([files[0].id, files[1].id])
    assert isinstance(result.failed["missing"], NotFoundError)
    await qlik.data_files.delete(files[2].id)
    assert len(emulator.state.data_files) == 1


async def test_items_find_data_sets(qlik: QlikCatalog, emulator: Emulator) -> None:
    items = await qlik.items.list(resource_type="dataset", limit=5).to_list()
    assert len(items) == 18
    assert {i.resource_id for i in items} == set(emulator.state.data_sets)
    one = await qlik.items.get(items[0].id)
    assert one.resource_type == "dataset"
    apps = await qlik.items.list(resource_type=["app"], name="app 2").to_list()
    assert [a.name for a in apps] == ["App 2"]


async def test_bad_cursor_is_refused(http: httpx.AsyncClient) -> None:
    response = await http.get("/api/v1/users", params={"next": "garbage!"})
    assert response.status_code == 400
    assert "cursor" in response.json()["errors"][0]["detail"]
