"""Copy plans and reports name objects by technical name, made unique deterministically when
names clash (qualified by the parent's key, then ``#2``...); the JSON forms carry the source's
and the target's ids too."""

from __future__ import annotations

import gc
import json
import os
import sys
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import anyio

from qlik_catalog import QlikCatalog
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator
from qlik_catalog.sync.catalog_file import CatalogFile, Entry
from qlik_catalog.sync.copy import catalog_from_objects
from qlik_catalog.sync.kinds import BY_NAME
from qlik_catalog.sync.plan import make_plan
from qlik_catalog.sync.tenant import read_catalog
from tests.serving import serve


def fast(emulator: Emulator) -> QlikCatalog:
    """A client whose rate-limit pacing runs on a fake clock (no real waits)."""
    return emulator.client(clock=FakeClock())


async def clashing_source() -> tuple[Emulator, dict[str, str]]:
    """Two stores, each with an asset ``sales_db`` (``lake`` has two), each asset with a data
    set ``orders.qvd``, one ``customers.qvd``, and two products named ``P``. Returns the
    emulator and the id of each object by the key a copy should give it."""
    emulator = Emulator(seed=1)
    # Each write one second after the previous: creation order is the order written here.
    emulator.state.fixed_time = datetime(2024, 3, 1, tzinfo=UTC)
    ids: dict[str, str] = {}
    async with fast(emulator) as qlik:
        for store in ("lake", "wh"):
            created = await qlik.data_stores.create({"technicalName": store, "type": "s3"})
            ids[store] = str(created.id)
        assets = (("lake", "lake/sales_db"), ("wh", "wh/sales_db"), ("lake", "lake/sales_db#2"))
        for store, key in assets:
            body = {
                "technicalName": "sales_db",
                "appType": "QIX-DF",
                "dataStoreInfo": {"id": ids[store]},
            }
            ids[key] = str((await qlik.data_assets.create(body)).id)
        sets = [(f"{asset}/orders.qvd", asset, "orders.qvd") for _, asset in assets]
        sets.append(("customers.qvd", "wh/sales_db", "customers.qvd"))
        for key, asset, name in sets:
            body = {
                "technicalName": name,
                "qri": f"qri:{key}",
                "secureQri": f"s:{key}",
                "dataAssetInfo": {"id": ids[asset]},
            }
            ids[key] = str((await qlik.data_sets.create(body)).id)
        for key in ("P", "P#2"):
            product = await qlik.data_products.create({"name": "P"})
            ids[key] = str(product.id)
        members = [ids["lake/sales_db/orders.qvd"], ids["customers.qvd"]]
        await qlik.data_products.patch(
            ids["P"], [{"op": "replace", "path": "/datasetIds", "value": members}]
        )
    emulator.state.fixed_time = None
    return emulator, ids


async def test_a_copy_plan_names_objects_by_technical_name_and_keeps_both_ids() -> None:
    source, ids = await clashing_source()
    target = Emulator(seed=2)
    async with fast(source) as src, fast(target) as dst:
        plan = await src.catalog.plan_copy_to(dst)
        assert {c.key for c in plan.changes} == set(ids)
        assert all(c.action == "create" for c in plan.changes)
        # The JSON form carries the source's id of each change beside its key.
        assert {c["key"]: c["source_id"] for c in plan.as_dict()["changes"]} == ids
        product = next(c for c in plan.changes if c.key == "P")
        assert product.entry is not None
        assert product.entry.members == ["lake/sales_db/orders.qvd", "customers.qvd"]
        report = await dst.catalog.apply(plan)
        assert report.ok, [o for o in report.outcomes if not o.ok]
        # A second copy finds every object, duplicates included, and changes nothing.
        assert (await src.catalog.plan_copy_to(dst, prune=True)).is_empty
    outcomes = {o["key"]: o for o in report.as_dict()["outcomes"]}
    assert {key: o["source_id"] for key, o in outcomes.items()} == ids
    by_kind = {
        "data_stores": target.state.data_stores,
        "data_assets": target.state.data_assets,
        "data_sets": target.state.data_sets,
        "data_products": target.state.data_products,
    }
    for key, outcome in outcomes.items():
        assert outcome["id"] in by_kind[outcome["kind"]], key  # the target's id
    orders = target.state.data_sets[outcomes["lake/sales_db#2/orders.qvd"]["id"]]
    assert orders["dataAssetInfo"]["id"] == outcomes["lake/sales_db#2"]["id"]
    p = target.state.data_products[outcomes["P"]["id"]]
    expected = [outcomes["lake/sales_db/orders.qvd"]["id"], outcomes["customers.qvd"]["id"]]
    assert sorted(p["datasetIds"]) == sorted(expected)


async def test_copy_keys_are_the_same_for_the_same_source_in_any_order() -> None:
    source, ids = await clashing_source()
    async with fast(source) as src:
        objects = await read_catalog(src)
    forwards = catalog_from_objects(objects)
    backwards = catalog_from_objects({k: list(reversed(v)) for k, v in objects.items()})
    for kind, entries in forwards.entries.items():
        assert {k: e.source_id for k, e in entries.items()} == {
            k: e.source_id for k, e in backwards.entries[kind].items()
        }
    keys = {key for entries in forwards.entries.values() for key in entries}
    assert keys == set(ids)


