"""How a command that did not finish ends: its exit code and the one line it writes to stderr.

Never a traceback for an ordinary mistake, and none either for an unexpected error unless
``QLIK_CATALOG_LOG=debug`` asks for the details. Error lines are plain text (not rich markup,
which would take ``[profiles.dev]`` for a tag) and never wrapped.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from qlik_catalog.cli import exit_codes
from qlik_catalog.cli.signals import signal_of, verb
from qlik_catalog.errors import (
    AuthenticationError,
    MissingExtraError,
    PermissionDeniedError,
    QlikConnectionError,
    QlikError,
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
    if isinstance(exc, QlikConnectionError | AuthenticationError | PermissionDeniedError):
        return exit_codes.UNREACHABLE, f"cannot use the tenant: {exc}"
    if isinstance(exc, QlikError):
        return exit_codes.ITEMS_FAILED, f"failed: {exc}"
    message = f"error: {type(exc).__name__}: {exc}"
    if not debugging():
        message += " (run with QLIK_CATALOG_LOG=debug for details)"
    return exit_codes.ITEMS_FAILED, message


def report(exc: BaseException, written: list[Path] | None = None) -> int:
    """Write the line for ``exc`` to stderr (after its traceback, when debugging an unexpected
    error) and return the exit code."""
    code, line = ending(exc, written)
    if debugging() and not isinstance(leaf(exc), QlikError | KeyboardInterrupt):
        traceback.print_exception(exc, file=sys.stderr)
    print(line, file=sys.stderr, flush=True)
    return code
