"""Time, as the limiter and the retry loop see it: real by default, replaceable in tests."""

from __future__ import annotations

import time
from typing import Protocol

import anyio


class Clock(Protocol):
    """A monotonic clock in seconds, and a way to wait on it."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock: ``time.monotonic`` and ``anyio.sleep``."""

    def now(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await anyio.sleep(max(0.0, seconds))


class FakeClock:
    """A clock that never really waits: ``sleep`` moves time forward at once.

    Every wait is recorded in :attr:`sleeps`, so tests can assert what would have been waited
    (e.g. a ``Retry-After: 2``) without waiting for it.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        seconds = max(0.0, seconds)
        self.sleeps.append(seconds)
        self._now += seconds
        await anyio.lowlevel.checkpoint()
