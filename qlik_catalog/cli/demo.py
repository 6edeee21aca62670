"""``qlik-catalog demo``: the main job against an in-process emulated tenant: export, plan and
apply the shipped demo catalog file, then plan again to show that nothing is left to do.

The story goes to stdout (or one JSON document under ``--json``), the progress bars to stderr.
"""

from __future__ import annotations

import time
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qlik_catalog.cli import exit_codes

if TYPE_CHECKING:
    from rich.console import Console


def demo_catalog_path() -> Path:
    """The catalog file the demo applies (shipped with the package)."""
    return Path(str(files("qlik_catalog.sync").joinpath("demo_catalog.yaml")))


async def run_demo(
    console: Console, progress: Console, *, seed: str, out_dir: Path, as_json: bool
) -> int:
    """Export, plan, apply, plan again on an emulator seeded with ``seed``, writing into
    ``out_dir`` (made if missing). ``console``: the results (stdout); ``progress``: the bars
    (stderr)."""
    from qlik_catalog.cli import render
    from qlik_catalog.cli.progress import Bars
    from qlik_catalog.emulator import Emulator

    # Checked before the run (checks.output_dir): the parent exists and is writable.
    out_dir.mkdir(exist_ok=True)  # noqa: ASYNC240 - once, before any work
    emulator = Emulator()
    seeded = emulator.seed(seed)
    snapshot = out_dir / "snapshot.db"

    def say(text: str) -> None:
        if not as_json:
            console.print(text, markup=False)

    def rule(title: str) -> None:
        if not as_json:
            console.rule(title)

    results: dict[str, Any] = {"seed": seed, "tenant": seeded.__dict__}
    async with emulator.client() as qlik:
        say(
            f"Emulated tenant seeded '{seed}': {seeded.data_stores} stores, "
            f"{seeded.data_assets} assets, {seeded.data_sets:,} data sets, "
            f"{seeded.data_products} products"
        )
        served = emulator.requests_served
        bars = Bars(progress)
        with bars.shown():
            summary = await qlik.catalog.export(
                snapshot, jsonl=out_dir / "snapshot.jsonl", progress=bars.update
            )
        results["export"] = {**summary.as_dict(), "requests": emulator.requests_served - served}
        if not as_json:
            render.print_export(console, summary, str(snapshot))
        started, served = time.monotonic(), emulator.requests_served
        plan = await qlik.catalog.plan(demo_catalog_path())
        results["plan"] = {
            **plan.counts(),
            "seconds": round(time.monotonic() - started, 3),
            "requests": emulator.requests_served - served,
        }
        rule("plan of the demo catalog file")
        if not as_json:
            render.print_plan(console, plan)
        served = emulator.requests_served
        bars = Bars(progress)
        with bars.shown():
            report = await qlik.catalog.apply(
                plan, report=out_dir / "apply-report.json", progress=bars.apply_callback()
            )
        results["apply"] = {
            **report.as_dict()["counts"],
            "seconds": round(report.seconds, 3),
            "requests": emulator.requests_served - served,
        }
        if not as_json:
            render.print_report(console, report)
        again = await qlik.catalog.plan(demo_catalog_path())
        results["second_plan"] = again.counts()
        rule("plan again (apply is idempotent)")
        if not as_json:
            render.print_plan(console, again)
        say(f"Snapshot, JSON Lines and report in {out_dir}/")
    if as_json:
        render.print_json(results)
    ok = report.ok and again.is_empty
    return exit_codes.OK if ok else exit_codes.ITEMS_FAILED
