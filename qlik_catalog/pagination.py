"""Async page iterators over Qlik's list endpoints.

A :class:`Pager` is what every ``list*`` method returns::

    first = await qlik.data_stores.list()          # one Page: .items, .total, .has_next
    async for store in qlik.data_stores.list():    # every item, page after page
        ...
    async for page in qlik.data_stores.list().pages():
        ...

It follows ``links.next.href`` (page-number or cursor style alike) and stops on a missing next
link, an empty page, a link it has already followed, or ``max_items``. Its memory does not grow
with the pages: it remembers the last 1,000 links it followed (a loop within them stops before
any page repeats) plus one checkpoint link for longer loops (Brent's cycle detection: a loop of
any length stops within twice its length). A next link to another
origin, or from https to http, raises :class:`UnsafeLinkError`: following it would send the
credentials elsewhere.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import urljoin, urlsplit

from qlik_catalog_api.types import Unset

from qlik_catalog.errors import QlikValueError, UnsafeLinkError

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    """One page of a list: its items, the total when Qlik sends one, and the next link."""

    items: list[T]
    total: int | None = None
    next_url: str | None = None
    raw: Any = field(default=None, repr=False)  # the generated list model

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
    return Page(items=items, total=total, next_url=next_url or None, raw=model)


def check_link(base_url: str, link: str) -> str:
    """``link`` made absolute against the tenant, refused unless it stays on the tenant's
    origin over the same (or a stronger) scheme."""
    absolute = urljoin(base_url + "/", link)
    base, target = urlsplit(base_url), urlsplit(absolute)
    if target.scheme != base.scheme:
        raise UnsafeLinkError(
            f"refusing to follow a page link from {base.scheme}:// to {target.scheme}://: "
            f"{target.scheme}://{target.netloc}{target.path}"
        )
    if (target.hostname, target.port) != (base.hostname, base.port):
        raise UnsafeLinkError(
            f"refusing to follow a page link to another origin ({target.netloc}); "
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
    every item. Each iteration starts again from the first page."""

    def __init__(
        self,
        first: Callable[[], Awaitable[Page[T]]],
        follow: Callable[[str], Awaitable[Page[T]]],
        *,
        base_url: str,
        max_items: int | None = None,
    ) -> None:
        if max_items is not None and max_items < 0:
            raise QlikValueError(f"max_items must be >= 0, not {max_items}")
        self._first = first
        self._follow = follow
        self._base_url = base_url
        self._max_items = max_items

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self._first().__await__()

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Every page, in order."""
        followed = LoopGuard()
        page = await self._first()
        while True:
            yield page
            if not page.items or page.next_url is None:
                return
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

    async def to_list(self) -> list[T]:
        """Every item, in one list."""
        return [item async for item in self]
