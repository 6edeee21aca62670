"""Async page iterators over Qlik's list endpoints.

A :class:`Pager` is what every ``list*`` method returns::

    first = await qlik.data_stores.list()          # one Page: .items, .total, .has_next
    async for store in qlik.data_stores.list():    # every item, page after page
        ...
    async for page in qlik.data_stores.list().pages():
        ...

It follows ``links.next.href`` (page-number or cursor style alike) and stops on a missing next
link, an empty page, a link it has already followed, or ``max_items``; a listing that goes on
past twice the largest ``total`` its pages gave is a :class:`QlikResponseError` (a cursor
that never ends). A numbered listing (its first page says how many pages there are) can also
have its remaining pages fetched concurrently, bounded, with :meth:`Pager.each_page` (what the
catalog export does).

Its memory does not grow with the pages: it remembers the last 1,000 links it followed (a loop
within them stops before any page repeats) plus one checkpoint link for longer loops (Brent's
cycle detection: a loop of any length stops within twice its length). A next link to another
origin, or from https to http, raises :class:`UnsafeLinkError`: following it would send the
credentials elsewhere.
"""

from __future__ import annotations

from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Collection,
    Generator,
)
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import urljoin, urlsplit

import anyio
from qlik_catalog_api.types import Unset

from qlik_catalog._redact import redact_url
from qlik_catalog.errors import QlikResponseError, QlikValueError, UnsafeLinkError

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    """One page of a list: its items, the total when Qlik sends one, and the next link; in a
    numbered listing also its ``number`` and the listing's page count (``pages``)."""

    items: list[T]
    total: int | None = None
    next_url: str | None = None
    raw: Any = field(default=None, repr=False)  # the generated list model (or the JSON)
    number: int | None = None
    pages: int | None = None

    @property
    def has_next(self) -> bool:
        """Whether Qlik gave a link to a further page."""
        return self.next_url is not None


def _attr(obj: Any, name: str) -> Any:
    value = getattr(obj, name, None)
    return None if isinstance(value, Unset) else value


def page_from_model(model: Any) -> Page[Any]:
    """A :class:`Page` from any generated list model (``data`` + ``links`` [+ a count])."""
    items = list(_attr(model, "data") or [])
    links = _attr(model, "links")
    next_link = _attr(links, "next_") if links is not None else None
    next_url = _attr(next_link, "href") if next_link is not None else None
    total = _attr(model, "total")
    if total is None:
        total = _attr(model, "total_results")
    if total is None and (meta := _attr(model, "meta")) is not None:
        total = _attr(meta, "count")
    pages = _attr(model, "pages")
    return Page(
        items=items,
        total=total,
        next_url=next_url or None,
        raw=model,
        pages=pages if isinstance(pages, int) and not isinstance(pages, bool) else None,
    )


def check_link(base_url: str, link: str) -> str:
    """``link`` made absolute against the tenant, refused unless it stays on the tenant's
    origin, same scheme, host and port (:class:`UnsafeLinkError`); a link that is not a URL is
    a :class:`QlikResponseError`."""
    try:
        absolute = urljoin(base_url + "/", link)
        base, target = urlsplit(base_url), urlsplit(absolute)
        where = (target.hostname, target.port)  # .port raises on a port out of range
    except (TypeError, ValueError) as exc:
        raise QlikResponseError(
            f"the listing's next link is not a URL ({exc})",
            status=200,
            method="GET",
            url=redact_url(base_url),
        ) from exc
    if target.scheme != base.scheme:
        raise UnsafeLinkError(
            f"refusing to follow a page link from {base.scheme}:// to {target.scheme}://: "
            f"{redact_url(f'{target.scheme}://{target.netloc}{target.path}')}"
        )
    if where != (base.hostname, base.port):
        raise UnsafeLinkError(
            f"refusing to follow a page link to another origin "
            f"({urlsplit(redact_url(f'{target.scheme}://{target.netloc}')).netloc}); "
            f"the tenant is {base.netloc}"
        )
    return absolute


class LoopGuard:
    """Tells whether a page link was followed before, in bounded memory: the last ``recent``
    links exactly, and a checkpoint moved at doubling intervals for loops longer than that."""

    def __init__(self, recent: int = 1000) -> None:
        self._order: deque[str] = deque()
        self._recent: set[str] = set()
        self._size = recent
        self._checkpoint: str | None = None
        self._power = 1
        self._steps = 0

    def __len__(self) -> int:
        return len(self._recent)

    def repeated(self, url: str) -> bool:
        """True if ``url`` was seen (recently, or as the checkpoint); else remember it."""
        if url in self._recent or url == self._checkpoint:
            return True
        if len(self._order) == self._size:
            self._recent.discard(self._order.popleft())
        self._order.append(url)
        self._recent.add(url)
        self._steps += 1
        if self._steps == self._power:
            self._checkpoint, self._power, self._steps = url, self._power * 2, 0
        return False


