"""Crawling a tenant's whole catalog into a :class:`Snapshot`, concurrently, in the fewest
calls the API allows.

Data assets and data sets come from the nested routes with ``*`` (one listing each for the
whole tenant, never one per parent), at the largest page size. After the first page of a
page-numbered listing, the remaining pages are fetched concurrently. Each page is committed to
the snapshot as it arrives, so an interrupted export resumes where it stopped.

Data products come from ``GET /api/data-governance/data-products`` when the tenant serves it;
that route is named only in the docs' overview, so on a 404 or 405 the export lists the
``dataproduct`` items instead and gets each product concurrently. The log (logger
``qlik_catalog``) and :attr:`ExportSummary.data_products_source` say which way was used.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
from qlik_catalog_api.api.data_products import get_data_product, get_data_products
from qlik_catalog_api.api.data_stores import (
    get_data_store_data_asset_data_sets,
    get_data_store_data_assets,
    get_data_stores,
)
from qlik_catalog_api.api.items import get_items
from qlik_catalog_api.api.spaces import get_spaces

from qlik_catalog.errors import NotFoundError, QlikResponseError, QlikStatusError, QlikValueError
from qlik_catalog.pagination import LoopGuard, check_link
from qlik_catalog.resources.data_products import ListingSource, is_missing_list, log_listing_source
from qlik_catalog.sync.snapshot import KINDS, Doc, Snapshot

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog

PAGE_SIZE = 100  # the catalog APIs' maximum
Progress = Callable[[str, int, int | None], None]  # (kind, items so far, total if known)

# How to ask for one page of each page-numbered kind. Sorting by creation time keeps earlier
# pages stable while objects are added, which is what resuming relies on.
_PAGED: dict[str, Callable[..., dict[str, Any]]] = {
    "data_stores": lambda **kw: get_data_stores._get_kwargs(**kw),
    "data_assets": lambda **kw: get_data_store_data_assets._get_kwargs("*", **kw),
    "data_sets": lambda **kw: get_data_store_data_asset_data_sets._get_kwargs("*", "*", **kw),
    "data_products": lambda **kw: get_data_products._get_kwargs(**kw),
}
_HAS_PROJECTIONS = {"data_stores", "data_assets", "data_sets"}


@dataclass
class ExportSummary:
    """What an export did: objects per kind, deletions found, API calls and time taken, and
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