async def test_the_copy_command_prints_technical_names(tmp_path: Path) -> None:
    source, ids = await clashing_source()
    target = Emulator(api_keys=["target-key"], seed=2)
    with serve(source) as source_url, serve(target) as target_url:
        config = tmp_path / "profiles.toml"
        config.write_text(
            f'[profiles.dev]\ntenant_url = "{source_url}"\napi_key = "{source.api_key}"\n'
            f'[profiles.prod]\ntenant_url = "{target_url}"\napi_key = "target-key"\n',
            encoding="utf-8",
        )
        env = {**os.environ, "QLIK_CATALOG_CONFIG": str(config), "COLUMNS": "200"}
        script = Path(sys.executable).parent / "qlik-catalog"
        args = [str(script), "copy", "--from-profile", "dev", "--to-profile", "prod"]
        shown = await anyio.run_process(args, env=env, check=False)
        as_json = await anyio.run_process([*args, "--json"], env=env, check=False)
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout.decode()
    assert "+ data_stores lake\n" in text
    assert "+ data_assets lake/sales_db#2\n" in text
    assert "+ data_sets lake/sales_db#2/orders.qvd\n" in text
    assert "+ data_products P#2\n" in text
    assert not any(i in text for i in ids.values())  # no source id in the text plan
    assert as_json.returncode == 0, as_json.stderr
    changes = json.loads(as_json.stdout)["changes"]
    assert {c["key"]: c["source_id"] for c in changes} == ids


def _data_sets(count: int) -> dict[str, list[dict[str, Any]]]:
    """A store, an asset and ``count`` data sets, each with a schema of 12 fields (what makes
    a data set's fields a few KiB as dicts) and odd values: unicode, a large integer, a float."""
    asset: dict[str, Any] = {"id": "a1", "technicalName": "db", "dataStoreInfo": {"id": "s1"}}
    fields = [
        {"name": f"field_{n}", "index": n, "nullable": n % 2 == 0, "dataType": {"type": "STRING"}}
        for n in range(12)
    ]
    sets = [
        {
            "id": f"d{n:05}",
            "technicalName": f"table_{n}.qvd",
            "name": f"Tåble «{n}» 東京",
            "qri": f"qri:{n}",
            "secureQri": "s",
            "dataAssetInfo": {"id": "a1"},
            "createdTime": f"2024-01-01T00:00:{n % 60:02}Z",
            "schema": {"dataFields": fields, "loadOptions": {}},
            "operational": {"rowCount": 2**70 + n, "size": 1.5e16},
            "tags": ["a", n],
        }
        for n in range(count)
    ]
    return {
        "data_stores": [{"id": "s1", "technicalName": "lake", "type": "s3"}],
        "data_assets": [asset],
        "data_sets": sets,
    }


def test_a_copy_entry_gives_the_source_fields_as_they_were() -> None:
    objects = _data_sets(3)
    catalog = catalog_from_objects(objects)
    kind = BY_NAME["data_sets"]
    for doc in objects["data_sets"]:
        entry = catalog.entries["data_sets"][str(doc["technicalName"])]
        expected = kind.copied_fields(doc)
        assert entry.fields == expected
        assert list(entry.fields) == list(expected)  # in the source's order
        assert json.dumps(entry.fields) == json.dumps(expected)  # 2**70 and 1.5e16 exact
        assert entry == Entry(  # compares as the entry of a file would
            "data_sets", entry.key, expected, "db", [], source_id=str(doc["id"])
        )
        assert Entry("data_sets", entry.key, expected, "db", [], source_id=str(doc["id"])) == entry
        entry.fields["name"] = "lost"  # each read is a new dict...
        assert entry.fields == expected
        entry.fields = {**expected, "name": "kept"}  # ...set the fields to change them
        assert entry.fields["name"] == "kept"


def test_a_copy_holds_each_data_set_in_a_few_hundred_bytes() -> None:
    # Decoded inside the measure, as a snapshot's rows are: each object's own dicts, let go
    # once the catalog is made (what it still holds is what it takes).
    text = json.dumps(_data_sets(2000))
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        objects = json.loads(text)
        catalog = catalog_from_objects(objects)
        del objects
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(catalog.entries["data_sets"]) == 2000
    # As dicts, each data set's fields took about 4 KiB (its schema's 12 fields): 100,000 of
    # them were what made a copy plan grow by 460 MiB.
    assert held / 2000 < 1024, f"{held / 2000:.0f} bytes a data set"


async def test_a_copy_plan_is_the_plan_of_the_same_entries_held_as_dicts() -> None:
    objects = _data_sets(30)
    copied = catalog_from_objects(objects)
    as_dicts = CatalogFile(
        entries={
            name: {
                key: Entry(e.kind, key, e.fields, e.parent, e.members, source_id=e.source_id)
                for key, e in entries.items()
            }
            for name, entries in copied.entries.items()
        },
        managed=set(copied.managed),
        source="copy",
    )
    target = {"data_stores": [{"id": "t1", "technicalName": "lake", "type": "s3"}]}
    plans = [make_plan(c, target, check_creates=False).as_dict() for c in (copied, as_dicts)]
    assert json.dumps(plans[0]) == json.dumps(plans[1])  # the same, in the same order
    assert plans[0]["counts"] == {"create": 31, "update": 0, "delete": 0}
