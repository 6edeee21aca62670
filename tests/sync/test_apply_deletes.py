"""apply's deletes go through each kind's batch delete (100 ids per request), children first,
and every delete still gets its own outcome: a refused request fails only its own ids, an
object gone already is done, a lost answer is settled by reading the object back."""

from __future__ import annotations

import json
from typing import Any

import httpx

from qlik_catalog import QlikCatalog
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.sync import parse_catalog
from qlik_catalog.sync.plan import Plan

DELETE_SETS = ("DELETE", "/api/v1/data-sets")


def _tenant(sets_per_asset: int = 100) -> Emulator:
    emulator = Emulator()
    emulator.seed(stores=1, assets_per_store=10, sets_per_asset=sets_per_asset, products=0)
    return emulator


async def _prune_every_data_set(qlik: QlikCatalog) -> Plan:
    """The plan that keeps the stores and assets and deletes every data set."""
    pulled = await qlik.catalog.pull()
    catalog: dict[str, Any] = dict(pulled.catalog or {})
    catalog["dataSets"] = []
    catalog.pop("dataProducts", None)
    return await qlik.catalog.plan(parse_catalog(catalog), prune=True)


def _deletes(calls: list[Any]) -> list[Any]:
    return [c for c in calls if (c.method, httpx.URL(c.url).path) == DELETE_SETS]


async def test_a_prune_of_1000_data_sets_takes_10_batch_deletes() -> None:
    emulator = _tenant()
    async with emulator.client(clock=FakeClock()) as qlik:
        plan = await _prune_every_data_set(qlik)
        assert plan.counts() == {"create": 0, "update": 0, "delete": 1000}
        with qlik.record_responses() as calls:
            report = await qlik.catalog.apply(plan)
    assert report.ok
    assert report.counts() == {"succeeded": 1000, "failed": 0}
    assert len(calls) == len(_deletes(calls)) == 10
    assert emulator.state.data_sets == {}
    assert {o.id for o in report.outcomes} == {c.id for c in plan.changes}


async def test_a_refused_batch_fails_only_its_own_ids() -> None:
    emulator = _tenant(20)  # 200 data sets: two requests
    inner = emulator.transport()
    refused_ids: list[str] = []

    class RefuseOne(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if (request.method, request.url.path) == DELETE_SETS and not refused_ids:
                await request.aread()
                refused_ids.extend(json.loads(request.content)["ids"])
                return httpx.Response(
                    403, json={"errors": [{"code": "DS-403", "title": "no"}], "traceId": "t-4"}
                )
            return await inner.handle_async_request(request)

    async with QlikCatalog(
        IN_PROCESS_URL, transport=RefuseOne(), api_key=emulator.api_key, clock=FakeClock()
    ) as qlik:
        plan = await _prune_every_data_set(qlik)
        report = await qlik.catalog.apply(plan)
    failed = {o.id for o in report.outcomes if not o.ok}
    assert failed == set(refused_ids)
    assert len(failed) == 100
    assert all("PermissionDeniedError" in str(o.error) for o in report.outcomes if not o.ok)
    assert set(emulator.state.data_sets) == failed  # the others were deleted


async def test_an_object_deleted_since_the_plan_is_done_and_the_rest_deleted() -> None:
    emulator = _tenant(20)
    async with emulator.client(clock=FakeClock()) as qlik:
        plan = await _prune_every_data_set(qlik)
        gone = sorted(emulator.state.data_sets)[7]
        (await qlik.data_sets.delete_many([gone])).raise_for_failures()
        report = await qlik.catalog.apply(plan)
    assert report.ok
    assert len(report.outcomes) == 200
    assert emulator.state.data_sets == {}


async def test_a_lost_answer_is_settled_by_reading_the_objects_back() -> None:
    emulator = _tenant(3)
    inner = emulator.transport()
    lost: list[int] = []

    class LoseAnswer(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            response = await inner.handle_async_request(request)
            if (request.method, request.url.path) == DELETE_SETS and not lost:
                lost.append(response.status_code)  # done on the tenant, answer lost
                raise httpx.ReadError("connection reset", request=request)
            return response

    async with QlikCatalog(
        IN_PROCESS_URL,
        transport=LoseAnswer(),
        api_key=emulator.api_key,
        clock=FakeClock(),
        retry=None,
    ) as qlik:
        plan = await _prune_every_data_set(qlik)
        report = await qlik.catalog.apply(plan)
    assert lost == [204]
    assert report.ok, [o.error for o in report.outcomes if not o.ok]
    assert emulator.state.data_sets == {}


async def test_a_prune_deletes_children_before_their_parents() -> None:
    emulator = _tenant(5)
    async with emulator.client(clock=FakeClock()) as qlik:
        pulled = await qlik.catalog.pull()
        catalog: dict[str, Any] = dict(pulled.catalog or {})
        catalog.update(dataStores=[], dataAssets=[], dataSets=[])
        catalog.pop("dataProducts", None)
        plan = await qlik.catalog.plan(parse_catalog(catalog), prune=True)
        with qlik.record_responses() as calls:
            report = await qlik.catalog.apply(plan)
    assert report.ok
    paths = [httpx.URL(c.url).path for c in calls if c.method == "DELETE"]
    assert paths == ["/api/v1/data-sets", "/api/v1/data-assets", "/api/v1/data-stores"]
    assert emulator.state.data_stores == {}
