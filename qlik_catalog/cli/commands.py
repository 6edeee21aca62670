"""The tenant commands: export, plan, apply and copy. Each reads its client from ``--profile``
(or the environment), waits out Qlik's rate limits up to ``--max-wait``, shows progress on
stderr and prints its result on stdout: text, or exactly one JSON document under ``--json``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from qlik_catalog.cli import exit_codes, render
from qlik_catalog.cli.progress import Bars
from qlik_catalog.client import EXPORT_CONCURRENCY, QlikCatalog
from qlik_catalog.errors import QlikValueError
from qlik_catalog.profiles import client_for
from qlik_catalog.retry import RetryPolicy
from qlik_catalog.sync.apply import ApplyReport
from qlik_catalog.sync.catalog_file import load_catalog_file
from qlik_catalog.sync.plan import Plan
from qlik_catalog.sync.pull import pull_catalog
from qlik_catalog.sync.saved_plan import is_saved_plan, load_plan, save_plan
from qlik_catalog.sync.scope import Scope


class _Command:
    """One run of a tenant command: its options, its consoles and its progress."""

    def __init__(self, args: argparse.Namespace, console: Console) -> None:
        self.args = args
        self.console = console
        self.bars = Bars(render.stderr_console())
        self.retry = RetryPolicy(max_rate_limit_wait=args.max_wait)

    def client(self, profile: str | None) -> QlikCatalog:
        # --concurrency, when given, over the profile's ``concurrency``, over the command's
        # default (export and pull: EXPORT_CONCURRENCY; the others: the client's).
        given = getattr(self.args, "concurrency", None)
        extra = {} if given is None else {"concurrency": given}
        reads_only = self.args.command in ("export", "pull")
        return client_for(
            profile,
            retry=self.retry,
            default_concurrency=EXPORT_CONCURRENCY if reads_only else None,
            **extra,
        )

    async def export(self, qlik: QlikCatalog) -> int:
        args = self.args
        with self.bars.shown():
            summary = await qlik.catalog.export(
                args.out,
                incremental=args.incremental,
                jsonl=args.jsonl,
                progress=self.bars.update,
                with_quality=args.with_quality,
                scope=self.scope(),
            )
        if args.json:
            render.print_json(render.export_document(summary, args.out))
        else:
            render.print_export(self.console, summary, args.out)
        return exit_codes.OK

    async def pull(self) -> int:
        """Write the catalog file (from the tenant, or a snapshot without any tenant call)."""
        args = self.args
        scope = self.scope()
        if args.from_snapshot is not None:
            summary = await pull_catalog(
                None, args.out, from_snapshot=args.from_snapshot, scope=scope
            )
        else:
            async with self.client(args.profile) as qlik, self.bars.watching(qlik):
                with self.bars.shown():
                    summary = await qlik.catalog.pull(
                        args.out, progress=self.bars.update, scope=scope
                    )
        if args.json:
            render.print_json(summary.as_dict())
        else:
            counts = ", ".join(f"{n:,} {kind}" for kind, n in summary.counts.items())
            self.console.print(
                f"Pulled {counts} into {args.out} in {summary.seconds:.2f}s", markup=False
            )
        return exit_codes.OK

    async def plan(self, qlik: QlikCatalog) -> Plan:
        if self.args.command == "apply" and is_saved_plan(self.args.catalog):
            if self.args.prune or self.scope() is not None:
                raise QlikValueError(
                    f"{self.args.catalog} is a saved plan: it is applied as it was planned, so "
                    "--prune, --space, --store and --kind have no say (give them to plan --out)"
                )
            return load_plan(self.args.catalog, tenant_url=qlik.base_url)
        catalog = load_catalog_file(self.args.catalog)
        scope = self.scope()
        if scope is not None:
            catalog = catalog.sliced(scope)
        with self.bars.shown():
            return await qlik.catalog.plan(
                catalog, prune=self.args.prune, progress=self.bars.update
            )

    def scope(self) -> Scope | None:
        """The slice ``--space``, ``--store`` and ``--kind`` name (None: no option given)."""
        args = self.args
        if not (args.space or args.store or args.kind):
            return None
        return Scope.of(spaces=args.space or (), stores=args.store or (), kinds=args.kind)

    def planned(self, qlik: QlikCatalog, plan: Plan) -> int:
        """Show (and save, with ``--out``) the plan of the ``plan`` command; its exit code."""
        self.show_plan(plan)
        if self.args.out:
            save_plan(plan, self.args.out, tenant_url=qlik.base_url)
            render.stderr_console().print(
                f"plan saved to {self.args.out}: apply it with qlik-catalog apply {self.args.out}",
                highlight=False,
                markup=False,
            )
        if self.args.detailed_exitcode and not plan.is_empty:
            return exit_codes.CHANGES
        return exit_codes.OK

    def show_plan(self, plan: Plan) -> None:
        """The plan on stdout: JSON under ``--json``, else one line per change."""
        if self.args.json:
            render.print_json(plan.as_dict())
        else:
            render.print_plan(self.console, plan, source=self.plan_source)

    @property
    def plan_source(self) -> str:
        """What the plan makes the tenant match, in words."""
        return "the source tenant" if self.args.command == "copy" else "the catalog file"

    async def apply(self, target: QlikCatalog, plan: Plan) -> int:
        """Apply ``plan`` (the plan was shown already, unless ``--json``)."""
        with self.bars.shown():
            report: ApplyReport = await target.catalog.apply(
                plan, report=self.args.report, progress=self.bars.apply_callback()
            )
        if self.args.json:
            render.print_json(report.as_dict())
        else:
            render.print_report(self.console, report)
        return exit_codes.OK if report.ok else exit_codes.ITEMS_FAILED

    async def copy(self) -> int:
        args = self.args
        async with (
            self.client(args.from_profile) as source,
            self.client(args.to_profile) as target,
            self.bars.watching(source, target),
        ):
            with self.bars.shown():
                plan = await source.catalog.plan_copy_to(
                    target, prune=args.prune, progress=self.bars.update
                )
            if not args.apply:
                self.show_plan(plan)
                return exit_codes.OK
            if not args.json:
                render.print_plan(self.console, plan, source=self.plan_source)
            return await self.apply(target, plan)

    async def run(self) -> int:
        args = self.args
        if args.command == "copy":
            return await self.copy()
        if args.command == "pull":
            return await self.pull()
        async with self.client(args.profile) as qlik, self.bars.watching(qlik):
            if args.command == "export":
                return await self.export(qlik)
            plan = await self.plan(qlik)
            if args.command == "plan":
                return self.planned(qlik, plan)
            if not args.json:
                render.print_plan(self.console, plan)
            return await self.apply(qlik, plan)


async def run(args: argparse.Namespace) -> int:
    """Run the command of ``args``; its exit code."""
    console = render.stdout_console()
    if args.command == "demo":
        from qlik_catalog.cli.demo import run_demo

        return await run_demo(
            console,
            render.stderr_console(),
            seed=args.seed,
            out_dir=Path(args.out_dir),
            as_json=args.json,
        )
    return await _Command(args, console).run()
