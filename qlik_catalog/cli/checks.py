"""The checks made before a command sends or writes anything: the files it reads exist, and
the files it writes can be written. Each failure is a :class:`QlikValueError` naming the option
and the problem (exit 2, one line), instead of a traceback half-way through the work."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from qlik_catalog.errors import QlikValueError


def readable_file(value: str, what: str) -> None:
    """``value`` is a file that can be read."""
    path = Path(value)
    if not path.exists():
        raise QlikValueError(f"{what} {value}: no such file")
    if path.is_dir():
        raise QlikValueError(f"{what} {value}: is a directory, not a file")
    if not os.access(path, os.R_OK):
        raise QlikValueError(f"{what} {value}: cannot be read (permission denied)")


def _writable_dir(directory: Path, option: str, value: str) -> None:
    if not directory.exists():
        raise QlikValueError(f"{option} {value}: the directory {directory} does not exist")
    if not directory.is_dir():
        raise QlikValueError(f"{option} {value}: {directory} is not a directory")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise QlikValueError(f"{option} {value}: the directory {directory} is not writable")


def writable_file(value: str, option: str) -> None:
    """``value`` is a file that can be written: its directory exists and is writable, and it
    is not a directory itself (nor a file that cannot be written)."""
    path = Path(value)
    if path.is_dir():
        raise QlikValueError(f"{option} {value}: is a directory, not a file")
    _writable_dir(path.parent, option, value)
    if path.exists() and not os.access(path, os.W_OK):
        raise QlikValueError(f"{option} {value}: the file is not writable")


def output_dir(value: str, option: str) -> None:
    """``value`` is a directory files can be written in, or one that can be made there (its
    parent exists and is writable)."""
    path = Path(value)
    if path.exists():
        if not path.is_dir():
            raise QlikValueError(f"{option} {value}: is a file, not a directory")
        _writable_dir(path, option, value)
        return
    _writable_dir(path.parent, option, value)


def check_args(args: argparse.Namespace) -> None:
    """Every check the command of ``args`` needs, before it starts."""
    if args.command == "demo":
        output_dir(args.out_dir, "--out-dir")
        return
    named: dict[Path, str] = {}
    if getattr(args, "catalog", None) is not None:
        readable_file(args.catalog, "catalog file")
        named[Path(args.catalog).resolve()] = "the catalog file"
    if getattr(args, "from_snapshot", None) is not None:
        readable_file(args.from_snapshot, "--from-snapshot")
        named[Path(args.from_snapshot).resolve()] = "the snapshot read"
    for option in ("out", "jsonl", "report"):
        value = getattr(args, option, None)
        if value is not None:
            writable_file(value, f"--{option}")
            _not_taken(Path(value), f"--{option}", named)


def _not_taken(path: Path, option: str, named: dict[Path, str]) -> None:
    """``path`` is not a file the command already reads or writes: two outputs on one file,
    or an output over the catalog file, would destroy one of them."""
    resolved = path.resolve()
    if resolved in named:
        raise QlikValueError(f"{option} {path}: is also {named[resolved]}")
    named[resolved] = option


def outputs(args: argparse.Namespace) -> list[Path]:
    """The files the command of ``args`` writes (named when it is interrupted)."""
    if args.command == "demo":
        return [Path(args.out_dir) / name for name in ("snapshot.db", "apply-report.json")]
    return [Path(getattr(args, o)) for o in ("out", "jsonl", "report") if getattr(args, o, None)]
