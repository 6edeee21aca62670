"""Ctrl-C (SIGINT) and SIGTERM end a command the same way: the running work is cancelled, so
that what must be written is written (an apply's report, the snapshot's committed pages),
then the command ends with one line and exit 130 or 143.

In the event loop both signals cancel the anyio run (:func:`until_signal`); outside it (while
starting, or in the emulator's server) SIGTERM raises ``KeyboardInterrupt`` as Ctrl-C does, with
the signal's number (:func:`sigterm_raises`).
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import FrameType
from typing import Any, TypeVar

import anyio

T = TypeVar("T")
SIGNALS = (signal.SIGINT, signal.SIGTERM)


def interrupted(signum: int) -> KeyboardInterrupt:
    """The exception that ends a command stopped by ``signum``: a ``KeyboardInterrupt`` (so
    that nothing on the way takes it for an error) carrying the signal's number. (Every
    exception class of the package lives in :mod:`qlik_catalog.errors`; this one needs none.)"""
    return KeyboardInterrupt(int(signum))


def signal_of(exc: KeyboardInterrupt) -> int:
    """The signal that stopped the command: the one :func:`interrupted` carries, else SIGINT
    (Python's own Ctrl-C)."""
    if exc.args and isinstance(exc.args[0], int):
        return exc.args[0]
    return int(signal.SIGINT)


def verb(signum: int) -> str:
    """ "interrupted" (SIGINT) or "terminated" (SIGTERM)."""
    return "terminated" if signum == signal.SIGTERM else "interrupted"


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    raise interrupted(signum)


@contextlib.contextmanager
def sigterm_raises() -> Iterator[None]:
    """While the block runs, SIGTERM raises :func:`interrupted` (instead of ending the process
    at once, with nothing written and no message)."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_interrupted)
    except ValueError:  # not the main thread (e.g. main() called from a test's thread)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


async def until_signal(work: Callable[[], Awaitable[T]]) -> T:
    """Run ``work``; SIGINT or SIGTERM cancels it (it may write what it must while it ends),
    then :func:`interrupted` is raised."""
    received: list[int] = []
    outcome: list[T] = []
    error: list[Exception] = []
    with contextlib.ExitStack() as stack:
        # Registered first, so it runs last: the loop puts back the defaults when the receiver
        # closes, not what was there (SIGTERM -> KeyboardInterrupt, for the rest of the command).
        stack.callback(_restore, {signum: signal.getsignal(signum) for signum in SIGNALS})
        try:
            signals = stack.enter_context(anyio.open_signal_receiver(*SIGNALS))
        except NotImplementedError:  # no loop signal handlers here (Windows): Ctrl-C only
            return await work()
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(_first_signal, signals, received, tasks.cancel_scope)
            try:
                outcome.append(await work())
            except Exception as exc:  # raised below, outside the task group (not in a group)
                error.append(exc)
            tasks.cancel_scope.cancel()
    if received:
        raise interrupted(received[0])
    if error:
        raise error[0]
    return outcome[0]


def _restore(handlers: dict[signal.Signals, Any]) -> None:
    for signum, handler in handlers.items():
        if handler is not None:
            signal.signal(signum, handler)


async def _first_signal(
    signals: AsyncIterator[signal.Signals], received: list[int], scope: anyio.CancelScope
) -> None:
    async for signum in signals:
        received.append(int(signum))
        scope.cancel()
        return
