"""``get_many`` chooses its route: the kind's tenant-wide listing when that takes fewer calls
than one GET per id, GETs otherwise, and a GET for every id the listing did not show."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from pytest_httpx import HTTPXMock
from qlik_catalog_api.models import DataAsset, DataSet, DataStore

from qlik_catalog import NotFoundError, QlikCatalog, QlikValueError
from qlik_catalog.emulator import Emulator
from tests.wire import API, check_request

SETS_LISTING = "/api/v1/data-stores/%2A/data-assets/%2A/data-sets"
ASSETS_LISTING = "/api/v1/data-stores/%2A/data-assets"
STORES_LISTING = "/api/v1/data-stores"


def path_of(url: str) -> str:
    return urlsplit(url).path


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


@pytest.fixture
def tenant() -> Emulator:
    """1,000 data sets (2 stores x 5 assets x 100 sets)."""
    emulator = Emulator(strict=True)
    emulator.seed(stores=2, assets_per_store=5, sets_per_asset=100, products=0)
    return emulator


async def test_1000_data_sets_of_a_1000_set_tenant_take_10_calls(tenant: Emulator) -> None:
    ids = list(tenant.state.data_sets)
    assert len(ids) == 1000
    ids.reverse()  # not the listing's order: the result keeps the caller's
    async with tenant.client() as qlik:
        res = qlik.data_sets
        with qlik.record_responses() as calls:
            result = await res.get_many(ids)
    assert len(calls) == 10  # ceil(1000 / 100) pages; one GET per id was 1,000 calls
    assert {path_of(c.url) for c in calls} == {SETS_LISTING}
    assert all(c.status == 200 for c in calls)
    assert all(query_of(c.url)["limit"] == ["100"] for c in calls)
    assert result.ok
    assert list(result.succeeded) == ids
    assert all(type(v) is DataSet and v.id == k for k, v in result.succeeded.items())
    # The same data as a GET gives.
    some = ids[17]
    assert result.succeeded[some].to_dict()["name"] == tenant.state.data_sets[some]["name"]


async def test_3_data_sets_take_3_gets(tenant: Emulator) -> None:
    ids = list(tenant.state.data_sets)[500:503]
    async with tenant.client() as qlik:
        res = qlik.data_sets
        with qlik.record_responses() as calls:
            result = await res.get_many(ids)
    assert sorted(path_of(c.url) for c in calls) == sorted(f"/api/v1/data-sets/{i}" for i in ids)
    assert list(result.succeeded) == ids


async def test_a_few_ids_past_the_first_page_are_asked_with_gets(tenant: Emulator) -> None:
    async with tenant.client() as qlik:
        first_page = {d.id for d in (await qlik.data_stores.list_data_sets("*")).items}
        ids = [i for i in tenant.state.data_sets if i not in first_page][:5]
        res = qlik.data_sets
        with qlik.record_responses() as calls:
            result = await res.get_many(ids)
    # The first page says 10 pages: 9 more pages cost more than 5 GETs.
    assert len(calls) == 1 + 5
    assert path_of(calls[0].url) == SETS_LISTING
    assert "page" not in query_of(calls[0].url)
    assert sorted(path_of(c.url) for c in calls[1:]) == sorted(
        f"/api/v1/data-sets/{i}" for i in ids
    )
    assert list(result.succeeded) == ids


async def test_unknown_ids_fail_with_the_404_of_their_own_get(tenant: Emulator) -> None:
    known = list(tenant.state.data_sets)
    ids = [*known[:400], "gone-1", *known[400:], "gone-2"]
    async with tenant.client() as qlik:
        res = qlik.data_sets
        with qlik.record_responses() as calls:
            result = await res.get_many(ids)
    assert len(calls) == 10 + 2
    gets = [c for c in calls if "/api/v1/data-sets/" in c.url]
    assert sorted(path_of(c.url) for c in gets) == [
        "/api/v1/data-sets/gone-1",
        "/api/v1/data-sets/gone-2",
    ]
    assert all(c.status == 404 for c in gets)
    assert list(result.succeeded) == known
    assert list(result.failed) == ["gone-1", "gone-2"]
    for item, error in result.failed.items():
        assert isinstance(error, NotFoundError)
        assert error.status == 404
        assert error.trace_id  # the answer of its own request
        assert error.url is not None
        assert error.url.endswith(f"/data-sets/{item}")
    assert len(result) == len(ids)


async def test_projections_go_to_the_listing_and_to_the_gets_with_id_added(
    tenant: Emulator,
) -> None:
    ids = [*list(tenant.state.data_sets), "gone"]
    async with tenant.client() as qlik:
        res = qlik.data_sets
        with qlik.record_responses() as calls:
            many = await res.get_many(ids, projections=["name"])
        with qlik.record_responses() as few_calls:
            few = await res.get_many(ids[:2], projections=["name"])
    assert all(query_of(c.url)["projections"] == ["name,id"] for c in [*calls, *few_calls])
    assert len(calls) == 10 + 1
    for result in (many, few):
        assert result.succeeded
        assert all(v.to_dict().keys() == {"id", "name"} for v in result.succeeded.values())
    assert isinstance(many.failed["gone"], NotFoundError)


async def test_data_stores_are_read_from_their_listing() -> None:
    emulator = Emulator(strict=True)
    emulator.seed(stores=150, assets_per_store=0, sets_per_asset=0, products=0)
    ids = list(emulator.state.data_stores)
    assert len(ids) == 150
    async with emulator.client() as qlik:
        res = qlik.data_stores
        with qlik.record_responses() as calls:
            result = await res.get_many([*ids[::-1], "gone"], projections=["name"])
    assert [path_of(c.url) for c in calls[:2]] == [STORES_LISTING] * 2
    assert [path_of(c.url) for c in calls[2:]] == ["/api/v1/data-stores/gone"]
    assert list(result.succeeded) == ids[::-1]
    assert all(
        type(v) is DataStore and v.to_dict().keys() == {"id", "name"}
        for v in result.succeeded.values()
    )
    assert isinstance(result.failed["gone"], NotFoundError)
    assert result.failed["gone"].status == 404


async def test_data_assets_are_read_from_the_nested_listing() -> None:
    emulator = Emulator(strict=True)
    emulator.seed(stores=2, assets_per_store=100, sets_per_asset=0, products=0)
    ids = list(emulator.state.data_assets)
    assert len(ids) == 200
    async with emulator.client() as qlik:
        res = qlik.data_assets
        with qlik.record_responses() as calls:
            result = await res.get_many([*ids[:150], "gone", *ids[150:]])
    assert sorted(path_of(c.url) for c in calls) == sorted(
        ["/api/v1/data-assets/gone", ASSETS_LISTING, ASSETS_LISTING]
    )
    assert list(result.succeeded) == ids
    assert all(type(v) is DataAsset for v in result.succeeded.values())
    assert list(result.failed) == ["gone"]
    assert isinstance(result.failed["gone"], NotFoundError)


# --- on the wire (pytest-httpx) ----------------------------------------------------------


def data_set_page(ids: list[str], *, total: int | None, next_page: int | None) -> dict[str, Any]:
    page: dict[str, Any] = {"data": [{"id": i, "name": f"n-{i}"} for i in ids], "links": {}}
    if total is not None:  # Qlik's numbered listings count their items and pages
        page["total"] = total
        page["pages"] = -(-total // 100)
    if next_page is not None:
        href = f"{API}/data-stores/%2A/data-assets/%2A/data-sets?limit=100&page={next_page}"
        page["links"] = {"next": {"href": href}}
    return page


async def test_the_listing_request_on_the_wire(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    ids = ["d1", "d2", "d3", "d4"]
    httpx_mock.add_response(json=data_set_page(ids, total=4, next_page=None))
    res = qlik.data_sets
    result = await res.get_many(ids[::-1], projections=["name", "id"])
    requests = httpx_mock.get_requests()
    assert len(requests) == 1
    check_request(
        requests[0], "GET", SETS_LISTING, params={"limit": "100", "projections": "name,id"}
    )
    assert list(result.succeeded) == ids[::-1]
    assert all(type(v) is DataSet for v in result.succeeded.values())
    assert result.succeeded["d2"].name == "n-d2"


def router(
    pages: dict[int, httpx.Response], *, refused: frozenset[str] = frozenset()
) -> Callable[[httpx.Request], httpx.Response]:
    """A pytest-httpx callback: listing page n -> ``pages[n]``; GET of a data set -> the
    data set, 404 for an id in ``refused``."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.raw_path.decode().split("?")[0] == SETS_LISTING:
            return pages[int(request.url.params.get("page", "1"))]
        item = request.url.path.rsplit("/", 1)[-1]
        if item in refused:
            return httpx.Response(404, json={"errors": [{"code": "HTTP-404"}], "traceId": item})
        return httpx.Response(200, json={"id": item, "name": f"got-{item}"})

    return answer


