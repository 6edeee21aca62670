"""The scripts of ``examples/``, run as a user runs them: a subprocess with the environment set,
against an emulator served on loopback. Each test checks the exit code, what was printed and
the tenant's state afterwards."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from qlik_catalog.emulator import Emulator
from tests.serving import serve

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KEY = "examples-key-5521"
TARGET_KEY = "examples-target-key-8090"


def run(
    script: str, *args: str, env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    """Run ``examples/<script>`` with only ``env`` for its Qlik settings."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("QLIK_")}
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script), *args],
        env={**clean, **env},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def tenant() -> Iterator[tuple[Emulator, dict[str, str]]]:
    """The small seeded tenant on loopback, and the environment that reaches it."""
    emulator = Emulator(api_keys=[KEY])
    emulator.seed("small")
    with serve(emulator) as url:
        yield emulator, {"QLIK_TENANT_URL": url, "QLIK_API_KEY": KEY}


def names(docs: dict[str, dict[str, object]]) -> list[str]:
    """The technical names (else names) of an emulator's objects, sorted."""
    return sorted(str(d.get("technicalName") or d["name"]) for d in docs.values())


def test_every_example_is_tested_and_listed() -> None:
    scripts = sorted(p.name for p in EXAMPLES.glob("*.py"))
    source = Path(__file__).read_text(encoding="utf-8")
    listing = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert scripts == [
        "bulk_tag_data_sets.py",
        "catalog_copy.py",
        "clean_up_empty_stores.py",
        "export_tenant.py",
        "least_trusted_data_sets.py",
    ]
    for script in scripts:
        assert f'"{script}"' in source
        assert f"`{script}`" in listing


