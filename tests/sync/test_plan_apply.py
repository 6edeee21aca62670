"""Plan and apply against the emulator: create, update, prune, idempotence, failures that
leave a full report and converge on a re-run, and tenant-to-tenant copy."""

from __future__ import annotations

import json
from pathlib import Path

import jsonpatch
import pytest

from qlik_catalog import QlikCatalog, QlikValueError
from qlik_catalog.cli.demo import demo_catalog_path
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator
from qlik_catalog.sync import make_plan, parse_catalog
from qlik_catalog.sync.catalog_file import CatalogFile, Entry
from qlik_catalog.sync.kinds import field_of, pointer


def fast(emulator: Emulator) -> QlikCatalog:
    """A client whose rate-limit pacing runs on a fake clock: the Tier 2 budget (90 writes a
    minute) would otherwise make these tests wait for real."""
    return emulator.client(clock=FakeClock())


CATALOG = {
    "dataStores": [
        {"technicalName": "wh", "name": "Warehouse", "type": "snowflake", "tags": ["a"]},
        {"technicalName": "store_001", "description": "managed"},
    ],
    "dataAssets": [{"technicalName": "db", "dataStore": "wh", "appType": "QIX-DF"}],
    "dataSets": [
        {
            "technicalName": f"t{i}",
            "dataAsset": "db",
            "qri": f"q{i}",
            "secureQri": f"s{i}",
            "name": f"T{i}",
        }
        for i in range(5)
    ],
    "dataProducts": [{"name": "P", "description": "d", "dataSets": ["t0", "t1"]}],
}


