"""Exporting a tenant's whole catalog into a :class:`Snapshot`, concurrently, in the fewest
calls the API allows.

Data assets and data sets come from the nested routes with ``*`` (one listing each for the
whole tenant, never one per parent), at the largest page size, through the client's pager:
after the first page of a page-numbered listing, the remaining pages are fetched concurrently
(at most the client's ``concurrency`` at once per listing). Each page is committed as it
arrives, so an interrupted export resumes where it stopped.

Converging on a tenant that changes under the export:

- A full export writes ``<out>.partial`` beside ``out`` and replaces ``out`` with it
  (:func:`os.replace`, atomic) only when it completes; a failed one leaves the last good
  snapshot untouched, and removes its partial file when it stored nothing.
- The snapshot records its tenant (the normalised URL and the objects' ``tenantId``); a resume
  or an incremental from another tenant is refused (:class:`QlikValueError`).
- A resume lists the ids (and modification times) again and reconciles: what was deleted
  meanwhile is dropped, what was created or edited meanwhile is got by id.
- A numbered listing whose pages disagree on the total, whose ids do not add up to it, or
  that shows an object created since it began (objects deleted while it was read shift the
  pages, hiding live ones; a create alongside keeps the count) is reconciled the same way; an
  incremental asks for an object missing from such a listing rather than recording it
  deleted, and after its newest-first listing gets whatever the id listing dates otherwise
  than the snapshot holds (a delete meanwhile shifts a changed object past that listing).
- The incremental watermark is the previous export's start less :data:`SKEW_MARGIN`, set only
  when an export completes: an interrupted incremental reads its edits again next time, and
  an edit made during an export after its page was stored is read by the next incremental.

Data products come from ``GET /api/data-governance/data-products`` when the tenant serves it;
that route is named only in the docs' overview, so on a 404 or 405 the export lists the
``dataproduct`` items instead and gets each product concurrently. The log (logger
``qlik_catalog``) and :attr:`ExportSummary.data_products_source` say which way was used.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Collection
from contextlib import aclosing, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import httpx

from qlik_catalog import _endpoints as ep
from qlik_catalog._endpoints import Endpoint
from qlik_catalog._json import loads, read_listing
from qlik_catalog.batch import BatchResult, run_batch
from qlik_catalog.errors import NotFoundError, QlikStatusError, QlikValueError, unreadable_answer
from qlik_catalog.pagination import Page, Pager, first_error
from qlik_catalog.resources.data_products import ListingSource, is_missing_list, log_listing_source
from qlik_catalog.sync.export_slice import refuse_incremental_slice, slice_snapshot
from qlik_catalog.sync.quality import export_quality
from qlik_catalog.sync.scope import Scope
from qlik_catalog.sync.snapshot import KINDS, Doc, Kind, Row, Snapshot

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog

PAGE_SIZE = 100  # the catalog APIs' maximum
Progress = Callable[[str, int, int | None], None]  # (kind, items so far, total if known)
Store = Callable[[list[Row], int | None], None]  # (a page's rows, its number or None)

# How to ask for one page of each page-numbered kind. Sorting by creation time keeps earlier
# pages stable while objects are added, which is what resuming relies on.
_PAGED: dict[str, Callable[..., Endpoint[Any]]] = {
    "data_stores": lambda **kw: ep.get_data_stores(**kw),
    "data_assets": lambda **kw: ep.get_data_store_data_assets("*", **kw),
    "data_sets": lambda **kw: ep.get_data_store_data_asset_data_sets("*", "*", **kw),
    "data_products": lambda **kw: ep.get_data_products(**kw),
}
# How to get one object of each catalog kind by id (what a reconciliation fetches; data
# products are few and re-listed whole instead).
_GET: dict[str, Callable[[str], Endpoint[Any]]] = {
    "data_stores": lambda i: ep.get_data_store(i),
    "data_assets": lambda i: ep.get_data_asset(i),
    "data_sets": lambda i: ep.get_data_set(i),
}

# The incremental watermark is the previous export's start time less this margin. Qlik stamps
# modification times with its own clock, which may run behind ours (and an object modified
# just before the export started may be committed, and listed, only after its page was read):
# five minutes covers clocks far worse than NTP keeps them, and costs only re-reading what
# changed in those minutes (objects read again unchanged are not counted as changed).
SKEW_MARGIN = timedelta(minutes=5)
# How many times a numbered listing of ids is read while it keeps changing under the read.
LIST_ATTEMPTS = 3


def _ignore(rows: list[Row], page: int | None) -> None:
    """A page handler that stores nothing (a listing read only for its ids)."""


def partial_path(out: Path) -> Path:
    """Where a full export into ``out`` is written until it completes (beside ``out``, so that
    :func:`os.replace` puts it in place atomically)."""
    return out.with_name(out.name + ".partial")


def other_tenant(snapshot: Snapshot, here: str) -> QlikValueError:
    """The refusal to mix ``snapshot``'s tenant with another one (``here``)."""
    url = snapshot.get_meta("tenant") or "an unknown tenant"
    tenant_id = snapshot.get_meta("tenant_id")
    recorded = f"{url} (tenant id {tenant_id})" if tenant_id else url
    return QlikValueError(
        f"{snapshot.path} holds an export of {recorded}, not of {here}: refusing to mix two "
        f"tenants; export into another file, or delete {snapshot.path} to start again"
    )


