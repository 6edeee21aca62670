"""Saved plans: written and read back exactly, applied exactly, and each change whose object
moved since the plan refused as a conflict (nothing written to it) while the rest apply."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qlik_catalog import QlikCatalog, QlikValueError
from qlik_catalog.emulator import Emulator
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.sync import parse_catalog
from qlik_catalog.sync.saved_plan import is_saved_plan, load_plan, save_plan
from tests.sync.test_plan_apply import CATALOG, fast


async def planned_tenant(tmp_path: Path) -> tuple[Emulator, Path]:
    """A tenant holding CATALOG, and a saved plan (prune) of an edited CATALOG against it:
    two data sets renamed, one made, one deleted, the product's description changed."""
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        await qlik.catalog.apply(await qlik.catalog.plan(parse_catalog(CATALOG)))
        edited = json.loads(json.dumps(CATALOG))
        edited["dataSets"][0]["name"] = "Renamed 0"
        edited["dataSets"][1]["name"] = "Renamed 1"
        edited["dataSets"] = [
            *edited["dataSets"][:4],
            {**edited["dataSets"][0], "technicalName": "new", "qri": "qn"},
        ]
        edited["dataProducts"][0]["description"] = "reviewed"
        # Pruned: t4 goes, and so does everything "small" seeded that the file lacks.
        plan = await qlik.catalog.plan(parse_catalog(edited), prune=True)
    path = tmp_path / "plan.json"
    save_plan(plan, path, tenant_url=IN_PROCESS_URL)
    return emulator, path


async def add_their_data_set(qlik: QlikCatalog, emulator: Emulator, name: str) -> str:
    """Someone else makes data set ``name`` in asset "db"; the asset's id."""
    asset = next(id for id, a in emulator.state.data_assets.items() if a["technicalName"] == "db")
    await qlik.data_sets.create(
        {
            "technicalName": name,
            "name": "theirs",
            "qri": "theirs",
            "secureQri": "theirs",
            "dataAssetInfo": {"id": asset},
        }
    )
    return asset


def by_key(emulator: Emulator, technical_name: str) -> dict[str, object]:
    return next(
        d for d in emulator.state.data_sets.values() if d["technicalName"] == technical_name
    )


async def test_a_saved_plan_reads_back_as_it_was_planned(tmp_path: Path) -> None:
    emulator, path = await planned_tenant(tmp_path)
    assert is_saved_plan(path)
    plan = load_plan(path, tenant_url=IN_PROCESS_URL)
    assert plan.saved_from == str(path)
    counts = plan.counts()
    assert (counts["create"], counts["update"]) == (1, 3)
    assert "t4" in {c.key for c in plan.changes if c.action == "delete"}
    assert json.loads(path.read_text())["counts"] == plan.counts()
    renamed = next(c for c in plan.changes if c.key == "t0")
    assert [(d.field, d.old, d.new) for d in renamed.diff] == [("name", "T0", "Renamed 0")]
    assert renamed.stamp == {"version": by_key(emulator, "t0")["version"]}
    again = tmp_path / "again.json"
    save_plan(plan, again, tenant_url=IN_PROCESS_URL)
    assert json.loads(again.read_text()) == json.loads(path.read_text())


async def test_a_saved_plan_applies_all_but_what_moved_since(tmp_path: Path) -> None:
    emulator, path = await planned_tenant(tmp_path)
    # Between the review and the apply, someone edits t1 and t4 and makes "new" themselves.
    async with fast(emulator) as qlik:
        await qlik.data_sets.patch(
            str(by_key(emulator, "t1")["id"]),
            [{"op": "add", "path": "/description", "value": "theirs"}],
        )
        await qlik.data_sets.patch(
            str(by_key(emulator, "t4")["id"]),
            [{"op": "add", "path": "/description", "value": "keep me"}],
        )
        plan = load_plan(path, tenant_url=IN_PROCESS_URL)
        report = await qlik.catalog.apply(plan)
    outcomes = {(o.kind, o.key): o for o in report.outcomes}
    conflicts = sorted(key for (kind, key), o in outcomes.items() if o.conflict)
    assert conflicts == ["t1", "t4"]
    assert all("conflict:" in str(outcomes[("data_sets", k)].error) for k in conflicts)
    assert outcomes[("data_sets", "t0")].ok
    assert outcomes[("data_sets", "new")].ok
    assert outcomes[("data_products", "P")].ok
    # Nothing written to what moved: t1 keeps their edit and its name, t4 is not deleted.
    assert by_key(emulator, "t1")["description"] == "theirs"
    assert by_key(emulator, "t1")["name"] == "T1"
    assert by_key(emulator, "t4")["description"] == "keep me"
    assert by_key(emulator, "t0")["name"] == "Renamed 0"


