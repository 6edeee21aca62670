"""The pager: a listing followed across its pages, stopping on a missing next link, an empty
page, a repeated link or ``max_items``, refusing a link to another origin (or one that is not a
URL, or from https to http) and a cursor that never ends; its loop guard: a page link followed
twice ends the listing, in bounded memory; and the page count of a numbered listing, checked
against its total before any page is fetched."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikResponseError, UnsafeLinkError
from qlik_catalog.pagination import LoopGuard, Page, Pager
from tests.stores import STORES, store

BASE = "https://acme.eu.qlikcloud.com"


def pager_over(next_of: dict[int, int | None]) -> tuple[Pager[int], list[int]]:
    """Page n holds item n and links to page ``next_of[n]``; returns the pager and the log of
    pages fetched."""
    fetched: list[int] = []

    def page(n: int) -> Page[int]:
        fetched.append(n)
        following = next_of[n]
        return Page(
            items=[n], total=None, next_url=None if following is None else f"/p?n={following}"
        )

    async def first() -> Page[int]:
        return page(0)

    async def follow(url: str) -> Page[int]:
        return page(int(url.rsplit("=", 1)[1]))

    return Pager(first, follow, base_url=BASE), fetched


async def test_a_short_loop_stops_before_any_page_repeats() -> None:
    pager, fetched = pager_over({0: 1, 1: 2, 2: 3, 3: 1})
    assert [n async for n in pager] == [0, 1, 2, 3]
    assert fetched == [0, 1, 2, 3]


@pytest.mark.parametrize("length", [1_001, 2_500])
async def test_a_loop_longer_than_the_memory_still_ends_within_twice_its_length(
    length: int,
) -> None:
    pager, fetched = pager_over({n: (n + 1) % length for n in range(length)})
    items = [n async for n in pager]
    assert items[:length] == list(range(length))  # every page, in order, then the loop
    assert len(items) <= 3 * length
    assert len(fetched) == len(items)  # one page per item: nothing fetched after the stop


def test_the_guard_remembers_a_bounded_number_of_links() -> None:
    guard = LoopGuard(recent=1000)
    assert not any(guard.repeated(f"/p?n={n}") for n in range(100_000))
    assert len(guard) == 1000
    assert guard.repeated("/p?n=99999")  # recent
    assert not guard.repeated("/p?n=5")  # long forgotten, and not the checkpoint


# --- a listing on the wire ---------------------------------------------------------------


def page(n: int, next_page: int | None, items: int = 2) -> dict[str, object]:
    links: dict[str, object] = {"self": {"href": f"{STORES}?page={n}"}}
    if next_page is not None:
        links["next"] = {"href": f"{STORES}?limit=2&page={next_page}"}
    return {"data": [store(n * 10 + i) for i in range(items)], "links": links, "total": 6}


async def test_pager_follows_three_pages(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{STORES}?limit=2", json=page(1, 2))
    httpx_mock.add_response(url=f"{STORES}?limit=2&page=2", json=page(2, 3))
    httpx_mock.add_response(url=f"{STORES}?limit=2&page=3", json=page(3, None))
    ids = [s.id async for s in qlik.data_stores.list(limit=2)]
    assert ids == ["s10", "s11", "s20", "s21", "s30", "s31"]


async def test_awaiting_the_pager_gives_the_first_page(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=page(1, 2))
    first = await qlik.data_stores.list(limit=2)
    assert [s.id for s in first.items] == ["s10", "s11"]
    assert first.total == 6
    assert first.has_next


async def test_pager_stops_on_empty_page_and_repeated_link(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{STORES}?limit=2", json=page(1, 2))
    httpx_mock.add_response(url=f"{STORES}?limit=2&page=2", json=page(2, 2))  # links to itself
    assert len([s async for s in qlik.data_stores.list(limit=2)]) == 4
    httpx_mock.reset()
    httpx_mock.add_response(url=f"{STORES}?limit=2", json=page(1, 2))
    httpx_mock.add_response(url=f"{STORES}?limit=2&page=2", json=page(2, 3, items=0))
    assert len([s async for s in qlik.data_stores.list(limit=2)]) == 2


async def test_pager_refuses_a_link_to_another_origin(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        json={"data": [store(1)], "links": {"next": {"href": "https://evil.example/steal?page=2"}}}
    )
    with pytest.raises(UnsafeLinkError, match="another origin"):
        _ = [s async for s in qlik.data_stores.list()]


async def test_max_items_stops_early(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=page(1, 2))
    assert len([s async for s in qlik.data_stores.list(limit=2, max_items=1)]) == 1


async def test_pager_refuses_a_link_from_https_to_http(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    href = "http://acme.eu.qlikcloud.com/api/v1/data-stores?page=2"
    httpx_mock.add_response(json={"data": [store(1)], "links": {"next": {"href": href}}})
    with pytest.raises(UnsafeLinkError, match="from https:// to http://"):
        _ = [s async for s in qlik.data_stores.list()]


def endless(total: int, *, stop: int) -> tuple[Pager[int], list[int]]:
    """A cursor listing claiming ``total`` items whose every page holds two items and a new
    next link; it gives up (an AssertionError) after ``stop`` pages."""
    fetched: list[int] = []

    def page(n: int) -> Page[int]:
        fetched.append(n)
        if n >= stop:
            raise AssertionError(f"still following after {stop} pages")
        return Page(items=[2 * n, 2 * n + 1], total=total, next_url=f"/p?cursor={n + 1}")

    async def first() -> Page[int]:
        return page(0)

    async def follow(url: str) -> Page[int]:
        return page(int(url.rsplit("=", 1)[1]))

    return Pager(first, follow, base_url=BASE), fetched


async def test_a_cursor_that_never_ends_is_a_response_error() -> None:
    pager, fetched = endless(total=10, stop=10_000)
    with pytest.raises(
        QlikResponseError, match="goes on past 24 items although its pages count at most 10"
    ):
        _ = [n async for n in pager]
    assert len(fetched) == 12  # past twice the total and a page: no further link followed


async def test_a_listing_that_grows_while_it_is_read_is_read_whole() -> None:
    # 4 items counted, 8 listed (created meanwhile): within the room the pager leaves.
    pager, _ = endless(total=4, stop=4)
    pages = pager.pages()
    items = [n for _ in range(4) for n in (await anext(pages)).items]
    assert items == list(range(8))
    await pages.aclose()


@pytest.mark.parametrize(
    "href", ["http://[::1/p?page=2", "https://acme.eu.qlikcloud.com:99999/p?page=2"]
)
async def test_a_next_link_that_is_not_a_url_is_a_response_error(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, href: str
) -> None:
    httpx_mock.add_response(json={"data": [store(1)], "links": {"next": {"href": href}}})
    with pytest.raises(QlikResponseError, match="next link is not a URL"):
        _ = [s async for s in qlik.data_stores.list()]


# --- page counts checked before pages are fetched by number --------------------------------


def numbered(*, pages: int, total: object, items: int) -> tuple[Pager[int], list[int]]:
    """A numbered listing whose first page holds ``items`` items and claims ``pages`` and
    ``total``; returns the pager and the page numbers fetched."""
    fetched: list[int] = []

    async def first() -> Page[int]:
        return Page(items=list(range(items)), total=total, pages=pages)  # type: ignore[arg-type]

    async def follow(url: str) -> Page[int]:
        raise AssertionError("a checked numbered listing is fetched by number")

    async def at(number: int) -> Page[int]:
        fetched.append(number)
        return Page(items=[number], total=total, pages=pages)  # type: ignore[arg-type]

    return Pager(first, follow, base_url=BASE, numbered=at), fetched


@pytest.mark.parametrize(
    ("pages", "total", "items", "claim"),
    [
        (50, 10, 2, "50 pages for a total of 10 items at 2 per page"),
        (10**12, 10**6, 100, "1000000000000 pages for a total of 1000000 items at 100"),
        (2, 1000, 10, "2 pages for a total of 1000 items at 10 per page"),  # 98 pages unasked
        (3, 5, 0, "an empty first page and a page count of 3"),
        (0, 5, 5, "a page count of 0 and a total of 5"),
        (2, -1, 5, "a page count of 2 and a total of -1"),
    ],
)
async def test_a_page_count_the_total_contradicts_is_a_response_error(
    pages: int, total: int, items: int, claim: str
) -> None:
    pager, fetched = numbered(pages=pages, total=total, items=items)
    with pytest.raises(QlikResponseError, match="first page claims") as caught:
        await pager.each_page(lambda page: None, concurrency=4)
    assert claim in str(caught.value)
    assert fetched == []


async def test_a_page_count_that_agrees_with_the_total_is_fetched_by_number() -> None:
    pager, fetched = numbered(pages=4, total=10, items=3)  # ceil(10 / 3) == 4
    await pager.each_page(lambda page: None, concurrency=2)
    assert sorted(fetched) == [2, 3, 4]
