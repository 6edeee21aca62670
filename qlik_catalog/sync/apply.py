"""Applying a :class:`Plan`: stores, then assets, then data sets, then products (each kind's
changes concurrently, within the client's rate limits), and deletes last in reverse order.
Every change gets an outcome in the report; a failure never stops the others, and a child
whose parent could not be created fails with that reason. Re-running plan and apply finishes
whatever a failed or interrupted run left."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qlik_catalog.batch import run_batch
from qlik_catalog.errors import QlikError
from qlik_catalog.sync.catalog_file import PARENT
from qlik_catalog.sync.plan import DATA_SETS_REF, ORDER, PRODUCT_CREATE, Change, Plan

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog


@dataclass
class Outcome:
    """What happened to one planned change."""

    kind: str
    key: str
    action: str
    ok: bool
    id: str | None = None
    error: str | None = None

    @classmethod
    def of(cls, change: Change, ok: bool, id: str | None, error: str | None = None) -> Outcome:
        """The outcome of ``change``."""
        return cls(change.kind, change.key, change.action, ok, id, error)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form."""
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class ApplyReport:
    """Every change's outcome, in plan order."""

    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when every change succeeded."""
        return all(o.ok for o in self.outcomes)

    def counts(self) -> dict[str, int]:
        """Succeeded and failed changes."""
        failed = sum(not o.ok for o in self.outcomes)
        return {"succeeded": len(self.outcomes) - failed, "failed": failed}

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form."""
        return {
            "counts": self.counts(),
            "seconds": round(self.seconds, 3),
            "outcomes": [o.as_dict() for o in self.outcomes],
        }

    def write(self, path: str | Path) -> None:
        """Write the report as JSON."""
        Path(path).write_text(json.dumps(self.as_dict(), indent=2) + "\n", encoding="utf-8")


class _NotApplied(QlikError):
    """A change that could not be attempted (its parent failed)."""


async def apply_plan(
    qlik: QlikCatalog,
    plan: Plan,
    *,
    report_path: str | Path | None = None,
    concurrency: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ApplyReport:
    """Carry out ``plan`` and return (and optionally write) the report of every change."""
    started = time.monotonic()
    ids = {kind: dict(found) for kind, found in plan.existing_ids.items()}
    results: dict[int, Outcome] = {}
    total = len(plan.changes)

    def record(index: int, outcome: Outcome) -> None:
        results[index] = outcome
        if progress is not None:
            progress(len(results), total)

    async def run(indexes: list[int], work: Callable[[Change], Any]) -> None:
        # Each outcome is recorded the moment it is known, so an interruption loses none.
        async def one(index: int) -> None:
            change = plan.changes[index]
            try:
                new_id = await work(change) or change.id
            except Exception as error:  # an outcome, never the end of the apply
                failure = f"{type(error).__name__}: {error}"
                record(index, Outcome.of(change, False, change.id, failure))
                return
            if change.action != "delete" and new_id:
                ids[change.kind][change.key] = new_id
            record(index, Outcome.of(change, True, new_id))

        await run_batch(indexes, one, concurrency=concurrency or qlik.concurrency)

    def resolve(value: Any) -> Any:
        if isinstance(value, dict) and DATA_SETS_REF in value:
            missing = [k for k in value[DATA_SETS_REF] if k not in ids["data_sets"]]
            if missing:
                raise _NotApplied(f"data set(s) {', '.join(missing)} do not exist")
            return [ids["data_sets"][k] for k in value[DATA_SETS_REF]]
        return value

    async def upsert(change: Change) -> str | None:
        resource = getattr(qlik, change.kind)
        if change.action == "update":
            assert change.id is not None
            ops = [
                {**op, "value": resolve(op["value"])} if "value" in op else op for op in change.ops
            ]
            await resource.patch(change.id, ops)
            return change.id
        entry = change.entry
        assert entry is not None
        if change.kind == "data_products":
            body = {k: v for k, v in entry.fields.items() if k in PRODUCT_CREATE}
            product = await resource.create(body)
            rest = [
                {"op": "replace", "path": f"/{k}", "value": v}
                for k, v in sorted(entry.fields.items())
                if k not in PRODUCT_CREATE
            ]
            if entry.data_sets:
                rest.append(
                    {
                        "op": "replace",
                        "path": "/datasetIds",
                        "value": resolve({DATA_SETS_REF: entry.data_sets}),
                    }
                )
            if rest:
                await resource.patch(product.id, rest)
            return str(product.id)
        body = dict(entry.fields)
        if change.kind in PARENT:
            parent_kind = PARENT[change.kind][1]
            parent_id = ids[parent_kind].get(entry.parent or "")
            if parent_id is None:
                raise _NotApplied(f"its parent {entry.parent!r} was not created")
            info = "dataStoreInfo" if change.kind == "data_assets" else "dataAssetInfo"
            body[info] = {"id": parent_id}
        created = await resource.create(body)
        return str(created.id)

    async def delete(change: Change) -> str | None:
        assert change.id is not None
        await getattr(qlik, change.kind).delete(change.id)
        return None

    def finish(interrupted: str | None) -> ApplyReport:
        outcomes = []
        for index, change in enumerate(plan.changes):
            outcome = results.get(index)
            if outcome is None:  # never reached, or cut off: a re-run will redo it
                outcome = Outcome.of(change, False, change.id, f"not done: {interrupted}")
            outcomes.append(outcome)
        report = ApplyReport(outcomes, time.monotonic() - started)
        if report_path is not None:
            report.write(report_path)
        return report

    try:
        for kind in ORDER:
            indexes = [
                i
                for i, c in enumerate(plan.changes)
                if c.kind == kind and c.action in ("create", "update")
            ]
            if indexes:
                await run(indexes, upsert)
        for kind in reversed(ORDER):
            indexes = [
                i for i, c in enumerate(plan.changes) if c.kind == kind and c.action == "delete"
            ]
            if indexes:
                await run(indexes, delete)
    except BaseException as exc:
        # Cancelled or interrupted: the report still names every change before it propagates.
        finish(f"the apply was interrupted ({type(exc).__name__})")
        raise
    return finish(None)
