"""1. Per-request overhead: the full QlikCatalog stack vs the generated client alone vs bare
httpx, doing the same GET of one data set, at several concurrencies, in-process and on
loopback (uvicorn). The emulator's rate limits and the client's limiter are off, so the
figure is the cost of the stack itself."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable

import anyio
import httpx
from qlik_catalog_api.api.data_sets import get_data_set
from qlik_catalog_api.client import AuthenticatedClient

from benchmarks.common import Figure, ratio, served_process
from qlik_catalog import QlikCatalog, RateLimits
from qlik_catalog.emulator import Emulator, RateLimitSettings
from qlik_catalog.emulator.app import IN_PROCESS_URL


async def _rate(calls: int, concurrency: int, one: Callable[[], Awaitable[object]]) -> float:
    limiter = anyio.CapacityLimiter(concurrency)

    async def worker() -> None:
        async with limiter:
            await one()

    started = time.perf_counter()
    async with anyio.create_task_group() as tg:
        for _ in range(calls):
            tg.start_soon(worker)
    return calls / (time.perf_counter() - started)


async def _measure(
    base_url: str,
    transport: Callable[[], httpx.AsyncBaseTransport | None],
    key: str,
    data_set: str,
    calls: int,
    concurrency: int,
) -> dict[str, float]:
    headers = {"Authorization": f"Bearer {key}"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    results: dict[str, float] = {}
    bare_kwargs: dict[str, object] = {"base_url": base_url, "headers": headers, "limits": limits}
    if (t := transport()) is not None:
        bare_kwargs["transport"] = t
    async with httpx.AsyncClient(**bare_kwargs) as bare:  # type: ignore[arg-type]

        async def bare_get() -> object:
            response = await bare.get(f"/api/v1/data-sets/{data_set}")
            response.raise_for_status()
            return response.json()

        results["bare httpx"] = await _rate(calls, concurrency, bare_get)
    gen_args: dict[str, object] = {}
    if (t := transport()) is not None:
        gen_args["transport"] = t
    generated = AuthenticatedClient(
        base_url=base_url, token=key, httpx_args={"limits": limits, **gen_args}
    )
    async with generated:
        results["generated client"] = await _rate(
            calls, concurrency, lambda: get_data_set.asyncio_detailed(data_set, client=generated)
        )
    async with QlikCatalog(
        base_url,
        api_key=key,
        transport=transport() or httpx.AsyncHTTPTransport(limits=limits),
        rate_limits=RateLimits(enabled=False),
        concurrency=concurrency,
    ) as qlik:
        results["QlikCatalog"] = await _rate(
            calls, concurrency, lambda: qlik.data_sets.get(data_set)
        )
    return results


async def run(quick: bool) -> Figure:
    emulator = Emulator(rate_limits=RateLimitSettings(enabled=False))
    emulator.seed("small")
    data_set = next(iter(emulator.state.data_sets))
    calls = 600 if quick else 2000
    figure = Figure(
        "1. Per-request overhead (GET one data set, requests/s; loopback: emulator in a process)",
        [
            "where",
            "concurrency",
            "bare httpx",
            "generated client",
            "QlikCatalog",
            "QlikCatalog / bare",
        ],
    )
    with served_process() as (url, key):
        async with QlikCatalog(url, api_key=key) as probe:  # the served tenant's first data set
            remote_set = str((await probe.data_stores.list_data_sets("*", limit=1)).items[0].id)
        for where, base, transport, api_key, target in (
            ("in-process", IN_PROCESS_URL, emulator.transport, emulator.api_key, data_set),
            ("loopback", url, lambda: None, key, remote_set),
        ):
            for concurrency in (1, 8, 64):
                r = await _measure(base, transport, api_key, target, calls, concurrency)
                figure.rows.append(
                    [
                        where,
                        str(concurrency),
                        f"{r['bare httpx']:,.0f}",
                        f"{r['generated client']:,.0f}",
                        f"{r['QlikCatalog']:,.0f}",
                        ratio(r["QlikCatalog"], r["bare httpx"]),
                    ]
                )
                figure.plot.setdefault(f"{where} QlikCatalog/bare", {})[str(concurrency)] = (
                    r["QlikCatalog"] / r["bare httpx"]
                )
    figure.notes.append(
        f"{calls} GETs per cell; the client limiter and the emulator's limits are off. "
        "QlikCatalog adds auth, the retry loop, the concurrency cap, status mapping and parsing "
        "into attrs models; bare httpx parses JSON only."
    )
    figure.notes.append(
        "Loopback at 64 concurrent connections is slow for every client alike: one uvicorn "
        "worker sharing the machine's CPUs with the client (64 tasks over 8 connections run at "
        "the concurrency-8 rate). Read the ratio, not the absolute rate."
    )
    return figure
