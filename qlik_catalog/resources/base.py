"""What the catalog resources share: bodies from dicts or models, ids, batches.

Every public method of a resource takes the per-call options of
:class:`~qlik_catalog._base_client.CallOptions` as keyword-only arguments (``timeout``,
``retry``, ``extra_params``, ``extra_headers``) and passes them to the base client.
"""

from __future__ import annotations

from collections.abc import (
    Awaitable,
    Callable,
    Collection,
    Hashable,
    Iterable,
    Mapping,
    Sequence,
)
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from qlik_catalog._base_client import (
    CallOptions,
    WaitOptions,
    check_options,
    following,
    merge_params,
)
from qlik_catalog.batch import BatchResult, chunked, run_batch, unique_ids
from qlik_catalog.errors import QlikValueError

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog

M = TypeVar("M")
K = TypeVar("K", bound=Hashable)
R = TypeVar("R", bound="_FromDict")
C = TypeVar("C", bound=str)

# How many ids one batch DELETE carries. The docs give no limit; 100 keeps a body small and
# matches the largest page. (Assumption.)
DELETE_CHUNK = 100
# How many comma-joined ids one path segment carries: a URL must stay well under the 8 KiB
# that proxies commonly accept (100 ids of 24 characters is 2.5 KB). (Assumption.)
MAX_PATH_IDS = 100


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls: type[R], src_dict: Mapping[str, Any]) -> R: ...


def as_body(body: Any, model: type[R], *, what: str) -> R:
    """``body`` as the generated request model: the model itself, or a dict of the API's JSON."""
    if isinstance(body, model):
        return body
    if isinstance(body, Mapping):
        try:
            return model.from_dict(dict(body))
        except KeyError as exc:
            raise QlikValueError(f"{what}: required field {exc.args[0]!r} is missing") from exc
        except (TypeError, ValueError, AttributeError) as exc:
            raise QlikValueError(f"{what}: the body does not fit {model.__name__}: {exc}") from exc
    raise QlikValueError(
        f"{what}: expected a {model.__name__} or a dict, got {type(body).__name__}"
    )


def check_id(value: str, *, what: str) -> str:
    """A single resource id that can be put in a path."""
    if not isinstance(value, str) or not value.strip():
        raise QlikValueError(f"{what}: the id is empty")
    if "/" in value or "," in value or value != value.strip():
        raise QlikValueError(
            f"{what}: id {value!r} contains a slash, comma or surrounding white space"
        )
    return value


def join_ids(ids: str | Iterable[str], *, what: str) -> str:
    """A comma-joined id path segment: ``"*"`` for all, or the given ids."""
    if ids == "*":
        return "*"
    if isinstance(ids, str):
        return check_id(ids, what=what)
    id_list = unique_ids(ids, what=what)
    if len(id_list) > MAX_PATH_IDS:
        raise QlikValueError(
            f"{what}: {len(id_list)} ids in one request, at most {MAX_PATH_IDS}; "
            "use '*' or split the list"
        )
    return ",".join(id_list)


def check_choice(value: str, choices: Collection[C], *, what: str) -> C:
    """``value`` if it is one of ``choices`` (an enum of the spec), else a clear error."""
    for choice in choices:
        if value == choice:
            return choice
    raise QlikValueError(f"{what} {value!r} is not one of: {', '.join(sorted(choices))}")


__all__ = [
    "DELETE_CHUNK",
    "MAX_PATH_IDS",
    "CallOptions",
    "Resource",
    "WaitOptions",
    "as_body",
    "check_choice",
    "check_id",
    "check_options",
    "following",
    "join_ids",
    "merge_params",
]


class Resource:
    """A group of operations on one Qlik API, bound to a client."""

    def __init__(self, qlik: QlikCatalog) -> None:
        self._qlik = qlik

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._qlik.base_url!r})"

    async def _many(
        self,
        keys: Sequence[K],
        call: Callable[[K], Awaitable[M]],
        concurrency: int | None,
    ) -> BatchResult[K, M]:
        return await run_batch(keys, call, concurrency=concurrency or self._qlik.concurrency)

    async def _delete_in_chunks(
        self,
        ids: Iterable[str],
        delete_chunk: Callable[[list[str]], Awaitable[None]],
        *,
        what: str,
        chunk_size: int,
        concurrency: int | None,
    ) -> BatchResult[str, None]:
        """Delete ids through a batch endpoint, ``chunk_size`` per request; every id gets the
        outcome of its chunk."""
        chunks = [list(c) for c in chunked(unique_ids(ids, what=what), chunk_size)]

        async def one(index: int) -> None:
            await delete_chunk(chunks[index])

        outcome = await self._many(range(len(chunks)), one, concurrency)
        result: BatchResult[str, None] = BatchResult()
        for index, chunk in enumerate(chunks):
            for item in chunk:
                if index in outcome.failed:
                    result.failed[item] = outcome.failed[index]
                else:
                    result.succeeded[item] = None
        return result
