"""How a command that did not finish ends: its exit code and the one line it writes to stderr.

Never a traceback for an ordinary mistake, and none either for an unexpected error unless
``QLIK_CATALOG_LOG=debug`` asks for the details. Error lines are plain text (not rich markup,
which would take ``[profiles.dev]`` for a tag) and never wrapped.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

from qlik_catalog.cli import exit_codes
from qlik_catalog.cli.signals import signal_of, verb
from qlik_catalog.errors import (
    AuthenticationError,
    LoginError,
    MissingExtraError,
    PermissionDeniedError,
    QlikConnectionError,
    QlikError,
    QlikStatusError,
    QlikValueError,
)


def leaf(exc: BaseException) -> BaseException:
    """``exc``, or the one exception inside (nested) exception groups of a single member: what
    a task group raised for one failing task."""
    while isinstance(exc, BaseExceptionGroup) and len(exc.exceptions) == 1:
        exc = exc.exceptions[0]
    return exc


def debugging() -> bool:
    """Whether ``QLIK_CATALOG_LOG=debug`` asks for tracebacks."""
    return os.environ.get("QLIK_CATALOG_LOG", "").strip().lower() == "debug"


def ending(exc: BaseException, written: list[Path] | None = None) -> tuple[int, str]:
    """The exit code and the stderr line for a command ended by ``exc``. ``written``: the
    files the command wrote before it was stopped (named when it was interrupted)."""
    exc = leaf(exc)
    if isinstance(exc, KeyboardInterrupt):
        signum = signal_of(exc)
        line = verb(signum)
        if written:
            line += "; written: " + ", ".join(str(path) for path in written)
        return exit_codes.for_signal(signum), line
    if isinstance(exc, MissingExtraError | QlikValueError):
        return exit_codes.BAD_INPUT, f"error: {exc}"
    if isinstance(exc, LoginError):
        return exit_codes.UNREACHABLE, f"cannot sign in: {exc}"
    if isinstance(exc, QlikConnectionError | AuthenticationError | PermissionDeniedError):
        return exit_codes.UNREACHABLE, f"cannot use the tenant: {exc}"
    if isinstance(exc, QlikError):
        return exit_codes.ITEMS_FAILED, f"failed: {exc}"
    message = f"error: {type(exc).__name__}: {exc}"
    if not debugging():
        message += " (run with QLIK_CATALOG_LOG=debug for details)"
    return exit_codes.ITEMS_FAILED, message


def error_document(exc: BaseException, code: int, line: str) -> dict[str, object]:
    """What ``--json`` prints on stdout for a command ended by ``exc``: the stderr line as
    ``message``, the exit code, and what a program may act on (the problems of a catalog file,
    Qlik's status, error codes and ``traceId``)."""
    exc = leaf(exc)
    error: dict[str, object] = {"type": type(exc).__name__, "message": line, "exit_code": code}
    problems = getattr(exc, "problems", None)
    if isinstance(problems, list | tuple):
        error["problems"] = [str(problem) for problem in problems]
    if isinstance(exc, QlikStatusError):
        error.update(status=exc.status, codes=list(exc.codes), trace_id=exc.trace_id)
    return {"error": error}


def report(exc: BaseException, written: list[Path] | None = None, *, as_json: bool = False) -> int:
    """Write the line for ``exc`` to stderr (after its traceback, when debugging an unexpected
    error) and return the exit code. ``as_json``: stdout gets the error as one JSON document
    too (under ``--json`` stdout is always exactly one document)."""
    code, line = ending(exc, written)
    if debugging() and not isinstance(leaf(exc), QlikError | KeyboardInterrupt):
        traceback.print_exception(exc, file=sys.stderr)
    print(line, file=sys.stderr, flush=True)
    if as_json:
        print(json.dumps(error_document(exc, code, line)), flush=True)
    return code
