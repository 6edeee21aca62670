"""The operations data stores, data assets and data sets have in common.

Each of the three APIs has create (POST), get, patch (JSON Patch), replace (PUT) and a batch
delete with an ``{"ids": [...]}`` body; one generic resource implements them once, configured
by an :class:`EntityOps` table of the adapter's endpoint builders. ``get_many`` also reads
the kind's tenant-wide listing when that takes fewer calls than one GET per id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, Unpack, cast

import httpx

from qlik_catalog._endpoints import Endpoint
from qlik_catalog.batch import BatchResult, delete_in_chunks, unique_ids
from qlik_catalog.errors import QlikError, QlikValueError
from qlik_catalog.pagination import Page, Pager, page_from_model
from qlik_catalog.patch import PatchOps, validate_patch, value_or_unset
from qlik_catalog.resources.base import (
    DELETE_CHUNK,
    CallOptions,
    Resource,
    as_body,
    check_id,
    check_options,
    following,
)
from qlik_catalog.spec import join_fields

M = TypeVar("M")
Req = TypeVar("Req")

# The largest page the catalog listings give (their ``limit`` is 1..100).
LIST_PAGE_SIZE = 100
# get_many of at most this many ids sends one GET per id without looking at the listing: its
# first page costs a call of its own, which a handful of GETs does not earn back unless the
# tenant is tiny (up to this many GETs: the first page can then waste at most 1 call in 4).
DIRECT_GETS_UP_TO = 3
# The listing's own query parameters: extra_params naming one cannot be sent with it.
_LISTING_PARAMS = frozenset({"limit", "page", "projections"})


@dataclass(frozen=True)
class EntityOps:
    """The models and endpoint builders of one catalog entity."""

    name: str  # "data store", for messages
    schema: str  # the response schema, e.g. "DataStore"
    model: type[Any]
    request_model: type[Any]
    ids_model: type[Any]  # the {"ids": [...]} body of the batch delete
    create: Callable[..., Endpoint[Any]]
    get: Callable[..., Endpoint[Any]]
    patch: Callable[..., Endpoint[Any]]
    update: Callable[..., Endpoint[Any]]
    delete: Callable[..., Endpoint[Any]]
    # The tenant-wide listing of this kind, called as ``list_all(limit=, projections=)``
    # (e.g. the nested ``*`` route of data sets); None: get_many sends one GET per id.
    list_all: Callable[..., Endpoint[Any]] | None = None


class CatalogEntityResource(Resource, Generic[M, Req]):
    """create / get / patch / replace / delete / delete_many / get_many / patch_many."""

    ops: EntityOps

    async def create(self, body: Req | Mapping[str, Any], **options: Unpack[CallOptions]) -> M:
        """Create one; ``body`` is the request model or a dict of the API's JSON."""
        ops = self.ops
        model = as_body(body, ops.request_model, what=f"create {ops.name}")
        result: M = await self._qlik.call(ops.create(body=model), **options)
        return result

    async def get(
        self,
        id: str,
        *,
        projections: Iterable[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> M:
        """Get one by id; ``projections`` limits the fields returned."""
        ops = self.ops
        endpoint = ops.get(
            check_id(id, what=f"get {ops.name}"),
            projections=value_or_unset(join_fields(projections, ops.schema, what="projections")),
        )
        result: M = await self._qlik.call(endpoint, **options)
        return result

    async def patch(
        self, id: str, operations: PatchOps, **options: Unpack[CallOptions]
    ) -> M | None:
        """Apply a JSON Patch (RFC 6902). Returns the updated resource, or None when Qlik
        answers 204 without one.

        Example: ``await qlik.data_sets.patch(id, [replace("/name", "Orders")])``
        """
        ops = self.ops
        endpoint = ops.patch(
            check_id(id, what=f"patch {ops.name}"), body=validate_patch(operations)
        )
        response = await self._qlik.send(endpoint, **options)
        if response.status_code == 204:
            return None
        result: M = self._qlik.parse(endpoint, response)
        return result

    async def replace(
        self, id: str, body: Req | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> M:
        """Replace one entirely (PUT)."""
        ops = self.ops
        model = as_body(body, ops.request_model, what=f"replace {ops.name}")
        endpoint = ops.update(check_id(id, what=f"replace {ops.name}"), body=model)
        result: M = await self._qlik.call(endpoint, **options)
        return result

    async def delete_many(
        self,
        ids: Iterable[str],
        *,
        chunk_size: int = DELETE_CHUNK,
        concurrency: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchResult[str, None]:
        """Delete by id through the batch endpoint, ``chunk_size`` ids per request, chunks in
        parallel. Every id gets its own outcome: Qlik refuses a whole request with 404 when one
        of its ids does not exist, so a refused chunk is split to find the missing ids (each
        fails with its own :class:`NotFoundError`) and the rest are deleted. Any other error
        (403, 409, 5xx) fails every id of the request it answered."""
        ops = self.ops
        id_list = unique_ids(ids, what=f"delete {ops.name}s")
        check_options(options)

        async def delete_chunk(chunk: list[str]) -> None:
            await self._qlik.send(ops.delete(body=ops.ids_model(ids=chunk)), **options)

        return await delete_in_chunks(
            id_list,
            delete_chunk,
            chunk_size=chunk_size,
            concurrency=concurrency or self._qlik.concurrency,
        )

    async def delete(self, id: str, **options: Unpack[CallOptions]) -> None:
        """Delete one (through the batch endpoint). A missing id raises the answer's own typed
        error (:class:`NotFoundError`), as every other ``delete`` does."""
        ops = self.ops
        item = check_id(id, what=f"delete {ops.name}")
        await self._qlik.send(ops.delete(body=ops.ids_model(ids=[item])), **options)

    async def get_many(
        self,
        ids: Iterable[str],
        *,
        projections: Iterable[str] | None = None,
        concurrency: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchResult[str, M]:
        """Get several by id; each id ends in ``succeeded`` (its model) or ``failed`` (its
        error), in the order given.

        The calls are as few as this can tell: for more than a few ids, the kind's tenant-wide
        listing (``EntityOps.list_all``) is read at 100 per page, its first page first. Its
        ``total`` says how many pages there are: when the ids it did not show would take more
        GETs than the pages left, the rest of the listing is read (pages concurrently, at most
        ``concurrency`` at once), else those ids are asked one GET each. 1,000 data sets of a
        1,000-set tenant take 10 calls, not 1,000; 3 ids of it take 3 GETs. A listing with no
        ``total`` is not read past its first page.

        Every id the listing did not show is asked with its own GET, so a missing id fails
        with the :class:`NotFoundError` of its own request (Qlik's ``traceId`` included), never
        an error made up from its absence, and an id hidden by a page shift (objects deleted
        while the pages were read) is still found.

        A listing page that fails (403, 5xx after the transport's retries, an unreadable
        answer) does not fail any id: the ids it has not shown yet are asked with GETs. The
        listing's error says nothing certain about any one id (a listing may be refused where
        a GET is allowed, one page may fail where another did not), and a GET per id is what
        this method always did, so the worst case is the old one plus the failed page.

        ``projections``: the fields to return. ``"id"`` is added when missing, for the listing
        and the GETs alike: the listing's items are picked by it, and every result then has
        the same fields whichever call answered it. The per-call options apply to every
        request (``extra_params`` naming ``limit``, ``page`` or ``projections``, which the
        listing sets itself, make it use GETs only).
        """
        ops = self.ops
        id_list = unique_ids(ids, what=f"get {ops.name}s")
        fields = _with_id(projections)
        joined = join_fields(fields, ops.schema, what="projections")  # fail before any call
        check_options(options)
        workers = self._qlik.concurrency if concurrency is None else concurrency
        if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
            raise QlikValueError(f"concurrency must be an int >= 1, not {workers!r}")

        async def one(item: str) -> M:
            return await self.get(item, projections=fields, **options)

        found: dict[str, M] = {}
        if (
            ops.list_all is not None
            and len(id_list) > DIRECT_GETS_UP_TO
            and self._listable(options)
        ):
            endpoint = ops.list_all(limit=LIST_PAGE_SIZE, projections=value_or_unset(joined))
            await self._pick_from_listing(endpoint, id_list, found, workers, options)
        rest = [item for item in id_list if item not in found]
        asked = await self._many(rest, one, workers) if rest else BatchResult[str, M]()
        result: BatchResult[str, M] = BatchResult()
        for item in id_list:  # the caller's order, whichever call answered
            if item in found:
                result.succeeded[item] = found[item]
            elif item in asked.succeeded:
                result.succeeded[item] = asked.succeeded[item]
            else:
                result.failed[item] = asked.failed[item]
        return result

    @staticmethod
    def _listable(options: CallOptions) -> bool:
        """Whether the listing can carry the caller's options: not when ``extra_params``
        names a parameter the listing sets itself (sending it would be refused as a clash)."""
        return not set(options.get("extra_params") or {}) & _LISTING_PARAMS

    async def _pick_from_listing(
        self,
        endpoint: Endpoint[Any],
        id_list: list[str],
        found: dict[str, M],
        concurrency: int,
        options: CallOptions,
    ) -> None:
        """Put into ``found`` the wanted ids the listing shows, reading past its first page
        only when that takes fewer calls than a GET per id still wanted. A failing page ends
        the reading (what was found stays); the caller GETs the rest."""
        wanted = set(id_list)
        model = self.ops.model

        def read(response: httpx.Response) -> Page[Any]:
            return page_from_model(self._qlik.parse(endpoint, response))

        def pick(page: Page[Any]) -> None:
            for entity in page.items:
                item = getattr(entity, "id", None)
                if isinstance(item, str) and item in wanted and isinstance(entity, model):
                    found[item] = cast(M, entity)

        try:
            first = read(await self._qlik.send(endpoint, **options))
            pick(first)
            if not self._worth_reading_on(first, len(wanted) - len(found)):
                return

            # The pager's own paging (numbered pages concurrently, bounded; link checks; page
            # counts checked against the total), started from the page already read.
            async def again() -> Page[Any]:
                return first

            async def follow(url: str) -> Page[Any]:
                return read(await self._qlik.send(endpoint.follow(url), **following(options)))

            async def numbered(number: int) -> Page[Any]:
                return read(await self._qlik.send(endpoint.at_page(number), **options))

            rest = Pager(again, follow, base_url=self._qlik.base_url, numbered=numbered)
            await rest.each_page(pick, concurrency=concurrency)
        except QlikError:  # see get_many: the ids not shown yet are asked one by one
            return

    @staticmethod
    def _worth_reading_on(first: Page[Any], still_wanted: int) -> bool:
        """Whether the pages after ``first`` cost fewer calls than ``still_wanted`` GETs
        (a tie goes to the GETs: each id then has an answer of its own)."""
        if still_wanted == 0 or first.next_url is None or not first.items:
            return False
        total = first.total
        if type(total) is not int:
            return False  # no count: the listing's length, so its cost, is unknown
        pages_left = -(-total // len(first.items)) - 1
        return still_wanted > pages_left

    async def patch_many(
        self,
        patches: Mapping[str, PatchOps],
        *,
        concurrency: int | None = None,
        **options: Unpack[CallOptions],
    ) -> BatchResult[str, M | None]:
        """Apply a JSON Patch to each id (``{id: operations}``), concurrently."""
        id_list = unique_ids(list(patches), what=f"patch {self.ops.name}s")
        for operations in patches.values():
            validate_patch(operations)  # every patch is checked before the first is sent
        check_options(options)

        async def one(item: str) -> M | None:
            return await self.patch(item, patches[item], **options)

        return await self._many(id_list, one, concurrency)


def _with_id(projections: Iterable[str] | None) -> list[str] | None:
    """``projections`` with ``"id"`` added when missing (None stays None: every field)."""
    if projections is None:
        return None
    fields = [projections] if isinstance(projections, str) else list(projections)
    if fields and "id" not in fields:
        fields.append("id")
    return fields
