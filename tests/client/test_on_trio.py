"""The core paths (list, get, retry, batch) on trio: the layer uses anyio only."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import TypeVar

import anyio
import httpx
from pytest_httpx import HTTPXMock
from qlik_catalog_api.types import Unset

from qlik_catalog import QlikCatalog, RetryPolicy
from qlik_catalog.clock import FakeClock
from tests.wire import API_KEY, TENANT

T = TypeVar("T")


def run_on_trio(main: Callable[[], Awaitable[T]]) -> T:
    return anyio.run(main, backend="trio")


def test_list_get_retry_and_batch_on_trio(httpx_mock: HTTPXMock) -> None:
    stores = f"{TENANT}/api/v1/data-stores"
    httpx_mock.add_response(
        url=f"{stores}?limit=1",
        json={"data": [{"id": "s1"}], "links": {"next": {"href": f"{stores}?limit=1&page=2"}}},
    )
    httpx_mock.add_response(url=f"{stores}?limit=1&page=2", json={"data": [{"id": "s2"}]})
    httpx_mock.add_response(url=f"{stores}/s1", status_code=503, json={})
    httpx_mock.add_response(url=f"{stores}/s1", json={"id": "s1", "name": "Sales"})

    def delete(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404 if "bad" in json.loads(request.content)["ids"] else 204)

    httpx_mock.add_callback(delete, method="DELETE", is_reusable=True)
    clock = FakeClock()

    async def main() -> tuple[list[str | Unset], str, int, int]:
        async with QlikCatalog(
            TENANT, api_key=API_KEY, clock=clock, retry=RetryPolicy(jitter=False)
        ) as qlik:
            ids = [s.id async for s in qlik.data_stores.list(limit=1)]
            store = await qlik.data_stores.get("s1")
            result = await qlik.data_stores.delete_many(["a", "bad", "c"], chunk_size=1)
            return ids, str(store.name), len(result.succeeded), len(result.failed)

    ids, name, ok, failed = run_on_trio(main)
    assert ids == ["s1", "s2"]
    assert name == "Sales"
    assert clock.sleeps == [0.5]
    assert (ok, failed) == (2, 1)
