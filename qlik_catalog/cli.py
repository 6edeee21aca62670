"""The ``qlik-catalog`` command: bulk catalog sync, and the local emulator.

    qlik-catalog export --out catalog.db [--incremental] [--jsonl catalog.jsonl]
    qlik-catalog plan catalog.yaml [--prune]
    qlik-catalog apply catalog.yaml [--prune] [--report report.json]
    qlik-catalog copy --from-profile dev --to-profile prod [--apply]
    qlik-catalog demo
    qlik-catalog emulator --port 8080 --seed demo --api-key KEY

Every tenant command takes ``--profile NAME`` (see :mod:`qlik_catalog.profiles`) and
``--json``. Exit codes: 0 done, 1 some items failed, 2 bad input, 3 tenant unreachable or
credentials refused.

The command needs the ``cli`` extra (rich, pyyaml), and ``emulator``/``demo`` the ``emulator``
extra too: ``pip install "qlik-catalog[all]"``. ``--help`` imports neither.
"""

from __future__ import annotations

import argparse
import contextlib
import secrets
import socket
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import anyio

from qlik_catalog._extras import needs_extra
from qlik_catalog.errors import (
    AuthenticationError,
    MissingExtraError,
    PermissionDeniedError,
    QlikConnectionError,
    QlikError,
    QlikValueError,
)

if TYPE_CHECKING:
    from rich.console import Console

    from qlik_catalog.emulator import Emulator


class _Presets:
    """The emulator's seed presets as argparse ``choices``, read only when a value is checked
    (so that ``--help`` does not import the emulator)."""

    def _names(self) -> list[str]:
        with needs_extra("emulator", "the emulator's seed presets"):
            from qlik_catalog.emulator import PRESETS
        return sorted(PRESETS)

    def __contains__(self, value: object) -> bool:
        return value in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qlik-catalog",
        description="Bulk Qlik Cloud catalog sync (export, plan, apply, copy), and an emulator.",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def tenant_command(name: str, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help)
        sub.add_argument("--profile", help="a named tenant from the profiles file")
        sub.add_argument("--json", action="store_true", help="machine-readable output")
        return sub

    export = tenant_command("export", "export the whole catalog into a SQLite snapshot")
    export.add_argument("--out", required=True, help="the snapshot file (.db)")
    export.add_argument("--jsonl", help="also write the snapshot as JSON Lines")
    export.add_argument(
        "--incremental", action="store_true", help="fetch only what changed since the snapshot"
    )
    for name, help in (
        ("plan", "show what applying a catalog file would change"),
        ("apply", "make the tenant match a catalog file"),
    ):
        sub = tenant_command(name, help)
        sub.add_argument("catalog", help="the catalog file (YAML or JSON)")
        sub.add_argument("--prune", action="store_true", help="also delete what the file lacks")
        if name == "apply":
            sub.add_argument("--report", help="write every item's outcome as JSON here")
    copy = commands.add_parser("copy", help="make one tenant's catalog match another's")
    copy.add_argument("--from-profile", required=True, help="the source tenant's profile")
    copy.add_argument("--to-profile", required=True, help="the target tenant's profile")
    copy.add_argument("--prune", action="store_true", help="delete what the source lacks")
    copy.add_argument("--apply", action="store_true", help="apply the plan (default: plan only)")
    copy.add_argument("--report", help="write every item's outcome as JSON here")
    copy.add_argument("--json", action="store_true", help="machine-readable output")
    demo = commands.add_parser(
        "demo", help="export, plan and apply against an in-process emulated tenant"
    )
    demo.add_argument(
        "--seed", default="demo", choices=_Presets(), metavar="PRESET", help="tenant content"
    )
    demo.add_argument("--out-dir", default="demo-output", help="where files are written")
    demo.add_argument("--json", action="store_true", help="machine-readable output")
    emulator = commands.add_parser(
        "emulator", help="serve an emulated Qlik tenant on loopback (Ctrl-C stops it)"
    )
    emulator.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1)")
    emulator.add_argument("--port", type=int, default=8080, help="port (default 8080; 0: any)")
    emulator.add_argument(
        "--seed",
        default="small",
        choices=_Presets(),
        metavar="PRESET",
        help="content to start with (small, demo...)",
    )
    emulator.add_argument("--api-key", help="the API key to accept (default: a random one)")
    emulator.add_argument(
        "--no-rate-limits", action="store_true", help="do not enforce Qlik's rate limits"
    )
    emulator.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        help="run the rate-limit clock this many times faster than real time",
    )
    emulator.add_argument("--strict", action="store_true", help="check answers against the spec")
    emulator.add_argument(
        "--without-data-products-list",
        action="store_true",
        help="answer GET /api/data-governance/data-products 404, as a tenant without that route",
    )
    return parser


