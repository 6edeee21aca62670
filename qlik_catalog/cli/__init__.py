"""The ``qlik-catalog`` command: bulk catalog sync, and the local emulator.

    qlik-catalog export --out catalog.db [--incremental] [--jsonl catalog.jsonl]
    qlik-catalog plan catalog.yaml [--prune]
    qlik-catalog apply catalog.yaml [--prune] [--report report.json]
    qlik-catalog copy --from-profile dev --to-profile prod [--apply]
    qlik-catalog demo
    qlik-catalog login --profile me [--client-id ID] [--no-browser]   (then: logout --profile me)
    qlik-catalog emulator --port 8080 --seed demo --api-key KEY [--stores N ...] [--latency MS]

Every tenant command takes ``--profile NAME`` (see :mod:`qlik_catalog.profiles`), ``--json``
(stdout carries exactly one JSON document) and ``--max-wait SECONDS`` (how long to wait out
Qlik's rate limits, default 900). Progress and notes go to stderr, results to stdout. Paths and
files are checked before anything is sent or written.

Exit codes (:mod:`qlik_catalog.cli.exit_codes`): 0 done; 1 some items failed, or an unexpected
error; 2 bad input or usage; 3 tenant unreachable or credentials refused; 130 interrupted
(Ctrl-C); 143 terminated (SIGTERM). An interrupted command writes what must be written (an
apply's report) and ends with one line on stderr; so does any error, without a traceback
unless ``QLIK_CATALOG_LOG=debug``.

The command needs the ``cli`` extra (rich, pyyaml), and ``emulator``/``demo`` the ``emulator``
extra too: ``pip install "qlik-catalog[all]"``. ``--help`` and ``--version`` import neither.

Modules: :mod:`~qlik_catalog.cli.parser` (options, ``--help``), :mod:`~.checks` (paths, before
the work), :mod:`~.commands` (export, plan, apply, copy), :mod:`~.demo`, :mod:`~.emulator`,
:mod:`~.render` (stdout), :mod:`~.progress` (stderr), :mod:`~.signals` (Ctrl-C, SIGTERM),
:mod:`~.failures` (how an error ends the command), :mod:`~.exit_codes`.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from functools import partial
from pathlib import Path

import anyio

from qlik_catalog._extras import needs_extra
from qlik_catalog.cli import checks, exit_codes, failures
from qlik_catalog.cli.parser import build_parser
from qlik_catalog.cli.signals import sigterm_raises, until_signal

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``qlik-catalog`` command; returns its exit code."""
    args: argparse.Namespace | None = None
    started = time.time()
    with sigterm_raises():
        try:
            args = build_parser().parse_args(argv)
            return _run(args)
        except SystemExit as done:
            # argparse: --help, --version, usage errors (exit 2). Under --detailed-exitcode a
            # usage error is 1 too: 2 there means "the plan has changes".
            argv_seen = sys.argv[1:] if argv is None else list(argv)
            if done.code == exit_codes.BAD_INPUT and "--detailed-exitcode" in argv_seen:
                return exit_codes.DETAILED_ERROR
            raise
        except BaseException as exc:  # every other ending is one line and an exit code
            as_json = bool(getattr(args, "json", False))
            code = failures.report(exc, _written(args, started, exc), as_json=as_json)
            if getattr(args, "detailed_exitcode", False):
                return exit_codes.detailed(code)
            return code


def _run(args: argparse.Namespace) -> int:
    if args.command == "emulator":
        from qlik_catalog.cli.emulator import serve_emulator

        return serve_emulator(args)  # needs the emulator extra only
    with needs_extra("cli", f"qlik-catalog {args.command}"):
        from qlik_catalog.cli import commands, login
    if args.command in ("login", "logout"):
        run = login.login if args.command == "login" else login.logout
        signed: int = anyio.run(until_signal, partial(run, args))
        return signed
    checks.check_args(args)
    code: int = anyio.run(until_signal, partial(commands.run, args))
    return code


def _written(args: argparse.Namespace | None, started: float, exc: BaseException) -> list[Path]:
    """The files an interrupted command wrote since it started."""
    if args is None or not isinstance(failures.leaf(exc), KeyboardInterrupt):
        return []
    return [p for p in checks.outputs(args) if p.exists() and p.stat().st_mtime >= started - 1]
