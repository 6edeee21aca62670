"""The client jobs the issue-18 figures (8 and 9) run, each in a fresh interpreter against an
emulator served in another process: export, plan and copy (its plan, as ``qlik-catalog copy``
without ``--apply`` makes it).

Each job prints one JSON line: its figures (calls, changes), its wall and CPU seconds, and the
process's peak RSS (VmHWM) before and after the job. "Before" is taken once the client is
warm (the sync modules imported, one call made, so the pool and parsers are up): the growth is
the job's data, not the imports every command pays once.

Run one: ``python -m benchmarks.jobs export URL KEY CONCURRENCY OUT.db [PULL.json]``,
``... plan URL KEY CATALOG.json``, ``... copy URL KEY TARGET_URL``,
``... bare URL KEY CONCURRENCY CALLS``.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import httpx

from benchmarks.common import peak_rss_bytes, reset_peak_rss
from qlik_catalog import QlikCatalog
from qlik_catalog._json import loads

Result = dict[str, Any]


async def _warm(*clients: QlikCatalog) -> None:
    for qlik in clients:
        qlik.catalog  # noqa: B018 - the property imports the whole sync tool
        await qlik.data_stores.list(limit=1)
    gc.collect()


async def _measured(job: Callable[[], Awaitable[Result]]) -> Result:
    """``job``'s result with its wall and CPU seconds and the peak RSS before and after it."""
    before = peak_rss_bytes()
    wall, cpu, loop = time.perf_counter(), time.process_time(), time.thread_time()
    result = await job()
    result.update(
        wall=time.perf_counter() - wall,
        cpu=time.process_time() - cpu,
        loop_cpu=time.thread_time() - loop,  # the event loop's thread alone
        before=before,
        after=peak_rss_bytes(),
    )
    return result


async def export(url: str, key: str, concurrency: int, out: Path, pull: Path | None) -> Result:
    """Export the tenant into ``out`` at ``concurrency``; then (not measured) pull the snapshot
    into the catalog file ``pull``, without a call, for the plan job."""
    async with QlikCatalog(url, api_key=key, concurrency=concurrency) as qlik:
        await _warm(qlik)

        async def job() -> Result:
            summary = await qlik.catalog.export(out)
            return {"calls": summary.calls, "data_sets": summary.counts["data_sets"]}

        result = await _measured(job)
        if pull is not None:
            await qlik.catalog.pull(pull, from_snapshot=out)
        return result


async def plan(url: str, key: str, catalog: Path) -> Result:
    """Load the catalog file ``catalog``, then plan it against the tenant (reading and diffing
    every kind): the peak RSS after each, so that what the file holds (the user's input, as
    large as the fields it gives) and what the plan adds are told apart."""
    from qlik_catalog.sync.catalog_file import load_catalog_file

    async with QlikCatalog(url, api_key=key) as qlik:
        await _warm(qlik)
        before = peak_rss_bytes()
        file_bytes = catalog.stat().st_size  # noqa: ASYNC240 - before the measured part
        desired = load_catalog_file(catalog)
        gc.collect()
        loaded = peak_rss_bytes()
        # The load's peak (its text and temporaries, freed since) would hide the plan's own.
        reset_peak_rss()

        async def job() -> Result:
            return {"changes": (await qlik.catalog.plan(desired)).counts()}

        result = await _measured(job)
        # ``before`` stays the plan's own (at the reset); the file's growth is told apart.
        result.update(file_before=before, loaded=loaded, file_bytes=file_bytes)
        return result


async def copy(url: str, key: str, target_url: str) -> Result:
    """The plan that copies the tenant at ``url`` onto the one at ``target_url``."""
    async with (
        QlikCatalog(url, api_key=key) as source,
        QlikCatalog(target_url, api_key=key) as target,
    ):
        await _warm(source, target)

        async def job() -> Result:
            return {"changes": (await source.catalog.plan_copy_to(target)).counts()}

        return await _measured(job)


async def bare(url: str, key: str, concurrency: int, calls: int) -> Result:
    """The floor an export is held to: bare httpx, ``concurrency`` workers, ``calls`` GETs
    of the data set listing's pages (100 per page, sorted as the export asks), each answer
    decoded and nothing else (no snapshot, no checks, no limiter)."""
    path = "/api/v1/data-stores/%2A/data-assets/%2A/data-sets"
    headers = {"Authorization": f"Bearer {key}"}
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits) as client:
        first = await client.get(path, params={"limit": 100, "page": 1})
        pages = max(1, int(first.json().get("pages") or 1))
        numbers = iter(range(calls))

        async def worker() -> None:
            for n in numbers:
                params: dict[str, str | int] = {
                    "limit": 100,
                    "page": n % pages + 1,
                    "sort": "createdTime",
                }
                answer = await client.get(path, params=params)
                answer.raise_for_status()
                loads(answer.content)

        async def job() -> Result:
            async with anyio.create_task_group() as group:
                for _ in range(concurrency):
                    group.start_soon(worker)
            return {"calls": calls}

        return await _measured(job)


def main(argv: list[str]) -> Result:
    """Run the job ``argv`` names (see the module's docstring)."""
    match argv:
        case ["export", url, key, concurrency, out, *pull]:
            return anyio.run(
                export, url, key, int(concurrency), Path(out), Path(pull[0]) if pull else None
            )
        case ["plan", url, key, catalog]:
            return anyio.run(plan, url, key, Path(catalog))
        case ["copy", url, key, target_url]:
            return anyio.run(copy, url, key, target_url)
        case ["bare", url, key, concurrency, calls]:
            return anyio.run(bare, url, key, int(concurrency), int(calls))
    raise SystemExit(f"usage: {__doc__}")


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1:])))
