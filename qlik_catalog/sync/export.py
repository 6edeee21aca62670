"""Exporting a tenant's whole catalog into a :class:`Snapshot`, concurrently, in the fewest
calls the API allows.

Data assets and data sets come from the nested routes with ``*`` (one listing each for the
whole tenant, never one per parent), at the largest page size, through the client's pager:
after the first page of a page-numbered listing, the remaining pages are fetched concurrently
(at most the client's ``concurrency`` at once per listing). Each page is committed to the
snapshot as it arrives, so an interrupted export resumes where it stopped.

Data products come from ``GET /api/data-governance/data-products`` when the tenant serves it;
that route is named only in the docs' overview, so on a 404 or 405 the export lists the
``dataproduct`` items instead and gets each product concurrently. The log (logger
``qlik_catalog``) and :attr:`ExportSummary.data_products_source` say which way was used.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import aclosing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import httpx

from qlik_catalog import _endpoints as ep
from qlik_catalog._endpoints import Endpoint
from qlik_catalog.batch import BatchResult, run_batch
from qlik_catalog.errors import NotFoundError, QlikStatusError, QlikValueError, unreadable_answer
from qlik_catalog.pagination import Page, Pager, first_error
from qlik_catalog.resources.data_products import ListingSource, is_missing_list, log_listing_source
from qlik_catalog.sync.snapshot import KINDS, Doc, Snapshot

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog

PAGE_SIZE = 100  # the catalog APIs' maximum
Progress = Callable[[str, int, int | None], None]  # (kind, items so far, total if known)

# How to ask for one page of each page-numbered kind. Sorting by creation time keeps earlier
# pages stable while objects are added, which is what resuming relies on.
_PAGED: dict[str, Callable[..., Endpoint[Any]]] = {
    "data_stores": lambda **kw: ep.get_data_stores(**kw),
    "data_assets": lambda **kw: ep.get_data_store_data_assets("*", **kw),
    "data_sets": lambda **kw: ep.get_data_store_data_asset_data_sets("*", "*", **kw),
    "data_products": lambda **kw: ep.get_data_products(**kw),
}


@dataclass
class ExportSummary:
    """What an export did: objects per kind, changed (an incremental export: objects new or
    different from the snapshot's copy) and deletions found, API calls and time taken, and
    how data products were listed (``"list"``: the products list; ``"items"``: the tenant
    lacks it, so the items API and a get per product)."""

    counts: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    calls: int = 0
    seconds: float = 0.0
    incremental: bool = False
    resumed: bool = False
    data_products_source: ListingSource | None = None

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form (for ``--json``)."""
        return {
            "counts": self.counts,
            "changed": self.changed,
            "deleted": self.deleted,
            "calls": self.calls,
            "seconds": round(self.seconds, 3),
            "incremental": self.incremental,
            "resumed": self.resumed,
            "data_products_source": self.data_products_source,
        }


def _now() -> str:
    return datetime.now(UTC).isoformat()


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _doc_page(response: httpx.Response) -> Page[Doc]:
    """One answer of a listing as a page of JSON objects (stored verbatim in the snapshot)."""
    try:
        body = response.json()
    except ValueError as exc:
        raise unreadable_answer(response, "with a list that is not JSON") from exc
    if not isinstance(body, dict):
        body = {"data": None}
    items = body.get("data", [])
    if not isinstance(items, list) or not all(
        isinstance(item, dict) and isinstance(item.get("id"), str) for item in items
    ):
        raise unreadable_answer(response, "with a list that is not an array of objects with ids")
    links = body.get("links")
    next_link = links.get("next") if isinstance(links, dict) else None
    href = next_link.get("href") if isinstance(next_link, dict) else None
    pages = body.get("pages")
    return Page(
        items,
        body.get("total"),
        href if isinstance(href, str) and href else None,
        raw=body,
        pages=pages if type(pages) is int else None,
    )


class _Export:
    """One export's state: the client, the snapshot, the summary and the progress callback.
    Listings go through the client's pager (numbered ones with their pages fetched
    concurrently, bounded by the client's ``concurrency``)."""

    def __init__(self, qlik: QlikCatalog, snapshot: Snapshot, progress: Progress | None) -> None:
        self.qlik = qlik
        self.snapshot = snapshot
        self.progress = progress
        self.summary = ExportSummary()

    def listing(self, endpoint: Endpoint[Any]) -> Pager[Doc]:
        """The pager of a listing, its pages read as JSON objects."""
        return self.qlik.pager(endpoint, read=_doc_page)

    async def get_object(self, endpoint: Endpoint[Any]) -> Doc:
        """One object (not a list): a JSON object with an id."""
        response = await self.qlik.send(endpoint)
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or not isinstance(body.get("id"), str):
            raise unreadable_answer(response, "with something that is not an object with an id")
        return body

    def report(self, kind: str, items: int, total: int | None) -> None:
        if self.progress is not None:
            self.progress(kind, items, total)

    async def paged(
        self,
        kind: str,
        *,
        store: Callable[[list[Doc], int | None], None],
        resume: bool,
        **query: Any,
    ) -> int:
        """Fetch every page of ``kind`` (pages after the first concurrently; with ``resume``,
        not those already stored); ``store`` gets each page's objects. Returns the number of
        objects fetched."""
        seen = 0

        def on_page(page: Page[Doc]) -> None:
            nonlocal seen
            store(page.items, page.number)  # None: a linked page, never skipped on resume
            seen += len(page.items)
            self.report(kind, seen, page.total)

        pager = self.listing(_PAGED[kind](limit=PAGE_SIZE, page=1, **query))
        done = self.snapshot.done_pages(kind) if resume else set()
        await pager.each_page(on_page, concurrency=self.qlik.concurrency, skip=done)
        return seen

    async def cursor(self, kind: str, endpoint: Endpoint[Any]) -> list[Doc]:
        """Every object of a cursor-paged listing, following its next links."""
        docs: list[Doc] = []
        async for page in self.listing(endpoint).pages():
            docs.extend(page.items)
            self.report(kind, len(docs), None)
        return docs

    async def spaces(self) -> list[Doc]:
        """Every space, following the cursor links."""
        return await self.cursor("spaces", ep.get_spaces(limit=PAGE_SIZE))

    async def data_products(
        self, *, store: Callable[[list[Doc], int | None], None], resume: bool, sort: str
    ) -> None:
        """Every data product, through the products list or, when the tenant answers it 404
        or 405, through the ``dataproduct`` items and a concurrent get of each product."""
        arrived = False

        def stored(docs: list[Doc], page: int | None) -> None:
            nonlocal arrived
            arrived = True
            store(docs, page)

        try:
            await self.paged("data_products", store=stored, resume=resume, sort=sort)
        except QlikStatusError as exc:
            # Only the first page's error can say the route is missing: a later page failing
            # is an error like any other.
            if arrived or not is_missing_list(exc):
                raise
            self.found_products_source("items", exc.status)
            store(await self.products_of_items(), None)
        else:
            self.found_products_source("list")

    def found_products_source(self, source: ListingSource, status: int | None = None) -> None:
        self.summary.data_products_source = source
        log_listing_source(source, status)

    async def products_of_items(self) -> list[Doc]:
        """The products named by the ``dataproduct`` items, got concurrently; one deleted
        between the two listings is left out."""
        items = await self.cursor(
            "data_products", ep.get_items(resource_type="dataproduct", limit=PAGE_SIZE)
        )
        ids = list(
            dict.fromkeys(
                item["resourceId"] for item in items if isinstance(item.get("resourceId"), str)
            )
        )

        async def one(product_id: str) -> Doc:
            doc = await self.get_object(ep.get_data_product(product_id))
            self.report("data_products", len(got.succeeded) + 1, len(ids))
            return doc

        got: BatchResult[str, Doc] = BatchResult()
        got = await run_batch(ids, one, concurrency=self.qlik.concurrency) if ids else got
        for error in got.failed.values():
            if not isinstance(error, NotFoundError):
                raise error
        return [got.succeeded[i] for i in ids if i in got.succeeded]


async def export_catalog(
    qlik: QlikCatalog,
    out: str | Path,
    *,
    incremental: bool = False,
    jsonl: str | Path | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Export spaces, data stores, data assets, data sets (with schemas) and data products
    into the SQLite snapshot ``out``.

    A full export replaces the snapshot's content, unless the previous full export into ``out``
    was interrupted: then it resumes, skipping the pages already stored. ``incremental=True``
    needs a complete snapshot; it fetches only objects modified since it (and the id lists, to
    record deletions). ``jsonl``: also write the snapshot as JSON Lines.

    Example::

        summary = await export_catalog(qlik, "catalog.db")
        print(summary.counts, summary.calls)
    """
    try:
        return await _export(qlik, out, incremental=incremental, jsonl=jsonl, progress=progress)
    except BaseExceptionGroup as group:
        raise first_error(group) from group


async def _export(
    qlik: QlikCatalog,
    out: str | Path,
    *,
    incremental: bool,
    jsonl: str | Path | None,
    progress: Progress | None,
) -> ExportSummary:
    started = time.monotonic()
    with Snapshot(out) as snapshot, qlik.record_responses() as calls:
        job = _Export(qlik, snapshot, progress)
        summary = job.summary
        status = snapshot.get_meta("status")
        if incremental:
            if status != "complete":
                raise QlikValueError(
                    f"{out} holds no complete export to update; run a full export first"
                )
            summary.incremental = True
            try:
                await _incremental(job)
            finally:
                summary.calls = len(calls)
        else:
            summary.resumed = status == "running" and snapshot.get_meta("mode") == "full"
            if not summary.resumed:
                snapshot.reset()
            snapshot.set_meta(status="running", mode="full", started_at=_now())
            try:
                await _full(job, resume=summary.resumed)
            finally:
                summary.calls = len(calls)
        for kind in KINDS:
            summary.counts[kind] = snapshot.count(kind)
        snapshot.clear_progress()
        snapshot.set_meta(status="complete", exported_at=_now(), tenant=qlik.base_url)
        if jsonl is not None:
            snapshot.write_jsonl(jsonl)
    summary.seconds = time.monotonic() - started
    return summary


async def _full(job: _Export, *, resume: bool) -> None:
    snapshot = job.snapshot

    def storer(kind: str) -> Callable[[list[Doc], int | None], None]:
        return lambda docs, page: snapshot.put_page(kind, docs, page=page)

    async def kind_task(kind: str, sort: str) -> None:
        await job.paged(kind, store=storer(kind), resume=resume, sort=sort)

    async def products_task() -> None:
        await job.data_products(store=storer("data_products"), resume=resume, sort="createdAt")

    async def spaces_task() -> None:
        snapshot.put_page("spaces", await job.spaces())

    async with anyio.create_task_group() as tg:
        for kind, sort in (
            ("data_stores", "createdTime"),
            ("data_assets", "createdTime"),
            ("data_sets", "createdTime"),
        ):
            tg.start_soon(kind_task, kind, sort)
        tg.start_soon(products_task)
        tg.start_soon(spaces_task)


async def _incremental(job: _Export) -> None:
    snapshot = job.snapshot
    summary = job.summary
    seen_at = _now()

    async def catalog_kind(kind: str) -> None:
        table = KINDS[kind]
        watermark = _when(snapshot.newest_modified(kind))
        # 1. Every current id (ids only: a small answer) to find deletions.
        current: set[str] = set()

        def collect(docs: list[Doc], page: int | None) -> None:
            current.update(str(d["id"]) for d in docs)

        await job.paged(kind, store=collect, resume=False, sort="createdTime", projections="id")
        gone = snapshot.ids(kind) - current
        snapshot.delete(kind, gone, seen_at=seen_at)
        summary.deleted[kind] = len(gone)
        # 2. Newest first, until older than the snapshot: what was created or changed. The
        # watermark's own second is read again (inclusive), since an object can be modified in
        # the same second as the newest one exported; what comes back unchanged is not counted.
        changed = 0
        newest_first = _PAGED[kind](limit=PAGE_SIZE, sort=f"-{table.modified_field}")
        async with aclosing(job.listing(newest_first).pages()) as pages:
            async for page in pages:
                fresh = [
                    d
                    for d in page.items
                    if watermark is None
                    or (_when(d.get(table.modified_field)) or watermark) >= watermark
                ]
                differing = snapshot.differing(kind, fresh)
                snapshot.put_page(kind, differing)
                changed += len(differing)
                if len(fresh) < len(page.items):
                    break
        summary.changed[kind] = changed

    async def replace_all(kind: str, docs: list[Doc]) -> None:
        ids = {str(d["id"]) for d in docs}
        gone = snapshot.ids(kind) - ids
        snapshot.delete(kind, gone, seen_at=seen_at)
        differing = snapshot.differing(kind, docs)  # every one is read again; few changed
        snapshot.put_page(kind, differing)
        summary.deleted[kind] = len(gone)
        summary.changed[kind] = len(differing)

    async def products() -> None:
        # The products list takes no projections; products are few, so they are re-read.
        docs: list[Doc] = []
        await job.data_products(
            store=lambda page_docs, _: docs.extend(page_docs), resume=False, sort="createdAt"
        )
        await replace_all("data_products", docs)

    async def spaces() -> None:
        await replace_all("spaces", await job.spaces())

    async with anyio.create_task_group() as tg:
        for kind in ("data_stores", "data_assets", "data_sets"):
            tg.start_soon(catalog_kind, kind)
        tg.start_soon(products)
        tg.start_soon(spaces)