async def test_a_saved_create_whose_key_was_taken_since_is_a_conflict(tmp_path: Path) -> None:
    emulator, path = await planned_tenant(tmp_path)
    async with fast(emulator) as qlik:
        await add_their_data_set(qlik, emulator, "new")
        report = await qlik.catalog.apply(load_plan(path, tenant_url=IN_PROCESS_URL))
    made = next(o for o in report.outcomes if o.key == "new")
    assert made.conflict
    assert not made.ok
    assert [d["qri"] for d in emulator.state.data_sets.values() if d["technicalName"] == "new"] == [
        "theirs"
    ]


async def test_a_saved_plan_is_not_applied_to_another_tenant(tmp_path: Path) -> None:
    _, path = await planned_tenant(tmp_path)
    with pytest.raises(QlikValueError, match=r"planned against .* not https://other"):
        load_plan(path, tenant_url="https://other.eu.qlikcloud.com")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{", "not a readable saved plan"),
        ('{"dataStores": []}', "not a saved plan"),
        ('{"format": "qlik-catalog-plan", "version": 9}', "format version 9"),
        (
            json.dumps(
                {
                    "format": "qlik-catalog-plan",
                    "version": 1,
                    "tenant_url": IN_PROCESS_URL,
                    "changes": [{"kind": "x"}],
                }
            ),
            "damaged saved plan",
        ),
    ],
)
def test_what_is_not_a_saved_plan_is_refused_naming_why(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "plan.json"
    path.write_text(content)
    with pytest.raises(QlikValueError, match=problem):
        load_plan(path, tenant_url=IN_PROCESS_URL)


async def test_a_delete_shows_what_it_takes_with_it() -> None:
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        await qlik.catalog.apply(await qlik.catalog.plan(parse_catalog(CATALOG)))
        # The file now manages stores and assets only, without the asset "db": deleting it
        # takes its five data sets, which the file does not manage.
        desired = parse_catalog({"dataStores": CATALOG["dataStores"], "dataAssets": []})
        plan = await qlik.catalog.plan(desired, prune=True)
    delete = next(c for c in plan.changes if c.action == "delete" and c.key == "db")
    assert sorted(delete.takes) == [("data_sets", f"t{i}") for i in range(5)]
    assert {"kind": "data_sets", "key": "t0"} in delete.as_dict()["takes"]


async def test_a_saved_delete_of_what_holds_something_new_is_a_conflict(tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        await qlik.catalog.apply(await qlik.catalog.plan(parse_catalog(CATALOG)))
        # The asset "db" goes (and with it its data sets, which the file does not manage).
        desired = parse_catalog({"dataStores": CATALOG["dataStores"], "dataAssets": []})
        path = tmp_path / "plan.json"
        save_plan(await qlik.catalog.plan(desired, prune=True), path, tenant_url=IN_PROCESS_URL)
        # After the review, someone adds a data set to it: its own version does not move.
        asset = await add_their_data_set(qlik, emulator, "concurrent")
        report = await qlik.catalog.apply(load_plan(path, tenant_url=IN_PROCESS_URL))
    db = next(o for o in report.outcomes if o.key == "db")
    assert db.conflict
    assert "data_sets concurrent" in str(db.error)
    assert asset in emulator.state.data_assets
    assert any(d["technicalName"] == "concurrent" for d in emulator.state.data_sets.values())


def test_a_catalog_file_mentioning_the_plan_format_is_not_a_saved_plan(tmp_path: Path) -> None:
    path = tmp_path / "catalog.json"
    # A nested "format" member, as a store's properties may have: only the top level counts.
    store = {"technicalName": "x", "properties": {"format": "qlik-catalog-plan"}}
    path.write_text(json.dumps({"dataStores": [store]}))
    assert not is_saved_plan(path)
