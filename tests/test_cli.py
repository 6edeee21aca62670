"""The ``qlik-catalog`` command: the demo, export / plan / apply against a loopback emulator,
profiles, copy, ``--json`` and exit codes, and no secret in any output."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from qlik_catalog.cli import _parser, emulator_from_args, main
from qlik_catalog.emulator import Emulator
from tests.serving import serve

KEY = "cli-secret-key-7731"


@pytest.fixture
def tenant(monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    emulator = Emulator(api_keys=[KEY])
    emulator.seed("small")
    with serve(emulator) as url:
        monkeypatch.setenv("QLIK_TENANT_URL", url)
        monkeypatch.setenv("QLIK_API_KEY", KEY)
        monkeypatch.delenv("QLIK_CLIENT_ID", raising=False)
        yield emulator


def test_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--seed", "small", "--out-dir", str(tmp_path), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["export"]["counts"]["data_sets"] == 18
    assert result["export"]["requests"] == result["export"]["calls"] == 5
    assert result["apply"] == {**result["apply"], "succeeded": 6, "failed": 0}
    assert result["second_plan"] == {"create": 0, "update": 0, "delete": 0}
    assert (tmp_path / "snapshot.db").exists()
    assert (tmp_path / "apply-report.json").exists()
    assert len((tmp_path / "snapshot.jsonl").read_text().splitlines()) == 3 + 3 + 6 + 18 + 2


def test_export_says_when_products_were_listed_through_items(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator = Emulator(api_keys=[KEY], data_products_list_route=False)
    emulator.seed("small")
    with serve(emulator) as url:
        monkeypatch.setenv("QLIK_TENANT_URL", url)
        monkeypatch.setenv("QLIK_API_KEY", KEY)
        monkeypatch.delenv("QLIK_CLIENT_ID", raising=False)
        assert main(["export", "--out", str(tmp_path / "c.db")]) == 0
    out = capsys.readouterr().out
    assert "data products listed through the items API" in out
    assert "2 " in out  # the small tenant's two products, found all the same


async def test_emulator_option_for_a_tenant_without_the_products_list() -> None:
    for flags, status in (([], 200), (["--without-data-products-list"], 404)):
        args = _parser().parse_args(["emulator", *flags])
        emulator = emulator_from_args(args, KEY)
        async with httpx.AsyncClient(
            transport=emulator.transport(), base_url="http://tenant.emulator.localhost"
        ) as http:
            answer = await http.get(
                "/api/data-governance/data-products", headers={"Authorization": f"Bearer {KEY}"}
            )
        assert answer.status_code == status


def test_export_plan_apply_over_loopback(
    tenant: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.db"
    assert main(["export", "--out", str(out), "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["counts"]["data_stores"] == 3
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text("dataStores:\n  - technicalName: lake\n    type: s3\n    name: Lake\n")
    assert main(["plan", str(catalog), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"] == {"create": 1, "update": 0, "delete": 0}
    report = tmp_path / "report.json"
    assert main(["apply", str(catalog), "--report", str(report)]) == 0
    text = capsys.readouterr().out
    assert "Applied: 1 succeeded, 0 failed" in text
    assert json.loads(report.read_text())["counts"] == {"succeeded": 1, "failed": 0}
    assert main(["plan", str(catalog)]) == 0
    assert "No changes" in capsys.readouterr().out
    assert main(["export", "--out", str(out), "--incremental"]) == 0
    captured = capsys.readouterr()
    assert "incremental" in captured.out
    assert KEY not in captured.out + captured.err + report.read_text()


def test_exit_codes(
    tenant: Emulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("dataAssets:\n  - technicalName: a\n    dataStore: nowhere\n")
    assert main(["plan", str(bad)]) == 2
    assert "does not define" in capsys.readouterr().err
    tenant.inject(operations=["createDataStore"], error_rate=1.0)
    good = tmp_path / "good.yaml"
    good.write_text("dataStores:\n  - technicalName: x\n    type: s3\n")
    assert main(["apply", str(good)]) == 1
    assert "failed create data_stores x" in capsys.readouterr().out
    monkeypatch.setenv("QLIK_API_KEY", "wrong-key")
    assert main(["plan", str(good)]) == 3
    assert "401" in capsys.readouterr().err


def test_profiles_and_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source, target = Emulator(api_keys=[KEY], seed=1), Emulator(api_keys=["other-key"], seed=2)
    source.seed(stores=2, assets_per_store=1, sets_per_asset=2, products=1)
    with serve(source) as source_url, serve(target) as target_url:
        config = tmp_path / "profiles.toml"
        config.write_text(
            f'[profiles.dev]\ntenant_url = "{source_url}"\napi_key_env = "DEV_KEY"\n'
            f'[profiles.prod]\ntenant_url = "{target_url}"\napi_key = "other-key"\n'
        )
        monkeypatch.setenv("QLIK_CATALOG_CONFIG", str(config))
        monkeypatch.setenv("DEV_KEY", KEY)
        assert main(["export", "--profile", "dev", "--out", str(tmp_path / "d.db")]) == 0
        assert main(["plan", "x.yaml", "--profile", "nope"]) == 2
        assert "no profile 'nope'" in capsys.readouterr().err
        args = ["copy", "--from-profile", "dev", "--to-profile", "prod"]
        assert main([*args, "--json"]) == 0
        planned = json.loads(capsys.readouterr().out)
        assert planned["counts"]["create"] == 2 + 2 + 4 + 1
        assert main([*args, "--apply"]) == 0
        applied = capsys.readouterr()
        assert "Applied: 9 succeeded, 0 failed" in applied.out
        assert main([*args, "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["counts"]["create"] == 0
    captured = capsys.readouterr()
    for text in (applied.out, applied.err, captured.out, captured.err):
        assert KEY not in text
        assert "other-key" not in text
