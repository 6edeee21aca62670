"""The transport stack: a 429 pauses its whole tier for every task, and no other tier; an
answer over the size limit is refused and not retried; a deadline is a timeout, and no
backoff is waited that would outlast it.
(The loopback cases of the bounds are in tests/reliability/test_bounds.py.)"""

from __future__ import annotations

import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikResponseError, QlikStatusError, RetryPolicy
from qlik_catalog.clock import FakeClock
from qlik_catalog.transport import _DeadlineExceeded
from tests.stores import store
from tests.wire import TENANT


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


async def test_an_answer_over_the_size_limit_is_refused_not_retried() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(503, content=b"x" * 5000)  # a retryable status, too big

    transport = httpx.MockTransport(handler)
    async with QlikCatalog(TENANT, api_key="k", transport=transport, max_response_size=4096) as q:
        with pytest.raises(QlikResponseError) as caught:
            await q.data_stores.get("s1")
    assert caught.value.status == 503
    assert "more than 4 KiB (max_response_size=4096 bytes" in str(caught.value)
    assert len(requests) == 1  # the same request would bring the same answer


async def test_a_deadline_is_a_timeout() -> None:
    exc = _DeadlineExceeded("late", request=httpx.Request("GET", TENANT))
    assert isinstance(exc, httpx.TimeoutException)  # what send() maps to QlikTimeoutError


async def test_a_backoff_that_would_outlast_the_deadline_is_not_waited() -> None:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(503, json={})

    clock = FakeClock()
    retry = RetryPolicy(max_retries=3, backoff_base=5, jitter=False)
    transport = httpx.MockTransport(handler)
    async with QlikCatalog(
        TENANT, api_key="k", transport=transport, retry=retry, clock=clock, request_deadline=2
    ) as qlik:
        with pytest.raises(QlikStatusError) as caught:
            await qlik.data_stores.get("s1")
    assert caught.value.status == 503  # the last answer, at once
    assert len(requests) == 1
    assert clock.sleeps == []
