"""Nothing lost, never stuck: batches report every item, an interrupted apply leaves a report
and a re-run converges, cancelled calls give back their tokens, and the pager never follows a
link off the tenant."""

from __future__ import annotations

import json
from pathlib import Path

import anyio
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, RetryPolicy, ServerError, UnsafeLinkError
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator
from qlik_catalog.sync import parse_catalog
from tests.wire import API_KEY, TENANT

pytestmark = pytest.mark.reliability


async def test_a_batch_of_1000_under_10_percent_failures_reports_1000_outcomes() -> None:
    emulator = Emulator(seed=5)
    emulator.seed(stores=2, assets_per_store=5, sets_per_asset=100, products=0)
    # Every page of the listing get_many would read them from fails: all 1,000 are asked one
    # GET each, and a tenth of those fail.
    emulator.inject(operations=["getDataStoreDataAssetDataSets"], error_rate=1.0)
    rule = emulator.inject(operations=["getDataSet"], error_rate=0.1)
    ids = list(emulator.state.data_sets)
    assert len(ids) == 1000
    async with emulator.client(retry=RetryPolicy(max_retries=0), clock=FakeClock()) as qlik:
        result = await qlik.data_sets.get_many(ids)
    assert len(result) == 1000
    assert set(result.succeeded) | set(result.failed) == set(ids)
    assert not set(result.succeeded) & set(result.failed)
    assert len(result.failed) == rule.hits
    assert 50 <= len(result.failed) <= 150
    assert all(isinstance(e, ServerError) for e in result.failed.values())


CATALOG = {
    "dataStores": [{"technicalName": f"st{i}", "type": "s3"} for i in range(40)],
    "dataAssets": [
        {"technicalName": f"as{i}", "dataStore": f"st{i}", "appType": "QIX-DF"} for i in range(40)
    ],
}


async def test_an_apply_cancelled_half_way_leaves_a_report_and_a_rerun_converges(
    tmp_path: Path,
) -> None:
    emulator = Emulator()
    desired = parse_catalog(CATALOG)
    report_path = tmp_path / "report.json"
    async with emulator.client(clock=FakeClock(), concurrency=4) as qlik:
        plan = await qlik.catalog.plan(desired)
        assert plan.counts()["create"] == 80
        with anyio.CancelScope() as scope:

            def progress(done: int, total: int) -> None:
                if done >= 20:
                    scope.cancel()

            await qlik.catalog.apply(plan, report=report_path, progress=progress)
        assert scope.cancelled_caught
        report = json.loads(report_path.read_text())
        assert len(report["outcomes"]) == 80  # every change named, done or not
        not_done = [o for o in report["outcomes"] if not o["ok"]]
        assert not_done
        assert all("interrupted" in o["error"] for o in not_done)
        rerun = await qlik.catalog.apply(await qlik.catalog.plan(desired))
        assert rerun.ok
        assert (await qlik.catalog.plan(desired)).is_empty
    stores = [s["technicalName"] for s in emulator.state.data_stores.values()]
    assets = [a["technicalName"] for a in emulator.state.data_assets.values()]
    assert sorted(stores) == sorted(f"st{i}" for i in range(40))  # no duplicates
    assert sorted(assets) == sorted(f"as{i}" for i in range(40))


async def test_cancelled_calls_release_their_limiter_and_concurrency_tokens() -> None:
    emulator = Emulator()
    emulator.seed("small")
    emulator.inject(operations=["getDataSet"], latency=30)
    async with emulator.client(concurrency=8) as qlik:
        data_set = next(iter(emulator.state.data_sets))
        async with anyio.create_task_group() as tg:
            for _ in range(100):
                tg.start_soon(qlik.data_sets.get, data_set)
            await anyio.sleep(0.2)
            tg.cancel_scope.cancel()
        with anyio.fail_after(2):  # all 8 slots were held by sleeping calls; now free
            stores = await qlik.data_stores.list()
    assert len(stores.items) == 3


async def test_the_pager_never_follows_a_link_off_the_tenant(httpx_mock: HTTPXMock) -> None:
    stores = f"{TENANT}/api/v1/data-stores"
    for link in (
        "https://evil.example.com/api/v1/data-stores?page=2",
        "http://acme.eu.qlikcloud.com/api/v1/data-stores?page=2",
    ):
        httpx_mock.add_response(
            url=f"{stores}?limit=100",
            json={"data": [{"id": "s1"}], "links": {"next": {"href": link}}},
        )
        async with QlikCatalog(TENANT, api_key=API_KEY) as qlik:
            with pytest.raises(UnsafeLinkError, match="refusing to follow"):
                await qlik.data_stores.list().to_list()
    # Only the first pages went out, both to the tenant: the token never left it.
    assert {r.url.host for r in httpx_mock.get_requests()} == {"acme.eu.qlikcloud.com"}
    assert len(httpx_mock.get_requests()) == 2