@dataclass
class ExportSummary:
    """What an export did: objects per kind, changed (an incremental export: objects new or
    different from the snapshot's copy) and deletions found, API calls and time taken, and
    how data products were listed (``"list"``: the products list; ``"items"``: the tenant
    lacks it, so the items API and a get per product), and with quality, how many data sets
    have a quality result and a trust score."""

    counts: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    calls: int = 0
    seconds: float = 0.0
    incremental: bool = False
    resumed: bool = False
    data_products_source: ListingSource | None = None
    # With quality (--with-quality): per figure table, how many data sets have a figure.
    quality: dict[str, int] | None = None
    # A slice (--space, --store, --kind): the scope the snapshot was cut to.
    scope: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form (for ``--json``)."""
        return {
            **({} if self.quality is None else {"quality": self.quality}),
            **({} if self.scope is None else {"scope": self.scope}),
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
        body = loads(response.content)
    except (ValueError, RecursionError) as exc:  # not JSON, or nested too deep to decode
        raise unreadable_answer(response, "with a list that is not JSON") from exc
    if not isinstance(body, dict):
        body = {"data": None}
    items = body.get("data", [])
    if not isinstance(items, list) or not all(
        isinstance(item, dict) and isinstance(item.get("id"), str) for item in items
    ):
        raise unreadable_answer(response, "with a list that is not an array of objects with ids")
    pages = body.get("pages")
    return Page(
        items,
        body.get("total"),
        _next_href(body.get("links")),
        raw=body,
        pages=pages if type(pages) is int else None,
    )


def _next_href(links: Any) -> str | None:
    """A listing's next link, from its ``links`` as sent (None unless a non-empty string)."""
    next_link = links.get("next") if isinstance(links, dict) else None
    href = next_link.get("href") if isinstance(next_link, dict) else None
    return href if isinstance(href, str) and href else None


def _first_tenant(docs: list[Doc]) -> str | None:
    """The first ``tenantId`` of ``docs`` that is a string (and not empty)."""
    for doc in docs:
        seen = doc.get("tenantId")
        if isinstance(seen, str) and seen:
            return seen
    return None


