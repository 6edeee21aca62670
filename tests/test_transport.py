"""The transport stack: a 429 pauses its whole tier for every task, and no other tier."""

from __future__ import annotations

from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog
from qlik_catalog.clock import FakeClock
from tests.stores import store


async def test_429_pauses_the_tier_for_every_task_but_not_the_other_tier(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", status_code=429, headers={"Retry-After": "5"}, json={})
    httpx_mock.add_response(method="GET", json=store(1), is_reusable=True)
    httpx_mock.add_response(method="POST", status_code=201, json=store(2))
    await qlik.data_stores.get("s1")  # 429, pause tier 1 for 5 s, retry
    paused_at = clock.now()
    # Tier 1 was paused and is free again; now pause it once more by hand and check who waits.
    qlik.limiter.pause("tier1", 1000, 3.0)
    start = clock.now()
    await qlik.data_stores.create({"type": "qix-datafiles", "technicalName": "t2"})
    assert clock.now() == start, "a tier 2 write must not wait for a tier 1 pause"
    await qlik.data_stores.get("s1")
    assert clock.now() >= start + 3.0, "a tier 1 read must wait out the pause"
    assert paused_at >= 1005.0
