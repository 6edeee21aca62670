"""``qlik.catalog``: the bulk sync operations bound to a client."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from qlik_catalog.sync.apply import ApplyReport, apply_plan
from qlik_catalog.sync.catalog_file import CatalogFile, load_catalog_file
from qlik_catalog.sync.copy import catalog_from_current
from qlik_catalog.sync.export import ExportSummary, Progress, export_catalog
from qlik_catalog.sync.plan import Plan, make_plan
from qlik_catalog.sync.pull import PullSummary, pull_catalog
from qlik_catalog.sync.scope import Scope
from qlik_catalog.sync.tenant import reading_current

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
        with_quality: bool = False,
        scope: Scope | None = None,
    ) -> ExportSummary:
        """Export the catalog into the SQLite snapshot ``out`` (see :func:`export_catalog`);
        ``with_quality``: with every data set's quality results and trust score; ``scope``:
        only that slice (:mod:`qlik_catalog.sync.export_slice`)."""
        return await export_catalog(
            self._qlik,
            out,
            incremental=incremental,
            jsonl=jsonl,
            progress=progress,
            with_quality=with_quality,
            scope=scope,
        )

    async def pull(
        self,
        out: str | Path | None = None,
        *,
        from_snapshot: str | Path | None = None,
        progress: Progress | None = None,
        scope: Scope | None = None,
    ) -> PullSummary:
        """Write the tenant's catalog (or a snapshot's, with ``from_snapshot``: no tenant
        call) to ``out`` as a catalog file (JSON for ``.json``, else YAML; no ``out``: only
        return it, as :attr:`PullSummary.catalog`): what people manage, keyed by technical
        name, deterministic; ``plan`` of it right after is empty (see
        :mod:`qlik_catalog.sync.pull`). ``scope``: only that slice, declared in the
        file (:mod:`qlik_catalog.sync.scope`)."""
        return await pull_catalog(
            self._qlik, out, from_snapshot=from_snapshot, progress=progress, scope=scope
        )

    async def plan(
        self,
        desired: str | Path | CatalogFile,
        *,
        prune: bool = False,
        progress: Progress | None = None,
    ) -> Plan:
        """What it takes to make the tenant match ``desired`` (a catalog file or its path).
        Deletes are planned only with ``prune=True``, and only for kinds the file lists.

        The file is checked before the tenant is read; a bad one raises
        :class:`~qlik_catalog.errors.CatalogFileError` naming every problem (and so does an
        entry to be created that lacks a field its create requires, before anything is
        written). ``progress``, as for :meth:`export`, is told as the tenant is read."""
        catalog = desired if isinstance(desired, CatalogFile) else load_catalog_file(desired)
        async with reading_current(self._qlik, progress=progress) as current:
            return make_plan(catalog, current, prune=prune)

    async def apply(
        self,
        plan: Plan,
        *,
        report: str | Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ApplyReport:
        """Carry out a plan; every change gets an outcome (written to ``report`` if given)."""
        return await apply_plan(self._qlik, plan, report_path=report, progress=progress)

    async def plan_copy_to(
        self, target: QlikCatalog, *, prune: bool = False, progress: Progress | None = None
    ) -> Plan:
        """The plan that makes ``target``'s catalog match this tenant's (ids remapped by
        technical names; spaces and owners are not carried over). Apply it with
        ``target.catalog.apply(plan)``.

        Changes are keyed by technical name (made unique as :func:`catalog_from_current`
        says); each change and outcome also carries the source's id (``source_id``) and the
        target's (``id``). ``progress``, as for :meth:`export`, is told as each tenant is
        read, with the kind named ``"source data_sets"``, ``"target data_sets"`` and so on."""
        source = await self._as_catalog(_named(progress, "source"))
        async with reading_current(target, progress=_named(progress, "target")) as current:
            return make_plan(source, current, prune=prune, check_creates=False)

    async def _as_catalog(self, progress: Progress | None) -> CatalogFile:
        """This tenant as the catalog that recreates it elsewhere (its outlines let go once
        read: the target's are read next)."""
        async with reading_current(self._qlik, progress=progress) as tenant:
            return catalog_from_current(tenant)


def _named(progress: Progress | None, tenant: str) -> Progress | None:
    """``progress`` with each kind prefixed by which tenant is being read."""
    if progress is None:
        return None
    report = progress
    return lambda kind, done, total: report(f"{tenant} {kind}", done, total)
