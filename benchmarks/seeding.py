"""7. Seeding: the seconds ``Emulator().seed(...)`` takes for 10,000, 30,000 and 100,000 data sets,
and the time per data set at 100,000 over that at 10,000 (about 1 when seeding is linear).

Each seed runs in a fresh interpreter (so that one size's heap does not slow the next), the
sizes interleaved round after round (so that a busy moment of the machine slows all alike); the
figure is the median wall time. The tree is 10 assets per store and 10 data sets per asset, with
25 data products. Before the Items index (issue 15) 10,000 took 3 s and 30,000 69 s.

Run alone: ``python -m benchmarks.seeding [--quick]``.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

import anyio

from benchmarks.common import Figure

SIZES = (10_000, 30_000, 100_000)  # data sets
ASSETS_PER_STORE = 10
SETS_PER_ASSET = 10
PRODUCTS = 25
GOAL = 1.5  # per-item time at 100,000 over 10,000: linear, with room for a noisy machine


def seed_once(data_sets: int) -> dict[str, float]:
    """Seed an emulator with ``data_sets`` data sets in this process: seconds (wall, CPU)."""
    import time

    from qlik_catalog.emulator import Emulator

    emulator = Emulator()
    wall, cpu = time.perf_counter(), time.process_time()
    summary = emulator.seed(
        stores=data_sets // (ASSETS_PER_STORE * SETS_PER_ASSET),
        assets_per_store=ASSETS_PER_STORE,
        sets_per_asset=SETS_PER_ASSET,
        products=PRODUCTS,
    )
    result = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
    assert summary.data_sets == data_sets, summary
    return result


def _in_fresh_process(data_sets: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.seeding", "--one", str(data_sets)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    timings: dict[str, float] = json.loads(out)
    return timings


def time_sizes(rounds: int) -> dict[int, dict[str, float]]:
    """The median wall and CPU seconds of each size over ``rounds`` interleaved rounds."""
    samples: dict[int, list[dict[str, float]]] = {size: [] for size in SIZES}
    for _ in range(rounds):
        for size in SIZES:
            samples[size].append(_in_fresh_process(size))
    return {
        size: {key: statistics.median(s[key] for s in runs) for key in ("wall", "cpu")}
        for size, runs in samples.items()
    }


def measure(quick: bool) -> Figure:
    """Time the seeds and build the figure (blocking)."""
    medians = time_sizes(1 if quick else 3)
    figure = Figure(
        "7. Seeding: Emulator().seed() for 10k, 30k and 100k data sets",
        ["data sets", "median wall (s)", "median CPU (s)", "µs per data set (wall)"],
    )
    per_item = {size: m["wall"] / size for size, m in medians.items()}
    for size, m in medians.items():
        figure.rows.append(
            [f"{size:,}", f"{m['wall']:.2f}", f"{m['cpu']:.2f}", f"{per_item[size] * 1e6:.1f}"]
        )
        figure.plot.setdefault("µs per data set", {})[f"{size:,}"] = per_item[size] * 1e6
    growth = per_item[SIZES[-1]] / per_item[SIZES[0]]
    verdict = "within" if growth <= GOAL else "NOT within"
    figure.notes.append(
        f"per-item time 100k / 10k = {growth:.2f} (1 is linear): {verdict} the {GOAL:g} goal."
    )
    return figure


async def run(quick: bool) -> Figure:
    """The benchmark, as :mod:`benchmarks.run` calls it."""
    return await anyio.to_thread.run_sync(measure, quick)


if __name__ == "__main__":
    if "--one" in sys.argv:
        print(json.dumps(seed_once(int(sys.argv[sys.argv.index("--one") + 1]))))
    else:
        print(measure("--quick" in sys.argv).markdown())
