"""One pagination model: the pager fetches the remaining pages of a numbered listing
concurrently, bounded (what the catalog export uses), and follows links otherwise."""

from __future__ import annotations

import asyncio
from pathlib import Path

import anyio
import httpx
import pytest
from qlik_catalog_api.models import DataStore

from qlik_catalog import NotFoundError, Page, QlikCatalog, RateLimits
from tests.wire import API, TENANT

PAGES = 6


class Tenant:
    """Answers a numbered listing of ``PAGES`` pages of one store each, counting the requests
    in flight at once."""

    def __init__(
        self,
        *,
        missing_page: int | None = None,
        numbered: bool = True,
        counted: bool = True,
        empty_from: int | None = None,
    ) -> None:
        self.in_flight = 0
        self.counted = counted
        self.empty_from = empty_from
        self.most_tasks = 0
        self.most_in_flight = 0
        self.requests: list[httpx.Request] = []
        self.missing_page = missing_page
        self.numbered = numbered

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.in_flight += 1
        self.most_tasks = max(self.most_tasks, len(asyncio.all_tasks()))
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await anyio.sleep(0.01)
        finally:
            self.in_flight -= 1
        number = int(request.url.params.get("page", "1"))
        if number == self.missing_page:
            return httpx.Response(404, json={"errors": [{"code": "P-404"}]})
        empty = self.empty_from is not None and number >= self.empty_from
        body: dict[str, object] = {"data": [] if empty else [{"id": f"s{number}"}]}
        if self.counted:
            body["total"] = PAGES
        if self.numbered:
            body["pages"] = PAGES
        if number < PAGES:
            body["links"] = {"next": {"href": f"{API}/data-stores?page={number + 1}"}}
        return httpx.Response(200, json=body)


def client(tenant: Tenant) -> QlikCatalog:
    return QlikCatalog(
        TENANT,
        api_key="k",
        transport=httpx.MockTransport(tenant),
        rate_limits=RateLimits(enabled=False),
    )


async def test_the_remaining_pages_are_fetched_concurrently_and_bounded() -> None:
    tenant = Tenant()
    got: list[Page[DataStore]] = []
    async with client(tenant) as qlik:
        await qlik.data_stores.list(limit=1).each_page(got.append, concurrency=3)
    assert sorted(page.number or 0 for page in got) == list(range(1, PAGES + 1))
    assert got[0].number == 1  # the first page comes first: it says how many there are
    assert 1 < tenant.most_in_flight <= 3
    assert len(tenant.requests) == PAGES


async def test_numbered_pages_are_asked_for_by_number_with_the_listings_query() -> None:
    tenant = Tenant()
    async with client(tenant) as qlik:
        pager = qlik.data_stores.list(limit=1, sort="name", extra_params={"locale": "fr"})
        await pager.each_page(lambda page: None, concurrency=2)
    later = sorted(tenant.requests[1:], key=lambda r: int(r.url.params["page"]))
    assert [dict(r.url.params) for r in later] == [
        {"limit": "1", "sort": "name", "locale": "fr", "page": str(n)} for n in range(2, PAGES + 1)
    ]


async def test_skipped_pages_are_not_fetched() -> None:
    tenant = Tenant()
    got: list[int] = []
    async with client(tenant) as qlik:
        await qlik.data_stores.list(limit=1).each_page(
            lambda page: got.append(page.number or 0), concurrency=2, skip={2, 4}
        )
    assert sorted(got) == [1, 3, 5, 6]
    assert len(tenant.requests) == 4


async def test_a_failing_page_raises_its_own_typed_error() -> None:
    tenant = Tenant(missing_page=4)
    async with client(tenant) as qlik:
        with pytest.raises(NotFoundError) as caught:
            await qlik.data_stores.list(limit=1).each_page(lambda page: None, concurrency=2)
    assert caught.value.codes == ["P-404"]


async def test_a_listing_that_does_not_count_its_pages_is_followed_link_by_link() -> None:
    tenant = Tenant(numbered=False)
    got: list[str] = []
    async with client(tenant) as qlik:
        await qlik.data_stores.list(limit=1).each_page(
            lambda page: got.extend(str(s.id) for s in page.items), concurrency=4
        )
    assert got == [f"s{n}" for n in range(1, PAGES + 1)]  # in order: one link after another
    assert tenant.most_in_flight == 1


async def test_a_page_count_without_a_total_is_followed_link_by_link() -> None:
    tenant = Tenant(counted=False)  # pages: 6, but nothing to check it against
    got: list[str] = []
    async with client(tenant) as qlik:
        await qlik.data_stores.list(limit=1).each_page(
            lambda page: got.extend(str(s.id) for s in page.items), concurrency=4
        )
    assert got == [f"s{n}" for n in range(1, PAGES + 1)]
    assert tenant.most_in_flight == 1


async def test_an_empty_numbered_page_ends_the_listing_there() -> None:
    tenant = Tenant(empty_from=3)  # items deleted since the count: pages 3 to 6 are empty
    got: list[int] = []
    async with client(tenant) as qlik:
        await qlik.data_stores.list(limit=1).each_page(
            lambda page: got.append(page.number or 0), concurrency=1
        )
    assert got == [1, 2, 3]  # page 3 came back empty: 4 to 6 are not asked for
    assert len(tenant.requests) == 3


@pytest.mark.parametrize("concurrency", [1, 2, 5])
async def test_only_the_workers_exist_however_many_pages(concurrency: int) -> None:
    tenant = Tenant()
    async with client(tenant) as qlik:
        pager = qlik.data_stores.list(limit=1)
        baseline = len(asyncio.all_tasks())
        await pager.each_page(lambda page: None, concurrency=concurrency)
    assert tenant.most_tasks <= baseline + concurrency  # never a task per page up front
    assert tenant.most_in_flight == min(concurrency, PAGES - 1)


class Enough(Exception):
    """The consumer's own way of stopping."""


async def test_a_consumer_that_stops_ends_the_other_fetches() -> None:
    tenant = Tenant()

    def on_page(page: Page[DataStore]) -> None:
        if page.number == 3:
            raise Enough

    async with client(tenant) as qlik:
        baseline = len(asyncio.all_tasks())
        with pytest.raises(Enough):  # itself, not a group
            await qlik.data_stores.list(limit=1).each_page(on_page, concurrency=3)
        assert tenant.in_flight == 0  # the other workers were cancelled, not left running
        assert len(asyncio.all_tasks()) == baseline


async def test_concurrency_must_be_positive() -> None:
    async with client(Tenant()) as qlik:
        with pytest.raises(ValueError, match="concurrency must be >= 1"):
            await qlik.data_stores.list().each_page(lambda page: None, concurrency=0)


def test_the_export_fetches_its_pages_through_the_pager() -> None:
    from qlik_catalog.pagination import Pager
    from qlik_catalog.sync import export

    assert not hasattr(export, "_Crawler")
    source = Path(export.__file__).read_text(encoding="utf-8")
    assert "CapacityLimiter" not in source  # no limiter of its own
    assert "LoopGuard" not in source  # nor a paging loop of its own
    assert Pager.each_page.__name__ in source
