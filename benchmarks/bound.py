"""8. Export vs its latency bound: export of 100,000 data sets (quick: 10,000) from an emulator
in another process that adds 50 ms to every answer, at concurrency 8 and 32.

The bound is the least time the export's calls can take at that concurrency:
ceil(calls / concurrency) x 50 ms. Goals (issue 18): wall within 1.2x of the bound, and peak
RSS growth of the client under 100 MiB. Also given: the client's CPU seconds, which decide how
late its waits wake when they all run on one event loop.

Each export runs in a fresh interpreter (:mod:`benchmarks.jobs`), the two concurrencies
interleaved round after round (3 rounds); the row is the round of median wall time.

Run alone: ``python -m benchmarks.bound [--quick]``.
"""

from __future__ import annotations

import math
import sys
import tempfile
from pathlib import Path
from typing import Any

import anyio

from benchmarks.common import Figure, in_fresh_process, mib, served_process, tree, verdict

LATENCY_MS = 50
CONCURRENCIES = (8, 32)
GOAL_RATIO = 1.2
GOAL_GROWTH = 100 * 2**20  # bytes
ROUNDS = 3  # also when quick: 10,000 data sets take seconds, and one round is noisy


def bound_seconds(calls: int, concurrency: int, latency: float = LATENCY_MS / 1000) -> float:
    """The least wall time ``calls`` requests take ``concurrency`` at a time at ``latency``."""
    return math.ceil(calls / concurrency) * latency


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run of median wall time (the lower middle one of an even count)."""
    ordered = sorted(runs, key=lambda run: float(run["wall"]))
    return ordered[(len(ordered) - 1) // 2]


def export_runs(
    data_sets: int, rounds: int
) -> tuple[dict[int, dict[str, Any]], dict[int, dict[str, Any]]]:
    """Each concurrency's export of median wall time over ``rounds`` interleaved rounds, and
    the same for bare httpx making as many GETs of the same listing (the floor the machine
    and the emulator leave: see :func:`benchmarks.jobs.bare`)."""
    runs: dict[int, list[dict[str, Any]]] = {c: [] for c in CONCURRENCIES}
    bare: dict[int, list[dict[str, Any]]] = {c: [] for c in CONCURRENCIES}
    options = [*tree(data_sets), "--latency", str(LATENCY_MS)]
    with served_process("empty", options) as (url, key), tempfile.TemporaryDirectory() as tmp:
        for n in range(rounds):
            for concurrency in CONCURRENCIES:
                out = Path(tmp) / f"export-{concurrency}-{n}.db"
                run = in_fresh_process(
                    "benchmarks.jobs", "export", url, key, str(concurrency), str(out)
                )
                runs[concurrency].append(run)
                out.unlink()  # 100,000 data sets are about 100 MB of snapshot
                bare[concurrency].append(
                    in_fresh_process(
                        "benchmarks.jobs", "bare", url, key, str(concurrency), str(run["calls"])
                    )
                )
    for concurrency, done in runs.items():
        assert all(run["data_sets"] == data_sets for run in done), (concurrency, done)
    return (
        {concurrency: median_run(done) for concurrency, done in runs.items()},
        {concurrency: median_run(done) for concurrency, done in bare.items()},
    )


def measure(quick: bool) -> Figure:
    """Export at each concurrency and build the figure (blocking)."""
    data_sets = 10_000 if quick else 100_000
    medians, bare = export_runs(data_sets, ROUNDS)
    figure = Figure(
        f"8. Export vs its latency bound: {data_sets:,} data sets, {LATENCY_MS} ms latency per "
        "request",
        [
            "concurrency",
            "API calls",
            "wall (s)",
            "bound (s)",
            f"wall / bound (goal <= {GOAL_RATIO:g}x)",
            "bare httpx, same GETs: wall / bound",
            "client CPU (s)",
            "of which the event loop (s)",
            "peak RSS growth (MiB, goal < 100)",
        ],
        chart="bar",
    )
    for concurrency, run in medians.items():
        bound = bound_seconds(run["calls"], concurrency)
        over = run["wall"] / bound
        growth = run["after"] - run["before"]
        figure.rows.append(
            [
                str(concurrency),
                f"{run['calls']:,}",
                f"{run['wall']:.2f}",
                f"{bound:.2f}",
                f"{over:.2f}x",
                f"{bare[concurrency]['wall'] / bound:.2f}x",
                f"{run['cpu']:.2f}",
                f"{run['loop_cpu']:.2f}",
                mib(growth),
            ]
        )
        figure.plot.setdefault("wall / bound", {})[f"concurrency {concurrency}"] = over
        figure.plot.setdefault("bare httpx", {})[f"concurrency {concurrency}"] = (
            bare[concurrency]["wall"] / bound
        )
        figure.plot.setdefault(f"goal ({GOAL_RATIO:g}x)", {})[f"concurrency {concurrency}"] = (
            GOAL_RATIO
        )
        figure.notes.append(
            f"concurrency {concurrency}: wall / bound {over:.2f}x, {verdict(over <= GOAL_RATIO)} "
            f"(goal <= {GOAL_RATIO:g}x); peak RSS growth {mib(growth)} MiB, "
            f"{verdict(growth < GOAL_GROWTH)} (goal < 100 MiB)."
        )
    figure.notes.append(
        f"bound = ceil(calls / concurrency) x {LATENCY_MS} ms. The emulator (10 stores, 100 "
        f"assets, {data_sets:,} data sets, 10 products) serves on loopback in its own process, "
        "sharing the 2 CPUs with the client; each export in a fresh process with the client's "
        "default rate limits; peak RSS = VmHWM, before = once the client is warm. Row: the "
        f"median of {ROUNDS} interleaved rounds by wall time."
    )
    figure.notes.append(
        "The event loop's CPU is the client's floor: every answer is read by httpx on the "
        "loop's thread, which also splits each page into its objects' JSON text and column "
        "fields without decoding the objects (the rows are stored by the snapshot's writer "
        "thread). A bound below the loop's CPU cannot be reached by one event loop whatever "
        "the concurrency; the emulator's own CPU shares the same 2 CPUs. The bare httpx column "
        "is the floor this machine leaves: as many GETs of the same pages by bare httpx "
        "workers that only decode each answer (no snapshot, no checks), in a fresh process, "
        "right after each export."
    )
    return figure


async def run(quick: bool) -> Figure:
    """The benchmark, as :mod:`benchmarks.run` calls it."""
    return await anyio.to_thread.run_sync(measure, quick)


if __name__ == "__main__":
    print(measure("--quick" in sys.argv).markdown())
