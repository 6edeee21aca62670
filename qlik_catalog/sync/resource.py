"""``qlik.catalog``: the bulk sync operations bound to a client."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from qlik_catalog.sync.apply import ApplyReport, apply_plan
from qlik_catalog.sync.catalog_file import CatalogFile, load_catalog_file
from qlik_catalog.sync.copy import catalog_from_objects
from qlik_catalog.sync.export import ExportSummary, Progress, export_catalog
from qlik_catalog.sync.plan import Plan, make_plan
from qlik_catalog.sync.tenant import read_catalog

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog


class CatalogSync:
    """Export, plan, apply and copy, for the client's tenant.

    Example::

        plan = await qlik.catalog.plan("catalog.yaml", prune=False)
        if not plan.is_empty:
            report = await qlik.catalog.apply(plan, report="report.json")
    """

    def __init__(self, qlik: QlikCatalog) -> None:
        self._qlik = qlik

    def __repr__(self) -> str:
        return f"CatalogSync({self._qlik.base_url!r})"

    async def export(
        self,
        out: str | Path,
        *,
        incremental: bool = False,
        jsonl: str | Path | None = None,
        progress: Progress | None = None,
    ) -> ExportSummary:
        """Export the catalog into the SQLite snapshot ``out`` (see :func:`export_catalog`)."""
        return await export_catalog(
            self._qlik, out, incremental=incremental, jsonl=jsonl, progress=progress
        )

    async def plan(self, desired: str | Path | CatalogFile, *, prune: bool = False) -> Plan:
        """What it takes to make the tenant match ``desired`` (a catalog file or its path).
        Deletes are planned only with ``prune=True``, and only for kinds the file lists."""
        catalog = desired if isinstance(desired, CatalogFile) else load_catalog_file(desired)
        return make_plan(catalog, await read_catalog(self._qlik), prune=prune)

    async def apply(
        self,
        plan: Plan,
        *,
        report: str | Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ApplyReport:
        """Carry out a plan; every change gets an outcome (written to ``report`` if given)."""
        return await apply_plan(self._qlik, plan, report_path=report, progress=progress)

    async def plan_copy_to(self, target: QlikCatalog, *, prune: bool = False) -> Plan:
        """The plan that makes ``target``'s catalog match this tenant's (ids remapped by
        technical names; spaces and owners are not carried over). Apply it with
        ``target.catalog.apply(plan)``."""
        source = catalog_from_objects(await read_catalog(self._qlik))
        return make_plan(source, await read_catalog(target), prune=prune)
