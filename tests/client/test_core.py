"""QlikCatalog core behaviour against pytest-httpx: errors, retries, 429s, paging, batches."""

from __future__ import annotations

import json
import logging

import anyio
import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import (
    NotFoundError,
    OAuthClientCredentials,
    QlikCatalog,
    QlikValueError,
    RateLimitError,
    RetryPolicy,
    ServerError,
    UnsafeLinkError,
)
from qlik_catalog.clock import FakeClock
from qlik_catalog.tenant import normalise_tenant_url
from tests.wire import API_KEY, TENANT

STORES = f"{TENANT}/api/v1/data-stores"


def store(i: int) -> dict[str, object]:
    return {"id": f"s{i}", "name": f"Store {i}", "type": "qix-datafiles", "technicalName": f"t{i}"}


# --- tenant URLs ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("acme.eu.qlikcloud.com", "https://acme.eu.qlikcloud.com"),
        ("https://acme.eu.qlikcloud.com/", "https://acme.eu.qlikcloud.com"),
        ("https://ACME.eu.qlikcloud.com/api/v1", "https://acme.eu.qlikcloud.com"),
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
        ("http://localhost:9000/", "http://localhost:9000"),
    ],
)
def test_tenant_urls_accepted(given: str, expected: str) -> None:
    assert normalise_tenant_url(given) == expected


@pytest.mark.parametrize(
    ("given", "problem"),
    [
        ("", "empty"),
        ("http://acme.eu.qlikcloud.com", "http://"),
        ("ftp://acme.eu.qlikcloud.com", "scheme"),
        ("https://acme.eu.qlikcloud.com/hub/spaces", "path"),
        ("https://user:pw@acme.eu.qlikcloud.com", "credentials"),
        ("acme", "not a tenant host"),
        ("https://acme.eu.qlikcloud.com?x=1", "query"),
        ("acme .eu.qlikcloud.com", "white space"),
    ],
)
def test_bad_tenant_urls_refused(given: str, problem: str) -> None:
    with pytest.raises(QlikValueError, match=problem):
        QlikCatalog(given, api_key=API_KEY)


def test_exactly_one_credential() -> None:
    with pytest.raises(QlikValueError, match="exactly one credential"):
        QlikCatalog(TENANT)


def test_repr_hides_the_key() -> None:
    client = QlikCatalog(TENANT, api_key=API_KEY)
    assert API_KEY not in repr(client)
    assert "REDACTED" in repr(client)
    oauth = OAuthClientCredentials(client_id="cid", client_secret="very-secret")
    assert "very-secret" not in repr(oauth)


# --- errors -----------------------------------------------------------------------------


async def test_404_becomes_not_found_with_codes_and_trace(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{TENANT}/api/v1/data-sets/d9",
        status_code=404,
        json={
            "errors": [{"code": "DS-404", "title": "Not found", "status": "404"}],
            "traceId": "tr-1",
        },
    )
    with pytest.raises(NotFoundError) as caught:
        await qlik.data_sets.get("d9")
    error = caught.value
    assert error.status == 404
    assert error.codes == ["DS-404"]
    assert error.trace_id == "tr-1"
    assert error.method == "GET"
    assert error.url == f"{TENANT}/api/v1/data-sets/d9"
    assert "DS-404" in str(error)
    assert "tr-1" in str(error)


async def test_get_sends_projections_and_parses(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "d1", "name": "orders"})
    data_set = await qlik.data_sets.get("d1", projections=["id", "name"])
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.path == "/api/v1/data-sets/d1"
    assert request.url.params["projections"] == "id,name"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert data_set.id == "d1"
    assert data_set.name == "orders"


async def test_unknown_projection_refused_before_sending(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="unknown field 'nope' in projections"):
        await qlik.data_sets.get("d1", projections=["id", "nope"])


# --- retries and 429s -------------------------------------------------------------------


async def test_429_with_retry_after_waits_then_succeeds(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=429,
        headers={"Retry-After": "2"},
        json={"errors": [{"code": "HTTP-429", "title": "Too many requests"}]},
    )
    httpx_mock.add_response(json=store(1))
    result = await qlik.data_stores.get("s1")
    assert result.id == "s1"
    assert clock.sleeps == [2.0]
    assert len(httpx_mock.get_requests()) == 2


