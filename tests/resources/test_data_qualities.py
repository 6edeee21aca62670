"""``qlik.data_qualities``: computations (start, status, wait), batch computations, and the
global and per-field results of many data sets, 100 per request; on the wire and end to end
against the emulator."""

from __future__ import annotations

import json

import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import (
    DataQualityFailedError,
    JobTimeoutError,
    QlikCatalog,
    QlikResponseError,
    QlikValueError,
    ServerError,
)
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator
from tests.narrow import found, present
from tests.wire import check_request, sent

DQ = "/api/data-governance/data-qualities"
RESULT = {"empty": 1, "invalid": 2, "total": 10, "valid": 7, "updatedAt": "2026-01-02T03:04:05Z"}


def quality_entry(data_set_id: str, **changes: object) -> dict[str, object]:
    return {
        "datasetId": data_set_id,
        "connectionId": "c1",
        "status": "SUCCEEDED",
        "quality": RESULT,
        **changes,
    }


# --- computations -----------------------------------------------------------------------------


async def test_compute_sends_the_data_set_and_sampling_and_returns_the_computation_id(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=202, json={"computationId": "c-1"})
    computation_id = await qlik.data_qualities.compute(
        "d1", connection_id="conn", execution_mode="PUSHDOWN", sample_mode="RELATIVE", sample_size=5
    )
    assert computation_id == "c-1"
    sent(
        httpx_mock,
        "POST",
        f"{DQ}/computations",
        body={
            "datasetId": "d1",
            "connectionId": "conn",
            "executionMode": "PUSHDOWN",
            "sampleMode": "RELATIVE",
            "sampleSize": 5,
        },
    )


async def test_compute_without_sampling_sends_only_the_data_set(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=202, json={"computationId": "c-1"})
    await qlik.data_qualities.compute("d1")
    sent(httpx_mock, "POST", f"{DQ}/computations", body={"datasetId": "d1"})


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"execution_mode": "SIDEWAYS"}, "executionMode"),
        ({"sample_method": "FIRST"}, "sampleMethod"),
        ({"sample_size": 100_001, "sample_mode": "ABSOLUTE"}, "sampleSize"),
        ({"connection_id": "a/b"}, "slash"),
    ],
)
async def test_compute_refuses_what_qlik_would_refuse_before_sending(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, kwargs: dict[str, object], named: str
) -> None:
    with pytest.raises(QlikValueError, match=named):
        await qlik.data_qualities.compute("d1", **kwargs)  # type: ignore[call-overload]
    assert httpx_mock.get_requests() == []


async def test_compute_refuses_bad_wait_bounds_before_starting_anything(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(QlikValueError, match="poll intervals > 0"):
        await qlik.data_qualities.compute("d1", wait=True, poll_interval=0)
    assert httpx_mock.get_requests() == []


async def test_compute_without_a_computation_id_is_an_unreadable_answer(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=202, json={"computationId": ""})
    with pytest.raises(QlikResponseError, match="without the computationId"):
        await qlik.data_qualities.compute("d1")


async def test_compute_and_wait_polls_with_growing_intervals_until_succeeded(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=202, json={"computationId": "c-1"})
    for state in ["REQUESTED", "PROFILE_REQUESTED", "SUBMITTED", "SUCCEEDED"]:
        httpx_mock.add_response(json={"status": state})
    final = await qlik.data_qualities.compute("d1", wait=True, poll_interval=2, max_interval=4)
    assert final.status == "SUCCEEDED"
    assert clock.sleeps == [2, 3, 4]
    polls = httpx_mock.get_requests()[1:]
    assert len(polls) == 4
    for request in polls:
        check_request(request, "GET", f"{DQ}/computations/c-1")


async def test_a_status_qlik_adds_later_is_taken_as_still_running(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"status": "QUEUED_SOMEWHERE_NEW"})
    httpx_mock.add_response(json={"status": "SUCCEEDED"})
    assert (await qlik.data_qualities.wait("c-1")).status == "SUCCEEDED"
    assert len(clock.sleeps) == 1


