"""Progress on stderr: a bar per step (items/s, ETA), and a line while Qlik's rate limit makes
the client wait.

On a terminal the bars are live and the pause line counts down under them. Written to a file
or a pipe, rich shows the bars once, when they are done, so a pause is also noted as one line
when it starts: a log says why a run stood still.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager

import anyio
from rich.console import Console, RenderableType
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from qlik_catalog.client import QlikCatalog
from qlik_catalog.ratelimit import describe_key

POLL_SECONDS = 0.25  # how often the pause line is brought up to date


def pause_line(pauses: dict[str, float]) -> str | None:
    """What the progress line says while ``pauses`` (budget key -> seconds left) last: the
    longest, e.g. ``waiting 118 s: Qlik's Tier 2 rate limit``; None when nothing waits."""
    if not pauses:
        return None
    key, seconds = max(pauses.items(), key=lambda item: item[1])
    return f"waiting {seconds:.0f} s: Qlik's {describe_key(key)} rate limit"


class _Progress(Progress):
    """rich's Progress with one more line under the bars: the pause, while there is one."""

    status: str | None = None

    def get_renderables(self) -> Iterable[RenderableType]:
        """The bars, then the pause line."""
        yield from super().get_renderables()
        if self.status:
            yield Text(self.status, style="yellow")


class Bars:
    """Progress bars keyed by name, on ``console`` (stderr); each :meth:`shown` block shows
    its own set (an export's, then an apply's)."""

    def __init__(self, console: Console) -> None:
        self._console = console
        self._progress: _Progress | None = None
        self._tasks: dict[str, TaskID] = {}
        self._started = time.monotonic()
        self._status: str | None = None

    @contextmanager
    def shown(self) -> Iterator[Bars]:
        """Show the bars of what runs in the block."""
        progress = _Progress(
            TextColumn("{task.description:<14}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self._console,
            # stdout carries results only: never let the live display take it over.
            redirect_stdout=False,
            redirect_stderr=False,
        )
        progress.status = self._status
        self._progress, self._tasks, self._started = progress, {}, time.monotonic()
        try:
            with progress:
                yield self
        finally:
            self._progress = None

    def update(self, name: str, done: int, total: int | None) -> None:
        """Move bar ``name`` to ``done`` of ``total`` (the ``progress`` callback of an export
        or a plan)."""
        progress = self._progress
        if progress is None:
            return
        if name not in self._tasks:
            self._tasks[name] = progress.add_task(name, total=total, rate="")
        elapsed = max(time.monotonic() - self._started, 1e-3)
        progress.update(
            self._tasks[name], completed=done, total=total, rate=f"{done / elapsed:,.0f} items/s"
        )

    def apply_callback(self) -> Callable[[int, int], None]:
        """The ``progress`` argument of an apply."""
        return lambda done, total: self.update("apply", done, total)

    def show_pause(self, line: str | None) -> None:
        """Show ``line`` under the bars (None: no pause). Off a terminal, or while no bar is
        shown, a pause that starts is written once as a line of its own."""
        live = self._progress is not None and self._console.is_terminal
        if line and not self._status and not live:
            self._console.print(line, markup=False)
        self._status = line
        if self._progress is not None:
            self._progress.status = line

    @asynccontextmanager
    async def watching(self, *clients: QlikCatalog) -> AsyncIterator[None]:
        """While the block runs, show the rate-limit pauses of ``clients``."""
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(self._watch, clients)
            try:
                yield
            finally:
                tasks.cancel_scope.cancel()

    async def _watch(self, clients: tuple[QlikCatalog, ...]) -> None:
        while True:
            pauses: dict[str, float] = {}
            for client in clients:
                for key, seconds in client.rate_limit_pauses.items():
                    pauses[key] = max(seconds, pauses.get(key, 0.0))
            line = pause_line(pauses)
            if line != self._status:
                self.show_pause(line)
            await anyio.sleep(POLL_SECONDS)
