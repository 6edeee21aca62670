"""``export --space/--store/--kind``: the snapshot keeps the slice (and what it refers to), at
the calls of a full export; a pull of it declares the slice; incrementals of slices are
refused before any call."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qlik_catalog import QlikValueError
from qlik_catalog.emulator import Emulator
from qlik_catalog.sync import Snapshot
from qlik_catalog.sync.catalog_file import load_catalog_file
from qlik_catalog.sync.scope import Scope
from tests.cli.command import qlik_catalog


def _demo() -> Emulator:
    emulator = Emulator(strict=True)
    emulator.seed("small")
    return emulator


def _ids(path: Path, kind: str) -> set[str]:
    with Snapshot(path) as snapshot:
        return snapshot.ids(kind)


def _space(emulator: Emulator) -> dict[str, str]:
    """A space holding data sets, but not all of them."""
    state = emulator.state
    for space in state.spaces.values():
        held = [d for d in state.data_sets.values() if d.get("spaceId") == space["id"]]
        if 0 < len(held) < len(state.data_sets):
            return space
    raise AssertionError("the seed has no space holding some of the data sets")


async def test_a_space_slice_keeps_that_spaces_objects_at_the_calls_of_a_full_export(
    tmp_path: Path,
) -> None:
    emulator = _demo()
    space = _space(emulator)
    state = emulator.state
    async with emulator.client() as qlik:
        whole = await qlik.catalog.export(tmp_path / "whole.db")
        summary = await qlik.catalog.export(
            tmp_path / "slice.db", scope=Scope.of(spaces=[space["name"]])
        )
    assert summary.calls == whole.calls
    assert summary.scope == {"spaces": [space["name"]], "space_ids": [space["id"]]}
    assert summary.as_dict()["scope"] == summary.scope
    out = tmp_path / "slice.db"
    stores = {i for i, d in state.data_stores.items() if d.get("spaceId") == space["id"]}
    assert _ids(out, "data_stores") == stores
    assets = {
        i
        for i, d in state.data_assets.items()
        if d.get("spaceId") == space["id"] and d["dataStoreInfo"]["id"] in stores
    }
    assert _ids(out, "data_assets") == assets
    data_sets = {
        i
        for i, d in state.data_sets.items()
        if d.get("spaceId") == space["id"] and d["dataAssetInfo"]["id"] in assets
    }
    assert _ids(out, "data_sets") == data_sets
    assert _ids(out, "spaces") == {space["id"]}
    assert summary.counts["data_sets"] == len(data_sets) < whole.counts["data_sets"]
    products = {  # in the space, and listing only data sets of the slice
        i
        for i, p in state.data_products.items()
        if p.get("spaceId") == space["id"] and set(p["datasetIds"]) <= data_sets
    }
    assert _ids(out, "data_products") == products


async def test_a_store_slice_keeps_the_matching_stores_and_what_lives_in_them(
    tmp_path: Path,
) -> None:
    emulator = _demo()
    state = emulator.state
    first = sorted(d["technicalName"] for d in state.data_stores.values())[0]
    async with emulator.client() as qlik:
        await qlik.catalog.export(tmp_path / "s.db", scope=Scope.of(stores=[first]))
    stores = {i for i, d in state.data_stores.items() if d["technicalName"] == first}
    assert _ids(tmp_path / "s.db", "data_stores") == stores
    sets = {
        i for i, d in state.data_sets.items() if d["dataAssetInfo"]["dataStoreInfo"]["id"] in stores
    }
    assert _ids(tmp_path / "s.db", "data_sets") == sets
    assert _ids(tmp_path / "s.db", "spaces") == set(state.spaces)  # no space named: all kept


async def test_a_kind_slice_keeps_what_its_objects_refer_to(tmp_path: Path) -> None:
    emulator = _demo()
    state = emulator.state
    async with emulator.client() as qlik:
        await qlik.catalog.export(tmp_path / "p.db", scope=Scope.of(kinds=["dataProducts"]))
    out = tmp_path / "p.db"
    assert _ids(out, "data_products") == set(state.data_products)
    members = {i for p in state.data_products.values() for i in p["datasetIds"]}
    assert _ids(out, "data_sets") == members
    assert _ids(out, "data_assets") == {state.data_sets[i]["dataAssetInfo"]["id"] for i in members}


async def test_a_pull_of_a_sliced_snapshot_declares_the_slice_and_matches_a_pull_of_it(
    tmp_path: Path,
) -> None:
    emulator = _demo()
    space = _space(emulator)
    scope = Scope.of(spaces=[space["name"]])
    async with emulator.client() as qlik:
        await qlik.catalog.export(tmp_path / "slice.db", scope=scope)
        from_tenant = await qlik.catalog.pull(tmp_path / "tenant.yaml", scope=scope)
        from_snapshot = await qlik.catalog.pull(
            tmp_path / "snapshot.yaml", from_snapshot=tmp_path / "slice.db"
        )
        assert from_snapshot.catalog == from_tenant.catalog
        assert from_snapshot.catalog is not None
        assert from_snapshot.catalog["scope"] == {"spaces": [space["name"]]}
        # ... so that a plan of it with --prune deletes nothing outside the slice.
        plan = await qlik.catalog.plan(load_catalog_file(tmp_path / "snapshot.yaml"), prune=True)
    assert plan.is_empty


async def test_an_unknown_space_fails_the_export_and_keeps_the_last_snapshot(
    tmp_path: Path,
) -> None:
    emulator = _demo()
    out = tmp_path / "c.db"
    async with emulator.client() as qlik:
        await qlik.catalog.export(out)
        before = out.read_bytes()
        with pytest.raises(QlikValueError, match="no such space: Nowhere"):
            await qlik.catalog.export(out, scope=Scope.of(spaces=["Nowhere"]))
    assert out.read_bytes() == before


async def test_incrementals_of_slices_are_refused_before_any_call(tmp_path: Path) -> None:
    emulator = _demo()
    space = _space(emulator)
    async with emulator.client() as qlik:
        await qlik.catalog.export(tmp_path / "whole.db")
        await qlik.catalog.export(tmp_path / "slice.db", scope=Scope.of(spaces=[space["id"]]))
        with qlik.record_responses() as calls:
            with pytest.raises(QlikValueError, match="cannot update a slice"):
                await qlik.catalog.export(
                    tmp_path / "whole.db", incremental=True, scope=Scope.of(kinds=["dataSets"])
                )
            with pytest.raises(QlikValueError, match=r"slice\.db, a slice \(spaces c"):
                await qlik.catalog.export(tmp_path / "slice.db", incremental=True)
        assert calls == []


async def test_with_quality_a_slice_reads_the_figures_of_its_data_sets_only(
    tmp_path: Path,
) -> None:
    emulator = _demo()
    space = _space(emulator)
    async with emulator.client() as qlik:
        summary = await qlik.catalog.export(
            tmp_path / "q.db", scope=Scope.of(spaces=[space["id"]]), with_quality=True
        )
    with Snapshot(tmp_path / "q.db") as snapshot:
        assert {i for i, _ in snapshot.figures("trust_scores")} == snapshot.ids("data_sets")
    assert summary.quality == {
        "data_quality": summary.counts["data_sets"],
        "trust_scores": summary.counts["data_sets"],
    }


def test_the_export_command_takes_a_slice(tmp_path: Path) -> None:
    from tests.cli.command import KEY, environment
    from tests.serving import serve

    emulator = Emulator(api_keys=[KEY])
    emulator.seed("small")
    space = _space(emulator)
    with serve(emulator) as url:
        env = environment(QLIK_TENANT_URL=url, QLIK_API_KEY=KEY)
        out = tmp_path / "c.db"
        done = qlik_catalog(
            "export", "--out", str(out), "--space", space["name"], "--json", env=env
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["scope"]["spaces"] == [space["name"]]
        text = qlik_catalog("export", "--out", str(out), "--space", space["name"], env=env)
        assert f"a slice: spaces {space['name']}" in text.stdout
        refused = qlik_catalog("export", "--out", str(out), "--incremental", env=env)
    assert refused.returncode == 2
    assert "cannot update" in refused.stderr
