"""export, plan, apply and copy run for real against a loopback emulator: stdout carries the
result (exactly one JSON document under ``--json``), progress goes to stderr, exit codes, no
secret in any output, and ``--max-wait`` waiting out Qlik's rate limits."""

from __future__ import annotations

import json
import re
from pathlib import Path

from qlik_catalog.emulator import Emulator, RateLimitSettings
from tests.cli.command import KEY, environment, qlik_catalog
from tests.cli.conftest import Tenant
from tests.serving import serve

LAKE = "dataStores:\n  - technicalName: lake\n    type: s3\n    name: Lake\n"


def test_under_json_stdout_is_one_json_document_for_every_command(
    tenant: Tenant, tmp_path: Path
) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(LAKE)
    exported = qlik_catalog("export", "--out", str(tmp_path / "c.db"), "--json", env=tenant.env)
    assert json.loads(exported.stdout)["counts"]["data_stores"] == 3
    planned = qlik_catalog("plan", str(catalog), "--json", env=tenant.env)
    assert json.loads(planned.stdout)["counts"] == {"create": 1, "update": 0, "delete": 0}
    applied = qlik_catalog("apply", str(catalog), "--json", env=tenant.env)
    assert json.loads(applied.stdout)["counts"] == {"succeeded": 1, "failed": 0}
    for done in (exported, planned, applied):
        assert done.returncode == 0, done.stderr
        # Progress went to stderr: the bars of reading the tenant (and of the apply).
        assert "data_stores" in done.stderr
    assert "apply" in applied.stderr
    assert KEY not in exported.stdout + planned.stdout + applied.stdout + applied.stderr


