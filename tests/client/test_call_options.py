"""Every resource method takes the same per-call options the raw request takes: ``timeout``,
``retry`` (a RetryPolicy), ``extra_params`` and ``extra_headers``, keyword-only, passed down to
the base client."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikValueError, RateLimitError, RetryPolicy
from qlik_catalog._base_client import CallOptions, WaitOptions
from qlik_catalog.clock import FakeClock
from qlik_catalog.resources.base import Resource
from tests.wire import API, TENANT, space_doc

RESOURCES = (
    "data_stores",
    "data_assets",
    "data_sets",
    "data_products",
    "spaces",
    "users",
    "apps",
    "reports",
    "data_files",
    "items",
)
# Methods whose own ``timeout`` is the time they wait for a job: the HTTP timeout of each of
# their calls is ``request_timeout``, the other options as everywhere.
WAITING = {("reports", "wait")}


def public_methods(qlik: QlikCatalog) -> list[tuple[str, str, Callable[..., Any]]]:
    """(resource, method name, bound method) of every public method of every resource."""
    out: list[tuple[str, str, Callable[..., Any]]] = []
    for name in RESOURCES:
        resource = getattr(qlik, name)
        assert isinstance(resource, Resource)
        for attr, value in inspect.getmembers(resource, inspect.ismethod):
            if not attr.startswith("_"):
                out.append((name, attr, value))
    return out


def test_every_public_resource_method_takes_the_per_call_options(qlik: QlikCatalog) -> None:
    methods = public_methods(qlik)
    assert len(methods) > 50
    problems = []
    for resource, name, method in methods:
        signature = inspect.signature(method)
        options = [p for p in signature.parameters.values() if p.kind is p.VAR_KEYWORD]
        expected = WaitOptions if (resource, name) in WAITING else CallOptions
        # The annotation as written (the modules use postponed evaluation).
        if not options or options[0].annotation != f"Unpack[{expected.__name__}]":
            problems.append(f"{resource}.{name}{signature}")
            continue
        names = set(expected.__annotations__)
        if (resource, name) in WAITING:
            assert "request_timeout" in signature.parameters
            names.add("timeout")  # its wait
        assert names == {"timeout", "retry", "extra_params", "extra_headers"}
        # None of them is shadowed by a positional parameter of the method.
        assert not names & {
            p.name for p in signature.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD
        }, f"{resource}.{name}"
    assert problems == []


def test_the_option_names_are_those_of_the_raw_request(qlik: QlikCatalog) -> None:
    raw = inspect.signature(qlik.request).parameters
    assert {"timeout", "retry"} <= set(raw)
    assert set(CallOptions.__annotations__) == {"timeout", "retry", "extra_params", "extra_headers"}


async def test_timeout_reaches_the_request(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "d1"})
    await qlik.data_sets.get("d1", timeout=2.5)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.extensions["timeout"] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


async def test_retry_policy_applies_to_the_one_call(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=409, json={"errors": [{"code": "C"}]})
    httpx_mock.add_response(status_code=200, json={"id": "d1"})
    policy = RetryPolicy(max_retries=1, backoff_base=0.25, jitter=False, retry_on_all_errors=True)
    data_set = await qlik.data_sets.get("d1", retry=policy)
    assert data_set.id == "d1"
    assert clock.sleeps == [0.25]


async def test_no_retries_for_one_call(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=429, headers={"retry-after": "1"})
    with pytest.raises(RateLimitError):
        await qlik.data_sets.get("d1", retry=RetryPolicy(max_retries=0))
    assert len(httpx_mock.get_requests()) == 1


async def test_extra_params_are_added_and_may_not_replace_the_methods_own(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"id": "d1"})
    await qlik.data_sets.get("d1", projections=["id"], extra_params={"locale": "fr"})
    request = httpx_mock.get_request()
    assert request is not None
    assert dict(request.url.params) == {"projections": "id", "locale": "fr"}
    with pytest.raises(QlikValueError, match="extra_params repeats projections"):
        await qlik.data_sets.get("d1", projections=["id"], extra_params={"projections": "x"})


async def test_extra_headers_are_sent(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "d1"})
    await qlik.data_sets.get("d1", extra_headers={"X-Request-Source": "nightly"})
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["x-request-source"] == "nightly"
    assert request.headers["authorization"].startswith("Bearer ")  # auth still signs it


async def test_options_reach_a_json_body_method(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json=space_doc("s1", name="Finance"))
    await qlik.spaces.create("Finance", extra_headers={"X-A": "1"}, timeout=3)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["x-a"] == "1"
    assert request.extensions["timeout"]["read"] == 3


async def test_a_pager_sends_the_options_with_every_page_and_extra_params_with_the_first(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{API}/data-stores?limit=1&locale=fr",
        json={"data": [{"id": "a"}], "links": {"next": {"href": f"{API}/data-stores?page=2"}}},
    )
    httpx_mock.add_response(url=f"{API}/data-stores?page=2", json={"data": [{"id": "b"}]})
    stores = await qlik.data_stores.list(
        limit=1, extra_params={"locale": "fr"}, extra_headers={"X-A": "1"}, timeout=4
    ).to_list()
    assert [s.id for s in stores] == ["a", "b"]
    for request in httpx_mock.get_requests():
        assert request.headers["x-a"] == "1"
        assert request.extensions["timeout"]["read"] == 4


async def test_batch_methods_pass_the_options_to_every_request(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=204, is_reusable=True)
    result = await qlik.data_sets.delete_many(
        ["a", "b", "c"], chunk_size=2, extra_headers={"X": "y"}
    )
    assert result.ok
    assert [r.headers["x"] for r in httpx_mock.get_requests()] == ["y", "y"]


async def test_wait_takes_the_http_timeout_as_request_timeout(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"status": "done"})
    await qlik.reports.wait("r1", timeout=10, request_timeout=2, extra_headers={"X": "y"})
    request = httpx_mock.get_request()
    assert request is not None
    assert request.extensions["timeout"]["read"] == 2
    assert request.headers["x"] == "y"


@pytest.mark.parametrize(
    ("options", "error", "problem"),
    [
        ({"timout": 3}, TypeError, "unexpected keyword argument.*timout"),
        ({"timeout": 0}, QlikValueError, "timeout must be > 0"),
        ({"timeout": "3"}, QlikValueError, "timeout must be a number"),
        ({"retry": 2}, QlikValueError, "retry must be a RetryPolicy"),
        ({"extra_headers": {"X": 1}}, QlikValueError, "extra_headers"),
        ({"extra_params": {"a": None}}, QlikValueError, "leave it out"),
        ({"extra_headers": {"Authorization": "Bearer x"}}, QlikValueError, "may not set"),
        ({"extra_headers": {"cookie": "s=1"}}, QlikValueError, "may not set"),
    ],
)
async def test_bad_options_are_refused_before_anything_is_sent(
    qlik: QlikCatalog,
    httpx_mock: HTTPXMock,
    options: dict[str, Any],
    error: type[Exception],
    problem: str,
) -> None:
    with pytest.raises(error, match=problem):
        await qlik.data_sets.get("d1", **options)
    with pytest.raises(error, match=problem):
        qlik.data_stores.list(**options)  # a pager refuses them when made, not when iterated
    assert httpx_mock.get_requests() == []


def test_resources_are_bound_lazily_and_once() -> None:
    qlik = QlikCatalog(TENANT, api_key="k")
    assert "data_sets" not in vars(qlik)
    assert qlik.data_sets is qlik.data_sets
    assert "data_sets" in vars(qlik)


async def test_products_list_refuses_a_clashing_extra_param_before_sending(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(QlikValueError, match="extra_params repeats limit"):
        qlik.data_products.list(extra_params={"limit": 5})
    assert httpx_mock.get_requests() == []