@pytest.mark.parametrize("ending", ["FAILED", "PROFILE_FAILED"])
async def test_wait_raises_when_the_computation_fails(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock, ending: str
) -> None:
    httpx_mock.add_response(status_code=202, json={"computationId": "c-9"})
    httpx_mock.add_response(json={"status": ending})
    with pytest.raises(
        DataQualityFailedError, match=f"c-9 of data set d1 ended {ending}"
    ) as caught:
        await qlik.data_qualities.compute("d1", wait=True)
    assert (caught.value.computation_id, caught.value.status) == ("c-9", ending)
    assert caught.value.data_set_id == "d1"


async def test_wait_times_out_with_the_last_status(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"status": "SUBMITTED"}, is_reusable=True)
    with pytest.raises(JobTimeoutError, match="c-1 not finished after 10s") as caught:
        await qlik.data_qualities.wait("c-1", timeout=10, poll_interval=4)
    assert caught.value.last.status == "SUBMITTED"
    assert sum(clock.sleeps) == 10


async def test_batch_computation_reads_each_data_sets_status(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        json={
            "batchComputationId": "b1",
            "status": "IN_PROGRESS",
            "computationStatuses": [
                {"computationId": "c1", "datasetId": "d1", "status": "SUBMITTED"},
                {
                    "computationId": "c2",
                    "datasetId": "d2",
                    "status": "FAILED",
                    "errorCode": "DQ-300",
                },
            ],
        }
    )
    batch = await qlik.data_qualities.batch_computation("b1")
    sent(httpx_mock, "GET", f"{DQ}/batch-computations/b1")
    assert batch.status == "IN_PROGRESS"
    assert [(s.dataset_id, s.status) for s in batch.computation_statuses] == [
        ("d1", "SUBMITTED"),
        ("d2", "FAILED"),
    ]
    assert batch.computation_statuses[1].error_code == "DQ-300"


async def test_a_products_compute_data_quality_with_wait_polls_the_batch_to_its_end(
    qlik: QlikCatalog, clock: FakeClock, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=202,
        json={
            "batchComputationId": "b1",
            "datasetResponses": [{"computationId": "c1", "datasetId": "d1", "status": "REQUESTED"}],
        },
    )
    statuses = [{"computationId": "c1", "datasetId": "d1", "status": "SUCCEEDED"}]
    for state in ["IN_PROGRESS", "IN_PROGRESS", "FINISHED"]:
        httpx_mock.add_response(
            json={"batchComputationId": "b1", "status": state, "computationStatuses": statuses}
        )
    batch = await qlik.data_products.compute_data_quality("p1", wait=True, poll_interval=1)
    assert batch.status == "FINISHED"
    requests = httpx_mock.get_requests()
    check_request(
        requests[0],
        "POST",
        "/api/data-governance/data-products/p1/actions/compute-datasets-data-quality",
    )
    for request in requests[1:]:
        check_request(request, "GET", f"{DQ}/batch-computations/b1")
    assert len(requests) == 4
    assert clock.sleeps == [1, 1.5]


async def test_a_products_compute_data_quality_without_wait_still_returns_the_batch_id(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=202, json={"batchComputationId": "b1", "datasetResponses": []}
    )
    assert await qlik.data_products.compute_data_quality("p1") == "b1"
    assert len(httpx_mock.get_requests()) == 1


# --- results ----------------------------------------------------------------------------------


async def test_global_results_of_one_data_set(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        json={"datasetId": "d1", "qualities": [{"connectionId": "c1", "quality": RESULT}]}
    )
    results = await qlik.data_qualities.global_results("d1", connection_id="c1")
    sent(
        httpx_mock,
        "GET",
        f"{DQ}/global-results",
        params={"datasetId": "d1", "connectionId": "c1"},
    )
    assert present(results.qualities[0].quality).valid == 7


