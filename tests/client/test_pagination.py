"""The pager's loop guard: a page link followed twice ends the listing, in bounded memory."""

from __future__ import annotations

import pytest

from qlik_catalog.pagination import LoopGuard, Page, Pager

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
