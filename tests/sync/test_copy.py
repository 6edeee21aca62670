"""Copy plans and reports name objects by technical name, made unique deterministically when
names clash (qualified by the parent's key, then ``#2``...); the JSON forms carry the source's
and the target's ids too."""

from __future__ import annotations

import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import anyio

from qlik_catalog import QlikCatalog
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator
from qlik_catalog.sync.copy import catalog_from_objects
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
