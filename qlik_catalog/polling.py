"""Waiting on Qlik's asynchronous work (profiles, reports): poll with backoff, bounded."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from qlik_catalog.clock import Clock
from qlik_catalog.errors import JobTimeoutError, QlikValueError

T = TypeVar("T")


def check_wait(
    timeout: float,
    interval: float,
    max_interval: float | None = None,
    *,
    factor: float = 1.0,
    what: str,
) -> None:
    """Refuse bounds :func:`poll` cannot wait with (checked before a job is started, so that a
    bad one starts nothing)."""
    if timeout < 0 or interval <= 0 or factor < 1 or (max_interval or interval) <= 0:
        raise QlikValueError(
            f"{what}: timeout must be >= 0, poll intervals > 0 and backoff factor >= 1"
        )


async def poll(
    fetch: Callable[[], Awaitable[T]],
    finished: Callable[[T], bool],
    *,
    clock: Clock,
    timeout: float,
    interval: float,
    max_interval: float | None = None,
    factor: float = 1.0,
    what: str,
    url: str,
) -> T:
    """Call ``fetch`` until ``finished(result)``; between calls wait ``interval`` seconds,
    growing by ``factor`` up to ``max_interval``. Past ``timeout`` seconds raise
    the job's own :class:`JobTimeoutError` (every poll was answered:
    it is not a connection timeout); ``timeout=0`` returns the first result whatever it is."""
    check_wait(timeout, interval, max_interval, factor=factor, what=what)
    ceiling = max_interval if max_interval is not None else interval
    deadline = clock.now() + timeout
    delay = interval
    while True:
        result = await fetch()
        if finished(result) or timeout == 0:
            return result
        remaining = deadline - clock.now()
        if remaining <= 0:
            raise JobTimeoutError(what, timeout=timeout, url=url, last=result)
        await clock.sleep(min(delay, remaining))
        delay = min(ceiling, delay * factor)
