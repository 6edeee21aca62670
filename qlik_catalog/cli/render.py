"""What the commands print: results on stdout (text, or one JSON document under ``--json``),
everything else (progress, notes, errors) on stderr.

Text goes through rich, never wrapped at the console's width (``soft_wrap``): a line written
to a file or a pipe stays one line. Values from the tenant or the catalog file are escaped, so
that a name such as ``[raw]`` is printed, not taken for markup. JSON is ``json.dumps`` straight
to stdout, so that it parses whatever the terminal.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from qlik_catalog.sync.apply import ApplyReport
from qlik_catalog.sync.export import ExportSummary
from qlik_catalog.sync.export_slice import shown_scope
from qlik_catalog.sync.plan import Change, Plan


def stdout_console() -> Console:
    """The console of results (stdout)."""
    return Console(soft_wrap=True, highlight=False)


def stderr_console() -> Console:
    """The console of progress and notes (stderr)."""
    return Console(stderr=True, soft_wrap=True, highlight=False)


def print_json(document: Any) -> None:
    """Write ``document`` to stdout as the command's one JSON document."""
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def export_document(summary: ExportSummary, out: str) -> dict[str, Any]:
    """The export's result as JSON."""
    return {"snapshot": out, **summary.as_dict()}


def print_export(console: Console, summary: ExportSummary, out: str) -> None:
    """The export's result, as a table of counts."""
    table = Table(title=f"Exported to {escape(out)}", show_edge=False)
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
    if summary.scope is not None:
        console.print(f"a slice: {shown_scope(summary.scope)}", markup=False, highlight=False)
    if summary.quality is not None:
        data_sets = summary.counts.get("data_sets", 0)
        console.print(
            f"data quality results for {summary.quality.get('data_quality', 0):,} and trust "
            f"scores for {summary.quality.get('trust_scores', 0):,} of {data_sets:,} data sets"
        )
    mode = "incremental, " if summary.incremental else ("resumed, " if summary.resumed else "")
    console.print(f"{mode}{summary.calls} API calls in {summary.seconds:.2f}s")
    if summary.data_products_source == "items":
        console.print(
            "data products listed through the items API (the tenant has no data products list)"
        )


SHOWN_VALUE = 60  # characters of a value shown in a plan; longer ones are shortened
SHOWN_TAKEN = 5  # objects named of those a delete takes with it; the rest are counted


def shown(value: Any) -> str:
    """``value`` as JSON, shortened to :data:`SHOWN_VALUE` characters (escaped for rich)."""
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > SHOWN_VALUE:
        text = text[: SHOWN_VALUE - 3] + "..."
    return escape(text)


def print_plan(console: Console, plan: Plan, *, source: str = "the catalog file") -> None:
    """The plan, one line per change, then for an update each field's old and new value, for
    a create its fields, for a delete what it takes with it; ``source`` names what the tenant
    is made to match (a copy's: "the source tenant")."""
    if plan.is_empty:
        console.print(f"No changes: the tenant matches {source}.")
        return
    marks = {"create": "[green]+[/]", "update": "[yellow]~[/]", "delete": "[red]-[/]"}
    for change in plan.changes:
        console.print(f"{marks[change.action]} {change.kind} {escape(change.key)}")
        for line in _details(change):
            console.print(f"    {line}")
    counts = plan.counts()
    console.print(
        f"Plan: {counts['create']} to create, {counts['update']} to update, "
        f"{counts['delete']} to delete."
    )


def _details(change: Change) -> list[str]:
    """The lines under a change's own line."""
    if change.action == "update":
        return [f"{escape(d.field)}: {shown(d.old)} -> {shown(d.new)}" for d in change.diff]
    if change.action == "create" and change.entry is not None:
        entry = change.entry
        lines = [f"{escape(k)}: {shown(v)}" for k, v in sorted(entry.fields.items())]
        if entry.parent is not None:
            lines.append(f"in: {escape(entry.parent)}")
        if entry.members:
            lines.append(f"members: {shown(entry.members)}")
        return lines
    if change.takes:
        named = ", ".join(f"{kind} {key}" for kind, key in change.takes[:SHOWN_TAKEN])
        more = len(change.takes) - SHOWN_TAKEN
        return [f"takes with it: {escape(named)}" + (f" and {more} more" if more > 0 else "")]
    return []


def print_report(console: Console, report: ApplyReport) -> None:
    """The apply report: each failure with its reason, then the counts."""
    for outcome in report.outcomes:
        if not outcome.ok:
            console.print(
                f"[red]failed[/] {outcome.action} {outcome.kind} {escape(outcome.key)}: "
                f"{escape(str(outcome.error))}"
            )
    counts = report.counts()
    console.print(
        f"Applied: {counts['succeeded']} succeeded, {counts['failed']} failed "
        f"in {report.seconds:.2f}s"
    )