class _Crawler:
    def __init__(self, qlik: QlikCatalog, snapshot: Snapshot, progress: Progress | None) -> None:
        self.qlik = qlik
        self.snapshot = snapshot
        self.progress = progress
        self.summary = ExportSummary()
        self.limiter = anyio.CapacityLimiter(qlik.concurrency)

    async def get(self, kwargs: Mapping[str, Any]) -> Doc:
        async with self.limiter:
            self.summary.calls += 1
            response = await self.qlik.send(kwargs)

        def unreadable(what: str) -> QlikResponseError:
            url = str(response.request.url)
            return QlikResponseError(
                f"{url} answered a list that is {what}",
                status=response.status_code,
                method="GET",
                url=url,
            )

        try:
            body = response.json()
        except ValueError as exc:
            raise unreadable("not JSON") from exc
        if not isinstance(body, dict):
            body = {"data": None}
        items = body.get("data", [])
        if not isinstance(items, list) or not all(
            isinstance(item, dict) and isinstance(item.get("id"), str) for item in items
        ):
            raise unreadable("not an array of objects with ids")
        page: Doc = body
        return page

    async def get_object(self, kwargs: Mapping[str, Any]) -> Doc:
        """One object (not a list): a JSON object with an id."""
        async with self.limiter:
            self.summary.calls += 1
            response = await self.qlik.send(kwargs)
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or not isinstance(body.get("id"), str):
            url = str(response.request.url)
            raise QlikResponseError(
                f"{url} answered something that is not an object with an id",
                status=response.status_code,
                method="GET",
                url=url,
            )
        return body

    def report(self, kind: str, items: int, total: int | None) -> None:
        if self.progress is not None:
            self.progress(kind, items, total)

    async def paged(
        self,
        kind: str,
        *,
        store: Callable[[list[Doc], int], None],
        resume: bool,
        **query: Any,
    ) -> int:
        """Fetch every page of ``kind`` (pages after the first concurrently); ``store`` gets
        each page's objects. Returns the number of objects."""
        make = _PAGED[kind]
        first = await self.get(make(limit=PAGE_SIZE, page=1, **query))
        pages = int(first.get("pages") or 1)
        total = first.get("total")
        done = self.snapshot.done_pages(kind) if resume else set()
        seen = len(first["data"])
        store(first["data"], 1)
        self.report(kind, seen, total)

        async def one(page: int) -> None:
            nonlocal seen
            body = await self.get(make(limit=PAGE_SIZE, page=page, **query))
            store(body["data"], page)
            seen += len(body["data"])
            self.report(kind, seen, total)

        async with anyio.create_task_group() as tg:
            for page in range(2, pages + 1):
                if page not in done:
                    tg.start_soon(one, page)
        return seen

    async def spaces(self) -> list[Doc]:
        """Every space, following the cursor links."""
        return await self.cursor("spaces", get_spaces._get_kwargs(limit=PAGE_SIZE))

    async def cursor(self, kind: str, kwargs: Mapping[str, Any]) -> list[Doc]:
        """Every object of a cursor-paged listing, following its next links."""
        docs: list[Doc] = []
        body = await self.get(kwargs)
        followed = LoopGuard()
        while True:
            docs.extend(body["data"])
            self.report(kind, len(docs), None)
            link = ((body.get("links") or {}).get("next") or {}).get("href")
            if not link or not body["data"] or followed.repeated(link):
                return docs
            body = await self.get({"method": "get", "url": check_link(self.qlik.base_url, link)})

    async def data_products(
        self, *, store: Callable[[list[Doc], int | None], None], resume: bool, sort: str
    ) -> None:
        """Every data product, through the products list or, when the tenant answers it 404
        or 405, through the ``dataproduct`` items and a concurrent get of each product."""
        try:
            await self.paged("data_products", store=store, resume=resume, sort=sort)
        except QlikStatusError as exc:
            # Only the first page's error arrives here bare (later pages fail inside a task
            # group), and only that one can say the route is missing.
            if not is_missing_list(exc):
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
            "data_products", get_items._get_kwargs(resource_type="dataproduct", limit=PAGE_SIZE)
        )
        ids = dict.fromkeys(
            item["resourceId"] for item in items if isinstance(item.get("resourceId"), str)
        )
        found: dict[str, Doc] = {}

        async def one(product_id: str) -> None:
            try:
                found[product_id] = await self.get_object(get_data_product._get_kwargs(product_id))
            except NotFoundError:
                return
            self.report("data_products", len(found), len(ids))

        async with anyio.create_task_group() as tg:
            for product_id in ids:
                tg.start_soon(one, product_id)
        return [found[i] for i in ids if i in found]


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


