"""When a call is retried and how long it waits first: Retry-After, statuses by method, connect
errors, the retry budget, and a retry policy given per call."""

from __future__ import annotations

import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, RateLimitError, RetryPolicy, ServerError
from qlik_catalog.clock import FakeClock
from tests.stores import store


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


WAITING = RetryPolicy(jitter=False, max_rate_limit_wait=900)


async def test_a_retry_after_over_the_limit_raises_by_default_and_is_waited_out_on_request(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    # The tier was used up by an earlier run: Qlik asks for 90 s, more than the 60 s default.
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "90"}, json={})
    with pytest.raises(RateLimitError) as caught:
        await qlik.data_stores.get("s1")
    assert caught.value.retry_after == 90
    assert clock.sleeps == []
    httpx_mock.add_response(status_code=429, headers={"Retry-After": "90"}, json={})
    httpx_mock.add_response(json=store(1))
    clock._now += 120  # the first 429's pause is over
    assert (await qlik.data_stores.get("s1", retry=WAITING)).id == "s1"
    assert clock.sleeps == [90.0]


async def test_waiting_out_rate_limits_is_not_bounded_by_max_retries(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    # Qlik keeps asking to wait while the tier fills up elsewhere: 5 429s, max_retries 2.
    for _ in range(5):
        httpx_mock.add_response(status_code=429, headers={"Retry-After": "100"}, json={})
    httpx_mock.add_response(json=store(1))
    assert (await qlik.data_stores.get("s1", retry=WAITING)).id == "s1"
    assert clock.sleeps == [100.0] * 5


async def test_waiting_out_rate_limits_stops_at_max_rate_limit_wait_in_all(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=429, headers={"Retry-After": "400"}, json={}, is_reusable=True
    )
    with pytest.raises(RateLimitError) as caught:
        await qlik.data_stores.get("s1", retry=WAITING)
    # 400 + 400 fit in 900; a third 400 does not: raised without waiting for it.
    assert clock.sleeps == [400.0, 400.0]
    assert caught.value.retry_after == 400
    assert len(httpx_mock.get_requests()) == 3


async def test_a_429_without_retry_after_is_an_ordinary_retry_even_when_waiting(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    # Qlik did not say how long: nothing to wait out, so max_retries bounds it as before.
    httpx_mock.add_response(status_code=429, json={}, is_reusable=True)
    with pytest.raises(RateLimitError):
        await qlik.data_stores.get("s1", retry=WAITING)
    assert len(httpx_mock.get_requests()) == 3


async def test_retry_after_zero_storms_end_when_waiting(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    # Each waited-out 429 pauses the tier at least a second, so a hostile "0" ends: five are
    # waited out (5 s in all), the sixth does not fit and raises.
    httpx_mock.add_response(
        status_code=429, headers={"Retry-After": "0"}, json={}, is_reusable=True
    )
    policy = RetryPolicy(jitter=False, max_rate_limit_wait=5)
    with pytest.raises(RateLimitError):
        await qlik.data_stores.get("s1", retry=policy)
    assert len(httpx_mock.get_requests()) == 1 + 5


def test_a_negative_rate_limit_wait_is_refused() -> None:
    from qlik_catalog import QlikValueError

    for bad in (-1, float("nan"), float("inf")):
        with pytest.raises(QlikValueError, match="max_rate_limit_wait"):
            RetryPolicy(max_rate_limit_wait=bad)
        with pytest.raises(QlikValueError, match="max_retry_after"):
            RetryPolicy(max_retry_after=bad)
    assert RetryPolicy().rate_limit_wait_left(0) == 60
    assert RetryPolicy(max_rate_limit_wait=900).rate_limit_wait_left(100) == 800
