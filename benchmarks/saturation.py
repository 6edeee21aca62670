"""2. Rate-limit saturation: a sustained Tier 2 workload well above the limit, against an
emulator that enforces it (time-scaled). QlikCatalog (its tier limiter on) vs a naive loop
that only retries after a 429. Reported: the writes the tenant admitted as a share of the most
its window admits in the run, and the 429s the tenant had to send."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import anyio
import httpx

from benchmarks.common import Figure
from qlik_catalog import RateLimits, RetryPolicy
from qlik_catalog.emulator import Emulator, RateLimitSettings
from qlik_catalog.emulator.app import IN_PROCESS_URL

WINDOW = 300.0  # Qlik's window, emulated seconds
TIER2 = 100  # writes per minute, Qlik's published Tier 2 rate


Runner = Callable[[Emulator, int, float], Awaitable[None]]


def _emulator(time_scale: float) -> Emulator:
    return Emulator(
        rate_limits=RateLimitSettings(
            window_seconds=WINDOW, tier_rates={1: 1000, 2: TIER2}, time_scale=time_scale
        )
    )


async def _naive(emulator: Emulator, writes: int, seconds: float) -> None:
    """16 workers, no limiter; on a 429 each waits a fixed 0.5 s and tries again (the usual
    retry loop that ignores the tier)."""
    async with httpx.AsyncClient(
        transport=emulator.transport(),
        base_url=IN_PROCESS_URL,
        headers={"Authorization": f"Bearer {emulator.api_key}"},
    ) as http:
        todo = iter(range(writes))

        async def worker() -> None:
            for i in todo:
                body = {"name": f"n{i}", "type": "shared"}
                while True:
                    if (await http.post("/api/v1/spaces", json=body)).status_code != 429:
                        break
                    await anyio.sleep(0.5)

        with anyio.move_on_after(seconds):
            async with anyio.create_task_group() as tg:
                for _ in range(16):
                    tg.start_soon(worker)


def _sdk(safety: float) -> Runner:
    async def run(emulator: Emulator, writes: int, seconds: float) -> None:
        scale = emulator.limiter.settings.time_scale
        # The client runs on real time: give it the emulated window and rates in real units.
        limits = RateLimits(
            safety=safety,
            window_seconds=WINDOW / scale,
            tier_rates={1: int(1000 * scale), 2: int(TIER2 * scale)},
        )
        async with emulator.client(
            rate_limits=limits, retry=RetryPolicy(max_retry_after=600), concurrency=16
        ) as qlik:
            with anyio.move_on_after(seconds):
                async with anyio.create_task_group() as tg:
                    for i in range(writes):
                        tg.start_soon(qlik.spaces.create, f"s{i}")

    return run


async def run(quick: bool) -> Figure:
    time_scale = 100.0 if quick else 50.0  # the 300 s window lasts 3 s (quick) or 6 s
    windows = 2 if quick else 4
    window_real = WINDOW / time_scale
    seconds = window_real * windows
    budget = int(TIER2 * WINDOW / 60)  # 500 writes per window
    allowed = budget * windows  # the most the tenant admits in the run
    writes = allowed * 3
    figure = Figure(
        "2. Rate-limit saturation (Tier 2 writes, 3x the allowed rate offered)",
        ["client", "admitted / allowed", "429s sent by the tenant", "writes admitted"],
        chart="bar",
    )
    for name, label, runner in (
        ("QlikCatalog (default: 90% of the budget)", "SDK", _sdk(0.9)),
        ("QlikCatalog (safety=1.0)", "SDK safety=1", _sdk(1.0)),
        ("naive: 16 workers, retry after 0.5 s", "naive", _naive),
    ):
        emulator = _emulator(time_scale)
        await runner(emulator, writes, seconds)
        admitted = emulator.limiter.admitted["tier2"]
        refused = emulator.limiter.refused["tier2"]
        figure.rows.append([name, f"{admitted / allowed:.2f}", f"{refused:,}", f"{admitted:,}"])
        figure.plot.setdefault("admitted / allowed", {})[label] = admitted / allowed
        figure.plot.setdefault("429s / 1,000", {})[label] = refused / 1000
    figure.notes.append(
        f"Emulator: Tier 2 at {TIER2}/min over a {WINDOW:.0f} s window ({budget} writes per "
        f"window), time scale {time_scale:g} (one window = {window_real:g} s real), "
        f"{seconds:g} s run = {windows} windows, so the tenant admits at most {allowed:,}. "
        f"{writes:,} writes offered, all at once."
    )
    return figure