def _row_page(response: httpx.Response, table: Kind) -> tuple[Page[Row], str | None]:
    """One answer of a listing as a page of snapshot rows, and the first ``tenantId`` it
    shows. A page of the usual shape is read without building its objects (each row keeps
    the object's JSON as sent; see :func:`read_listing`); any other goes through
    :func:`_doc_page`, which accepts and refuses what it always did."""
    listing = read_listing(response.content)
    if listing is None:
        docs = _doc_page(response)
        rows = [table.row(doc) for doc in docs.items]
        return Page(rows, docs.total, docs.next_url, pages=docs.pages), _first_tenant(docs.items)
    tenant = next((fields.tenantId for fields, _ in listing.objects if fields.tenantId), None)
    pages = listing.pages
    rows = [table.listed_row(fields, text) for fields, text in listing.objects]
    page = Page(
        rows,
        listing.total,
        _next_href(listing.links),
        pages=pages if type(pages) is int else None,
    )
    return page, tenant


@dataclass
class _Listed:
    """What one read of a numbered listing saw: every id (with its last-modified time), every
    ``total`` the pages gave, and whether an object created since the read began (and not
    already known) was among them."""

    modified: dict[str, Any] = field(default_factory=dict)
    totals: set[int | None] = field(default_factory=set)
    created_during: bool = False

    @property
    def steady(self) -> bool:
        """Whether the listing did not change while it was read: every page gave the same
        total, the ids add up to it, and no object was created meanwhile. Deletes shift the
        pages of a numbered listing, so an unsteady read may have missed live items; a delete
        and a create together keep the total and the count, but the create shows (sorted by
        creation time, it comes last). (A tenant that sends no total gives no evidence either
        way.)"""
        if len(self.totals) > 1 or self.created_during:
            return False
        total = next(iter(self.totals), None)
        return total is None or total == len(self.modified)


