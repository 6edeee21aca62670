"""Pull: a tenant written as a catalog file whose plan against that tenant is empty, the same
bytes every time, from a snapshot as from the tenant, and nothing the tenant sets in it."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from qlik_catalog import QlikValueError
from qlik_catalog.emulator import Emulator
from qlik_catalog.sync import catalog_file, pull
from qlik_catalog.sync.catalog_file import parse_catalog
from qlik_catalog.sync.pull import count_values, json_text, render, rendered, yaml_text
from qlik_catalog.sync.scope import Scope
from tests.sync.test_plan_apply import fast


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
async def test_a_pulled_file_plans_empty_against_its_tenant(tmp_path: Path, suffix: str) -> None:
    emulator = Emulator()
    emulator.seed("demo")
    out = tmp_path / f"catalog{suffix}"
    async with fast(emulator) as qlik:
        summary = await qlik.catalog.pull(out)
        assert summary.counts == {
            "data_stores": 40,
            "data_assets": 200,
            "data_sets": 2400,
            "data_products": 25,
        }
        plan = await qlik.catalog.plan(out, prune=True)
        assert plan.is_empty, plan.changes[:3]
        again = tmp_path / f"again{suffix}"
        await qlik.catalog.pull(again)
    assert again.read_bytes() == out.read_bytes()  # deterministic


async def test_a_10000_data_set_tenant_round_trips_as_json(tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed(stores=10, assets_per_store=10, sets_per_asset=100, products=20)
    out = tmp_path / "catalog.json"
    async with fast(emulator) as qlik:
        before = emulator.requests_served
        await qlik.catalog.pull(out)
        pull_calls = emulator.requests_served - before
        plan = await qlik.catalog.plan(out, prune=True)
        assert plan.is_empty
        # YAML that big would be refused when read back: pull says so, and writes nothing.
        with pytest.raises(QlikValueError, match=r"write it as JSON instead"):
            await qlik.catalog.pull(tmp_path / "catalog.yaml")
    assert not (tmp_path / "catalog.yaml").exists()
    assert pull_calls == 1 + 1 + 100 + 1 + 1  # spaces, stores, sets (100 pages), assets, products


async def test_nothing_the_tenant_sets_is_written_and_references_are_keys(tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed("small")
    out = tmp_path / "catalog.yaml"
    async with fast(emulator) as qlik:
        await qlik.catalog.pull(out)
    document = yaml.safe_load(out.read_text())
    for section in document.values():
        for item in section:
            for field in ("id", "version", "createdTime", "ownerId", "spaceId", "tenantId"):
                assert field not in item
    asset = document["dataAssets"][0]
    assert asset["dataStore"] in {s["technicalName"] for s in document["dataStores"]}
    product = document["dataProducts"][0]
    set_keys = {s.get("key", s["technicalName"]) for s in document["dataSets"]}
    assert product["dataSets"]
    assert set(product["dataSets"]) <= set_keys
    assert out.read_text().startswith("# A qlik-catalog catalog file, written by qlik-catalog pull")


async def test_a_snapshot_pulls_to_the_same_file_without_a_tenant(tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        await qlik.catalog.export(tmp_path / "c.db")
        await qlik.catalog.pull(tmp_path / "live.json")
        before = emulator.requests_served
        await qlik.catalog.pull(tmp_path / "snap.json", from_snapshot=tmp_path / "c.db")
        assert emulator.requests_served == before
    live = json.loads((tmp_path / "live.json").read_text())
    assert json.loads((tmp_path / "snap.json").read_text()) == live


async def test_shared_names_and_odd_text_round_trip(tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        asset = next(iter(emulator.state.data_assets))
        for name in ("twin", "twin"):
            await qlik.data_sets.create(
                {
                    "technicalName": "dup.qvd",
                    "name": name,
                    "qri": f"qri:{len(emulator.state.data_sets)}",
                    "secureQri": "s",
                    "description": "yes: no # not a comment\n«ünïcode» 2024-01-01",
                    "dataAssetInfo": {"id": asset},
                }
            )
        out = tmp_path / "catalog.yaml"
        await qlik.catalog.pull(out)
        assert (await qlik.catalog.plan(out, prune=True)).is_empty
    keys = [s.get("key") for s in yaml.safe_load(out.read_text())["dataSets"]]
    assert sum(1 for k in keys if k and k.endswith("dup.qvd#2")) == 1


def test_values_are_counted_as_the_yaml_reader_counts_them() -> None:
    assert count_values({"a": [1, 2], "b": {}}) == 1 + (1 + 3) + (1 + 1)


@pytest.mark.parametrize(
    "scope",
    [Scope.of(stores=["store_002"]), Scope.of(spaces=["Finance"]), Scope.of(kinds=["dataSets"])],
    ids=["store", "space", "kind"],
)
async def test_a_pulled_slice_declares_its_scope_and_round_trips(
    tmp_path: Path, scope: Scope
) -> None:
    emulator = Emulator()
    emulator.seed("small")
    out = tmp_path / "slice.yaml"
    async with fast(emulator) as qlik:
        await qlik.catalog.pull(out, scope=scope)
        document = yaml.safe_load(out.read_text())
        assert "scope" in document
        plan = await qlik.catalog.plan(out, prune=True)
        assert plan.is_empty, plan.changes[:3]
    if scope.stores or scope.spaces:
        assert {s["technicalName"] for s in document["dataStores"]} == {"store_002"}
        assert all("_002_" in s["technicalName"] for s in document["dataSets"])
    else:
        assert len(document["dataSets"]) == 18


# Each of these means something else to YAML unquoted (a bool, null, a number, a date, a list
# item, a comment, an alias, a mapping), or is not ASCII.
ODD_NAMES = ("yes", "null", "0123", "2024-01-01", "- item", "#hash", "*star", "a: b", "東京 ü")


async def test_names_that_need_quoting_unicode_and_shared_names_round_trip(
    tmp_path: Path,
) -> None:
    emulator = Emulator()
    async with fast(emulator) as qlik:
        stores = [
            str((await qlik.data_stores.create({"technicalName": n, "type": "s3"})).id)
            for n in ODD_NAMES
        ]
        # Two stores named alike (no parent to qualify them: numbered), each with an asset
        # named alike (qualified by its store's key) holding a data set named alike.
        lakes = [
            str((await qlik.data_stores.create({"technicalName": "lake", "type": "s3"})).id)
            for _ in "ab"
        ]
        sets = []
        for n, lake in enumerate([*lakes, stores[-1]]):
            asset = await qlik.data_assets.create(
                {"technicalName": "db", "appType": "QIX-DF", "dataStoreInfo": {"id": lake}}
            )
            body = {
                "technicalName": "orders.qvd",
                "name": ODD_NAMES[n],
                "qri": f"qri:{n}",
                "secureQri": "s",
                "dataAssetInfo": {"id": str(asset.id)},
            }
            sets.append(str((await qlik.data_sets.create(body)).id))
        for name in ("yes", "東京 ü"):
            product = await qlik.data_products.create({"name": name})
            await qlik.data_products.patch(
                str(product.id), [{"op": "replace", "path": "/datasetIds", "value": sets}]
            )
        out = tmp_path / "catalog.yaml"
        summary = await qlik.catalog.pull(out)
        assert (await qlik.catalog.plan(out, prune=True)).is_empty
    text = out.read_text(encoding="utf-8")
    assert "東京 ü" in text  # written as itself, not as \u escapes
    document = yaml.safe_load(text)
    assert document == summary.catalog  # what the file holds is what the result says
    assert [s.get("key", s["technicalName"]) for s in document["dataStores"]] == sorted(
        [*ODD_NAMES, "lake", "lake#2"]
    )
    assert [s.get("key") for s in document["dataStores"] if s["technicalName"] == "lake"] == [
        None,
        "lake#2",
    ]
    assert [a.get("key") for a in document["dataAssets"]] == ["lake#2/db", "lake/db", "東京 ü/db"]
    assert [(s["key"], s["dataAsset"], s["name"]) for s in document["dataSets"]] == [
        ("lake#2/db/orders.qvd", "lake#2/db", "null"),
        ("lake/db/orders.qvd", "lake/db", "yes"),
        ("東京 ü/db/orders.qvd", "東京 ü/db", "0123"),
    ]
    assert [p["name"] for p in document["dataProducts"]] == ["yes", "東京 ü"]
    assert document["dataProducts"][0]["dataSets"] == [s["key"] for s in document["dataSets"]]


async def test_without_out_the_catalog_is_returned_and_nothing_written(tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        summary = await qlik.catalog.pull()
        await qlik.catalog.pull(tmp_path / "catalog.json")
        assert (await qlik.catalog.plan(parse_catalog(summary.catalog), prune=True)).is_empty
    assert summary.path is None
    assert summary.counts["data_sets"] == len(summary.catalog["dataSets"]) == 18
    assert summary.catalog == json.loads((tmp_path / "catalog.json").read_text())
    assert "catalog=" not in repr(summary)  # the whole catalog would flood a log line
    assert sorted(os.listdir(tmp_path)) == ["catalog.json"]


async def test_a_failed_write_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator = Emulator()
    emulator.seed("small")
    out = tmp_path / "catalog.yaml"
    out.write_text("dataStores: []\n")

    def broken(source: object, target: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("qlik_catalog.sync.pull.os.replace", broken)
    async with fast(emulator) as qlik:
        with pytest.raises(OSError, match="disk full"):
            await qlik.catalog.pull(out)
    assert out.read_text() == "dataStores: []\n"
    assert os.listdir(tmp_path) == ["catalog.yaml"]  # no temporary file left


# Nested mappings and lists, empty ones, unicode (kept as itself), escapes, odd numbers.
NESTED: dict[str, Any] = {
    "scope": {"spaces": ["東京", "a\nb"], "kinds": []},
    "dataStores": [
        {"technicalName": 'ü "q" \\ \t', "type": "s3", "properties": {}},
        {"technicalName": "x", "schema": {"fields": [{"n": 1.5, "m": None, "b": True}, []]}},
    ],
    "dataAssets": [],
    "dataSets": [{"a": [[1, {"b": [{}]}], "yes", "2024-01-01", 10**30, -0.0, "🎉"]}],
    "dataProducts": [{"name": "p", "dataSets": []}],
}


def _streamed(document: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """``document`` as a pull gives it: lists as one-pass iterators."""
    for name, value in document.items():
        yield name, iter(value) if isinstance(value, list) else value


@pytest.mark.parametrize("document", [NESTED, {}, {"dataStores": []}, {"scope": {}}])
def test_the_json_streamed_is_the_text_of_the_whole_document(document: dict[str, Any]) -> None:
    expected = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    assert "".join(json_text(_streamed(document))) == expected
    assert "".join(rendered(_streamed(document), as_json=True, source="t")) == expected


@pytest.mark.parametrize("batch", [1, 2, 200])
@pytest.mark.parametrize("document", [NESTED, {}, {"dataStores": []}])
def test_the_yaml_streamed_is_the_text_of_the_whole_document(
    document: dict[str, Any], batch: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pull, "YAML_BATCH", batch)  # entries dumped one, two, all at a time
    body = yaml.dump(
        document,
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),  # as pull writes it
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    text = "".join(yaml_text(_streamed(document), source="t"))
    assert text == pull.HEADER.format(source="t") + body
    assert yaml.safe_load(text) == document


async def test_a_pulled_file_is_the_text_of_the_catalog_pulled_without_one(
    tmp_path: Path,
) -> None:
    emulator = Emulator()
    emulator.seed("demo")
    async with fast(emulator) as qlik:
        document = (await qlik.catalog.pull()).catalog
        as_json = await qlik.catalog.pull(tmp_path / "c.json")
        as_yaml = await qlik.catalog.pull(tmp_path / "c.yaml")
        source = qlik.base_url
    assert (tmp_path / "c.json").read_text(encoding="utf-8") == json.dumps(
        document, indent=2, ensure_ascii=False
    ) + "\n"
    assert (tmp_path / "c.yaml").read_text(encoding="utf-8") == render(
        document, as_json=False, source=source
    )
    assert as_json.document is None  # written as made: the summary holds none of it
    assert as_json.catalog == as_yaml.catalog == document  # read back when asked for
    assert (
        as_json.counts
        == as_yaml.counts
        == {
            kind: len(document[section])
            for kind, section in [
                ("data_stores", "dataStores"),
                ("data_assets", "dataAssets"),
                ("data_sets", "dataSets"),
                ("data_products", "dataProducts"),
            ]
        }
    )


@pytest.mark.parametrize(
    ("suffix", "bound"), [(".json", "MAX_JSON_FILE_BYTES"), (".yaml", "MAX_FILE_BYTES")]
)
async def test_a_file_too_large_to_read_back_is_refused_and_nothing_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, bound: str
) -> None:
    emulator = Emulator()
    emulator.seed("small")
    out = tmp_path / f"catalog{suffix}"
    async with fast(emulator) as qlik:
        await qlik.catalog.pull(out)
        size = out.stat().st_size
        # One byte less than the file: it could not be read back, so it is not written.
        monkeypatch.setattr(catalog_file, bound, size - 1)
        out.write_text("dataStores: []\n")
        with pytest.raises(QlikValueError) as caught:
            await qlik.catalog.pull(out)
        assert out.read_text() == "dataStores: []\n"  # the old file whole
        assert os.listdir(tmp_path) == [out.name]  # no temporary file left
        monkeypatch.setattr(catalog_file, bound, size)  # exactly the bound: written, plannable
        await qlik.catalog.pull(out)
        assert (await qlik.catalog.plan(out, prune=True)).is_empty
    message = str(caught.value)
    assert f"{out}: the catalog is larger than a catalog file may be ({size - 1:,} bytes" in message
    assert "nothing was written" in message
    if suffix == ".json":
        assert (
            "pull a slice of the tenant into each file instead (--space, --store, --kind)"
            in message
        )
    else:
        assert (
            f"write it as JSON instead ({out.with_suffix('.json')}), which may be up to 512 MiB"
            in message
        )


async def test_the_yaml_value_bound_is_the_one_the_reader_applies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator = Emulator()
    emulator.seed("small")
    out = tmp_path / "catalog.yaml"
    async with fast(emulator) as qlik:
        document = (await qlik.catalog.pull()).catalog
        values = count_values(document)
        monkeypatch.setattr(catalog_file, "MAX_YAML_NODES", values - 1)
        with pytest.raises(QlikValueError, match=r"more than [\d,]+ values.*write it as JSON"):
            await qlik.catalog.pull(out)
        assert os.listdir(tmp_path) == []
        monkeypatch.setattr(catalog_file, "MAX_YAML_NODES", values)  # what the reader takes
        await qlik.catalog.pull(out)
        assert (await qlik.catalog.plan(out, prune=True)).is_empty
