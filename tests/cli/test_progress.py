"""The progress display names a rate-limit pause while it lasts (the command's own run of it
is in test_commands.py)."""

from __future__ import annotations

import io

import anyio
from rich.console import Console

from qlik_catalog import QlikCatalog
from qlik_catalog.cli.progress import Bars, pause_line
from qlik_catalog.clock import FakeClock
from tests.wire import API_KEY, TENANT


def test_the_pause_line_names_the_longest_pause() -> None:
    assert pause_line({}) is None
    assert pause_line({"tier1": 3.2, "tier2": 118.4}) == "waiting 118 s: Qlik's Tier 2 rate limit"
    assert pause_line({"special:createReport": 7}) == (
        "waiting 7 s: Qlik's createReport's own rate limit"
    )


async def test_off_a_terminal_a_pause_is_one_line_when_it_starts() -> None:
    stderr = io.StringIO()
    bars = Bars(Console(file=stderr, force_terminal=False))
    clock = FakeClock()
    async with QlikCatalog(TENANT, api_key=API_KEY, clock=clock) as qlik:
        qlik.limiter.pause("tier2", 100, 118)
        with bars.shown():
            async with bars.watching(qlik):
                await anyio.sleep(0.3)  # the watcher looks, and looks again (still paused)
                clock._now += 200
                await anyio.sleep(0.3)
            bars.update("apply", 1, 1)
    lines = stderr.getvalue().splitlines()
    assert lines[0] == "waiting 118 s: Qlik's Tier 2 rate limit"
    assert sum("waiting" in line for line in lines) == 1
    assert "apply" in lines[-1]  # the bars, shown once when done


async def test_on_a_terminal_the_pause_counts_down_under_the_bars() -> None:
    stderr = io.StringIO()
    bars = Bars(Console(file=stderr, force_terminal=True, width=100))
    clock = FakeClock()
    async with QlikCatalog(TENANT, api_key=API_KEY, clock=clock) as qlik:
        qlik.limiter.pause("tier1", 1000, 30)
        with bars.shown():
            bars.update("data_sets", 5, 10)
            async with bars.watching(qlik):
                await anyio.sleep(0.3)
                assert bars._progress is not None
                rendered = io.StringIO()
                Console(file=rendered, width=100).print(*bars._progress.get_renderables())
    assert "waiting 30 s: Qlik's Tier 1 rate limit" in rendered.getvalue()
    assert "data_sets" in rendered.getvalue()