class _Export:
    """One export's state: the client, the snapshot, the summary and the progress callback.
    Listings go through the client's pager (numbered ones with their pages fetched
    concurrently, bounded by the client's ``concurrency``)."""

    def __init__(self, qlik: QlikCatalog, snapshot: Snapshot, progress: Progress | None) -> None:
        self.qlik = qlik
        self.snapshot = snapshot
        self.progress = progress
        self.summary = ExportSummary()
        # The tenant id the snapshot was recorded from (resume, incremental), checked against
        # every object's tenantId before it is stored.
        self.tenant_id = snapshot.get_meta("tenant_id")

    def check_tenant(self, docs: list[Doc]) -> None:
        """Refuse objects of another tenant than the snapshot's; record the tenant id the
        first time one is seen."""
        self.check_tenant_id(_first_tenant(docs))

    def check_tenant_id(self, seen: str | None) -> None:
        """Refuse the tenant id ``seen`` (None: none shown) if it is not the snapshot's;
        record it if it is the first one seen."""
        if seen is None:
            return
        if self.tenant_id is None:
            self.tenant_id = seen
            self.snapshot.set_meta(tenant_id=seen)
        elif seen != self.tenant_id:
            raise other_tenant(self.snapshot, f"{self.qlik.base_url} (tenant id {seen})")

    def listing(self, endpoint: Endpoint[Any]) -> Pager[Doc]:
        """The pager of a listing, its pages read as JSON objects."""
        return self.qlik.pager(endpoint, read=_doc_page)

    def row_listing(self, kind: str, endpoint: Endpoint[Any]) -> Pager[Row]:
        """The pager of a listing of ``kind``, its pages read as snapshot rows, each page's
        tenant checked as it is read."""
        table = KINDS[kind]

        def read(response: httpx.Response) -> Page[Row]:
            page, tenant = _row_page(response, table)
            self.check_tenant_id(tenant)
            return page

        return self.qlik.pager(endpoint, read=read)

    async def get_object(self, endpoint: Endpoint[Any]) -> Doc:
        """One object (not a list): a JSON object with an id."""
        response = await self.qlik.send(endpoint)
        try:
            body = loads(response.content)
        except (ValueError, RecursionError):  # not JSON, or nested too deep to decode
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
        store: Store,
        resume: bool,
        known: Collection[str] = (),
        **query: Any,
    ) -> _Listed:
        """Fetch every page of ``kind`` (pages after the first concurrently; with ``resume``,
        not those already stored); ``store`` gets each page's rows (of this tenant).
        Returns what the read saw; an object stamped as created since the read began (less
        :data:`SKEW_MARGIN`, Qlik's clock not being ours) and not in ``known`` makes it
        unsteady."""
        listed = _Listed()
        since = datetime.now(UTC) - SKEW_MARGIN

        def on_page(page: Page[Row]) -> None:
            store(page.items, page.number)  # None: a linked page, never skipped on resume
            listed.totals.add(page.total if type(page.total) is int else None)
            for row in page.items:
                listed.modified[row.id] = row.modified
                created = _when(row.created)
                if created is not None and created >= since and row.id not in known:
                    listed.created_during = True
            self.report(kind, len(listed.modified), page.total)

        pager = self.row_listing(kind, _PAGED[kind](limit=PAGE_SIZE, page=1, **query))
        done = self.snapshot.done_pages(kind) if resume else set()
        await pager.each_page(on_page, concurrency=self.qlik.concurrency, skip=done)
        return listed

    async def live(self, kind: str, known: Collection[str]) -> tuple[dict[str, Any], bool]:
        """id -> last-modified time of every ``kind`` object the tenant lists now (ids and
        times only: a small answer), and whether a read was steady. Read again (up to
        :data:`LIST_ATTEMPTS` times) while the listing changes under it; the ids of every read
        are kept, since a shifted page hides items but never invents them. ``known``: ids seen
        before (an object among them is not taken for one created during the first read; each
        later read is checked against the read before it)."""
        table = KINDS[kind]
        fields = f"id,tenantId,{table.created_field},{table.modified_field}"
        seen: dict[str, Any] = {}
        for _ in range(LIST_ATTEMPTS):
            listed = await self.paged(
                kind,
                store=_ignore,
                resume=False,
                known=known,
                sort="createdTime",
                projections=fields,
            )
            seen.update(listed.modified)
            if listed.steady:
                return listed.modified, True
            known = set(listed.modified)
        return seen, False

    async def get_each(self, kind: str, ids: list[str]) -> tuple[list[Doc], set[str]]:
        """The objects ``ids`` of ``kind``, got concurrently, and the ids the tenant no
        longer has (404)."""

        async def one(object_id: str) -> Doc:
            return await self.get_object(_GET[kind](object_id))

        got: BatchResult[str, Doc] = BatchResult()
        got = await run_batch(ids, one, concurrency=self.qlik.concurrency) if ids else got
        for error in got.failed.values():
            if not isinstance(error, NotFoundError):
                raise error
        docs = [got.succeeded[i] for i in ids if i in got.succeeded]
        self.check_tenant(docs)
        return docs, set(got.failed)

    async def reconcile(self, kind: str) -> None:
        """Make the stored ``kind`` objects equal the tenant's: list the ids (and times)
        again, drop what is gone, get what is missing or was modified since it was stored."""
        stored = self.snapshot.modified_times(kind)
        live, steady = await self.live(kind, known=stored.keys())
        gone = set(stored) - set(live)
        if not steady:
            # Not even a re-read was steady: a stored object absent from the reads may still
            # exist, so it is asked for rather than dropped.
            found, gone = await self.get_each(kind, sorted(gone))
            self.snapshot.put_page(kind, found)
        self.snapshot.drop(kind, gone)
        wanted = [i for i, when in live.items() if i not in stored or stored[i] != when]
        docs, vanished = await self.get_each(kind, wanted)
        self.snapshot.put_page(kind, docs)
        self.snapshot.drop(kind, vanished)

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

    async def data_products(self, *, store: Store, resume: bool, sort: str) -> _Listed | None:
        """Every data product, through the products list or, when the tenant answers it 404
        or 405, through the ``dataproduct`` items and a concurrent get of each product.
        Returns what the products list saw (None: the items were used, a cursor listing that
        deletes cannot shift)."""
        arrived = False

        def stored(rows: list[Row], page: int | None) -> None:
            nonlocal arrived
            arrived = True
            store(rows, page)

        try:
            listed = await self.paged("data_products", store=stored, resume=resume, sort=sort)
        except QlikStatusError as exc:
            # Only the first page's error can say the route is missing: a later page failing
            # is an error like any other.
            if arrived or not is_missing_list(exc):
                raise
            self.found_products_source("items", exc.status)
            docs = await self.products_of_items()
            self.check_tenant(docs)
            store([KINDS["data_products"].row(doc) for doc in docs], None)
            return None
        self.found_products_source("list")
        return listed

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
    with_quality: bool = False,
    scope: Scope | None = None,
) -> ExportSummary:
    """Export spaces, data stores, data assets, data sets (with schemas) and data products
    into the SQLite snapshot ``out``; with ``with_quality``, also every data set's quality
    results and trust score (tables ``data_quality`` and ``trust_scores``, see
    :mod:`qlik_catalog.sync.quality`). With ``scope``, the snapshot keeps only that slice
    (a full export only; see :mod:`qlik_catalog.sync.export_slice`).

    A full export writes ``<out>.partial`` and replaces ``out`` with it once complete; when
    the previous full export into ``out`` was interrupted, it resumes from that partial file
    (skipping the pages already stored, then reconciling them with the tenant's ids).
    ``incremental=True`` needs a complete snapshot of the same tenant; it fetches only objects
    modified since the previous export started (less :data:`SKEW_MARGIN`), and the id lists,
    to record deletions. ``jsonl``: also write the snapshot as JSON Lines.

    Example::

        summary = await export_catalog(qlik, "catalog.db")
        print(summary.counts, summary.calls)
    """
    try:
        return await _export(
            qlik,
            out,
            incremental=incremental,
            jsonl=jsonl,
            progress=progress,
            with_quality=with_quality,
            scope=None if scope is None or scope.is_everything else scope,
        )
    except BaseExceptionGroup as group:
        raise first_error(group) from group


