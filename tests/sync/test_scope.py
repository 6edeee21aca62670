"""Slices: a file (or a command) that manages part of a tenant plans and prunes inside that
part only, and never changes or deletes what lies outside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from qlik_catalog import CatalogFileError, QlikValueError
from qlik_catalog.emulator import Emulator
from qlik_catalog.sync import parse_catalog
from qlik_catalog.sync.catalog_file import load_catalog_file
from qlik_catalog.sync.scope import Scope
from tests.sync.test_plan_apply import fast

# The "small" seed: stores store_001 (space Sales), store_002 (Finance), store_003 (Lake), two
# assets each (asset_00N_1, _2), three data sets per asset, and two products.
ONE_STORE = {
    "dataStores": [{"technicalName": "store_002"}],
    "dataAssets": [{"technicalName": "asset_002_1", "dataStore": "store_002"}],
    "dataSets": [],
}


def seeded() -> Emulator:
    emulator = Emulator()
    emulator.seed("small")
    return emulator


def technical_names(emulator: Emulator) -> dict[str, set[str]]:
    state = emulator.state
    return {
        kind: {str(d["technicalName"]) for d in getattr(state, kind).values()}
        for kind in ("data_stores", "data_assets", "data_sets")
    }


async def test_prune_in_a_store_slice_deletes_nothing_outside_it() -> None:
    emulator = seeded()
    before = technical_names(emulator)
    async with fast(emulator) as qlik:
        desired = parse_catalog({"scope": {"stores": ["store_002"]}, **ONE_STORE})
        plan = await qlik.catalog.plan(desired, prune=True)
        deleted = {(c.kind, c.key) for c in plan.changes if c.action == "delete"}
        # Inside the slice: asset_002_2 and every data set of store_002 (the file lists none).
        assert ("data_assets", "asset_002_2") in deleted
        assert {k for kind, k in deleted if kind == "data_sets"} == {
            f"table_002_{a}_{n}.qvd" for a in (1, 2) for n in (1, 2, 3)
        }
        assert not any("001" in key or "003" in key for _, key in deleted)
        report = await qlik.catalog.apply(plan)
        assert report.ok
    after = technical_names(emulator)
    for kind in after:
        untouched = {n for n in before[kind] if "002" not in n}
        assert untouched <= after[kind]  # everything outside the slice is still there
    assert "asset_002_2" not in after["data_assets"]


async def test_a_space_slice_names_the_space_by_name_or_id() -> None:
    emulator = seeded()
    finance = next(id for id, s in emulator.state.spaces.items() if s["name"] == "Finance")
    async with fast(emulator) as qlik:
        for space in ("Finance", finance):
            desired = parse_catalog(ONE_STORE).sliced(Scope.of(spaces=[space]))
            plan = await qlik.catalog.plan(desired, prune=True)
            keys = {c.key for c in plan.changes if c.action == "delete"}
            assert "asset_002_2" in keys
            assert not any("001" in k or "003" in k for k in keys)
        with pytest.raises(QlikValueError, match="no such space: Nowhere"):
            await qlik.catalog.plan(parse_catalog(ONE_STORE).sliced(Scope.of(spaces=["Nowhere"])))


async def test_a_kind_slice_looks_other_kinds_up_and_changes_only_its_own() -> None:
    emulator = seeded()
    async with fast(emulator) as qlik:
        desired = parse_catalog(
            {
                "dataStores": [{"technicalName": "store_002", "description": "not managed"}],
                "dataAssets": [{"technicalName": "asset_002_1", "dataStore": "store_002"}],
                "dataSets": [],
            }
        ).sliced(Scope.of(kinds=["dataSets"]))
        plan = await qlik.catalog.plan(desired, prune=True)
    assert {c.kind for c in plan.changes} == {"data_sets"}  # no store update, no asset delete
    assert all(c.action == "delete" for c in plan.changes)


async def test_an_entry_outside_the_kinds_that_does_not_exist_is_refused() -> None:
    emulator = seeded()
    async with fast(emulator) as qlik:
        desired = parse_catalog(
            {"dataStores": [{"technicalName": "new_store", "type": "s3"}]}
        ).sliced(Scope.of(kinds=["dataSets"]))
        with pytest.raises(CatalogFileError, match="the scope leaves dataStores out"):
            await qlik.catalog.plan(desired)


def test_a_files_scope_refuses_a_store_outside_it() -> None:
    with pytest.raises(CatalogFileError, match=r"store_001.*outside the file's scope"):
        parse_catalog(
            {"scope": {"stores": ["store_002"]}, "dataStores": [{"technicalName": "store_001"}]}
        )


@pytest.mark.parametrize(
    ("scope", "problem"),
    [
        ({"stores": "x"}, "scope.stores: must be a list of names"),
        ({"kinds": ["dataSet"]}, "unknown kind 'dataSet'"),
        ({"spaces": ["a"], "owner": ["b"]}, "scope.owner: unknown field"),
        (["x"], "scope: must be a mapping"),
    ],
)
def test_a_bad_scope_is_refused_naming_the_problem(scope: object, problem: str) -> None:
    with pytest.raises(CatalogFileError, match=problem):
        parse_catalog({"scope": scope})


def test_flags_narrow_the_files_scope() -> None:
    catalog = parse_catalog(
        {
            "scope": {"stores": ["store_00*"]},
            "dataStores": [{"technicalName": "store_001"}, {"technicalName": "store_002"}],
        }
    )
    sliced = catalog.sliced(Scope.of(stores=["*2"]))
    assert list(sliced.entries["data_stores"]) == ["store_002"]
    assert sliced.scope.store_matches("store_002")
    assert not sliced.scope.store_matches("other_2")  # outside the file's own patterns


async def test_a_space_flag_leaves_the_rest_of_a_full_file_alone(tmp_path: Path) -> None:
    emulator = seeded()
    out = tmp_path / "full.yaml"
    async with fast(emulator) as qlik:
        await qlik.catalog.pull(out)
        sales = next(
            id for id, s in emulator.state.data_stores.items() if s["technicalName"] == "store_001"
        )
        await qlik.data_stores.patch(
            sales, [{"op": "replace", "path": "/description", "value": "drift"}]
        )
        full = load_catalog_file(out)
        assert (
            await qlik.catalog.plan(full.sliced(Scope.of(spaces=["Finance"])), prune=True)
        ).is_empty
        assert not (await qlik.catalog.plan(full, prune=True)).is_empty  # the drift is real


async def test_a_space_slice_refuses_a_create_without_one_of_its_spaces() -> None:
    emulator = seeded()
    finance = next(id for id, s in emulator.state.spaces.items() if s["name"] == "Finance")
    entry = {"technicalName": "new_store", "type": "s3"}
    async with fast(emulator) as qlik:
        scoped = {"scope": {"spaces": ["Finance"]}, "dataStores": [entry]}
        with pytest.raises(CatalogFileError, match=r"give it spaceId \(one of"):
            await qlik.catalog.plan(parse_catalog(scoped))
        inside = {"scope": {"spaces": ["Finance"]}, "dataStores": [{**entry, "spaceId": finance}]}
        plan = await qlik.catalog.plan(parse_catalog(inside))
    assert plan.counts()["create"] == 1
