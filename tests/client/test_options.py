"""Client options: an injected ``httpx.AsyncClient``, and reading the status, headers and
``traceId`` of typed calls."""

from __future__ import annotations

import anyio
import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import NotFoundError, QlikCatalog, QlikValueError, RetryPolicy
from qlik_catalog.clock import FakeClock
from tests.wire import API, API_KEY, TENANT


async def test_injected_http_client_carries_the_requests_through_auth_and_retries(
    httpx_mock: HTTPXMock,
) -> None:
    seen: list[httpx.Request] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request)

    httpx_mock.add_response(status_code=503)
    httpx_mock.add_response(json={"id": "s1"})
    clock = FakeClock()
    async with httpx.AsyncClient(event_hooks={"request": [hook]}) as http:
        async with QlikCatalog(
            TENANT, api_key=API_KEY, http_client=http, clock=clock, retry=RetryPolicy(jitter=False)
        ) as qlik:
            store = await qlik.data_stores.get("s1")
        assert store.id == "s1"
        assert len(seen) == 2  # the user's hook saw the first attempt and the retry
        assert all(r.headers["authorization"] == f"Bearer {API_KEY}" for r in seen)
        assert clock.sleeps == [0.5]
        assert not http.is_closed  # the caller's client stays theirs to close


def test_transport_and_http_client_are_exclusive() -> None:
    with pytest.raises(QlikValueError, match="not both"):
        QlikCatalog(
            TENANT,
            api_key=API_KEY,
            transport=httpx.AsyncHTTPTransport(),
            http_client=httpx.AsyncClient(),
        )


async def test_record_responses_gives_status_headers_and_trace_id(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{API}/data-sets/d1", json={"id": "d1"}, headers={"x-trace-id": "tr-ok"}
    )
    httpx_mock.add_response(
        url=f"{API}/data-sets/d2",
        status_code=404,
        json={"errors": [{"code": "DS-404"}], "traceId": "tr-404"},
    )
    with qlik.record_responses() as calls:
        await qlik.data_sets.get("d1")
        with pytest.raises(NotFoundError):
            await qlik.data_sets.get("d2")
    assert [(c.method, c.url, c.status, c.trace_id) for c in calls] == [
        ("GET", f"{API}/data-sets/d1", 200, "tr-ok"),
        ("GET", f"{API}/data-sets/d2", 404, "tr-404"),
    ]
    assert calls[0].headers["content-type"] == "application/json"


async def test_recording_is_scoped_to_the_block_and_its_tasks(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"id": "x"}, is_reusable=True)
    outside: list[str] = []

    async def elsewhere() -> None:
        await qlik.data_sets.get("other")
        outside.append("done")

    async with anyio.create_task_group() as tg:
        tg.start_soon(elsewhere)  # started before the block: not recorded
        with qlik.record_responses() as calls:
            async with anyio.create_task_group() as inner:
                inner.start_soon(qlik.data_sets.get, "a")
                inner.start_soon(qlik.data_sets.get, "b")
    assert sorted(c.url.rsplit("/", 1)[-1] for c in calls) == ["a", "b"]
    assert outside == ["done"]
    await qlik.data_sets.get("after")
    assert len(calls) == 2
