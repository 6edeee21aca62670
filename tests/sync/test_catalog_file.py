"""Catalog files are checked against the specs before the tenant is read: every problem of a
file (structure, unknown fields with the nearest known name, wrong types, fields the tenant
sets) comes back at once in one ``CatalogFileError``; the fields a create requires are checked
when planning, for the entries that would be created, before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from qlik_catalog import QlikCatalog, QlikValueError
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator
from qlik_catalog.errors import CatalogFileError
from qlik_catalog.sync import load_catalog_file, parse_catalog
from tests.cli.command import environment, qlik_catalog

BAD = {
    "dataStores": [
        {"technicalName": "lake", "nmae": "Lake", "type": 3, "tags": ["a", 4]},
        {"technicalName": "wh", "type": "snowflake", "createdTime": "2024-01-01T00:00:00Z"},
    ],
    "dataAssets": [{"technicalName": "db", "dataStroe": "lake", "appType": "QIX-DF"}],
    "dataSets": [
        {
            "technicalName": "orders",
            "dataAsset": "db",
            "qri": "q",
            "secureQri": "s",
            "schema": {"dataFields": [{"name": "id", "dataType": {"type": "INTEGER"}, "x": 1}]},
            "descripton": "typo",
        }
    ],
    "dataProducts": [{"name": "P", "dataSets": ["orders", "nope"], "datasetIds": ["d1"]}],
}

BAD_PROBLEMS = [
    "dataStores[0] (lake): nmae: unknown field (did you mean 'name'?)",
    "dataStores[0] (lake): type: expected string, got integer 3",
    "dataStores[0] (lake): tags[1]: expected string, got integer 4",
    "dataStores[1] (wh): createdTime is set by the tenant",
    "dataAssets[0] (db): dataStroe: unknown field (did you mean 'dataStore'?)",
    "dataAssets[0] (db): needs dataStore, the key of its parent",
    "dataSets[0] (orders): schema.dataFields[0].x: unknown field",
    "dataSets[0] (orders): descripton: unknown field (did you mean 'description'?)",
    "dataProducts[0] (P): datasetIds is set from dataSets, data set keys",
    "dataProducts[0] (P): data product 'P' lists data set 'nope', which the file does not define",
]


def fast(emulator: Emulator) -> QlikCatalog:
    """A client whose rate-limit pacing runs on a fake clock (no real waits)."""
    return emulator.client(clock=FakeClock())


def write(tmp_path: Path, raw: object, name: str = "catalog.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    return path


def test_every_problem_of_a_file_is_raised_at_once() -> None:
    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(BAD, source="catalog.yaml")
    error = caught.value
    assert isinstance(error, QlikValueError)  # the CLI's exit 2
    assert error.path == "catalog.yaml"
    # Unknown-field problems may say more (the known names): compare their start.
    assert len(error.problems) == len(BAD_PROBLEMS)
    for got, expected in zip(error.problems, BAD_PROBLEMS, strict=True):
        assert got.startswith(expected), (got, expected)
    lines = str(error).splitlines()
    assert lines[0] == f"catalog.yaml: {len(BAD_PROBLEMS)} problems"
    assert [line.strip() for line in lines[1:]] == error.problems


def test_one_problem_is_one_line() -> None:
    with pytest.raises(CatalogFileError) as caught:
        parse_catalog({"dataStores": [{"technicalName": "a", "nmae": "A"}]}, source="c.yaml")
    assert (
        str(caught.value) == "c.yaml: dataStores[0] (a): nmae: unknown field (did you mean 'name'?)"
    )


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({"dataStore": []}, "dataStore: unknown section (did you mean 'dataStores'?)"),
        ({"dataStores": {"a": 1}}, "dataStores: must be a list"),
        ({"dataStores": ["lake"]}, "dataStores[0]: must be a mapping"),
        ({"dataStores": [{"key": 5}]}, "dataStores[0]: key: expected string, got integer 5"),
        (
            {"dataStores": [{"technicalName": "a", "version": 2}]},
            "dataStores[0] (a): version is set by the tenant",
        ),
        (
            {"dataStores": [{"technicalName": "a", "properties": []}]},
            "dataStores[0] (a): properties: expected object, got array []",
        ),
        (
            {"dataStores": [{"technicalName": "a", "dataStoreInfo": {"id": "x"}}]},
            "dataStores[0] (a): dataStoreInfo: unknown field",
        ),
        (
            {
                "dataStores": [{"technicalName": "s"}],
                "dataAssets": [{"technicalName": "a", "dataStore": "s", "dataStoreInfo": {}}],
            },
            "dataAssets[0] (a): dataStoreInfo is set from dataStore, the key of its parent",
        ),
    ],
)
def test_each_kind_of_problem_is_named(raw: object, problem: str) -> None:
    with pytest.raises(CatalogFileError) as caught:
        parse_catalog(raw)
    assert any(p.startswith(problem) for p in caught.value.problems), caught.value.problems


def test_a_file_that_cannot_be_read_or_parsed_is_a_catalog_file_error(tmp_path: Path) -> None:
    with pytest.raises(CatalogFileError, match="cannot read the catalog file"):
        load_catalog_file(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("dataStores: [\n", encoding="utf-8")
    with pytest.raises(CatalogFileError, match="not valid YAML") as caught:
        load_catalog_file(broken)
    assert caught.value.path == str(broken)


def test_the_demo_file_and_a_file_managing_few_fields_are_accepted() -> None:
    # An entry may manage a few fields of an object that exists: nothing is required of it.
    catalog = parse_catalog({"dataStores": [{"technicalName": "store_001", "tags": ["x"]}]})
    assert catalog.entries["data_stores"]["store_001"].fields == {
        "technicalName": "store_001",
        "tags": ["x"],
    }
    assert catalog.entries["data_stores"]["store_001"].origin == "dataStores[0] (store_001)"


async def test_plan_refuses_a_bad_file_before_reading_the_tenant(tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed("small")
    path = write(tmp_path, BAD)
    async with fast(emulator) as qlik:
        with pytest.raises(CatalogFileError) as caught:
            await qlik.catalog.plan(path)
    assert emulator.requests_served == 0
    assert caught.value.path == str(path)
    assert len(caught.value.problems) == len(BAD_PROBLEMS)


MISSING_FOR_CREATE = {
    "dataStores": [
        {"technicalName": "store_001", "description": "exists: an update needs no type"},
        {"technicalName": "lake", "name": "Lake"},  # new: type is required
    ],
    "dataAssets": [{"technicalName": "db", "dataStore": "lake"}],  # new: appType
    "dataSets": [{"key": "orders", "dataAsset": "db", "qri": "q"}],  # technicalName, secureQri
    "dataProducts": [{"key": "P", "description": "no name"}],
}


async def test_plan_refuses_creates_lacking_required_fields_before_any_write(
    tmp_path: Path,
) -> None:
    emulator = Emulator()
    emulator.seed("small")
    path = write(tmp_path, MISSING_FOR_CREATE)
    async with fast(emulator) as qlik:
        with qlik.record_responses() as calls, pytest.raises(CatalogFileError) as caught:
            await qlik.catalog.plan(path)
    # The tenant was read (only then is it known what is created), and nothing written.
    assert calls
    assert {call.method for call in calls} == {"GET"}
    assert caught.value.path == str(path)
    why = "(no such {} exists, so the plan creates it)"
    assert caught.value.problems == [
        f"dataStores[1] (lake): type: required field missing {why.format('data store')}",
        f"dataAssets[0] (db): appType: required field missing {why.format('data asset')}",
        f"dataSets[0] (orders): secureQri: required field missing {why.format('data set')}",
        f"dataSets[0] (orders): technicalName: required field missing {why.format('data set')}",
        f"dataProducts[0] (P): name: required field missing {why.format('data product')}",
    ]


async def test_a_file_whose_creates_are_complete_plans(tmp_path: Path) -> None:
    fixed = yaml.safe_load(yaml.safe_dump(MISSING_FOR_CREATE))
    fixed["dataStores"][1]["type"] = "snowflake"
    fixed["dataAssets"][0]["appType"] = "QIX-DF"
    fixed["dataSets"][0] |= {"technicalName": "orders", "secureQri": "s"}
    fixed["dataProducts"][0]["name"] = "P"
    emulator = Emulator()
    emulator.seed("small")
    async with fast(emulator) as qlik:
        plan = await qlik.catalog.plan(write(tmp_path, fixed))
        assert plan.counts() == {"create": 4, "update": 1, "delete": 0}
        assert (await qlik.catalog.apply(plan)).ok


def test_the_plan_command_exits_2_naming_each_problem(tmp_path: Path) -> None:
    path = write(tmp_path, BAD)
    # A tenant nobody listens on: the command must not try it (it would exit 3).
    env = environment(QLIK_TENANT_URL="http://127.0.0.1:9", QLIK_API_KEY="k", COLUMNS="300")
    done = qlik_catalog("plan", str(path), env=env, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    for problem in BAD_PROBLEMS:
        assert problem in " ".join(done.stderr.split()), problem
