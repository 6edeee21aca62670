"""The exit codes of ``qlik-catalog``, in one place (``--help`` lists them from here).

0    done
1    some items failed (apply, copy), or an unexpected error
2    bad input or usage: a wrong option, a missing file, an unwritable path, a port in use
3    the tenant could not be reached, or it refused the credentials
With ``plan --detailed-exitcode`` (for CI): 0 no changes, 2 changes, 1 any error.
130  interrupted (Ctrl-C, SIGINT), after writing what must be written
143  terminated (SIGTERM), the same way
"""

from __future__ import annotations

import signal

OK = 0
ITEMS_FAILED = 1
BAD_INPUT = 2
UNREACHABLE = 3
CHANGES = 2  # plan --detailed-exitcode: the plan has changes
DETAILED_ERROR = 1  # plan --detailed-exitcode: any error (2 means changes there)
INTERRUPTED = 128 + signal.SIGINT  # 130, as shells report a process ended by SIGINT
TERMINATED = 128 + signal.SIGTERM  # 143

MEANINGS: dict[int, str] = {
    OK: "done",
    ITEMS_FAILED: "some items failed (apply, copy), or an unexpected error",
    BAD_INPUT: "bad input or usage (options, catalog file, paths, emulator port or host)",
    UNREACHABLE: "tenant unreachable or credentials refused",
    INTERRUPTED: "interrupted (Ctrl-C), after writing what must be written",
    TERMINATED: "terminated (SIGTERM), the same way",
}


def detailed(code: int) -> int:
    """The exit code of ``plan --detailed-exitcode`` for a run that ended with ``code``: an
    error is 1 (so that 2 only ever means "changes"); a signal's code is kept."""
    if code in (BAD_INPUT, UNREACHABLE, ITEMS_FAILED):
        return DETAILED_ERROR
    return code


def for_signal(signum: int) -> int:
    """The exit code of a run ended by signal ``signum``: 128 + its number."""
    return 128 + signum
