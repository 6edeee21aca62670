"""3. Call efficiency: the SDK's export vs a naive crawl (one list call per parent, one at a
time), with 50 ms of latency per request. 5. Scaling: export wall time at 1x, 4x, 16x."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.common import Figure, ratio
from qlik_catalog.emulator import Emulator, RateLimitSettings
from qlik_catalog.emulator.app import IN_PROCESS_URL

LATENCY = 0.05


def _tenant(stores: int, assets: int, sets: int) -> Emulator:
    # Qlik's real limits (Tier 1: 5,000 GETs per 5 minutes), enforced for both crawlers.
    emulator = Emulator(rate_limits=RateLimitSettings())
    emulator.seed(
        stores=stores, assets_per_store=assets // stores, sets_per_asset=sets // assets, products=10
    )
    emulator.inject(latency=LATENCY)
    return emulator


async def _export(emulator: Emulator) -> tuple[int, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        async with emulator.client(concurrency=16) as qlik:
            started = time.perf_counter()
            summary = await qlik.catalog.export(Path(tmp) / "c.db")
            return summary.calls, time.perf_counter() - started, summary.counts["data_sets"]


async def _naive(emulator: Emulator) -> tuple[int, float, int]:
    """Stores, then each store's assets, then each asset's data sets: one call (or more, for
    more than a page) per parent, sequentially."""
    calls = 0
    sets = 0
    async with httpx.AsyncClient(
        transport=emulator.transport(),
        base_url=IN_PROCESS_URL,
        headers={"Authorization": f"Bearer {emulator.api_key}"},
    ) as http:

        async def all_pages(path: str) -> list[dict[str, object]]:
            nonlocal calls
            items: list[dict[str, object]] = []
            url: str | None = f"{path}?limit=100"
            while url:
                calls += 1
                body = (await http.get(url)).json()
                items += body["data"]
                url = (body.get("links", {}).get("next") or {}).get("href")
            return items

        started = time.perf_counter()
        for store in await all_pages("/api/v1/data-stores"):
            for asset in await all_pages(f"/api/v1/data-stores/{store['id']}/data-assets"):
                sets += len(
                    await all_pages(
                        f"/api/v1/data-stores/{store['id']}/data-assets/{asset['id']}/data-sets"
                    )
                )
        await all_pages("/api/data-governance/data-products")
        await all_pages("/api/v1/spaces")
        return calls, time.perf_counter() - started, sets


async def efficiency(quick: bool) -> Figure:
    size = (20, 200, 2000) if quick else (200, 2000, 20000)
    emulator = _tenant(*size)
    sdk_calls, sdk_time, sdk_sets = await _export(emulator)
    assert not emulator.limiter.refused, "the SDK drew a 429"
    emulator.limiter.reset()  # a fresh window for the naive crawl
    naive_calls, naive_time, naive_sets = await _naive(emulator)
    assert sdk_sets == naive_sets == size[2]
    figure = Figure(
        f"3. Call efficiency: export of {size[0]} stores, {size[1]:,} assets, {size[2]:,} data "
        f"sets ({LATENCY * 1000:.0f} ms latency per request)",
        ["crawler", "API calls", "wall time (s)", "429s", "calls vs SDK", "time vs SDK"],
        chart="bar",
    )
    refused = emulator.limiter.refused
    figure.rows.append(
        ["QlikCatalog export", str(sdk_calls), f"{sdk_time:.2f}", "0", "1.00x", "1.00x"]
    )
    figure.rows.append(
        [
            "naive per-parent crawl",
            str(naive_calls),
            f"{naive_time:.2f}",
            str(sum(refused.values())),
            ratio(naive_calls, sdk_calls),
            ratio(naive_time, sdk_time),
        ]
    )
    figure.plot["naive / QlikCatalog"] = {
        "API calls": naive_calls / sdk_calls,
        "wall time": naive_time / sdk_time,
    }
    figure.notes.append(
        "Both read every store, asset, data set, product and space, against Qlik's real Tier 1 "
        "limit (1000/min over 5 minutes), each with a fresh window."
    )
    return figure


async def scaling(quick: bool) -> Figure:
    base = (5, 50, 500) if quick else (20, 200, 2000)
    figure = Figure(
        "5. Scaling: export wall time as the tenant grows (50 ms latency per request)",
        ["size", "data sets", "API calls", "wall time (s)", "calls vs 1x", "time vs 1x"],
    )
    first_calls, first_time = 0, 0.0
    for factor in (1, 4, 16):
        emulator = _tenant(base[0] * factor, base[1] * factor, base[2] * factor)
        calls, seconds, sets = await _export(emulator)
        assert not emulator.limiter.refused, "the SDK drew a 429"
        first_calls, first_time = first_calls or calls, first_time or seconds
        figure.rows.append(
            [
                f"{factor}x",
                f"{sets:,}",
                str(calls),
                f"{seconds:.2f}",
                ratio(calls, first_calls),
                ratio(seconds, first_time),
            ]
        )
        figure.plot.setdefault("calls vs 1x", {})[f"{factor}x"] = calls / first_calls
        figure.plot.setdefault("time vs 1x", {})[f"{factor}x"] = seconds / first_time
    figure.notes.append(
        "Calls grow with ceil(n/100) per kind; pages after the first are fetched 16 at a time."
    )
    return figure