async def test_429_pauses_the_tier_for_every_task_but_not_the_other_tier(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(method="GET", status_code=429, headers={"Retry-After": "5"}, json={})
    httpx_mock.add_response(method="GET", json=store(1), is_reusable=True)
    httpx_mock.add_response(method="POST", status_code=201, json=store(2))
    await qlik.data_stores.get("s1")  # 429, pause tier 1 for 5 s, retry
    paused_at = clock.now()
    # Tier 1 was paused and is free again; now pause it once more by hand and check who waits.
    qlik.limiter.pause("tier1", 1000, 3.0)
    start = clock.now()
    await qlik.data_stores.create({"type": "qix-datafiles", "technicalName": "t2"})
    assert clock.now() == start, "a tier 2 write must not wait for a tier 1 pause"
    await qlik.data_stores.get("s1")
    assert clock.now() >= start + 3.0, "a tier 1 read must wait out the pause"
    assert paused_at >= 1005.0


async def test_retry_after_beyond_the_maximum_raises_rate_limit_error(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "3600"}, json={})
    with pytest.raises(RateLimitError) as caught:
        await qlik.data_stores.get("s1")
    assert caught.value.retry_after == 3600
    assert clock.sleeps == []


async def test_503_is_retried_for_get(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=503, json={})
    httpx_mock.add_response(json=store(1))
    assert (await qlik.data_stores.get("s1")).id == "s1"
    assert clock.sleeps == [0.5]


async def test_503_is_not_retried_for_post(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=503, json={"traceId": "t503"})
    with pytest.raises(ServerError) as caught:
        await qlik.data_stores.create({"type": "x", "technicalName": "y"})
    assert caught.value.status == 503
    assert len(httpx_mock.get_requests()) == 1


async def test_retries_exhausted_raise_the_typed_error(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=502, json={}, is_reusable=True)
    with pytest.raises(ServerError):
        await qlik.data_stores.get("s1")
    assert len(httpx_mock.get_requests()) == 3  # first attempt + 2 retries
    assert clock.sleeps == [0.5, 1.0]


