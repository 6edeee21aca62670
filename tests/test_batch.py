"""Batch helpers: ids chunked to what one request carries, every id's outcome reported, bad id
lists refused before sending."""

from __future__ import annotations

import json

import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikValueError


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