class Pager(Generic[T]):
    """Lazily fetches the pages of one listing. Await it for the first page; iterate it for
    every item. Each iteration starts again from the first page.

    ``first`` fetches the first page and ``follow`` the page of a next link; ``numbered``, when
    the listing is page-numbered, fetches page ``n`` directly (for :meth:`each_page`)."""

    def __init__(
        self,
        first: Callable[[], Awaitable[Page[T]]],
        follow: Callable[[str], Awaitable[Page[T]]],
        *,
        base_url: str,
        max_items: int | None = None,
        numbered: Callable[[int], Awaitable[Page[T]]] | None = None,
    ) -> None:
        if max_items is not None and max_items < 0:
            raise QlikValueError(f"max_items must be >= 0, not {max_items}")
        self._first = first
        self._follow = follow
        self._numbered = numbered
        self._base_url = base_url
        self._max_items = max_items

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self._first().__await__()

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page, in order."""
        async for page in self._linked(await self._first()):
            yield page

    async def _linked(self, page: Page[T]) -> AsyncIterator[Page[T]]:
        """``page`` and the pages its next links lead to, in order."""
        followed = LoopGuard()
        seen, most = 0, -1  # items so far; the largest total a page gave (-1: none)
        while True:
            yield page
            if not page.items or page.next_url is None:
                return
            seen += len(page.items)
            if type(page.total) is int:
                most = max(most, page.total)
            # Room for items created while the listing is read, but not for a cursor that
            # hands out new links (and items) for ever.
            if most >= 0 and seen > 2 * most + len(page.items):
                raise QlikResponseError(
                    f"the listing goes on past {seen} items although its pages count at most "
                    f"{most}",
                    status=200,
                    method="GET",
                    url=redact_url(self._base_url),
                )
            url = check_link(self._base_url, page.next_url)
            if followed.repeated(url):
                return
            page = await self._follow(url)

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = self._max_items
        if remaining == 0:
            return
        async for page in self.pages():
            for item in page.items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return

    async def each_page(
        self,
        on_page: Callable[[Page[T]], None],
        *,
        concurrency: int = 1,
        skip: Collection[int] = (),
    ) -> None:
        """Hand every page to ``on_page`` as it arrives.

        In a numbered listing (the first page says how many pages there are, and the pager
        can ask for page ``n``) the pages after the first are fetched concurrently, at most
        ``concurrency`` at once, and arrive in no fixed order (each carries its ``number``);
        ``skip`` names page numbers not to fetch (those an interrupted run already stored).
        Other listings are followed link by link, and so is a listing whose page count cannot
        be checked (no ``total``). A page count far beyond ``total`` / the first page's size,
        or short of it, is a :class:`QlikResponseError`. At most ``concurrency`` fetches exist
        at once, whatever the page count (workers take the next number when one is done); an
        empty page ends the listing there (later numbers are not asked for). The first failure
        cancels the other fetches and is raised as itself (a typed error, not a group).
        ``max_items`` does not apply.
        """
        if concurrency < 1:
            raise QlikValueError(f"concurrency must be >= 1, not {concurrency}")
        first = await self._first()
        numbered = self._numbered
        if numbered is None or first.pages is None or not self._counted(first):
            async for page in self._linked(first):
                on_page(page)
            return
        first.number = 1
        on_page(first)
        await _fetch_numbered(numbered, first.pages, on_page, concurrency, skip)

    def _counted(self, first: Page[T]) -> bool:
        """Whether the first page's page count can be trusted: it comes with a ``total`` and
        agrees with it. A count that cannot be checked is ignored (the links are followed);
        one that contradicts the total is an error rather than a billion requests."""
        pages, total, size = first.pages, first.total, len(first.items)
        if type(total) is not int or pages is None:
            return False
        if pages < 1 or total < 0:
            raise self._bad_count(f"a page count of {pages} and a total of {total}")
        if pages == 1:
            return True
        if size == 0:
            raise self._bad_count(f"an empty first page and a page count of {pages}")
        # Every page but the last is as full as the first: one page of slack for an item
        # added or removed between counting and reading. Fewer pages than the items fill
        # would leave the rest unasked for: silently missing items.
        needed = -(-total // size)
        if not needed <= pages <= needed + 1:
            raise self._bad_count(f"{pages} pages for a total of {total} items at {size} per page")
        return True

    def _bad_count(self, what: str) -> QlikResponseError:
        return QlikResponseError(
            f"the listing's first page claims {what}, which cannot be right",
            status=200,
            method="GET",
            url=redact_url(self._base_url),
        )

    async def to_list(self) -> list[T]:
        """Every item, in one list."""
        return [item async for item in self]


async def _fetch_numbered(
    numbered: Callable[[int], Awaitable[Page[T]]],
    pages: int,
    on_page: Callable[[Page[T]], None],
    concurrency: int,
    skip: Collection[int],
) -> None:
    """Pages 2 to ``pages`` (but ``skip``) through ``concurrency`` workers pulling numbers from
    one counter: the tasks are the workers, never one per page."""
    state = {"next": 2, "end": pages}  # the next number to hand out; the last one to ask for

    def take() -> int | None:
        while state["next"] <= state["end"]:
            number = state["next"]
            state["next"] += 1
            if number not in skip:
                return number
        return None

    async def worker() -> None:
        while (number := take()) is not None:
            page = await numbered(number)
            page.number = number
            if not page.items:
                # The listing is shorter than counted (deleted since): nothing lies beyond.
                state["end"] = min(state["end"], number)
            on_page(page)

    try:
        async with anyio.create_task_group() as tg:
            for _ in range(min(concurrency, max(pages - 1, 0))):
                tg.start_soon(worker)
    except BaseExceptionGroup as group:
        raise first_error(group) from group


def first_error(group: BaseExceptionGroup[BaseException]) -> BaseException:
    """The first error of a task group's failure, so that callers get the typed error
    (``QlikConnectionError``, ``NotFoundError``...) rather than a group."""
    leaf: BaseException = group
    while isinstance(leaf, BaseExceptionGroup):
        leaf = leaf.exceptions[0]
    return leaf