def test_text_results_on_stdout_and_progress_on_stderr(tenant: Tenant, tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(LAKE)
    report = tmp_path / "report.json"
    planned = qlik_catalog("plan", str(catalog), env=tenant.env)
    assert planned.stdout.splitlines() == [
        "+ data_stores lake",
        '    name: "Lake"',
        '    technicalName: "lake"',
        '    type: "s3"',
        "Plan: 1 to create, 0 to update, 0 to delete.",
    ]
    assert "data_stores" in planned.stderr  # the plan reads the tenant with a progress bar
    applied = qlik_catalog("apply", str(catalog), "--report", str(report), env=tenant.env)
    assert applied.returncode == 0, applied.stderr
    assert applied.stdout.splitlines()[-1].startswith("Applied: 1 succeeded, 0 failed")
    assert "items/s" not in applied.stdout
    assert json.loads(report.read_text())["counts"] == {"succeeded": 1, "failed": 0}
    again = qlik_catalog("plan", str(catalog), env=tenant.env)
    assert again.stdout == "No changes: the tenant matches the catalog file.\n"
    out = tmp_path / "c.db"
    assert qlik_catalog("export", "--out", str(out), env=tenant.env).returncode == 0
    incremental = qlik_catalog("export", "--out", str(out), "--incremental", env=tenant.env)
    assert "incremental" in incremental.stdout
    assert KEY not in incremental.stdout + incremental.stderr + report.read_text()


def test_exit_codes(tenant: Tenant, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("dataAssets:\n  - technicalName: a\n    dataStore: nowhere\n")
    refused = qlik_catalog("plan", str(bad), env=tenant.env)
    assert refused.returncode == 2
    assert "does not define" in refused.stderr
    tenant.emulator.inject(operations=["createDataStore"], error_rate=1.0)
    good = tmp_path / "good.yaml"
    good.write_text("dataStores:\n  - technicalName: x\n    type: s3\n")
    failed = qlik_catalog("apply", str(good), env=tenant.env)
    assert failed.returncode == 1
    assert "failed create data_stores x" in failed.stdout
    wrong_key = qlik_catalog("plan", str(good), env={**tenant.env, "QLIK_API_KEY": "wrong"})
    assert wrong_key.returncode == 3
    assert "cannot use the tenant" in wrong_key.stderr
    assert "401" in wrong_key.stderr
    assert "Traceback" not in refused.stderr + failed.stderr + wrong_key.stderr


def test_export_says_when_products_were_listed_through_items(tmp_path: Path) -> None:
    emulator = Emulator(api_keys=[KEY], data_products_list_route=False)
    emulator.seed("small")
    with serve(emulator) as url:
        done = qlik_catalog(
            "export",
            "--out",
            str(tmp_path / "c.db"),
            env=environment(QLIK_TENANT_URL=url, QLIK_API_KEY=KEY),
        )
    assert done.returncode == 0, done.stderr
    assert "data products listed through the items API" in done.stdout


def test_profiles_and_copy(tmp_path: Path) -> None:
    source, target = Emulator(api_keys=[KEY], seed=1), Emulator(api_keys=["other-key"], seed=2)
    source.seed(stores=2, assets_per_store=1, sets_per_asset=2, products=1)
    with serve(source) as source_url, serve(target) as target_url:
        config = tmp_path / "profiles.toml"
        config.write_text(
            f'[profiles.dev]\ntenant_url = "{source_url}"\napi_key_env = "DEV_KEY"\n'
            f'[profiles.prod]\ntenant_url = "{target_url}"\napi_key = "other-key"\n'
        )
        env = environment(QLIK_CATALOG_CONFIG=str(config), DEV_KEY=KEY)
        exported = qlik_catalog(
            "export", "--profile", "dev", "--out", str(tmp_path / "d.db"), env=env
        )
        assert exported.returncode == 0, exported.stderr
        args = ["copy", "--from-profile", "dev", "--to-profile", "prod"]
        planned = qlik_catalog(*args, "--json", env=env)
        assert json.loads(planned.stdout)["counts"]["create"] == 2 + 2 + 4 + 1
        assert "source data_stores" in planned.stderr  # progress of reading both tenants
        applied = qlik_catalog(*args, "--apply", "--json", env=env)
        assert applied.returncode == 0, applied.stderr
        assert json.loads(applied.stdout)["counts"] == {"succeeded": 9, "failed": 0}
        again = qlik_catalog(*args, env=env)
        assert again.stdout == "No changes: the tenant matches the source tenant.\n"
    for done in (exported, planned, applied, again):
        assert KEY not in done.stdout + done.stderr
        assert "other-key" not in done.stdout + done.stderr


def used_up_tier(time_scale: float) -> Emulator:
    """A tenant whose Tier 2 admits one write per emulated minute (``time_scale`` times faster
    than real time), used up by an earlier run: the next write gets a 429 asking to wait for
    about 60 / time_scale real seconds."""
    emulator = Emulator(
        api_keys=[KEY],
        rate_limits=RateLimitSettings(
            window_seconds=60, tier_rates={1: 1000, 2: 1}, time_scale=time_scale
        ),
    )
    assert emulator.limiter.admit(KEY, "tier2", 100) is None
    return emulator


def test_max_wait_bounds_the_wait_for_qliks_rate_limit(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(LAKE)
    emulator = used_up_tier(time_scale=3)  # Qlik asks for up to 20 s
    with serve(emulator) as url:
        env = environment(QLIK_TENANT_URL=url, QLIK_API_KEY=KEY)
        refused = qlik_catalog("apply", str(catalog), "--max-wait", "1", env=env)
    assert refused.returncode == 1
    assert "failed create data_stores lake" in refused.stdout
    assert "retry after" in refused.stdout


def test_the_command_waits_out_a_used_up_tier_and_shows_the_pause(tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(LAKE)
    emulator = used_up_tier(time_scale=15)  # Qlik asks for up to 4 s: under the 900 s default
    with serve(emulator) as url:
        env = environment(QLIK_TENANT_URL=url, QLIK_API_KEY=KEY)
        waited = qlik_catalog("apply", str(catalog), "--json", env=env)
    assert waited.returncode == 0, waited.stderr
    assert json.loads(waited.stdout)["counts"] == {"succeeded": 1, "failed": 0}
    assert emulator.limiter.refused["tier2"] == 1
    # Written to a file, the pause is a line of its own when it starts.
    assert re.search(r"^waiting \d+ s: Qlik's Tier 2 rate limit$", waited.stderr, re.MULTILINE)


# --- catalog as code in CI: detailed exit codes, saved plans, readable diffs --------------------


def test_plan_detailed_exitcode_is_0_without_changes_2_with_and_1_on_error(
    tenant: Tenant, tmp_path: Path
) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(LAKE)
    changes = qlik_catalog("plan", str(catalog), "--detailed-exitcode", env=tenant.env)
    assert changes.returncode == 2, changes.stderr
    assert qlik_catalog("apply", str(catalog), env=tenant.env).returncode == 0
    none = qlik_catalog("plan", str(catalog), "--detailed-exitcode", env=tenant.env)
    assert none.returncode == 0, none.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("dataStores:\n  - technicalName: x\n    nmae: typo\n")
    refused = qlik_catalog("plan", str(bad), "--detailed-exitcode", env=tenant.env)
    assert refused.returncode == 1  # bad input: 2 would read as "changes"
    assert "nmae: unknown field" in refused.stderr
    unreachable = {**tenant.env, "QLIK_TENANT_URL": "http://127.0.0.1:9"}
    down = qlik_catalog("plan", str(catalog), "--detailed-exitcode", env=unreachable)
    assert down.returncode == 1
    assert qlik_catalog("plan", str(bad), env=tenant.env).returncode == 2  # without the flag


def test_a_saved_plan_applies_later_and_refuses_what_moved_since(
    tenant: Tenant, tmp_path: Path
) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(LAKE + "  - technicalName: pond\n    type: s3\n    name: Pond\n")
    assert qlik_catalog("apply", str(catalog), env=tenant.env).returncode == 0
    catalog.write_text(
        LAKE.replace("name: Lake", "name: Lake (reviewed)")
        + "  - technicalName: pond\n    type: s3\n    name: Pond (reviewed)\n"
    )
    plan = tmp_path / "plan.json"
    saved = qlik_catalog("plan", str(catalog), "--out", str(plan), env=tenant.env)
    assert saved.returncode == 0, saved.stderr
    assert f"plan saved to {plan}" in saved.stderr
    assert '~ data_stores lake\n    name: "Lake" -> "Lake (reviewed)"' in saved.stdout
    pond = next(
        d for d in tenant.emulator.state.data_stores.values() if d["technicalName"] == "pond"
    )
    pond["name"], pond["version"] = "Pond (edited by someone)", int(pond["version"]) + 1
    report = tmp_path / "report.json"
    applied = qlik_catalog("apply", str(plan), "--report", str(report), "--json", env=tenant.env)
    assert applied.returncode == 1, applied.stderr  # one item refused
    outcomes = {o["key"]: o for o in json.loads(report.read_text())["outcomes"]}
    assert outcomes["lake"]["ok"] is True
    assert outcomes["pond"]["conflict"] is True
    assert pond["name"] == "Pond (edited by someone)"
    lake = next(
        d for d in tenant.emulator.state.data_stores.values() if d["technicalName"] == "lake"
    )
    assert lake["name"] == "Lake (reviewed)"
    pruned = qlik_catalog("apply", str(plan), "--prune", env=tenant.env)
    assert pruned.returncode == 2
    assert "is a saved plan" in pruned.stderr
    other = {**tenant.env, "QLIK_TENANT_URL": tenant.url.replace("127.0.0.1", "localhost")}
    elsewhere = qlik_catalog("apply", str(plan), env=other)
    assert elsewhere.returncode == 2
    assert "refusing to apply it to another tenant" in elsewhere.stderr


def test_a_slice_with_prune_leaves_everything_outside_it_untouched(
    tenant: Tenant, tmp_path: Path
) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(
        "dataStores:\n  - technicalName: store_002\n"
        "dataAssets:\n  - technicalName: asset_002_1\n    dataStore: store_002\n"
        "dataSets: []\n"
    )
    state = tenant.emulator.state
    outside = {id for id, a in state.data_assets.items() if "002" not in a["technicalName"]}
    planned = qlik_catalog(
        "plan", str(catalog), "--prune", "--space", "Finance", "--json", env=tenant.env
    )
    assert planned.returncode == 0, planned.stderr
    keys = {c["key"] for c in json.loads(planned.stdout)["changes"]}
    assert "asset_002_2" in keys
    assert not any("001" in k or "003" in k for k in keys)
    applied = qlik_catalog("apply", str(catalog), "--prune", "--store", "store_002", env=tenant.env)
    assert applied.returncode == 0, applied.stderr
    assert outside <= set(state.data_assets)  # nothing outside the slice was deleted
    assert {
        a["technicalName"] for a in state.data_assets.values() if "002" in a["technicalName"]
    } == {"asset_002_1"}
    unknown = qlik_catalog("plan", str(catalog), "--kind", "dataSet", env=tenant.env)
    assert unknown.returncode == 2
    assert "unknown kind 'dataSet'" in unknown.stderr


def test_pull_then_plan_in_ci_finds_no_drift(tenant: Tenant, tmp_path: Path) -> None:
    catalog = tmp_path / "catalog.yaml"
    pulled = qlik_catalog("pull", "--out", str(catalog), env=tenant.env)
    assert pulled.returncode == 0, pulled.stderr
    assert pulled.stdout.startswith("Pulled 3 data_stores, 6 data_assets, 18 data_sets")
    assert "data_stores" in pulled.stderr  # progress while the tenant is read
    drift = qlik_catalog("plan", str(catalog), "--prune", "--detailed-exitcode", env=tenant.env)
    assert drift.returncode == 0, drift.stdout + drift.stderr
    snapshot = tmp_path / "c.db"
    assert qlik_catalog("export", "--out", str(snapshot), env=tenant.env).returncode == 0
    again = tmp_path / "again.yaml"
    offline = qlik_catalog(
        "pull", "--from-snapshot", str(snapshot), "--out", str(again), "--json", env=environment()
    )
    assert offline.returncode == 0, offline.stderr  # no tenant settings needed
    assert json.loads(offline.stdout)["counts"]["data_sets"] == 18
    missing = qlik_catalog(
        "pull", "--from-snapshot", str(tmp_path / "nope.db"), "--out", str(again), env=environment()
    )
    assert missing.returncode == 2
    assert "--from-snapshot" in missing.stderr


def test_a_pulled_slice_plans_and_prunes_inside_it_only(tenant: Tenant, tmp_path: Path) -> None:
    catalog = tmp_path / "finance.yaml"
    pulled = qlik_catalog("pull", "--out", str(catalog), "--space", "Finance", env=tenant.env)
    assert pulled.returncode == 0, pulled.stderr
    assert catalog.read_text().splitlines()[1:4] == ["scope:", "  spaces:", "  - Finance"]
    text = catalog.read_text()
    catalog.write_text(text.replace("name: Table 002 1 1\n", "name: Renamed\n"))
    plan = qlik_catalog("plan", str(catalog), "--prune", "--json", env=tenant.env)
    assert plan.returncode == 0, plan.stderr
    assert json.loads(plan.stdout)["counts"] == {"create": 0, "update": 1, "delete": 0}
