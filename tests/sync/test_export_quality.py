"""``export --with-quality``: the data_quality and trust_scores tables, one row per data set, at
ceil(D/100) calls each; kept in step by incrementals; a failed read fails the export."""

from __future__ import annotations

import json
import math
import sqlite3
from pathlib import Path

import httpx
import pytest

from qlik_catalog import ServerError
from qlik_catalog.emulator import Emulator
from qlik_catalog.sync import Snapshot
from qlik_catalog.sync.export import PAGE_SIZE

TRUST = "/api/data-governance/trust-scores/results/data-sets/actions/filter"
GLOBAL = "/api/data-governance/data-qualities/global-results/actions/filter"


def _tenant(sets_per_asset: int = 85) -> Emulator:
    emulator = Emulator(strict=True)
    emulator.seed(stores=1, assets_per_store=3, sets_per_asset=sets_per_asset, products=1)
    return emulator


def _rows(out: Path, table: str) -> dict[str, sqlite3.Row]:
    with sqlite3.connect(out) as db:
        db.row_factory = sqlite3.Row
        return {row["data_set_id"]: row for row in db.execute(f"SELECT * FROM {table}")}


@pytest.mark.parametrize("sets_per_asset", [85, 1, 0])
async def test_with_quality_adds_one_row_per_data_set_at_ceil_d_over_100_calls_each(
    tmp_path: Path, sets_per_asset: int
) -> None:
    emulator = _tenant(sets_per_asset)
    data_sets = 3 * sets_per_asset
    async with emulator.client() as qlik:
        plain = await qlik.catalog.export(tmp_path / "plain.db")
        with qlik.record_responses() as calls:
            summary = await qlik.catalog.export(tmp_path / "quality.db", with_quality=True)
    per_table = math.ceil(data_sets / PAGE_SIZE)
    assert summary.calls == plain.calls + 2 * per_table
    paths = [httpx.URL(call.url).path for call in calls]
    assert paths.count(GLOBAL) == paths.count(TRUST) == per_table
    assert summary.quality == {"data_quality": data_sets, "trust_scores": data_sets}
    assert summary.as_dict()["quality"] == summary.quality
    assert "quality" not in plain.as_dict()

    quality = _rows(tmp_path / "quality.db", "data_quality")
    trust = _rows(tmp_path / "quality.db", "trust_scores")
    assert set(quality) == set(trust) == set(emulator.state.data_sets)
    for data_set_id, row in quality.items():
        stored = json.loads(row["json"])
        assert stored["datasetId"] == data_set_id
        assert row["valid"] + row["invalid"] + row["empty"] == row["total"] > 0
        assert row["status"] == "SUCCEEDED"
    for row in trust.values():
        assert 0 <= row["score"] <= 100
        assert json.loads(row["json"])["score"] == row["score"]
    assert _rows(tmp_path / "plain.db", "data_quality") == {}


async def test_a_data_set_without_figures_gets_a_row_without_them(tmp_path: Path) -> None:
    emulator = _tenant(1)
    async with emulator.client() as qlik:
        seeded = await qlik.data_sets.get(next(iter(emulator.state.data_sets)))
        body = seeded.to_dict()
        for key in ("id", "createdTime", "lastModifiedTime", "version", "tenantId", "ownerId"):
            body.pop(key, None)
        body["technicalName"] = body["qri"] = body["secureQri"] = "fresh"
        fresh = await qlik.data_sets.create(body)
        summary = await qlik.catalog.export(tmp_path / "q.db", with_quality=True)
    assert summary.quality == {"data_quality": 3, "trust_scores": 3}
    for table in ("data_quality", "trust_scores"):
        row = _rows(tmp_path / "q.db", table)[str(fresh.id)]
        assert row["json"] is None
    with Snapshot(tmp_path / "q.db") as snapshot:
        assert dict(snapshot.figures("trust_scores"))[str(fresh.id)] is None


async def test_an_incremental_with_quality_reads_them_again_and_drops_deleted_data_sets(
    tmp_path: Path,
) -> None:
    emulator = _tenant(2)
    out = tmp_path / "q.db"
    gone = sorted(emulator.state.data_sets)[0]
    async with emulator.client() as qlik:
        await qlik.catalog.export(out, with_quality=True)
        (await qlik.data_sets.delete_many([gone])).raise_for_failures()
        with qlik.record_responses() as calls:
            summary = await qlik.catalog.export(out, incremental=True, with_quality=True)
    assert [httpx.URL(c.url).path for c in calls].count(TRUST) == 1
    assert summary.quality == {"data_quality": 5, "trust_scores": 5}
    assert gone not in _rows(out, "trust_scores")
    assert len(_rows(out, "data_quality")) == 5


async def test_an_incremental_without_quality_keeps_the_figures_of_live_data_sets(
    tmp_path: Path,
) -> None:
    emulator = _tenant(2)
    out = tmp_path / "q.db"
    gone = sorted(emulator.state.data_sets)[0]
    async with emulator.client() as qlik:
        await qlik.catalog.export(out, with_quality=True)
        (await qlik.data_sets.delete_many([gone])).raise_for_failures()
        summary = await qlik.catalog.export(out, incremental=True)
    assert summary.quality is None
    assert set(_rows(out, "data_quality")) == set(emulator.state.data_sets)


async def test_a_failed_quality_read_fails_the_export_and_keeps_the_last_snapshot(
    tmp_path: Path,
) -> None:
    emulator = _tenant(1)
    out = tmp_path / "q.db"
    async with emulator.client() as qlik:
        await qlik.catalog.export(out)
    before = out.read_bytes()

    inner = emulator.transport()

    class FailingTrust(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == TRUST:
                return httpx.Response(
                    500, json={"errors": [{"code": "TS-500", "title": "down"}], "traceId": "t-5"}
                )
            return await inner.handle_async_request(request)

    from qlik_catalog import QlikCatalog
    from qlik_catalog.emulator.app import IN_PROCESS_URL

    async with QlikCatalog(
        IN_PROCESS_URL, transport=FailingTrust(), api_key=emulator.api_key, retry=None
    ) as qlik:
        with pytest.raises(ServerError) as caught:
            await qlik.catalog.export(out, with_quality=True)
    assert caught.value.trace_id == "t-5"
    assert out.read_bytes() == before


async def test_the_jsonl_carries_the_figures(tmp_path: Path) -> None:
    emulator = _tenant(1)
    async with emulator.client() as qlik:
        await qlik.catalog.export(tmp_path / "q.db", jsonl=tmp_path / "q.jsonl", with_quality=True)
    lines = [json.loads(line) for line in (tmp_path / "q.jsonl").read_text().splitlines()]
    trust = [line for line in lines if line["kind"] == "trust_scores"]
    assert sorted(line["dataSetId"] for line in trust) == sorted(emulator.state.data_sets)
    assert all(line["data"]["datasetId"] == line["dataSetId"] for line in trust)
