"""The fault matrix: six kinds of work against the emulator, each under every fault a server
or network can produce. Every cell must end, within a bounded time, in success or in a
documented typed error; never a hang, never a raw httpx / json / generated-code exception."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from qlik_catalog import (
    QlikCatalog,
    QlikConnectionError,
    QlikError,
    QlikResponseError,
    QlikStatusError,
    QlikTimeoutError,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator
from qlik_catalog.emulator.app import IN_PROCESS_URL

pytestmark = pytest.mark.reliability

Fault = Callable[[httpx.Request], httpx.Response]


def status(code: int, headers: dict[str, str] | None = None, body: bytes | None = None) -> Fault:
    content = (
        body
        if body is not None
        else json.dumps(
            {"errors": [{"code": f"HTTP-{code}", "title": "fault"}], "traceId": "fault-trace"}
        ).encode()
    )
    return lambda request: httpx.Response(code, headers=headers or {}, content=content)


def raises(error: type[httpx.TransportError]) -> Fault:
    def fault(request: httpx.Request) -> httpx.Response:
        raise error("injected", request=request)

    return fault


def http_date(seconds: int) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=seconds), usegmt=True)


# Values outside what Qlik documents as an enum (a data field's type, a store's type): the
# response schemas keep such fields plain strings so that a value Qlik adds later parses.
_NEW_FIELD = {"name": "f", "dataType": {"type": "QUANTUM-FLOAT"}}
UNKNOWN_ENUMS = {
    "id": "x1",
    "name": "n",
    "type": "a-store-type-from-the-future",
    "schema": {"dataFields": [_NEW_FIELD]},
    "data": [
        {
            "id": "x2",
            "name": "d",
            "type": "a-store-type-from-the-future",
            "technicalName": "t",
            "dataAssetInfo": {"id": "a"},
            "schema": {"dataFields": [_NEW_FIELD]},
        }
    ],
}

# name -> (fault, how many requests in a row get it)
FAULTS: dict[str, tuple[Fault, int]] = {
    "429x2 Retry-After 1": (status(429, {"Retry-After": "1"}), 2),
    "429x2 no Retry-After": (status(429), 2),
    "429x2 Retry-After date": (status(429, {"Retry-After": http_date(2)}), 2),
    "429 storm x30": (status(429, {"Retry-After": "1"}), 30),
    "429 Retry-After 3600": (status(429, {"Retry-After": "3600"}), 1),
    "503x2": (status(503), 2),
    "502x2": (status(502), 2),
    "504x2": (status(504), 2),
    "503 storm x30": (status(503), 30),
    "drop before body sent x2": (raises(httpx.ConnectError), 2),
    "drop after body sent x2": (raises(httpx.RemoteProtocolError), 2),
    "read timeout x2": (raises(httpx.ReadTimeout), 2),
    "200 not JSON": (status(200, {"content-type": "application/json"}, b"<html>oops"), 1),
    "200 truncated JSON": (status(200, {"content-type": "application/json"}, b'{"data": [{"id'), 1),
    "499": (status(499), 1),
    "520x2": (status(520), 2),
    "200 wrong types": (status(200, {}, b'{"id": 5, "data": "x", "name": []}'), 1),
    "200 wrong types, validate_responses": (status(200, {}, b'{"id": 5, "data": [1]}'), 1),
    "200 extra and missing fields": (status(200, {}, b'{"surprise": true, "data": []}'), 1),
    "200 unknown enum values": (status(200, {}, json.dumps(UNKNOWN_ENUMS).encode()), 1),
}

OK = "ok"
# The expected outcome of each cell: OK or the typed error. Columns: get, create (POST),
# patch, batch delete, paged listing, export.
OPS = ("get", "create", "patch", "batch_delete", "listing", "export")
EXPECTED: dict[str, tuple[Any, ...]] = {
    "429x2 Retry-After 1": (OK, OK, OK, OK, OK, OK),
    "429x2 no Retry-After": (OK, OK, OK, OK, OK, OK),
    "429x2 Retry-After date": (OK, OK, OK, OK, OK, OK),
    "429 storm x30": (RateLimitError,) * 6,
    "429 Retry-After 3600": (RateLimitError,) * 6,
    "503x2": (OK, ServerError, ServerError, OK, OK, OK),
    "502x2": (OK, ServerError, ServerError, OK, OK, OK),
    "504x2": (OK, ServerError, ServerError, OK, OK, OK),
    "503 storm x30": (ServerError,) * 6,
    "drop before body sent x2": (OK, OK, OK, OK, OK, OK),
    "drop after body sent x2": (OK, QlikConnectionError, QlikConnectionError, OK, OK, OK),
    "read timeout x2": (OK, QlikTimeoutError, QlikTimeoutError, OK, OK, OK),
    "200 not JSON": (
        QlikResponseError,
        QlikResponseError,
        QlikResponseError,
        OK,
        QlikResponseError,
        QlikResponseError,
    ),
    "200 truncated JSON": (
        QlikResponseError,
        QlikResponseError,
        QlikResponseError,
        OK,
        QlikResponseError,
        QlikResponseError,
    ),
    "499": (QlikStatusError,) * 6,
    "520x2": (OK, ServerError, ServerError, OK, OK, OK),
    # Tolerant parsing by default: a single object with mistyped fields still parses (the
    # create fails only because 200 is not what a create answers); a list that is not a list
    # cannot be read.
    "200 wrong types": (OK, QlikResponseError, OK, OK, QlikResponseError, QlikResponseError),
    "200 wrong types, validate_responses": (
        QlikResponseError,
        QlikResponseError,
        QlikResponseError,
        OK,
        QlikResponseError,
        QlikResponseError,
    ),
    "200 extra and missing fields": (OK, QlikResponseError, OK, OK, OK, OK),
    "200 unknown enum values": (OK, QlikResponseError, OK, OK, OK, OK),
}


class FaultyTransport(httpx.AsyncBaseTransport):
    """Answers the first ``count`` requests with ``fault``, then lets the emulator answer."""

    def __init__(self, inner: httpx.AsyncBaseTransport, fault: Fault, count: int) -> None:
        self.inner, self.fault, self.remaining = inner, fault, count
        self.faulted = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.remaining > 0:
            self.remaining -= 1
            self.faulted += 1
            await request.aread()
            return self.fault(request)
        return await self.inner.handle_async_request(request)


@dataclass
class World:
    qlik: QlikCatalog
    emulator: Emulator
    tmp: Path


async def op_get(w: World) -> Any:
    return await w.qlik.data_stores.get(next(iter(w.emulator.state.data_stores)))


async def op_create(w: World) -> Any:
    return await w.qlik.data_stores.create({"type": "t", "technicalName": "new"})


async def op_patch(w: World) -> Any:
    set_id = next(iter(w.emulator.state.data_sets))
    return await w.qlik.data_sets.patch(set_id, [{"op": "replace", "path": "/name", "value": "n"}])


async def op_batch_delete(w: World) -> Any:
    result = await w.qlik.data_sets.delete_many(list(w.emulator.state.data_sets)[:5])
    assert len(result) == 5  # every id reported, whatever happened
    result.raise_for_failures()
    return result


async def op_listing(w: World) -> Any:
    return await w.qlik.data_stores.list_data_sets("*", limit=5).to_list()


async def op_export(w: World) -> Any:
    return await w.qlik.catalog.export(w.tmp / "snapshot.db")


OPERATIONS: dict[str, Callable[[World], Awaitable[Any]]] = {
    "get": op_get,
    "create": op_create,
    "patch": op_patch,
    "batch_delete": op_batch_delete,
    "listing": op_listing,
    "export": op_export,
}
CELLS = [(fault, op) for fault in FAULTS for op in OPS]


@pytest.mark.parametrize(("fault_name", "op"), CELLS, ids=[f"{f} | {o}" for f, o in CELLS])
async def test_fault_matrix(fault_name: str, op: str, tmp_path: Path) -> None:
    emulator = Emulator()
    emulator.seed("small")
    fault, count = FAULTS[fault_name]
    transport = FaultyTransport(emulator.transport(), fault, count)
    clock = FakeClock()
    expected = EXPECTED[fault_name][OPS.index(op)]
    async with QlikCatalog(
        IN_PROCESS_URL,
        api_key=emulator.api_key,
        transport=transport,
        clock=clock,
        retry=RetryPolicy(jitter=False),
        validate_responses="validate_responses" in fault_name,
    ) as qlik:
        world = World(qlik, emulator, tmp_path)
        with anyio.fail_after(10):  # real seconds: a hang fails the cell
            if expected == OK:
                await OPERATIONS[op](world)
            else:
                with pytest.raises(QlikError) as caught:
                    await OPERATIONS[op](world)
                error = caught.value
                if isinstance(error, BaseException) and hasattr(error, "failures"):
                    error = next(iter(error.failures.values()))
                assert isinstance(error, expected), f"{type(error).__name__}: {error}"
    assert transport.faulted >= 1
    assert sum(clock.sleeps) <= 120  # bounded waiting, on the fake clock
