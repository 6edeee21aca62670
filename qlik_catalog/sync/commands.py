"""The sync commands of ``qlik-catalog``: export, plan, apply, copy and the demo. Progress
bars (items/s, ETA) go to stderr; results to stdout, as text or ``--json``.

Exit codes: 0 done; 1 some items failed (apply, copy); 2 bad input or usage; 3 the tenant
could not be reached or refused the credentials.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from qlik_catalog.sync.apply import ApplyReport
from qlik_catalog.sync.export import ExportSummary
from qlik_catalog.sync.plan import Plan

EXIT_OK, EXIT_ITEMS_FAILED, EXIT_BAD_INPUT, EXIT_UNREACHABLE = 0, 1, 2, 3


def demo_catalog_path() -> Path:
    """The catalog file the demo applies (shipped with the package)."""
    return Path(str(files("qlik_catalog.sync").joinpath("demo_catalog.yaml")))


class Bars:
    """Rich progress bars keyed by name; silent when ``enabled`` is False."""

    def __init__(self, console: Console, enabled: bool) -> None:
        self._progress = Progress(
            TextColumn("{task.description:<14}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=console,
            disable=not enabled,
        )
        self._tasks: dict[str, TaskID] = {}
        self._started = time.monotonic()

    @contextmanager
    def shown(self) -> Iterator[Bars]:
        """Show the bars while the block runs."""
        with self._progress:
            yield self

    def update(self, name: str, done: int, total: int | None) -> None:
        """Move bar ``name`` to ``done`` of ``total``."""
        if name not in self._tasks:
            self._tasks[name] = self._progress.add_task(name, total=total, rate="")
        elapsed = max(time.monotonic() - self._started, 1e-3)
        self._progress.update(
            self._tasks[name], completed=done, total=total, rate=f"{done / elapsed:,.0f} items/s"
        )

    def export_callback(self) -> Callable[[str, int, int | None], None]:
        """The ``progress`` argument of an export."""
        return self.update

    def apply_callback(self) -> Callable[[int, int], None]:
        """The ``progress`` argument of an apply."""
        return lambda done, total: self.update("apply", done, total)


def print_export(console: Console, summary: ExportSummary, out: str, as_json: bool) -> None:
    """The export's result."""
    if as_json:
        console.print_json(json.dumps({"snapshot": out, **summary.as_dict()}))
        return
    table = Table(title=f"Exported to {out}", show_edge=False)
    table.add_column("kind")
    table.add_column("objects", justify="right")
    if summary.incremental:
        table.add_column("changed", justify="right")
        table.add_column("deleted", justify="right")
    for kind, count in summary.counts.items():
        row = [kind, f"{count:,}"]
        if summary.incremental:
            row += [str(summary.changed.get(kind, 0)), str(summary.deleted.get(kind, 0))]
        table.add_row(*row)
    console.print(table)
    mode = "incremental, " if summary.incremental else ("resumed, " if summary.resumed else "")
    console.print(f"{mode}{summary.calls} API calls in {summary.seconds:.2f}s")
    if summary.data_products_source == "items":
        console.print(
            "data products listed through the items API (the tenant has no data products list)"
        )


def print_plan(console: Console, plan: Plan, as_json: bool) -> None:
    """The plan, one line per change with its JSON Patch for updates."""
    if as_json:
        console.print_json(json.dumps(plan.as_dict()))
        return
    if plan.is_empty:
        console.print("No changes: the tenant matches the catalog file.")
        return
    marks = {"create": "[green]+[/]", "update": "[yellow]~[/]", "delete": "[red]-[/]"}
    for change in plan.changes:
        console.print(f"{marks[change.action]} {change.kind} {change.key}", highlight=False)
        for op in change.ops:
            value = json.dumps(op.get("value"))
            console.print(f"    {op['op']} {op['path']} {value[:100]}", highlight=False)
    counts = plan.counts()
    console.print(
        f"Plan: {counts['create']} to create, {counts['update']} to update, "
        f"{counts['delete']} to delete."
    )


def print_report(console: Console, report: ApplyReport, as_json: bool) -> None:
    """The apply report: counts, and each failure with its reason."""
    if as_json:
        console.print_json(json.dumps(report.as_dict()))
        return
    for outcome in report.outcomes:
        if not outcome.ok:
            console.print(
                f"[red]failed[/] {outcome.action} {outcome.kind} {outcome.key}: {outcome.error}",
                highlight=False,
            )
    counts = report.counts()
    console.print(
        f"Applied: {counts['succeeded']} succeeded, {counts['failed']} failed "
        f"in {report.seconds:.2f}s"
    )


async def run_demo(console: Console, *, seed: str, out_dir: Path, as_json: bool) -> int:
    """The main job on an in-process emulator: export, plan, apply, plan again. ``out_dir``
    must exist."""
    from qlik_catalog.emulator import Emulator

    emulator = Emulator()
    seeded = emulator.seed(seed)
    snapshot = out_dir / "snapshot.db"
    results: dict[str, Any] = {"seed": seed, "tenant": seeded.__dict__}
    async with emulator.client() as qlik:
        if not as_json:
            console.print(
                f"Emulated tenant seeded '{seed}': {seeded.data_stores} stores, "
                f"{seeded.data_assets} assets, {seeded.data_sets:,} data sets, "
                f"{seeded.data_products} products"
            )
        served = emulator.requests_served
        bars = Bars(console, enabled=not as_json)
        with bars.shown():
            summary = await qlik.catalog.export(
                snapshot, jsonl=out_dir / "snapshot.jsonl", progress=bars.export_callback()
            )
        results["export"] = {**summary.as_dict(), "requests": emulator.requests_served - served}
        if not as_json:
            print_export(console, summary, str(snapshot), False)
        started, served = time.monotonic(), emulator.requests_served
        plan = await qlik.catalog.plan(demo_catalog_path())
        results["plan"] = {
            **plan.counts(),
            "seconds": round(time.monotonic() - started, 3),
            "requests": emulator.requests_served - served,
        }
        if not as_json:
            console.rule("plan of the demo catalog file")
            print_plan(console, plan, False)
        served = emulator.requests_served
        bars = Bars(console, enabled=not as_json)
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
            print_report(console, report, False)
        again = await qlik.catalog.plan(demo_catalog_path())
        results["second_plan"] = again.counts()
        if not as_json:
            console.rule("plan again (apply is idempotent)")
            print_plan(console, again, False)
            console.print(f"Snapshot, JSON Lines and report in {out_dir}/")
    if as_json:
        console.print_json(json.dumps(results))
    return EXIT_OK if report.ok and again.is_empty else EXIT_ITEMS_FAILED
