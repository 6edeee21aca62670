"""Concurrent calls with one outcome per item.

Every ``*_many`` method returns a :class:`BatchResult`: each key ends up in ``succeeded`` (with
its value) or ``failed`` (with its exception), never both, never neither. One failure never
cancels or hides the others::

    result = await qlik.data_sets.delete_many(ids)
    if not result.ok:
        for data_set_id, error in result.failed.items():
            print(data_set_id, error)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import anyio

from qlik_catalog.errors import BatchError, QlikValueError

__all__ = [
    "BatchError",
    "BatchResult",
    "chunked",
    "run_batch",
    "unique_ids",
]  # BatchError: errors.py

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass
class BatchResult(Generic[K, V]):
    """The outcome of every item of a batch, keyed by the item (an id, usually)."""

    succeeded: dict[K, V] = field(default_factory=dict)
    failed: dict[K, Exception] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when every item succeeded."""
        return not self.failed

    def __len__(self) -> int:
        return len(self.succeeded) + len(self.failed)

    def raise_for_failures(self) -> None:
        """Raise :class:`BatchError` if any item failed."""
        if self.failed:
            raise BatchError(self.failed)


def unique_ids(ids: Iterable[str], *, what: str) -> list[str]:
    """``ids`` as a list, refusing an empty list, duplicates and ids that cannot be sent."""
    if isinstance(ids, str):
        raise QlikValueError(f"{what}: expected a list of ids, got the string {ids!r}")
    out = list(ids)
    if not out:
        raise QlikValueError(f"{what}: the id list is empty")
    seen: set[str] = set()
    for item in out:
        if not isinstance(item, str) or not item.strip():
            raise QlikValueError(f"{what}: every id must be a non-empty string, got {item!r}")
        if "," in item or "/" in item or item != item.strip():
            raise QlikValueError(
                f"{what}: id {item!r} contains a comma, slash or surrounding white space"
            )
        if item in seen:
            raise QlikValueError(f"{what}: id {item!r} appears twice")
        seen.add(item)
    return out


def chunked(items: Sequence[K], size: int) -> list[Sequence[K]]:
    """``items`` in slices of at most ``size``."""
    if size < 1:
        raise QlikValueError(f"chunk size must be >= 1, not {size}")
    return [items[i : i + size] for i in range(0, len(items), size)]


async def run_batch(
    keys: Sequence[K],
    call: Callable[[K], Awaitable[V]],
    *,
    concurrency: int,
) -> BatchResult[K, V]:
    """Run ``call(key)`` for every key, at most ``concurrency`` at once, and collect each
    outcome. Cancellation of the whole batch still propagates."""
    if concurrency < 1:
        raise QlikValueError(f"concurrency must be >= 1, not {concurrency}")
    result: BatchResult[K, V] = BatchResult()
    limiter = anyio.CapacityLimiter(concurrency)

    async def one(key: K) -> None:
        async with limiter:
            try:
                result.succeeded[key] = await call(key)
            except Exception as exc:  # every failure is an outcome, never a crash of the batch
                result.failed[key] = exc

    async with anyio.create_task_group() as tg:
        for key in keys:
            tg.start_soon(one, key)
    return result
