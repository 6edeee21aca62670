"""9. Peak RSS of export, plan and copy at 100,000 data sets (quick: 10,000).

The tenant is an emulator in another process (no latency, no rate limits). Each job runs in a
fresh interpreter (:mod:`benchmarks.jobs`) and reports its peak RSS (VmHWM) before and after:

- export: the whole tenant into a SQLite snapshot (default concurrency);
- plan: a JSON catalog file pulled from that snapshot (so: the same tenant, and an empty
  plan), planned against the tenant; JSON because a 100,000-entry YAML file is refused by the
  catalog file's value bound;
- copy: the plan that makes an empty second emulator match the first (what
  ``qlik-catalog copy`` makes without ``--apply``: every object to create).

Goals (issue 18): export +100 MiB at most, plan and copy +150 MiB at most.

Run alone: ``python -m benchmarks.peaks [--quick]``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

import anyio

from benchmarks.common import Figure, in_fresh_process, mib, served_process, tree, verdict

GOALS = {"export": 100 * 2**20, "plan": 150 * 2**20, "copy": 150 * 2**20}  # bytes of growth


def jobs(data_sets: int) -> dict[str, dict[str, Any]]:
    """Run export, plan and copy, each in a fresh process: their results by name."""
    with (
        served_process("empty", tree(data_sets)) as (source, key),
        served_process("empty") as (target, _),
        tempfile.TemporaryDirectory() as tmp,
    ):
        snapshot, catalog = Path(tmp) / "export.db", Path(tmp) / "catalog.json"
        export = in_fresh_process(
            "benchmarks.jobs", "export", source, key, "8", str(snapshot), str(catalog)
        )
        assert export["data_sets"] == data_sets, export
        return {
            "export": export,
            "plan": in_fresh_process("benchmarks.jobs", "plan", source, key, str(catalog)),
            "copy": in_fresh_process("benchmarks.jobs", "copy", source, key, target),
        }


def _what(name: str, result: dict[str, Any]) -> str:
    if name == "export":
        return f"{result['data_sets']:,} data sets, {result['calls']:,} calls"
    changes = result["changes"]
    did = ", ".join(f"{count:,} {change}s" for change, count in changes.items() if count)
    if name == "plan":
        did = f"{did or 'empty plan'}: read the tenant, diff every entry"
    return did


def _rows(results: dict[str, dict[str, Any]]) -> list[tuple[str, str, Any, int, int | None]]:
    """(job, what it did, wall, growth, goal or None) for each row of the figure: the plan
    in two, its catalog file's load (the user's input, as large as the fields it gives: no
    goal) and then the plan itself."""
    rows: list[tuple[str, str, Any, int, int | None]] = []
    for name, result in results.items():
        before = result["before"]
        if name == "plan":
            what = f"load the {mib(result['file_bytes'])} MiB JSON file pulled from the tenant"
            growth = result["loaded"] - result["file_before"]
            rows.append(("plan: its file", what, None, growth, None))
        rows.append(
            (name, _what(name, result), result["wall"], result["after"] - before, GOALS[name])
        )
    return rows


def measure(quick: bool) -> Figure:
    """Run the jobs and build the figure (blocking)."""
    data_sets = 10_000 if quick else 100_000
    results = jobs(data_sets)
    figure = Figure(
        f"9. Peak RSS of export, plan and copy: {data_sets:,} data sets, each in a fresh process",
        ["job", "what it did", "wall (s)", "peak RSS growth (MiB)", "goal (MiB)"],
        chart="bar",
    )
    for name, what, wall, growth, goal in _rows(results):
        figure.rows.append(
            [
                name,
                what,
                "" if wall is None else f"{wall:.2f}",
                mib(growth),
                "" if goal is None else f"+{goal // 2**20}",
            ]
        )
        figure.plot.setdefault("growth (MiB)", {})[name] = growth / 2**20
        if goal is not None:
            figure.plot.setdefault("goal (MiB)", {})[name] = goal / 2**20
            figure.notes.append(
                f"{name}: {mib(growth)} MiB of growth, {verdict(growth <= goal)} (goal "
                f"+{goal // 2**20} MiB at most)."
            )
    figure.notes.append(
        "Tenant: an emulator in its own process (10 stores, 100 assets, 10 products, no "
        "latency); the plan's file is pulled from the export's snapshot (every field a person "
        "manages, schemas included), loaded first, then planned (the peak started over after "
        "the load: the plan's growth is beyond the loaded file); copy's target is a second, "
        "empty emulator. Peak RSS = VmHWM; before = once the client is warm (sync modules "
        "imported, one call made)."
    )
    return figure


async def run(quick: bool) -> Figure:
    """The benchmark, as :mod:`benchmarks.run` calls it."""
    return await anyio.to_thread.run_sync(measure, quick)


if __name__ == "__main__":
    print(measure("--quick" in sys.argv).markdown())