async def test_a_failing_listing_page_falls_back_to_gets(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    ids = [f"d{i}" for i in range(300)]
    pages = {
        1: httpx.Response(200, json=data_set_page(ids[:100], total=300, next_page=2)),
        2: httpx.Response(403, json={"errors": [{"code": "HTTP-403"}]}),
        3: httpx.Response(403, json={"errors": [{"code": "HTTP-403"}]}),
    }
    httpx_mock.add_callback(router(pages), is_reusable=True)
    res = qlik.data_sets
    result = await res.get_many(ids, concurrency=1)
    assert result.ok  # the listing's 403 fails no id: each was asked on its own
    assert list(result.succeeded) == ids
    assert result.succeeded["d5"].name == "n-d5"  # from the first page
    assert result.succeeded["d250"].name == "got-d250"  # its own GET
    gets = [r for r in httpx_mock.get_requests() if "/data-sets/" in r.url.path]
    assert len(gets) == 200


async def test_a_listing_without_a_total_is_not_read_past_its_first_page(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    listed = [f"d{i}" for i in range(100)]
    pages = {1: httpx.Response(200, json=data_set_page(listed, total=None, next_page=2))}
    httpx_mock.add_callback(router(pages, refused=frozenset({"x3"})), is_reusable=True)
    res = qlik.data_sets
    ids = ["d1", "x1", "d2", "x2", "x3"]
    result = await res.get_many(ids)
    requests = httpx_mock.get_requests()
    assert len(requests) == 1 + 3
    assert list(result.succeeded) == ["d1", "x1", "d2", "x2"]
    assert isinstance(result.failed["x3"], NotFoundError)
    assert result.failed["x3"].trace_id == "x3"


async def test_options_apply_to_the_listing_pages_and_the_gets(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    ids = [f"d{i}" for i in range(200)]
    pages = {
        1: httpx.Response(200, json=data_set_page(ids[:100], total=200, next_page=2)),
        2: httpx.Response(200, json=data_set_page(ids[100:199], total=199, next_page=None)),
    }
    httpx_mock.add_callback(router(pages), is_reusable=True)
    res = qlik.data_sets
    result = await res.get_many(
        ids, extra_params={"x": "1"}, extra_headers={"x-trace": "t"}, timeout=7
    )
    assert list(result.succeeded) == ids
    requests = httpx_mock.get_requests()
    assert len(requests) == 3  # two pages, then a GET of the one id no page showed
    assert requests[1].url.params["page"] == "2"
    assert requests[2].url.path == "/api/v1/data-sets/d199"
    for request in requests:
        assert request.url.params["x"] == "1"
        assert request.headers["x-trace"] == "t"
        assert request.extensions["timeout"]["read"] == 7


async def test_bad_input_is_refused_before_any_call(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    res = qlik.data_sets
    ids = [f"d{i}" for i in range(10)]
    with pytest.raises(QlikValueError, match="concurrency"):
        await res.get_many(ids, concurrency=0)
    with pytest.raises(QlikValueError, match="unknown field 'nope'"):
        await res.get_many(ids, projections=["nope"])
    with pytest.raises(QlikValueError, match="projections is empty"):
        await res.get_many(ids, projections=[])
    with pytest.raises(QlikValueError, match="appears twice"):
        await res.get_many(["a", "a", "b", "c", "d"])
    assert httpx_mock.get_requests() == []
