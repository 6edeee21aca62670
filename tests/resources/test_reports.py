"""``qlik.reports``: create (202 -> request id), status, wait with backoff, outputs."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import (
    JobTimeoutError,
    QlikCatalog,
    QlikResponseError,
    QlikTimeoutError,
    QlikValueError,
    ReportFailedError,
)
from qlik_catalog.clock import FakeClock
from tests.narrow import present
from tests.wire import sent

REQUEST = {
    "type": "sense-image-1.0",
    "output": {"type": "image", "outputId": "chart"},
    "senseImageTemplate": {
        "appId": "app1",
        "visualization": {"id": "v1", "widthPx": 800, "heightPx": 600},
    },
}


@pytest.mark.parametrize(
    ("change", "missing"),
    [
        ({"senseImageTemplate": {"appId": "app1"}}, "visualization"),
        ({"output": {"type": "image"}}, "outputId"),
        ({"senseSheetTemplate": {"appId": "app1", "sheet": {}}}, "id"),
    ],
)
async def test_create_refuses_a_body_the_official_types_refuse(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, change: dict[str, object], missing: str
) -> None:
    with pytest.raises(QlikValueError, match=f"{missing}: required field missing"):
        await qlik.reports.create({**REQUEST, **change})
    assert httpx_mock.get_requests() == []


async def test_create_refuses_an_output_type_qlik_does_not_have(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="png"):
        await qlik.reports.create({**REQUEST, "output": {"type": "png", "outputId": "chart"}})


async def test_create_returns_the_request_id(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=202,
        json={"requestId": "r1", "outputsUrl": "/api/v1/reports/r1/outputs", "message": "ok"},
    )
    assert await qlik.reports.create(REQUEST) == "r1"
    sent(httpx_mock, "POST", "/api/v1/reports", body=REQUEST)


async def test_create_without_a_request_id_is_an_unreadable_answer(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=202, json={"message": "ok"})
    with pytest.raises(QlikResponseError, match="without the requestId"):
        await qlik.reports.create(REQUEST)


async def test_status(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"status": "processing", "resolutionAttempts": 1})
    status = await qlik.reports.status("r1")
    sent(httpx_mock, "GET", "/api/v1/reports/r1/status")
    assert status.status == "processing"


async def test_wait_polls_with_growing_intervals_until_done(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    for state in ["queued", "processing", "processing", "processing"]:
        httpx_mock.add_response(json={"status": state})
    httpx_mock.add_response(
        json={"status": "done", "results": [{"outputId": "chart", "location": "/x.png"}]}
    )
    status = await qlik.reports.wait("r1", poll_interval=2, max_interval=5)
    assert present(status.results)[0].location == "/x.png"
    assert clock.sleeps == [2, 3, 4.5, 5]
    assert {r.url.path for r in httpx_mock.get_requests()} == {"/api/v1/reports/r1/status"}


async def test_wait_raises_when_the_report_fails(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"status": "processing"})
    httpx_mock.add_response(json={"status": "failed", "reasons": [{"code": "RPT-1"}]})
    with pytest.raises(ReportFailedError, match="report r1 ended failed") as caught:
        await qlik.reports.wait("r1")
    assert caught.value.status.status == "failed"
    assert caught.value.request_id == "r1"


async def test_wait_times_out(qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"status": "queued"}, is_reusable=True)
    with pytest.raises(JobTimeoutError, match="report r1 not finished after 10s") as caught:
        await qlik.reports.wait("r1", timeout=10, poll_interval=4)
    assert sum(clock.sleeps) == 10
    assert not isinstance(caught.value, QlikTimeoutError)  # not a connection timeout
    assert caught.value.last.status == "queued"


async def test_outputs(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        json={
            "data": [{"outputId": "chart", "status": "done"}],
            "links": {"self": {"href": None}, "next": {"href": None}, "prev": {"href": None}},
        }
    )
    outputs = await qlik.reports.outputs("r1", limit=10, sort="-sizeBytes").to_list()
    sent(
        httpx_mock,
        "GET",
        "/api/v1/reports/r1/outputs",
        params={"limit": "10", "sort": "-sizeBytes"},
    )
    assert [(o.output_id, o.status) for o in outputs] == [("chart", "done")]
