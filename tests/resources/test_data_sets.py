"""``qlik.data_sets.profiles``: waiting through Qlik's 202 answers, bounded."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import JobTimeoutError, QlikCatalog, QlikError, QlikTimeoutError
from qlik_catalog.clock import FakeClock
from tests.narrow import present
from tests.wire import TENANT, sent

RUNNING = {"data": [{"meta": {"status": "RUNNING"}}]}
FINISHED = {"data": [{"meta": {"status": "FINISHED"}}]}


async def test_profiles_wait_through_202(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=202, json=RUNNING)
    httpx_mock.add_response(status_code=202, json=RUNNING)
    httpx_mock.add_response(json=FINISHED)
    profiles = await qlik.data_sets.profiles("d1", poll_interval=1.5)
    assert present(present(profiles.data)[0].meta).status == "FINISHED"
    assert clock.sleeps == [1.5, 1.5]
    requests = httpx_mock.get_requests()
    assert [(r.method, r.url.path) for r in requests] == [
        ("GET", "/api/v1/data-sets/d1/profiles")
    ] * 3


async def test_profiles_send_the_connection_ids(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=FINISHED)
    await qlik.data_sets.profiles("d1", data_connection_ids=["c1", "c2"])
    sent(httpx_mock, "GET", "/api/v1/data-sets/d1/profiles", params={"dataConnectionIds": "c1,c2"})


async def test_profiles_give_up_after_the_wait(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=202, json=RUNNING, is_reusable=True)
    expected = "profiles of data set d1 not finished after 5s"
    with pytest.raises(JobTimeoutError, match=expected) as caught:
        await qlik.data_sets.profiles("d1", wait=5, poll_interval=2)
    assert clock.sleeps == [2, 2, 1]
    # Its own error type: every poll was answered, so it is not the connection timeout.
    assert not isinstance(caught.value, QlikTimeoutError)
    assert isinstance(caught.value, QlikError)
    assert caught.value.url == f"{TENANT}/api/v1/data-sets/d1/profiles"
    assert caught.value.timeout == 5


async def test_profiles_without_waiting_return_the_202_answer(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=202, json=RUNNING)
    profiles = await qlik.data_sets.profiles("d1", wait=0)
    assert present(present(profiles.data)[0].meta).status == "RUNNING"
    assert clock.sleeps == []