async def _export(
    qlik: QlikCatalog,
    out: str | Path,
    *,
    incremental: bool,
    jsonl: str | Path | None,
    progress: Progress | None,
    with_quality: bool,
    scope: Scope | None,
) -> ExportSummary:
    started = time.monotonic()
    path = Path(out)
    if incremental:
        summary = await _incremental_into(qlik, path, progress, with_quality, scope)
    else:
        summary = await _full_into(qlik, path, progress, with_quality, scope)
    if jsonl is not None:
        with Snapshot(path) as snapshot:
            snapshot.write_jsonl(jsonl)
    summary.seconds = time.monotonic() - started
    return summary


def _floor_ms(moment: datetime) -> datetime:
    """``moment`` to Qlik's precision (milliseconds), rounded down so that an object stamped
    in the watermark's millisecond is read again rather than missed."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _close_partial(snapshot: Snapshot, *, keep: bool) -> None:
    """Close the partial file of a failed full export; remove it (and SQLite's side files)
    unless it holds something to resume from."""
    snapshot.close()
    if keep:
        return
    work = snapshot.path
    for leftover in (work, work.with_name(work.name + "-wal"), work.with_name(work.name + "-shm")):
        with suppress(FileNotFoundError):
            leftover.unlink()


def _is_file(path: Path) -> bool:
    return path.is_file()


def _exists(path: Path) -> bool:
    return path.exists()


def _check_url(snapshot: Snapshot, qlik: QlikCatalog) -> None:
    """Refuse a snapshot recorded from another tenant URL (the tenant id is checked as
    objects arrive)."""
    recorded = snapshot.get_meta("tenant")
    if recorded is not None and recorded != qlik.base_url:
        raise other_tenant(snapshot, qlik.base_url)


async def _add_quality(job: _Export, with_quality: bool) -> None:
    """With quality, read every data set's figures into the snapshot; in any case drop the
    figures of data sets the snapshot no longer holds."""
    if with_quality:
        job.summary.quality = await export_quality(job.qlik, job.snapshot, job.progress)
        job.snapshot.set_meta(quality_at=_now())
    job.snapshot.drop_figures_of_gone_data_sets()


def _complete(job: _Export, begun: datetime) -> None:
    """Mark the snapshot complete, with the watermark the next incremental starts from."""
    snapshot = job.snapshot
    for kind in KINDS:
        job.summary.counts[kind] = snapshot.count(kind)
    snapshot.clear_progress()
    snapshot.set_meta(
        status="complete",
        exported_at=_now(),
        tenant=job.qlik.base_url,
        watermark=_floor_ms(begun - SKEW_MARGIN).isoformat(),
    )


async def _incremental_into(
    qlik: QlikCatalog,
    path: Path,
    progress: Progress | None,
    with_quality: bool,
    scope: Scope | None,
) -> ExportSummary:
    """An incremental export, in place: the watermark moves only once it completes, so an
    interrupted one leaves it where it was and its edits are read again next time."""
    begun = datetime.now(UTC)
    if not _is_file(path):
        raise QlikValueError(f"{path} holds no complete export to update; run a full export first")
    with Snapshot(path) as snapshot, qlik.record_responses() as calls:
        if snapshot.get_meta("status") != "complete":
            raise QlikValueError(
                f"{path} holds no complete export to update; run a full export first"
            )
        _check_url(snapshot, qlik)
        refuse_incremental_slice(snapshot, scope)
        job = _Export(qlik, snapshot, progress)
        job.summary.incremental = True
        try:
            with snapshot.write_behind():
                await _incremental(job)
                await _add_quality(job, with_quality)
        finally:
            job.summary.calls = len(calls)
        _complete(job, begun)
    return job.summary


async def _full_into(
    qlik: QlikCatalog,
    path: Path,
    progress: Progress | None,
    with_quality: bool,
    scope: Scope | None,
) -> ExportSummary:
    """A full export, written to :func:`partial_path` and put in place of ``path`` only when
    it completes: a failed one leaves the last good snapshot as it was (and, when it stored
    nothing, no file behind)."""
    begun = datetime.now(UTC)
    work = partial_path(path)
    if _exists(path):
        # Refused before any call: an --out naming some other file is never replaced.
        if not _is_file(path):
            raise QlikValueError(f"snapshot {path}: not a file")
        Snapshot(path).close()
    snapshot = Snapshot(work)
    try:
        with qlik.record_responses() as calls:
            job = _Export(qlik, snapshot, progress)
            try:
                with snapshot.write_behind():
                    await _full_run(job)
                if scope is not None:
                    job.summary.scope = slice_snapshot(snapshot, scope)
                await _add_quality(job, with_quality)
            finally:
                job.summary.calls = len(calls)
            _complete(job, begun)
    except BaseException:
        _close_partial(snapshot, keep=not snapshot.is_empty())
        raise
    snapshot.close()
    os.replace(work, path)
    return job.summary


async def _full_run(job: _Export) -> None:
    """Resume the interrupted full export held by the partial file, or start a new one."""
    snapshot = job.snapshot
    resumed = snapshot.get_meta("status") == "running" and snapshot.get_meta("mode") == "full"
    if resumed:
        _check_url(snapshot, job.qlik)
    else:
        snapshot.reset()
        snapshot.set_meta(status="running", mode="full", tenant=job.qlik.base_url)
        job.tenant_id = None
    snapshot.set_meta(started_at=_now())
    job.summary.resumed = resumed
    await _full(job, resume=resumed)


async def _full(job: _Export, *, resume: bool) -> None:
    snapshot = job.snapshot

    def storer(kind: str) -> Store:
        return lambda rows, page: snapshot.put_rows(kind, rows, page=page)

    async def kind_task(kind: str, sort: str) -> None:
        listed = await job.paged(kind, store=storer(kind), resume=resume, sort=sort)
        # What was stored before an interruption may have been deleted or edited since, and
        # pages read while objects are deleted shift and hide live ones: check against the
        # tenant's ids then.
        if resume or not listed.steady:
            await job.reconcile(kind)

    async def products_task() -> None:
        listed = await job.data_products(
            store=storer("data_products"), resume=resume, sort="createdAt"
        )
        if resume or (listed is not None and not listed.steady):
            # The products list takes no projections; products are few, so all are re-read.
            docs: list[Doc] = []
            await job.data_products(
                store=lambda rows, _: docs.extend(row.doc() for row in rows),
                resume=False,
                sort="createdAt",
            )
            live = {str(d["id"]) for d in docs}
            snapshot.drop("data_products", snapshot.ids("data_products") - live)
            snapshot.put_page("data_products", docs)

    async def spaces_task() -> None:
        docs = await job.spaces()
        job.check_tenant(docs)
        snapshot.drop("spaces", snapshot.ids("spaces") - {str(d["id"]) for d in docs})
        snapshot.put_page("spaces", docs)

    async with anyio.create_task_group() as tg:
        for kind, sort in (
            ("data_stores", "createdTime"),
            ("data_assets", "createdTime"),
            ("data_sets", "createdTime"),
        ):
            tg.start_soon(kind_task, kind, sort)
        tg.start_soon(products_task)
        tg.start_soon(spaces_task)


def _watermark(snapshot: Snapshot, kind: str) -> datetime | None:
    """Where the incremental reading of ``kind`` stops: the previous export's start less
    :data:`SKEW_MARGIN` (or, in a snapshot from before it was recorded, the newest
    modification time stored)."""
    return _when(snapshot.get_meta("watermark")) or _when(snapshot.newest_modified(kind))


async def _incremental(job: _Export) -> None:
    snapshot = job.snapshot
    summary = job.summary
    seen_at = _now()

    async def catalog_kind(kind: str) -> None:
        table = KINDS[kind]
        watermark = _watermark(snapshot, kind)
        # 1. Every current id (ids and times only: a small answer) to find deletions; an id
        # missing from a listing that changed while it was read is asked for, not assumed gone.
        current, steady = await job.live(kind, known=snapshot.ids(kind))
        gone = snapshot.ids(kind) - set(current)
        if not steady:
            found, gone = await job.get_each(kind, sorted(gone))
            snapshot.put_page(kind, snapshot.differing(kind, found))
        snapshot.delete(kind, gone, seen_at=seen_at)
        summary.deleted[kind] = len(gone)
        # 2. Newest first, until older than the watermark: what was created or changed. The
        # watermark itself is read again (inclusive); what comes back unchanged is not counted.
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
                job.check_tenant(fresh)
                differing = snapshot.differing(kind, fresh)
                snapshot.put_page(kind, differing)
                changed += len(differing)
                if len(fresh) < len(page.items):
                    break
        # 3. A delete while that listing was read shifts a changed object onto a page already
        # read, and the watermark moves past it: get whatever the id listing dated otherwise
        # than the snapshot now holds (nothing, when the listing held still).
        stored = snapshot.modified_times(kind)
        missed = [i for i, when in current.items() if i not in stored or stored[i] != when]
        docs, vanished = await job.get_each(kind, missed)
        differing = snapshot.differing(kind, docs)
        snapshot.put_page(kind, differing)
        changed += len(differing)
        vanished &= stored.keys()  # deleted since the id listing (else: never stored)
        snapshot.delete(kind, vanished, seen_at=seen_at)
        summary.deleted[kind] += len(vanished)
        summary.changed[kind] = changed

    async def replace_all(kind: str, docs: list[Doc]) -> None:
        job.check_tenant(docs)
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
            store=lambda rows, _: docs.extend(row.doc() for row in rows),
            resume=False,
            sort="createdAt",
        )
        await replace_all("data_products", docs)

    async def spaces() -> None:
        await replace_all("spaces", await job.spaces())

    async with anyio.create_task_group() as tg:
        for kind in ("data_stores", "data_assets", "data_sets"):
            tg.start_soon(catalog_kind, kind)
        tg.start_soon(products)
        tg.start_soon(spaces)