def emulator_from_args(args: argparse.Namespace, api_key: str) -> Emulator:
    """The emulator the ``emulator`` command's options describe (not yet seeded)."""
    with needs_extra("emulator", "the emulator"):
        from qlik_catalog.emulator import Emulator, RateLimitSettings
    return Emulator(
        api_keys=[api_key],
        strict=args.strict,
        rate_limits=RateLimitSettings(enabled=not args.no_rate_limits, time_scale=args.time_scale),
        data_products_list_route=not args.without_data_products_list,
    )


def serve_emulator(args: argparse.Namespace) -> int:
    """Run the emulator with uvicorn until interrupted."""
    with needs_extra("emulator", "qlik-catalog emulator"):
        import uvicorn

    api_key = args.api_key or f"emu-{secrets.token_urlsafe(16)}"
    emulator = emulator_from_args(args, api_key)
    summary = emulator.seed(args.seed)
    # Bind first, so that the printed URL has the real port even for --port 0.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted sockets inherit it: without it, Nagle plus delayed ACKs add ~40 ms per answer.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((args.host, args.port))
    port = sock.getsockname()[1]
    url = f"http://{args.host}:{port}"
    print(f"Qlik catalog emulator on {url}", flush=True)
    print(f"  QLIK_TENANT_URL={url}", flush=True)
    print(f"  QLIK_API_KEY={api_key}", flush=True)
    print(
        f"  seeded {args.seed!r}: {summary.data_stores} stores, {summary.data_assets} assets, "
        f"{summary.data_sets} data sets, {summary.data_products} data products",
        flush=True,
    )
    print("Press Ctrl-C to stop.", flush=True)
    config = uvicorn.Config(emulator, log_level="warning")
    # uvicorn shuts down cleanly on Ctrl-C, then re-raises it for the caller to finish on.
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])
    print("emulator stopped", flush=True)
    return 0


async def _run(args: argparse.Namespace, console: Console) -> int:
    from rich.console import Console

    from qlik_catalog.profiles import client_for
    from qlik_catalog.sync import commands

    if args.command == "demo":
        return await commands.run_demo(
            console, seed=args.seed, out_dir=Path(args.out_dir), as_json=args.json
        )
    bars = commands.Bars(Console(stderr=True), enabled=not args.json)
    if args.command == "copy":
        async with client_for(args.from_profile) as source, client_for(args.to_profile) as target:
            plan = await source.catalog.plan_copy_to(target, prune=args.prune)
            commands.print_plan(console, plan, args.json and not args.apply)
            if not args.apply:
                return commands.EXIT_OK
            with bars.shown():
                report = await target.catalog.apply(
                    plan, report=args.report, progress=bars.apply_callback()
                )
            commands.print_report(console, report, args.json)
            return commands.EXIT_OK if report.ok else commands.EXIT_ITEMS_FAILED
    async with client_for(args.profile) as qlik:
        if args.command == "export":
            with bars.shown():
                summary = await qlik.catalog.export(
                    args.out,
                    incremental=args.incremental,
                    jsonl=args.jsonl,
                    progress=bars.export_callback(),
                )
            commands.print_export(console, summary, args.out, args.json)
            return commands.EXIT_OK
        plan = await qlik.catalog.plan(args.catalog, prune=args.prune)
        if args.command == "plan":
            commands.print_plan(console, plan, args.json)
            return commands.EXIT_OK
        if not args.json:
            commands.print_plan(console, plan, False)
        with bars.shown():
            report = await qlik.catalog.apply(
                plan, report=args.report, progress=bars.apply_callback()
            )
        commands.print_report(console, report, args.json)
        return commands.EXIT_OK if report.ok else commands.EXIT_ITEMS_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``qlik-catalog`` command."""
    args = _parser().parse_args(argv)
    try:
        return _main(args)
    except MissingExtraError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _main(args: argparse.Namespace) -> int:
    if args.command == "emulator":
        return serve_emulator(args)  # needs the emulator extra only
    with needs_extra("cli", f"qlik-catalog {args.command}"):
        from rich.console import Console

        from qlik_catalog.sync.commands import (
            EXIT_BAD_INPUT,
            EXIT_ITEMS_FAILED,
            EXIT_UNREACHABLE,
        )
    if args.command == "demo":
        Path(args.out_dir).mkdir(parents=True, exist_ok=True)
    console = Console()
    errors = Console(stderr=True)
    try:
        code: int = anyio.run(_run, args, console)
        return code
    except QlikValueError as exc:
        errors.print(f"[red]error:[/] {exc}", highlight=False)
        return EXIT_BAD_INPUT
    except (QlikConnectionError, AuthenticationError, PermissionDeniedError) as exc:
        errors.print(f"[red]cannot use the tenant:[/] {exc}", highlight=False)
        return EXIT_UNREACHABLE
    except QlikError as exc:
        errors.print(f"[red]failed:[/] {exc}", highlight=False)
        return EXIT_ITEMS_FAILED


if __name__ == "__main__":
    sys.exit(main())
