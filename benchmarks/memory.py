"""4. Memory: RSS growth while iterating items through the pager. Pages are made on the fly by
an httpx.MockTransport (an emulator holding a million objects would measure itself)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import anyio
import httpx

from benchmarks.common import Figure, peak_rss_bytes
from qlik_catalog import QlikCatalog, RateLimits

TENANT = "https://bench.eu.qlikcloud.com"
PAGE = 100


def _transport(total: int) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        start = (page - 1) * PAGE
        data = [
            {
                "id": f"{i:024x}",
                "name": f"Store {i}",
                "type": "qix-datafiles",
                "technicalName": f"store_{i}",
                "tags": ["a", "b"],
                "properties": {"k": i},
            }
            for i in range(start, min(start + PAGE, total))
        ]
        body: dict[str, object] = {"data": data, "total": total}
        if start + PAGE < total:
            body["links"] = {
                "next": {"href": f"{TENANT}/api/v1/data-stores?limit=100&page={page + 1}"}
            }
        return httpx.Response(
            200, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
        )

    return httpx.MockTransport(answer)


async def _iterate(total: int) -> tuple[int, int]:
    """Iterate ``total`` stores; the peak RSS (bytes) before and after."""
    async with QlikCatalog(
        TENANT, api_key="bench", transport=_transport(total), rate_limits=RateLimits(enabled=False)
    ) as qlik:
        await qlik.data_stores.list(limit=PAGE)  # imports, parsers and the pool are warm
        gc.collect()
        before = peak_rss_bytes()
        seen = 0
        async for _store in qlik.data_stores.list(limit=PAGE):
            seen += 1
        assert seen == total
        return before, peak_rss_bytes()


def _in_fresh_process(total: int) -> tuple[int, int]:
    """Run :func:`_iterate` in its own interpreter, so that its peak is its own."""
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", str(total)],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).parent.parent,
    ).stdout
    before, after = out.split()
    return int(before), int(after)


async def run(quick: bool) -> Figure:
    totals = (10_000, 100_000) if quick else (10_000, 100_000, 1_000_000)
    figure = Figure(
        f"4. Memory: peak RSS while iterating up to {totals[-1]:,} items through the pager",
        ["items iterated", "peak RSS before (MiB)", "peak RSS after (MiB)", "growth (MiB)"],
    )
    growths = []
    for total in totals:
        before, after = await anyio.to_thread.run_sync(_in_fresh_process, total)
        growth = (after - before) / 2**20
        growths.append(growth)
        figure.rows.append(
            [f"{total:,}", f"{before / 2**20:.1f}", f"{after / 2**20:.1f}", f"{growth:.1f}"]
        )
        figure.plot.setdefault("peak RSS after (MiB)", {})[f"{total:,}"] = after / 2**20
        figure.plot.setdefault("growth (MiB)", {})[f"{total:,}"] = growth
    figure.notes.append(
        f"Each size in a fresh process (peak RSS = VmHWM). {totals[-1] // totals[0]:,}x the "
        f"items, {growths[-1] - growths[0]:+.1f} MiB of peak: the pager holds one page at a "
        "time, whatever the total."
    )
    return figure


if __name__ == "__main__":
    start, end = anyio.run(_iterate, int(sys.argv[1]))
    print(start, end)