async def test_connect_errors_retried_then_connection_error(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    from qlik_catalog import QlikConnectionError

    httpx_mock.add_exception(httpx.ConnectError("refused"), is_reusable=True)
    with pytest.raises(QlikConnectionError, match="ConnectError"):
        await qlik.data_stores.create({"type": "x", "technicalName": "y"})
    assert len(httpx_mock.get_requests()) == 3


# --- paging -----------------------------------------------------------------------------


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


async def test_limit_and_sort_are_checked(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="out of range"):
        qlik.data_stores.list(limit=0)
    with pytest.raises(QlikValueError, match="unknown sort key"):
        qlik.data_stores.list(sort="-nope")


# --- batches and patches ----------------------------------------------------------------


async def test_batch_delete_of_250_with_one_failing_chunk_reports_every_id(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    failing = {f"d{i}" for i in range(100, 200)}

    def answer(request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.content)["ids"]
        if set(ids) & failing:
            return httpx.Response(409, json={"errors": [{"code": "DS-409"}], "traceId": "t"})
        return httpx.Response(204)

    httpx_mock.add_callback(answer, is_reusable=True)
    ids = [f"d{i}" for i in range(250)]
    result = await qlik.data_sets.delete_many(ids)
    assert len(result) == 250
    assert set(result.failed) == failing
    assert set(result.succeeded) == set(ids) - failing
    assert not result.ok
    bodies = [json.loads(r.content)["ids"] for r in httpx_mock.get_requests()]
    assert sorted(len(b) for b in bodies) == [50, 100, 100]


async def test_empty_and_duplicate_id_lists_refused(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="empty"):
        await qlik.data_sets.delete_many([])
    with pytest.raises(QlikValueError, match="appears twice"):
        await qlik.data_sets.get_many(["a", "a"])


async def test_patch_204_returns_none_and_sends_the_ops(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=204)
    assert (
        await qlik.data_sets.patch("d1", [{"op": "replace", "path": "/name", "value": "x"}]) is None
    )
    request = httpx_mock.get_request()
    assert request is not None
    assert request.method == "PATCH"
    assert json.loads(request.content) == [{"op": "replace", "path": "/name", "value": "x"}]


@pytest.mark.parametrize(
    ("ops", "problem"),
    [
        ([], "empty"),
        ([{"op": "frob", "path": "/name"}], "not one of"),
        ([{"op": "replace", "path": "name", "value": 1}], "not a JSON Pointer"),
        ([{"op": "replace", "path": "/a~2b", "value": 1}], "not a JSON Pointer"),
        ([{"op": "add", "path": "/tags/-"}], "has no value"),
        ([{"op": "move", "path": "/a"}], "has no 'from'"),
        ([{"op": "remove", "path": "/a", "extra": 1}], "unknown member"),
    ],
)
async def test_malformed_json_patch_refused(
    qlik: QlikCatalog, ops: list[dict[str, object]], problem: str
) -> None:
    with pytest.raises(QlikValueError, match=problem):
        await qlik.data_sets.patch("d1", ops)


async def test_raw_request_uses_the_same_auth(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{TENANT}/api/v1/users/me", json={"id": "u1"})
    response = await qlik.request("GET", "/users/me")
    assert response.json() == {"id": "u1"}
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


# --- auth and secrets -------------------------------------------------------------------


async def test_oauth_one_token_for_twenty_concurrent_calls(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{TENANT}/oauth/token", json={"access_token": "tok-1", "expires_in": 3600}
    )
    httpx_mock.add_response(url=f"{STORES}/s1", json=store(1), is_reusable=True)
    oauth = OAuthClientCredentials(client_id="cid", client_secret="csecret")
    async with (
        QlikCatalog(TENANT, oauth=oauth, clock=FakeClock()) as qlik,
        anyio.create_task_group() as tg,
    ):
        for _ in range(20):
            tg.start_soon(qlik.data_stores.get, "s1")
    token_requests = [r for r in httpx_mock.get_requests() if r.url.path == "/oauth/token"]
    assert len(token_requests) == 1
    assert all(
        r.headers["authorization"] == "Bearer tok-1"
        for r in httpx_mock.get_requests()
        if r.url.path != "/oauth/token"
    )


async def test_oauth_401_retries_once_with_a_fresh_token(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{TENANT}/oauth/token", json={"access_token": "old"})
    httpx_mock.add_response(url=f"{TENANT}/oauth/token", json={"access_token": "new"})
    auths: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        # httpx re-sends the same Request object: record the header as it is at send time.
        auths.append(request.headers["authorization"])
        return (
            httpx.Response(401, json={}) if len(auths) == 1 else httpx.Response(200, json=store(1))
        )

    httpx_mock.add_callback(answer, url=f"{STORES}/s1", is_reusable=True)
    oauth = OAuthClientCredentials(client_id="cid", client_secret="csecret")
    async with QlikCatalog(TENANT, oauth=oauth) as qlik:
        assert (await qlik.data_stores.get("s1")).id == "s1"
    assert auths == ["Bearer old", "Bearer new"]


async def test_no_api_key_in_debug_logs(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(status_code=503, json={})
    httpx_mock.add_response(status_code=404, json={"traceId": "t"})
    caplog.set_level(logging.DEBUG)
    with pytest.raises(NotFoundError) as caught:
        await qlik.data_stores.get("s1")
    assert caplog.records, "expected debug log lines"
    assert all(API_KEY not in record.getMessage() for record in caplog.records)
    assert API_KEY not in str(caught.value)
    assert API_KEY not in repr(caught.value)
    assert any("503" in r.getMessage() for r in caplog.records)


async def test_retry_policy_per_call_on_raw_request(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=500, json={}, is_reusable=True)
    with pytest.raises(ServerError):
        await qlik.request(
            "POST",
            "/things",
            json={"a": 1},
            retry=RetryPolicy(
                max_retries=3,
                backoff_base=0.1,
                exponential=False,
                jitter=False,
                retry_on_all_errors=True,
            ),
        )
    assert len(httpx_mock.get_requests()) == 4
    assert clock.sleeps == [0.1, 0.1, 0.1]
