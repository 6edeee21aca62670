"""Catalog export against the emulator: complete and exact, minimal calls, incremental,
resumable."""

from __future__ import annotations

import json
import logging
import math
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from qlik_catalog import (
    QlikCatalog,
    QlikConnectionError,
    QlikResponseError,
    QlikValueError,
    RetryPolicy,
)
from qlik_catalog.emulator import Emulator
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.sync import Snapshot
from qlik_catalog.sync.export import PAGE_SIZE, SKEW_MARGIN, partial_path
from tests.sync.snapshots import STATE_OF, assert_exact


@pytest.mark.parametrize(
    ("stores", "assets_per_store", "sets_per_asset"), [(3, 2, 3), (12, 9, 11), (1, 0, 0)]
)
async def test_export_is_complete_exact_and_uses_the_fewest_calls(
    tmp_path: Path, stores: int, assets_per_store: int, sets_per_asset: int
) -> None:
    emulator = Emulator()
    emulator.seed(
        stores=stores,
        assets_per_store=assets_per_store,
        sets_per_asset=sets_per_asset,
        products=4,
    )
    out = tmp_path / "catalog.db"
    async with emulator.client() as qlik:
        summary = await qlik.catalog.export(out, jsonl=tmp_path / "catalog.jsonl")
    assert_exact(out, emulator)
    assets, sets = stores * assets_per_store, stores * assets_per_store * sets_per_asset
    assert summary.counts["data_sets"] == sets
    floor = sum(max(1, math.ceil(n / PAGE_SIZE)) for n in (stores, assets, sets))
    # + one call each for products and spaces: the listing never goes per parent.
    assert summary.calls == emulator.requests_served == floor + 2
    assert summary.data_products_source == "list"
    lines = (tmp_path / "catalog.jsonl").read_text().splitlines()
    assert len(lines) == sum(summary.counts.values())
    assert {json.loads(line)["kind"] for line in lines} >= {"data_stores", "spaces"}