async def test_global_results_many_splits_by_100_and_reports_every_id(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    ids = [f"d{i:03}" for i in range(250)]
    without_result = {"d007", "d150", "d249"}

    def answer(request: httpx.Request) -> httpx.Response:
        asked = json.loads(request.content)["datasetIds"]
        return httpx.Response(
            200,
            json={"dataQualities": [quality_entry(i) for i in asked if i not in without_result]},
        )

    httpx_mock.add_callback(answer, is_reusable=True)
    results = await qlik.data_qualities.global_results_many(ids)
    requests = httpx_mock.get_requests()
    assert sorted(len(json.loads(r.content)["datasetIds"]) for r in requests) == [50, 100, 100]
    for request in requests:
        assert request.method == "POST"
        assert request.url.path == f"{DQ}/global-results/actions/filter"
    assert sorted(json.loads(r.content)["datasetIds"][0] for r in requests) == [
        "d000",
        "d100",
        "d200",
    ]
    assert list(results.succeeded) == ids  # every id, in the caller's order
    assert {i for i, v in results.succeeded.items() if v is None} == without_result
    assert present(found(results.succeeded["d000"]).quality).invalid == 2
    assert results.ok


async def test_a_failed_request_fails_only_the_ids_of_its_chunk(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    ids = [f"d{i:03}" for i in range(150)]

    def answer(request: httpx.Request) -> httpx.Response:
        asked = json.loads(request.content)["datasetIds"]
        if asked[0] == "d100":
            return httpx.Response(
                500, json={"errors": [{"code": "DQ-500", "title": "down"}], "traceId": "t-9"}
            )
        return httpx.Response(200, json={"dataQualities": [quality_entry(i) for i in asked]})

    httpx_mock.add_callback(answer, is_reusable=True)
    results = await qlik.data_qualities.global_results_many(ids, retry=None)
    assert set(results.failed) == set(ids[100:])
    assert set(results.succeeded) == set(ids[:100])
    error = results.failed["d120"]
    assert isinstance(error, ServerError)
    assert error.trace_id == "t-9"


async def test_of_two_results_for_one_data_set_the_latest_is_kept(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    newer = {**RESULT, "updatedAt": "2026-02-01T00:00:00Z", "valid": 9}
    failed = quality_entry("d1", connectionId="c3", status="FAILED", error={"errorCode": "DQ-300"})
    del failed["quality"]
    httpx_mock.add_response(
        json={
            "dataQualities": [
                quality_entry("d1"),
                quality_entry("d1", connectionId="c2", quality=newer),
                failed,
                quality_entry("stranger"),
            ]
        }
    )
    results = await qlik.data_qualities.global_results_many(["d1"])
    kept = found(results.succeeded["d1"])
    assert kept.connection_id == "c2"
    assert list(results.succeeded) == ["d1"]  # an id not asked for is not reported


@pytest.mark.parametrize(
    ("ids", "message"),
    [([], "empty"), (["d1", "d1"], "twice"), ("d1", "string"), (["a,b"], "comma")],
)
async def test_global_results_many_refuses_bad_ids_before_sending(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, ids: list[str], message: str
) -> None:
    with pytest.raises(QlikValueError, match=message):
        await qlik.data_qualities.global_results_many(ids)
    assert httpx_mock.get_requests() == []


async def test_one_filter_request_takes_at_most_100_data_sets(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(QlikValueError, match="101 data sets in one request, at most 100"):
        await qlik.data_qualities.filter_global_results([f"d{i}" for i in range(101)])
    assert httpx_mock.get_requests() == []


async def test_field_qualities_many(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    counts = {"empty": 0, "invalid": 1, "total": 4, "valid": 3}
    httpx_mock.add_response(
        json={
            "fieldQualities": [
                {
                    "datasetId": "d1",
                    "computed": {"at": "2026-01-02T03:04:05Z", "by": {"id": "u1"}},
                    "fields": [
                        {
                            "name": "amount",
                            "type": {"kind": "STANDARD", "name": "DECIMAL"},
                            "quality": {"aggregated": counts, "type": counts, "rules": []},
                        }
                    ],
                }
            ]
        }
    )
    results = await qlik.data_qualities.field_qualities_many(["d1", "d2"])
    sent(
        httpx_mock,
        "POST",
        f"{DQ}/field-qualities/actions/filter",
        body={"datasets": [{"datasetId": "d1"}, {"datasetId": "d2"}]},
    )
    fields = found(results.succeeded["d1"]).fields
    assert [(f.name, f.quality.aggregated.invalid) for f in fields] == [("amount", 1)]
    assert results.succeeded["d2"] is None


async def test_a_malformed_result_is_a_response_error_for_its_ids(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"dataQualities": [{"datasetId": "d1"}]})  # no status
    results = await qlik.data_qualities.global_results_many(["d1"])
    assert isinstance(results.failed["d1"], QlikResponseError)


# --- end to end, against the emulator -----------------------------------------------------------


def _emulated(**options: object) -> Emulator:
    tenant = Emulator(strict=True, quality_delay=2, **options)  # type: ignore[arg-type]
    tenant.seed("small")
    return tenant


async def test_compute_and_wait_then_read_the_results_on_the_emulator() -> None:
    emulator = _emulated()
    data_set_id = next(iter(emulator.state.data_sets))
    async with emulator.client() as qlik:
        final = await qlik.data_qualities.compute(data_set_id, wait=True, poll_interval=0.001)
        assert final.status == "SUCCEEDED"
        globals_ = await qlik.data_qualities.global_results_many([data_set_id])
        fields = await qlik.data_qualities.field_qualities_many([data_set_id])
    entry = found(globals_.succeeded[data_set_id])
    assert entry.status == "SUCCEEDED"
    counts = present(entry.quality)
    assert counts.valid + counts.invalid + counts.empty == counts.total > 0
    assert found(fields.succeeded[data_set_id]).fields


async def test_a_computation_whose_data_set_is_deleted_fails_on_the_emulator() -> None:
    emulator = _emulated()
    data_set_id = next(iter(emulator.state.data_sets))
    async with emulator.client() as qlik:
        computation_id = await qlik.data_qualities.compute(data_set_id)
        (await qlik.data_sets.delete_many([data_set_id])).raise_for_failures()
        with pytest.raises(DataQualityFailedError, match=f"{computation_id} ended FAILED"):
            await qlik.data_qualities.wait(computation_id, poll_interval=0.001)


async def test_a_products_batch_is_waited_for_on_the_emulator() -> None:
    emulator = _emulated()
    product_id = next(iter(emulator.state.data_products))
    members = emulator.state.data_products[product_id]["datasetIds"]
    async with emulator.client() as qlik:
        batch = await qlik.data_products.compute_data_quality(
            product_id, wait=True, poll_interval=0.001
        )
    assert batch.status == "FINISHED"
    assert sorted(s.dataset_id for s in batch.computation_statuses) == sorted(members)
    assert {s.status for s in batch.computation_statuses} == {"SUCCEEDED"}


async def test_many_data_sets_on_the_emulator_take_one_call_per_100() -> None:
    emulator = Emulator(strict=True)
    emulator.seed(stores=1, assets_per_store=3, sets_per_asset=85, products=0)
    ids = sorted(emulator.state.data_sets)
    assert len(ids) == 255
    async with emulator.client() as qlik:
        with qlik.record_responses() as calls:
            results = await qlik.data_qualities.global_results_many([*ids, "unknown"])
    assert len(calls) == 3
    assert results.ok
    assert len(results) == 256
    assert results.succeeded["unknown"] is None
    assert all(results.succeeded[i] is not None for i in ids)  # seeded: computed already