def first_error(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first error of a task group's failure, so that callers get the typed error
    (``QlikConnectionError``, ``NotFoundError``...) rather than a group."""
    leaf: BaseException = group
    while isinstance(leaf, BaseExceptionGroup):
        leaf = leaf.exceptions[0]
    return leaf


async def _export(
    qlik: QlikCatalog,
    out: str | Path,
    *,
    incremental: bool,
    jsonl: str | Path | None,
    progress: Progress | None,
) -> ExportSummary:
    started = time.monotonic()
    with Snapshot(out) as snapshot:
        crawler = _Crawler(qlik, snapshot, progress)
        summary = crawler.summary
        status = snapshot.get_meta("status")
        if incremental:
            if status != "complete":
                raise QlikValueError(
                    f"{out} holds no complete export to update; run a full export first"
                )
            summary.incremental = True
            await _incremental(crawler)
        else:
            summary.resumed = status == "running" and snapshot.get_meta("mode") == "full"
            if not summary.resumed:
                snapshot.reset()
            snapshot.set_meta(status="running", mode="full", started_at=_now())
            await _full(crawler, resume=summary.resumed)
        for kind in KINDS:
            summary.counts[kind] = snapshot.count(kind)
        snapshot.clear_progress()
        snapshot.set_meta(status="complete", exported_at=_now(), tenant=qlik.base_url)
        if jsonl is not None:
            snapshot.write_jsonl(jsonl)
    summary.seconds = time.monotonic() - started
    return summary


async def _full(crawler: _Crawler, *, resume: bool) -> None:
    snapshot = crawler.snapshot

    def storer(kind: str) -> Callable[[list[Doc], int | None], None]:
        return lambda docs, page: snapshot.put_page(kind, docs, page=page)

    async def kind_task(kind: str, sort: str) -> None:
        await crawler.paged(kind, store=storer(kind), resume=resume, sort=sort)

    async def products_task() -> None:
        await crawler.data_products(store=storer("data_products"), resume=resume, sort="createdAt")

    async def spaces_task() -> None:
        snapshot.put_page("spaces", await crawler.spaces())

    async with anyio.create_task_group() as tg:
        for kind, sort in (
            ("data_stores", "createdTime"),
            ("data_assets", "createdTime"),
            ("data_sets", "createdTime"),
        ):
            tg.start_soon(kind_task, kind, sort)
        tg.start_soon(products_task)
        tg.start_soon(spaces_task)


async def _incremental(crawler: _Crawler) -> None:
    snapshot = crawler.snapshot
    summary = crawler.summary
    seen_at = _now()

    async def catalog_kind(kind: str) -> None:
        table = KINDS[kind]
        watermark = _when(snapshot.newest_modified(kind))
        # 1. Every current id (ids only: a small answer) to find deletions.
        current: set[str] = set()

        def collect(docs: list[Doc], page: int) -> None:
            current.update(str(d["id"]) for d in docs)

        await crawler.paged(kind, store=collect, resume=False, sort="createdTime", projections="id")
        gone = snapshot.ids(kind) - current
        snapshot.delete(kind, gone, seen_at=seen_at)
        summary.deleted[kind] = len(gone)
        # 2. Newest first, until older than the snapshot: what was created or changed.
        changed = 0
        page = 1
        while True:
            body = await crawler.get(
                _PAGED[kind](limit=PAGE_SIZE, page=page, sort=f"-{table.modified_field}")
            )
            fresh = [
                d
                for d in body["data"]
                if watermark is None
                or (_when(d.get(table.modified_field)) or watermark) >= watermark
            ]
            snapshot.put_page(kind, fresh)
            changed += len(fresh)
            if len(fresh) < len(body["data"]) or page >= int(body.get("pages") or 1):
                break
            page += 1
        summary.changed[kind] = changed

    async def replace_all(kind: str, docs: list[Doc]) -> None:
        ids = {str(d["id"]) for d in docs}
        gone = snapshot.ids(kind) - ids
        snapshot.delete(kind, gone, seen_at=seen_at)
        snapshot.put_page(kind, docs)
        summary.deleted[kind] = len(gone)
        summary.changed[kind] = len(docs)

    async def products() -> None:
        # The products list takes no projections; products are few, so they are re-read.
        docs: list[Doc] = []
        await crawler.data_products(
            store=lambda page_docs, _: docs.extend(page_docs), resume=False, sort="createdAt"
        )
        await replace_all("data_products", docs)

    async def spaces() -> None:
        await replace_all("spaces", await crawler.spaces())

    async with anyio.create_task_group() as tg:
        for kind in ("data_stores", "data_assets", "data_sets"):
            tg.start_soon(catalog_kind, kind)
        tg.start_soon(products)
        tg.start_soon(spaces)