async def test_incremental_export_fetches_changes_and_records_deletions(tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed(stores=3, assets_per_store=2, sets_per_asset=150, products=2)  # 900 sets
    out = tmp_path / "catalog.db"
    async with emulator.client() as qlik:
        await qlik.catalog.export(out)
        set_id = next(iter(emulator.state.data_sets))
        await qlik.data_sets.patch(set_id, [{"op": "replace", "path": "/name", "value": "New"}])
        new_store = await qlik.data_stores.create({"type": "t", "technicalName": "fresh"})
        doomed_asset = list(emulator.state.data_assets)[-1]
        await qlik.data_assets.delete(doomed_asset)  # and its 150 data sets
        served = emulator.requests_served
        summary = await qlik.catalog.export(out, incremental=True)
    assert summary.incremental
    assert summary.deleted["data_assets"] == 1
    assert summary.deleted["data_sets"] == 150
    assert summary.changed["data_stores"] == 1  # the new one
    assert summary.changed["data_sets"] == 1  # the patched one
    assert summary.changed["data_assets"] == 0
    assert summary.calls == emulator.requests_served - served
    assert_exact(out, emulator)
    with Snapshot(out) as snapshot:
        assert ("data_assets", doomed_asset) in snapshot.deletions()
        assert new_store.id in snapshot.ids("data_stores")


async def test_incremental_needs_a_complete_snapshot(tmp_path: Path) -> None:
    emulator = Emulator()
    async with emulator.client() as qlik:
        with pytest.raises(QlikValueError, match="no complete export"):
            await qlik.catalog.export(tmp_path / "none.db", incremental=True)


async def test_an_interrupted_export_resumes(tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed(stores=2, assets_per_store=5, sets_per_asset=100, products=1)  # 1,000 sets
    out = tmp_path / "catalog.db"
    # After four data set pages, every further one gets a dropped connection (no retries).
    rule = emulator.inject(operations=["getDataStoreDataAssetDataSets"], drop_rate=1.0)
    seen = {"pages": 0}

    def after_four_pages(operation_id: str, method: str) -> bool:
        seen["pages"] += operation_id == "getDataStoreDataAssetDataSets"
        return operation_id == "getDataStoreDataAssetDataSets" and seen["pages"] > 4

    rule.applies = after_four_pages  # type: ignore[method-assign]
    async with emulator.client(retry=RetryPolicy(max_retries=0), concurrency=1) as qlik:
        with pytest.raises(QlikConnectionError):
            await qlik.catalog.export(out)
        assert not out.exists()  # the interrupted export is in the partial file beside it
        with Snapshot(partial_path(out)) as snapshot:
            assert snapshot.get_meta("status") == "running"
            stored = snapshot.count("data_sets")
        assert 0 < stored < 1000
        emulator.faults.clear()
        served = emulator.requests_served
        summary = await qlik.catalog.export(out)
    assert summary.resumed
    # Only the missing data set pages (and page 1, which says how many there are) were
    # fetched again; stores, assets, products and spaces once each; then the reconciliation:
    # the ids of stores (1 page), assets (1) and sets (10) and the products list again.
    assert summary.calls == 4 + 1 + (10 - 4) + 1 + 1 + 10 + 1
    assert summary.calls == emulator.requests_served - served
    assert not partial_path(out).exists()
    assert_exact(out, emulator)


def fallback_emulator(products: int) -> Emulator:
    """A tenant without GET /api/data-governance/data-products (404, as for an unknown route)."""
    emulator = Emulator(data_products_list_route=False, strict=True)
    emulator.seed(stores=2, assets_per_store=2, sets_per_asset=2, products=products)
    return emulator


async def test_export_without_the_products_list_uses_items_and_gets(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    emulator = fallback_emulator(products=130)  # two pages of items
    out = tmp_path / "catalog.db"
    async with emulator.client() as qlik:
        with caplog.at_level(logging.INFO, logger="qlik_catalog"):
            summary = await qlik.catalog.export(out)
    assert_exact(out, emulator)
    assert summary.counts["data_products"] == 130
    assert summary.data_products_source == "items"
    assert summary.as_dict()["data_products_source"] == "items"
    # stores, assets, sets (one page each), spaces; the refused list, 2 items pages, 130 gets.
    assert summary.calls == emulator.requests_served == 4 + 1 + 2 + 130
    said = [r.getMessage() for r in caplog.records if "data products listed" in r.getMessage()]
    assert said == [
        "GET /api/data-governance/data-products answered 404: data products listed with "
        "GET /api/v1/items?resourceType=dataproduct and a get of each product"
    ]


async def test_fallback_export_leaves_out_a_product_deleted_after_the_items_listing(
    tmp_path: Path,
) -> None:
    emulator = fallback_emulator(products=3)
    # The first get of a product answers 404, as if it was deleted since the items listing.
    emulator.inject(operations=["getDataProduct"], error_rate=1.0, error_status=404, times=1)
    out = tmp_path / "catalog.db"
    async with emulator.client() as qlik:
        summary = await qlik.catalog.export(out)
    assert summary.counts["data_products"] == 2
    with Snapshot(out) as snapshot:
        assert snapshot.ids("data_products") < set(emulator.state.data_products)


async def test_incremental_fallback_export_records_deleted_and_changed_products(
    tmp_path: Path,
) -> None:
    emulator = fallback_emulator(products=3)
    out = tmp_path / "catalog.db"
    async with emulator.client() as qlik:
        await qlik.catalog.export(out)
        doomed, kept, _ = list(emulator.state.data_products)
        await qlik.data_products.delete(doomed)
        await qlik.data_products.patch(kept, [{"op": "replace", "path": "/name", "value": "New"}])
        summary = await qlik.catalog.export(out, incremental=True)
    assert summary.data_products_source == "items"
    assert summary.deleted["data_products"] == 1
    assert_exact(out, emulator)
    with Snapshot(out) as snapshot:
        assert ("data_products", doomed) in snapshot.deletions()


async def test_an_incremental_export_with_nothing_changed_reports_nothing_changed(
    tmp_path: Path,
) -> None:
    emulator = Emulator()
    emulator.seed(stores=3, assets_per_store=2, sets_per_asset=5, products=2)
    out = tmp_path / "catalog.db"
    async with emulator.client() as qlik:
        await qlik.catalog.export(out)
        summary = await qlik.catalog.export(out, incremental=True)
    assert summary.changed == dict.fromkeys(summary.changed, 0)
    assert set(summary.changed) == set(STATE_OF)
    assert summary.deleted == dict.fromkeys(STATE_OF, 0)
    assert_exact(out, emulator)


async def test_an_object_modified_at_the_watermark_itself_is_not_missed(tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed(stores=2, assets_per_store=1, sets_per_asset=3)
    out = tmp_path / "catalog.db"
    async with emulator.client() as qlik:
        before = datetime.now(UTC)
        await qlik.catalog.export(out)
        with Snapshot(out) as snapshot:
            watermark = snapshot.get_meta("watermark")
        assert watermark is not None
        # The start time less five minutes (Qlik's clock may run behind ours).
        low = before - SKEW_MARGIN - timedelta(milliseconds=1)
        assert low <= _moment(watermark) <= datetime.now(UTC) - SKEW_MARGIN
        assert timedelta(minutes=5) == SKEW_MARGIN
        older = next(iter(emulator.state.data_sets.values()))
        # The next write is stamped with the watermark itself, to the microsecond.
        emulator.state.fixed_time = _moment(watermark) - timedelta(seconds=1)
        patch = [{"op": "replace", "path": "/name", "value": "At the watermark"}]
        await qlik.data_sets.patch(older["id"], patch)
        emulator.state.fixed_time = None
        assert _moment(emulator.state.data_sets[older["id"]]["lastModifiedTime"]) == _moment(
            watermark
        )
        summary = await qlik.catalog.export(out, incremental=True)
    assert summary.changed["data_sets"] == 1
    assert summary.changed["data_stores"] == 0
    assert_exact(out, emulator)


def _moment(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp.replace("Z", "+00:00"))


class DeepProductGets(httpx.AsyncBaseTransport):
    """The emulator, but every get of one data product answers JSON nested too deep for
    Python's decoder."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/api/data-governance/data-products/"):
            await request.aread()
            return httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000)
        return await self.inner.handle_async_request(request)


async def test_a_product_got_by_id_nested_too_deep_is_an_unreadable_answer(
    tmp_path: Path,
) -> None:
    # The export reads a got object's JSON itself (not through a model), so the depth is its
    # own to catch: raw, it is a RecursionError.
    emulator = fallback_emulator(products=3)
    transport = DeepProductGets(emulator.transport())
    out = tmp_path / "catalog.db"
    async with QlikCatalog(IN_PROCESS_URL, transport=transport, api_key=emulator.api_key) as qlik:
        with pytest.raises(QlikResponseError, match="not an object with an id") as raised:
            await qlik.catalog.export(out)
    assert raised.value.status == 200
