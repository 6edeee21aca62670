"""``qlik.trust_scores``: scores of one or many data sets, 100 per request, every id reported;
on the wire and against the emulator."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import PermissionDeniedError, QlikCatalog, QlikValueError
from qlik_catalog.emulator import Emulator
from tests.narrow import found
from tests.serving import serve
from tests.wire import sent

TRUST = "/api/data-governance/trust-scores/results/data-sets/actions/filter"


def score_doc(data_set_id: str, score: float = 72.5) -> dict[str, object]:
    return {
        "datasetId": data_set_id,
        "score": score,
        "updatedAt": "2026-01-02T03:04:05Z",
        "axes": [
            {
                "id": "VALIDITY",
                "weight": 50,
                "score": 90,
                "metrics": [{"id": "VALIDITY_QUALITY", "weight": 100, "score": 90}],
            }
        ],
    }


async def test_get_returns_the_score_with_its_breakdown(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": [score_doc("d1")]})
    score = found(await qlik.trust_scores.get("d1"))
    sent(httpx_mock, "POST", TRUST, body={"datasetIds": ["d1"]})
    assert score.score == 72.5
    assert score.axes[0].metrics[0].id == "VALIDITY_QUALITY"


async def test_get_of_a_data_set_without_a_score_is_none(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"data": []})
    assert await qlik.trust_scores.get("d1", recompute_usage=True) is None
    sent(httpx_mock, "POST", TRUST, body={"datasetIds": ["d1"], "recomputeUsage": True})


async def test_get_raises_the_error_of_its_request(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        status_code=403, json={"errors": [{"code": "TS-403", "title": "no"}], "traceId": "t-3"}
    )
    with pytest.raises(PermissionDeniedError) as caught:
        await qlik.trust_scores.get("d1")
    assert caught.value.trace_id == "t-3"


async def test_get_many_splits_by_100_and_reports_every_id(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    ids = [f"d{i:03}" for i in range(201)]

    def answer(request: httpx.Request) -> httpx.Response:
        asked = json.loads(request.content)["datasetIds"]
        return httpx.Response(200, json={"data": [score_doc(i, len(i)) for i in asked[1:]]})

    httpx_mock.add_callback(answer, is_reusable=True)
    scores = await qlik.trust_scores.get_many(ids)
    requests = httpx_mock.get_requests()
    assert sorted(len(json.loads(r.content)["datasetIds"]) for r in requests) == [1, 100, 100]
    assert all(r.method == "POST" and r.url.path == TRUST for r in requests)
    assert list(scores.succeeded) == ids
    assert {i for i, s in scores.succeeded.items() if s is None} == {"d000", "d100", "d200"}


async def test_get_many_refuses_an_empty_list_before_sending(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    with pytest.raises(QlikValueError, match="empty"):
        await qlik.trust_scores.get_many([])
    assert httpx_mock.get_requests() == []


async def test_scores_on_the_emulator_are_stable_and_ranked() -> None:
    emulator = Emulator(strict=True)
    emulator.seed("small")
    ids = sorted(emulator.state.data_sets)
    async with emulator.client() as qlik:
        first = await qlik.trust_scores.get_many(ids)
        again = await qlik.trust_scores.get_many(ids)
    assert first.ok
    scores = {i: found(s).score for i, s in first.succeeded.items()}
    assert scores == {i: found(s).score for i, s in again.succeeded.items()}
    assert all(0 <= value <= 100 for value in scores.values())
    assert len(set(scores.values())) > 1  # figures differ by data set


README_MARKER = "<!-- tested: the least trusted example -->"


def readme_example() -> str:
    """The README's least-trusted example, verbatim: the python block after its marker."""
    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert README_MARKER in text, f"README.md lost the line {README_MARKER!r}"
    match = re.match(r"\s*```python\n(.*?)^```", text.split(README_MARKER, 1)[1], re.S | re.M)
    assert match, f"no ```python block right after {README_MARKER!r} in README.md"
    return match.group(1)


async def test_the_readmes_least_trusted_example_prints_the_ten_lowest_scores(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    emulator = Emulator(api_keys=["readme-key"])
    emulator.seed("demo")
    finance = next(s["id"] for s in emulator.state.spaces.values() if s["name"] == "Finance")
    with serve(emulator) as url:
        monkeypatch.setenv("QLIK_TENANT_URL", url)
        monkeypatch.setenv("QLIK_API_KEY", "readme-key")
        body = textwrap.indent(readme_example(), "    ")
        namespace: dict[str, Any] = {"QlikCatalog": QlikCatalog}
        exec(f"async def main():\n{body}", namespace)
        await namespace["main"]()
    printed = capsys.readouterr().out.splitlines()
    async with emulator.client() as qlik:
        members = [i for i, d in emulator.state.data_sets.items() if d.get("spaceId") == finance]
        scores = await qlik.trust_scores.get_many(members)
    expected = sorted((found(s).score, i) for i, s in scores.succeeded.items())[:10]
    assert printed == [f"{score:5.1f}  {data_set_id}" for score, data_set_id in expected]
