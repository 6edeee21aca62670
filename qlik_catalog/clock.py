"""Time, as the limiter and the retry loop see it: real by default, replaceable in tests."""

from __future__ import annotations

import time
from typing import Protocol

import anyio


class Clock(Protocol):
    """A monotonic clock in seconds, and a way to wait on it."""

    def now(self) -> float:
        """The current time, in seconds (monotonic)."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds``."""
        ...


class SystemClock:
    """The real clock: ``time.monotonic`` and ``anyio.sleep``."""

    def now(self) -> float:
        """``time.monotonic()``."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        """``anyio.sleep(seconds)`` (never negative)."""
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
        """The fake time: the start plus every sleep so far."""
        return self._now

    async def sleep(self, seconds: float) -> None:
        """Record the wait and move time forward by it, without waiting."""
        seconds = max(0.0, seconds)
        self.sleeps.append(seconds)
        self._now += seconds
        await anyio.lowlevel.checkpoint()