async def test_plan_apply_and_idempotent_reapply(tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed("small")
    desired = parse_catalog(CATALOG)
    async with fast(emulator) as qlik:
        plan = await qlik.catalog.plan(desired)
        assert plan.counts() == {"create": 8, "update": 1, "delete": 0}
        update = next(c for c in plan.changes if c.action == "update")
        assert update.ops == [
            {"op": "test", "path": "/version", "value": 1},
            {"op": "replace", "path": "/description", "value": "managed"},
        ]
        report = await qlik.catalog.apply(plan, report=tmp_path / "report.json")
        assert report.ok
        assert len(report.outcomes) == 9
        again = await qlik.catalog.plan(desired)
        assert again.is_empty
    written = json.loads((tmp_path / "report.json").read_text())
    assert written["counts"] == {"succeeded": 9, "failed": 0}
    store = next(s for s in emulator.state.data_stores.values() if s["technicalName"] == "wh")
    asset = next(a for a in emulator.state.data_assets.values() if a["technicalName"] == "db")
    assert asset["dataStoreInfo"]["id"] == store["id"]
    product = next(p for p in emulator.state.data_products.values() if p["name"] == "P")
    names = {emulator.state.data_sets[i]["technicalName"] for i in product["datasetIds"]}
    assert names == {"t0", "t1"}


async def test_updates_and_prune() -> None:
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        await qlik.catalog.apply(await qlik.catalog.plan(parse_catalog(CATALOG)))
        changed = json.loads(json.dumps(CATALOG))
        changed["dataSets"] = changed["dataSets"][:3]
        changed["dataSets"][0]["name"] = "Renamed"
        changed["dataProducts"][0]["dataSets"] = ["t0"]
        changed = {k: v for k, v in changed.items() if k in ("dataSets", "dataProducts")}
        changed["dataStores"] = CATALOG["dataStores"]
        changed["dataAssets"] = CATALOG["dataAssets"]
        desired = parse_catalog(changed)
        without_prune = await qlik.catalog.plan(desired)
        assert without_prune.counts()["delete"] == 0
        plan = await qlik.catalog.plan(desired, prune=True)
        deletes = [c for c in plan.changes if c.action == "delete"]
        # t3, t4 and everything "small" seeded that the file does not list.
        assert {c.key for c in deletes if c.kind == "data_sets"} >= {"t3", "t4"}
        report = await qlik.catalog.apply(plan)
        assert report.ok, [o for o in report.outcomes if not o.ok]
        assert (await qlik.catalog.plan(desired, prune=True)).is_empty
    assert {s["technicalName"] for s in emulator.state.data_sets.values()} == {"t0", "t1", "t2"}
    assert {s["technicalName"] for s in emulator.state.data_stores.values()} == {"wh", "store_001"}


async def test_a_failure_mid_apply_is_reported_and_a_rerun_converges() -> None:
    emulator = Emulator()
    emulator.seed("small")
    desired = parse_catalog(CATALOG)
    emulator.inject(operations=["createDataSet"], error_rate=1.0, times=2)
    async with fast(emulator) as qlik:
        plan = await qlik.catalog.plan(desired)
        report = await qlik.catalog.apply(plan)
        assert not report.ok
        assert len(report.outcomes) == len(plan.changes)  # every item named
        failed = [o for o in report.outcomes if not o.ok]
        assert {o.kind for o in failed} <= {"data_sets", "data_products"}
        assert sum(o.kind == "data_sets" for o in failed) == 2
        assert all(
            "ServerError" in (o.error or "") or "do not exist" in (o.error or "") for o in failed
        )
        rerun = await qlik.catalog.apply(await qlik.catalog.plan(desired))
        assert rerun.ok
        assert (await qlik.catalog.plan(desired)).is_empty
    names = [s["technicalName"] for s in emulator.state.data_sets.values()]
    assert sorted(n for n in names if n.startswith("t") and len(n) == 2) == [
        f"t{i}" for i in range(5)
    ]  # no duplicates created
    assert sum(p["name"] == "P" for p in emulator.state.data_products.values()) == 1


async def test_a_stale_version_fails_the_update_instead_of_overwriting() -> None:
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        plan = await qlik.catalog.plan(parse_catalog(CATALOG))
        store_id = next(c.id for c in plan.changes if c.action == "update")
        assert store_id is not None
        await qlik.data_stores.patch(store_id, [{"op": "add", "path": "/uri", "value": "x"}])
        report = await qlik.catalog.apply(plan)
    outcome = next(o for o in report.outcomes if o.action == "update")
    assert not outcome.ok
    assert "ConflictError" in (outcome.error or "")


async def test_a_product_edited_since_the_plan_is_a_conflict_not_overwritten() -> None:
    # The products' PATCH takes no version test: apply reads the product again first.
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        await qlik.catalog.apply(await qlik.catalog.plan(parse_catalog(CATALOG)))
        changed = json.loads(json.dumps(CATALOG))
        changed["dataProducts"][0]["description"] = "from the file"
        plan = await qlik.catalog.plan(parse_catalog(changed))
        update = next(c for c in plan.changes if c.action == "update")
        assert update.kind == "data_products"
        assert update.id is not None
        patches = len(emulator.state.changelogs[update.id])
        # A concurrent edit between plan and apply, of another field than the file's.
        await qlik.data_products.patch(
            update.id, [{"op": "replace", "path": "/tags", "value": ["theirs"]}]
        )
        report = await qlik.catalog.apply(plan)
    outcome = next(o for o in report.outcomes if o.action == "update")
    assert not outcome.ok
    assert "changed since the plan (updatedAt)" in (outcome.error or "")
    product = emulator.state.data_products[update.id]
    assert (product["description"], product["tags"]) == ("d", ["theirs"])
    assert len(emulator.state.changelogs[update.id]) == patches + 1  # theirs only


async def test_a_product_unchanged_since_the_plan_is_updated() -> None:
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        await qlik.catalog.apply(await qlik.catalog.plan(parse_catalog(CATALOG)))
        changed = json.loads(json.dumps(CATALOG))
        changed["dataProducts"][0]["description"] = "from the file"
        plan = await qlik.catalog.plan(parse_catalog(changed))
        update = next(c for c in plan.changes if c.action == "update")
        assert update.expected.keys() == {"updatedAt", "description"}
        with qlik.record_responses() as calls:
            report = await qlik.catalog.apply(plan)
    assert report.ok
    assert [c.method for c in calls] == ["GET", "PATCH"]  # read, compare, write
    assert emulator.state.data_products[str(update.id)]["description"] == "from the file"


@pytest.mark.parametrize("where", ["missing/report.json", "."])
async def test_a_report_path_that_cannot_be_written_fails_before_any_change(
    tmp_path: Path, where: str
) -> None:
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        plan = await qlik.catalog.plan(parse_catalog(CATALOG))
        stores = dict(emulator.state.data_stores)
        with pytest.raises(QlikValueError, match="report"):
            await qlik.catalog.apply(plan, report=tmp_path / where)
    assert emulator.state.data_stores == stores  # nothing written
    assert not (tmp_path / "missing").exists()


async def test_copy_between_tenants_remaps_ids() -> None:
    source, target = Emulator(seed=1), Emulator(seed=2)
    source.seed(stores=3, assets_per_store=2, sets_per_asset=4, products=2)
    async with fast(source) as src, fast(target) as dst:
        plan = await src.catalog.plan_copy_to(dst)
        assert plan.counts() == {"create": 3 + 6 + 24 + 2, "update": 0, "delete": 0}
        report = await dst.catalog.apply(plan)
        assert report.ok
        assert (await src.catalog.plan_copy_to(dst)).is_empty
    src_names = sorted(s["technicalName"] for s in source.state.data_sets.values())
    dst_names = sorted(s["technicalName"] for s in target.state.data_sets.values())
    assert src_names == dst_names
    assert not set(source.state.data_sets) & set(target.state.data_sets)
    for product in target.state.data_products.values():
        assert product["datasetIds"]
        assert set(product["datasetIds"]) <= set(target.state.data_sets)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ([], "top level must be a mapping"),
        ({"tables": []}, "unknown section"),
        ({"dataStores": [{"name": "x"}]}, "has no technicalName"),
        ({"dataStores": [{"technicalName": "a"}, {"technicalName": "a"}]}, "key 'a' twice"),
        ({"dataAssets": [{"technicalName": "a"}]}, "needs dataStore"),
        ({"dataAssets": [{"technicalName": "a", "dataStore": "nope"}]}, "does not define"),
        ({"dataProducts": [{"name": "p", "dataSets": ["nope"]}]}, "lists data set 'nope'"),
        ({"dataStores": [{"technicalName": "a", "id": "x"}]}, "id is set by the tenant"),
    ],
)
def test_bad_catalog_files_are_refused(raw: object, problem: str) -> None:
    with pytest.raises(QlikValueError, match=problem):
        parse_catalog(raw)