def test_export_tenant(tenant: tuple[Emulator, dict[str, str]], tmp_path: Path) -> None:
    _, env = tenant
    done = run("export_tenant.py", "catalog.db", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    counts = dict(line.split()[:2] for line in done.stdout.splitlines()[:-1])
    assert counts == {
        "spaces": "3",
        "data_stores": "3",
        "data_assets": "6",
        "data_sets": "18",
        "data_products": "2",
    }
    assert done.stdout.splitlines()[-1].startswith("exported to catalog.db: ")
    with sqlite3.connect(tmp_path / "catalog.db") as db:
        assert db.execute("select count(*) from data_sets").fetchone() == (18,)


def test_bulk_tag_data_sets(tenant: tuple[Emulator, dict[str, str]], tmp_path: Path) -> None:
    emulator, env = tenant
    stores = {d["technicalName"]: d["id"] for d in emulator.state.data_stores.values()}
    done = run(
        "bulk_tag_data_sets.py", "certified", "--store", "STORE_00[12]", env=env, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    tagged = {
        d["technicalName"] for d in emulator.state.data_sets.values() if "certified" in d["tags"]
    }
    wanted = {
        d["technicalName"]
        for d in emulator.state.data_sets.values()
        if d["dataAssetInfo"]["dataStoreInfo"]["id"] in (stores["store_001"], stores["store_002"])
    }
    assert len(wanted) == 12
    assert tagged == wanted
    assert sorted(done.stdout.splitlines()[:-1]) == sorted(f"tagged          {n}" for n in wanted)
    assert done.stdout.splitlines()[-1] == "12 tagged, 0 failed"


def test_bulk_tag_data_sets_of_a_space_reports_each_failure_and_a_rerun_finishes(
    tenant: tuple[Emulator, dict[str, str]], tmp_path: Path
) -> None:
    emulator, env = tenant
    finance = next(s["id"] for s in emulator.state.spaces.values() if s["name"] == "Finance")
    in_finance = {d["id"] for d in emulator.state.data_sets.values() if d["spaceId"] == finance}
    assert len(in_finance) == 6

    def tagged() -> set[str]:
        return {d["id"] for d in emulator.state.data_sets.values() if "audited" in d["tags"]}

    emulator.inject(operations=["patchDataSet"], error_rate=1.0, error_status=409, times=1)
    done = run("bulk_tag_data_sets.py", "audited", "--space", "fin*", env=env, cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert lines[-1] == "5 tagged, 1 failed"
    assert sum(line.startswith("failed ") for line in lines) == 1
    assert len(tagged()) == 5
    assert tagged() < in_finance

    again = run("bulk_tag_data_sets.py", "audited", "--space", "fin*", env=env, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("already tagged") == 5
    assert again.stdout.splitlines()[-1] == "1 tagged, 0 failed"
    assert tagged() == in_finance


def test_clean_up_empty_stores(tenant: tuple[Emulator, dict[str, str]], tmp_path: Path) -> None:
    emulator, env = tenant
    emulator.seed(stores=2, assets_per_store=0, sets_per_asset=0, products=0)  # store_004, 005
    everything = names(emulator.state.data_stores)

    dry = run("clean_up_empty_stores.py", env=env, cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert [line.split()[:3] for line in dry.stdout.splitlines()[:-1]] == [
        ["would", "delete", "store_004"],
        ["would", "delete", "store_005"],
    ]
    assert names(emulator.state.data_stores) == everything  # a dry run deletes nothing

    done = run("clean_up_empty_stores.py", "--yes", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "2 deleted, 0 failed"
    assert names(emulator.state.data_stores) == ["store_001", "store_002", "store_003"]
    assert len(emulator.state.data_sets) == 18  # the stores in use kept all they hold


def test_catalog_copy(tenant: tuple[Emulator, dict[str, str]], tmp_path: Path) -> None:
    source, source_env = tenant
    target = Emulator(api_keys=[TARGET_KEY])
    target.seed(stores=1, assets_per_store=0, sets_per_asset=0, products=0)  # has store_001
    with serve(target) as target_url:
        env = {
            "QLIK_SOURCE_TENANT_URL": source_env["QLIK_TENANT_URL"],
            "QLIK_SOURCE_API_KEY": KEY,
            "QLIK_TARGET_TENANT_URL": target_url,
            "QLIK_TARGET_API_KEY": TARGET_KEY,
        }
        plan = run("catalog_copy.py", env=env, cwd=tmp_path)
        assert plan.returncode == 0, plan.stderr
        lines = plan.stdout.splitlines()
        assert "+ data_stores store_002" in lines
        assert "+ data_sets table_003_2_3.qvd" in lines
        assert "+ data_stores store_001" not in lines  # matched by technical name
        assert lines[-1].startswith("plan: 28 to create, ")
        assert names(target.state.data_stores) == ["store_001"]  # a plan alone writes nothing

        # The same copy between two profiles of a profiles file, applied this time.
        config = tmp_path / "profiles.toml"
        config.write_text(
            f'[profiles.dev]\ntenant_url = "{source_env["QLIK_TENANT_URL"]}"\n'
            'api_key_env = "DEV_KEY"\n\n'
            f'[profiles.prod]\ntenant_url = "{target_url}"\napi_key = "{TARGET_KEY}"\n',
            encoding="utf-8",
        )
        profiles = {"QLIK_CATALOG_CONFIG": str(config), "DEV_KEY": KEY}
        done = run("catalog_copy.py", "dev", "prod", "--apply", env=profiles, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:-1] == lines
    assert done.stdout.splitlines()[-1].startswith("applied: ")
    assert done.stdout.splitlines()[-1].endswith(" succeeded, 0 failed")
    for kind in ("data_stores", "data_assets", "data_sets", "data_products"):
        assert names(getattr(target.state, kind)) == names(getattr(source.state, kind))
    copied = {d["technicalName"]: (d["name"], d["type"]) for d in target.state.data_sets.values()}
    assert copied == {
        d["technicalName"]: (d["name"], d["type"]) for d in source.state.data_sets.values()
    }
    assert KEY not in plan.stdout + plan.stderr + done.stdout + done.stderr


def test_catalog_copy_without_tenants_fails_in_one_line(tmp_path: Path) -> None:
    done = run("catalog_copy.py", env={}, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == (
        "error: set QLIK_SOURCE_TENANT_URL and QLIK_SOURCE_API_KEY, or give two profile names\n"
    )


def test_least_trusted_data_sets(tenant: tuple[Emulator, dict[str, str]], tmp_path: Path) -> None:
    emulator, env = tenant
    space = next(
        s
        for s in emulator.state.spaces.values()
        if sum(d.get("spaceId") == s["id"] for d in emulator.state.data_sets.values()) > 1
    )
    members = {
        str(d.get("name") or d["technicalName"])
        for d in emulator.state.data_sets.values()
        if d.get("spaceId") == space["id"]
    }
    done = run("least_trusted_data_sets.py", space["name"], "--top", "3", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    ranked = lines[:-1]
    assert len(ranked) == min(3, len(members))
    scores = [float(line.split()[0]) for line in ranked]
    assert scores == sorted(scores)
    assert {line.split("  ")[-1].strip() for line in ranked} <= members
    assert all("% valid" in line for line in ranked)
    assert lines[-1] == f"{len(members)} of {len(members)} data sets scored, 0 without a score yet"


def test_least_trusted_data_sets_of_a_missing_space(
    tenant: tuple[Emulator, dict[str, str]], tmp_path: Path
) -> None:
    _, env = tenant
    done = run("least_trusted_data_sets.py", "Nowhere", env=env, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == "no space named Nowhere\n"
