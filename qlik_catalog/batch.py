"""Concurrent calls with one outcome per item.

Every ``*_many`` method returns a :class:`BatchResult`: each key ends up in ``succeeded`` (with
its value) or ``failed`` (with its exception), never both, never neither. One failure never
cancels or hides the others::

    result = await qlik.data_sets.delete_many(ids)
    if not result.ok:
        for data_set_id, error in result.failed.items():
            print(data_set_id, error)

Qlik's batch deletes are all or nothing: one id that does not exist and the whole request is
refused with 404, nothing deleted. :func:`delete_in_chunks` then halves the refused chunk until
it has found the missing ids, so they fail with a :class:`NotFoundError` of their own and the
others are deleted.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import anyio

from qlik_catalog.errors import BatchError, NotFoundError, QlikValueError

__all__ = [
    "BatchError",
    "BatchResult",
    "chunked",
    "delete_in_chunks",
    "read_in_chunks",
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


ReadChunk = Callable[[list[str]], Awaitable[Mapping[str, V]]]


async def read_in_chunks(
    ids: Sequence[str],
    read: ReadChunk[V],
    *,
    chunk_size: int,
    concurrency: int,
) -> BatchResult[str, V | None]:
    """Read ``ids`` with ``read(chunk)`` (one request of a filter route that takes a list of
    ids), ``chunk_size`` ids per request, at most ``concurrency`` chunks at once; every id gets
    its own outcome, in the caller's order.

    ``read`` answers with what it found, by id: an id of the chunk it does not hold succeeds
    with None (Qlik leaves out what it has no result for), an id it holds but was not asked
    for is ignored. A failed request fails every id of its chunk with that error (a filter
    refuses a request as a whole).
    """
    chunks = chunked(list(ids), chunk_size)
    found: dict[str, V] = {}
    errors: dict[str, Exception] = {}

    async def one(index: int) -> None:
        chunk = list(chunks[index])
        try:
            answer = await read(chunk)
        except Exception as exc:  # every failure is an outcome, never a crash of the batch
            errors.update(dict.fromkeys(chunk, exc))
            return
        found.update((item, answer[item]) for item in chunk if item in answer)

    await run_batch(range(len(chunks)), one, concurrency=concurrency)
    result: BatchResult[str, V | None] = BatchResult()
    for item in ids:
        if item in errors:
            result.failed[item] = errors[item]
        else:
            result.succeeded[item] = found.get(item)
    return result


DeleteChunk = Callable[[list[str]], Awaitable[None]]
# id -> None (deleted) or the exception it failed with
_Outcomes = dict[str, Exception | None]


async def delete_in_chunks(
    ids: Sequence[str],
    delete: DeleteChunk,
    *,
    chunk_size: int,
    concurrency: int,
) -> BatchResult[str, None]:
    """Delete ``ids`` with ``delete(chunk)`` (one request of a batch route), ``chunk_size`` ids
    per request, at most ``concurrency`` chunks at once; every id gets its own outcome.

    A chunk refused with 404 holds at least one id that does not exist (Qlik deletes none of
    it). It is split in halves, each tried in turn, down to the missing ids: each fails with
    the :class:`NotFoundError` of its own one-id request and every other id is deleted, for
    O(k log n) requests when k of a chunk's n ids are missing. Any other failure fails the
    whole (sub-)chunk it answered, as it did before the split. An id given twice is sent once
    (a second delete of it would be a 404 for an id that was deleted).
    """
    ids = list(dict.fromkeys(ids))
    chunks = chunked(ids, chunk_size)
    outcomes: _Outcomes = {}

    async def one(index: int) -> None:
        await _settle(chunks[index], delete, outcomes, refused=False)

    await run_batch(range(len(chunks)), one, concurrency=concurrency)
    result: BatchResult[str, None] = BatchResult()
    for item in ids:  # in the caller's order, whatever order the chunks finished in
        error = outcomes[item]
        if error is None:
            result.succeeded[item] = None
        else:
            result.failed[item] = error
    return result


async def _settle(
    chunk: Sequence[str], delete: DeleteChunk, outcomes: _Outcomes, *, refused: bool
) -> bool:
    """Give every id of ``chunk`` its outcome; True when one of them does not exist.
    ``refused``: the chunk is known to be refused with 404, so it is split without asking."""
    if not refused or len(chunk) == 1:  # a single id is always asked: its own answer
        refusal = await _try(chunk, delete, outcomes)
        if refusal is None:
            return False
        if len(chunk) == 1:
            outcomes[chunk[0]] = refusal
            return True
    half = len(chunk) // 2
    missing_in_first = await _settle(chunk[:half], delete, outcomes, refused=False)
    # When the first half holds no missing id, the second must (the whole was refused): it
    # is split at once rather than asked whole for a 404 already known. If that guess is
    # wrong, its parts are still each asked, so no id's outcome is guessed.
    missing_in_second = await _settle(chunk[half:], delete, outcomes, refused=not missing_in_first)
    return missing_in_first or missing_in_second


async def _try(chunk: Sequence[str], delete: DeleteChunk, outcomes: _Outcomes) -> Exception | None:
    """Send one batch delete: the 404 refusing it (no outcome recorded yet), or None once every
    id of the chunk has its outcome."""
    try:
        await delete(list(chunk))
    except NotFoundError as exc:
        return exc
    except Exception as exc:  # every failure is an outcome, never a crash of the batch
        # Only a 404 is split: it is the one refusal about some of the ids (they do not
        # exist), final for those ids. A 403 (the user's rights), a 5xx or 429 (the tenant,
        # already retried by the transport) would refuse the halves alike, so splitting would
        # multiply requests against a refusing or struggling tenant; a 409 (a store that still
        # holds data assets) is the caller's to resolve. The chunk's ids fail with it.
        for item in chunk:
            outcomes[item] = exc
        return None
    for item in chunk:
        outcomes[item] = None
    return None