def test_the_demo_catalog_parses() -> None:
    from qlik_catalog.sync import load_catalog_file

    catalog = load_catalog_file(demo_catalog_path())
    assert set(catalog.entries["data_sets"]) == {"orders", "customers"}


async def test_plan_reports_progress_as_the_tenant_is_read() -> None:
    emulator = Emulator()
    emulator.seed(stores=2, assets_per_store=3, sets_per_asset=50, products=2)  # 300 sets
    seen: list[tuple[str, int, int | None]] = []
    async with fast(emulator) as qlik:
        plan = await qlik.catalog.plan(
            parse_catalog(CATALOG), progress=lambda *call: seen.append(call)
        )
    assert plan.counts()["create"] == 8
    last = {name: (done, total) for name, done, total in seen}
    assert last == {
        "data_stores": (2, 2),
        "data_assets": (6, 6),
        "data_sets": (300, 300),
        "data_products": (2, 2),
        "spaces": (3, None),  # a cursor listing: no total
    }
    sets = [done for name, done, _ in seen if name == "data_sets"]
    assert sets == sorted(sets)
    assert len(sets) == 3  # one call per page, as it arrives


async def test_a_copy_plan_reports_progress_for_each_tenant() -> None:
    source, target = Emulator(seed=1), Emulator(seed=2)
    source.seed(stores=2, assets_per_store=1, sets_per_asset=2, products=1)
    target.seed(stores=1, assets_per_store=1, sets_per_asset=1, products=0)
    seen: list[tuple[str, int, int | None]] = []
    async with fast(source) as src, fast(target) as dst:
        await src.catalog.plan_copy_to(dst, progress=lambda *call: seen.append(call))
    last = {name: (done, total) for name, done, total in seen}
    assert last["source data_sets"] == (4, 4)
    assert last["target data_sets"] == (1, 1)
    assert last["source data_stores"] == (2, 2)
    assert last["target data_stores"] == (1, 1)
    # The source is read first, then the target.
    names = [name for name, _, _ in seen]
    assert max(i for i, n in enumerate(names) if n.startswith("source ")) < min(
        i for i, n in enumerate(names) if n.startswith("target ")
    )


def test_field_names_are_escaped_in_patch_paths() -> None:
    # RFC 6901: "~" is "~0" and "/" is "~1" in a pointer; unescaped, "a/b" would patch field
    # "b" inside "a" and "x~1y" the field "x/y".
    entry = Entry("data_stores", "wh", {"technicalName": "wh", "a/b": 1, "x~1y": 2})
    desired = CatalogFile({"data_stores": {"wh": entry}}, {"data_stores"})
    doc = {"id": "s1", "technicalName": "wh", "version": 3, "x/y": 0, "a": {"b": 0}}
    plan = make_plan(desired, {"data_stores": [doc]})
    [update] = plan.changes
    assert [op["path"] for op in update.ops] == ["/version", "/a~1b", "/x~01y"]
    patched = jsonpatch.apply_patch(doc, update.ops)
    assert (patched["a/b"], patched["x~1y"], patched["a"], patched["x/y"]) == (1, 2, {"b": 0}, 0)


@pytest.mark.parametrize("name", ["plain", "a/b", "x~y", "~1", "/~0/"])
def test_a_pointer_names_its_field(name: str) -> None:
    assert field_of(pointer(name)) == name
    assert jsonpatch.JsonPointer(pointer(name)).parts == [name]
