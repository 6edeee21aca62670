"""The emulator's governance APIs (data qualities, trust scores): the computation lifecycle,
a data product's batch computation, the batch limits and deterministic figures, over plain
httpx against a strict emulator (every answer checked against the spec)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from qlik_catalog.emulator import Emulator

DQ = "/api/data-governance/data-qualities"
TRUST = "/api/data-governance/trust-scores/results/data-sets/actions/filter"
KEY = "governance-key"


def _http(emulator: Emulator) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=emulator.transport(),
        base_url="http://tenant.emulator.localhost",
        headers={"Authorization": f"Bearer {KEY}"},
    )


def _tenant(**options: Any) -> Emulator:
    tenant = Emulator(api_keys={KEY: "ann"}, strict=True, **options)
    tenant.seed("small")
    return tenant


async def _new_data_set(http: httpx.AsyncClient, emulator: Emulator) -> str:
    """A data set created through the API (so without a computed quality yet)."""
    seeded = emulator.state.data_sets[next(iter(emulator.state.data_sets))]
    body = {
        key: seeded[key]
        for key in ("name", "technicalName", "qri", "secureQri", "type", "spaceId", "schema")
    }
    body["technicalName"] = body["qri"] = body["secureQri"] = "governance_new"
    body["dataAssetInfo"] = {"id": seeded["dataAssetInfo"]["id"]}
    created = await http.post("/api/v1/data-sets", json=body)
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


@pytest.mark.parametrize("delay", [0, 1, 3])
async def test_a_computation_walks_to_succeeded_after_the_configured_polls(delay: int) -> None:
    emulator = _tenant(quality_delay=delay)
    async with _http(emulator) as http:
        data_set_id = await _new_data_set(http, emulator)
        before = await http.post(
            f"{DQ}/field-qualities/actions/filter", json={"datasets": [{"datasetId": data_set_id}]}
        )
        assert before.json() == {"fieldQualities": []}
        trust = await http.post(TRUST, json={"datasetIds": [data_set_id]})
        assert trust.json() == {"data": []}  # no computed trust score: omitted

        started = await http.post(f"{DQ}/computations", json={"datasetId": data_set_id})
        assert started.status_code == 202
        computation_id = started.json()["computationId"]
        statuses = []
        for _ in range(delay + 2):
            polled = await http.get(f"{DQ}/computations/{computation_id}")
            assert polled.status_code == 200
            statuses.append(polled.json()["status"])
        assert statuses[:delay] == ["REQUESTED", "PROFILE_REQUESTED", "SUBMITTED"][:delay]
        assert statuses[delay:] == ["SUCCEEDED", "SUCCEEDED"]

        fields = await http.post(
            f"{DQ}/field-qualities/actions/filter", json={"datasets": [{"datasetId": data_set_id}]}
        )
        (result,) = fields.json()["fieldQualities"]
        assert result["computed"]["by"] == {"id": "ann"}
        assert [f["name"] for f in result["fields"]] == [
            f["name"] for f in emulator.state.data_sets[data_set_id]["schema"]["dataFields"]
        ]
        trust = await http.post(TRUST, json={"datasetIds": [data_set_id]})
        assert [t["datasetId"] for t in trust.json()["data"]] == [data_set_id]


async def test_computation_errors() -> None:
    emulator = _tenant()
    async with _http(emulator) as http:
        unknown = await http.post(f"{DQ}/computations", json={"datasetId": "no-such-set"})
        assert unknown.status_code == 400
        assert "no-such-set" in unknown.json()["errors"][0]["detail"]
        assert "status" not in unknown.json()["errors"][0]  # the data qualities' error shape
        assert (await http.post(f"{DQ}/computations", json={})).status_code == 400
        assert (await http.get(f"{DQ}/computations/nope")).status_code == 404
        assert (await http.get(f"{DQ}/batch-computations/nope")).status_code == 404
        got = await http.get(f"{DQ}/global-results", params={"datasetId": "nope"})
        assert got.status_code == 404


async def test_a_data_products_batch_computation_finishes_after_the_same_polls() -> None:
    emulator = _tenant(quality_delay=2)
    async with _http(emulator) as http:
        product_id = next(iter(emulator.state.data_products))
        members = emulator.state.data_products[product_id]["datasetIds"]
        started = await http.post(
            f"/api/data-governance/data-products/{product_id}/actions/compute-datasets-data-quality"
        )
        assert started.status_code == 202
        body = started.json()
        assert [r["datasetId"] for r in body["datasetResponses"]] == members
        assert {r["status"] for r in body["datasetResponses"]} == {"REQUESTED"}
        polls = []
        for _ in range(3):
            batch = (await http.get(f"{DQ}/batch-computations/{body['batchComputationId']}")).json()
            polls.append(batch)
        assert [p["status"] for p in polls] == ["IN_PROGRESS", "IN_PROGRESS", "FINISHED"]
        assert [s["computationId"] for s in polls[0]["computationStatuses"]] == [
            r["computationId"] for r in body["datasetResponses"]
        ]
        assert {s["status"] for s in polls[-1]["computationStatuses"]} == {"SUCCEEDED"}
        # Each computation of the batch is one of the data qualities API's.
        one = body["datasetResponses"][0]["computationId"]
        assert (await http.get(f"{DQ}/computations/{one}")).json() == {"status": "SUCCEEDED"}


async def test_batch_limits() -> None:
    emulator = _tenant()
    ids = list(emulator.state.data_sets)
    assert len(ids) < 100
    hundred = (ids * 100)[:100]
    async with _http(emulator) as http:
        for path, key, wrap in (
            (TRUST, "datasetIds", str),
            (f"{DQ}/global-results/actions/filter", "datasetIds", str),
            (f"{DQ}/field-qualities/actions/filter", "datasets", lambda i: {"datasetId": i}),
        ):
            ok = await http.post(path, json={key: [wrap(i) for i in hundred]})
            assert ok.status_code == 200, ok.text
            too_many = await http.post(path, json={key: [wrap(i) for i in [*hundred, ids[0]]]})
            assert too_many.status_code == 400
            assert "at most 100" in too_many.json()["errors"][0]["detail"]
            empty = await http.post(path, json={key: []})
            assert empty.status_code == 400
            assert "at least 1" in empty.json()["errors"][0]["detail"]
        # Unknown ids are left out, not refused.
        answer = await http.post(TRUST, json={"datasetIds": ["unknown", ids[0]]})
        assert [t["datasetId"] for t in answer.json()["data"]] == [ids[0]]


async def _figures(emulator: Emulator) -> tuple[Any, Any, Any]:
    ids = list(emulator.state.data_sets)
    async with _http(emulator) as http:
        trust = (await http.post(TRUST, json={"datasetIds": ids})).json()
        quality = (
            await http.post(f"{DQ}/global-results/actions/filter", json={"datasetIds": ids})
        ).json()
        fields = await http.post(
            f"{DQ}/field-qualities/actions/filter",
            json={"datasets": [{"datasetId": i} for i in ids]},
        )
        return trust, quality, fields.json()


async def test_figures_are_deterministic_and_complete() -> None:
    first, second = await _figures(_tenant()), await _figures(_tenant())
    assert first == second
    trust, quality, fields = first
    seeded = len(_tenant().state.data_sets)
    assert (
        len(trust["data"])
        == len(quality["dataQualities"])
        == len(fields["fieldQualities"])
        == seeded
    )
    scores = {t["score"] for t in trust["data"]}
    assert len(scores) > 1  # derived per data set, not one constant
    for score in trust["data"]:
        assert 0 <= score["score"] <= 100
        assert [a["id"] for a in score["axes"]] == [
            "VALIDITY",
            "COMPLETENESS",
            "USAGE",
            "DISCOVERABILITY",
            "ACCURACY",
            "DIVERSITY",
            "TIMELINESS",
        ]
        assert sum(a["weight"] for a in score["axes"]) == 100
        timeliness = score["axes"][-1]
        assert timeliness["applicable"] is False
        assert "score" not in timeliness
    for entry in quality["dataQualities"]:
        q = entry["quality"]
        assert entry["status"] == "SUCCEEDED"
        assert q["valid"] + q["invalid"] + q["empty"] == q["total"] > 0
    for result in fields["fieldQualities"]:
        for field in result["fields"]:
            counts = field["quality"]["type"]
            assert counts["valid"] + counts["invalid"] + counts["empty"] == counts["total"]
            assert field["quality"]["aggregated"] == counts
            assert field["quality"]["rules"] == []


async def test_global_results_of_one_data_set_agree_with_the_filter() -> None:
    emulator = _tenant()
    data_set_id = next(iter(emulator.state.data_sets))
    async with _http(emulator) as http:
        one = (await http.get(f"{DQ}/global-results", params={"datasetId": data_set_id})).json()
        listed = (
            await http.post(
                f"{DQ}/global-results/actions/filter", json={"datasetIds": [data_set_id]}
            )
        ).json()
        (entry,) = listed["dataQualities"]
        (quality,) = one["qualities"]
        assert quality == {"connectionId": entry["connectionId"], "quality": entry["quality"]}
        other = await http.get(
            f"{DQ}/global-results", params={"datasetId": data_set_id, "connectionId": "x"}
        )
        assert other.json() == {"datasetId": data_set_id, "qualities": []}
