"""Batch helpers: ids chunked to what one request carries, every id's outcome reported (a chunk
refused for a missing id is split to find it), bad id lists refused before sending."""

from __future__ import annotations

import json

import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import ConflictError, NotFoundError, QlikCatalog, QlikValueError
from qlik_catalog.batch import delete_in_chunks


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


class AllOrNothingTenant:
    """A batch delete route as Qlik's: deletes every id of a request, or (404) none when one
    of them does not exist. Records each request's ids and the ids it refused."""

    def __init__(self, existing: set[str]) -> None:
        self.existing = set(existing)
        self.requests: list[list[str]] = []
        self.refused: list[list[str]] = []

    def answer(self, request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.content)["ids"]
        self.requests.append(ids)
        missing = [i for i in ids if i not in self.existing]
        if missing:
            self.refused.append(ids)
            body = {"errors": [{"code": "DS-404", "detail": ", ".join(missing)}], "traceId": "t"}
            return httpx.Response(404, json=body)
        self.existing -= set(ids)
        return httpx.Response(204)


async def test_batch_delete_with_missing_ids_deletes_the_rest_in_few_requests(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    ids = [f"d{i}" for i in range(250)]
    missing = {"d7", "d150", "d151", "d249"}  # chunk 1 one, chunk 2 two, chunk 3 one
    tenant = AllOrNothingTenant(set(ids) - missing)
    httpx_mock.add_callback(tenant.answer, is_reusable=True)
    result = await qlik.data_sets.delete_many(ids)
    assert tenant.existing == set()  # every id that existed was deleted
    assert set(result.succeeded) == set(ids) - missing
    assert set(result.failed) == missing
    assert all(isinstance(e, NotFoundError) for e in result.failed.values())
    # Reported in the caller's order, whatever order the chunks finished in.
    assert [i for i in ids if i in result.failed] == list(result.failed)
    assert [i for i in ids if i in result.succeeded] == list(result.succeeded)
    # Each missing id was refused in a request of its own.
    assert sorted(r[0] for r in tenant.refused if len(r) == 1) == sorted(missing)
    # k missing among n cost O(k log n): 3 chunks, then about 1.5 requests per halving level
    # (7 levels for 100 ids) for each missing id; one request per id would be 250.
    assert len(tenant.requests) <= 3 + 2 * 7 * len(missing)
    assert len(tenant.requests) < 50


async def test_batch_delete_split_meets_another_refusal_in_one_half(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    # "busy" answers 409 (e.g. a store that still holds assets) once the 404 is out of the
    # way: the half holding it fails as a whole with that 409, unsplit.
    def answer(request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.content)["ids"]
        if "missing" in ids:
            return httpx.Response(404, json={"errors": [{"code": "DS-404"}], "traceId": "t"})
        if "busy" in ids:
            return httpx.Response(409, json={"errors": [{"code": "DS-409"}], "traceId": "t"})
        return httpx.Response(204)

    httpx_mock.add_callback(answer, is_reusable=True)
    result = await qlik.data_stores.delete_many(["a", "missing", "busy", "b"])
    sent = [json.loads(r.content)["ids"] for r in httpx_mock.get_requests()]
    assert sent == [
        ["a", "missing", "busy", "b"],
        ["a", "missing"],
        ["a"],
        ["missing"],
        ["busy", "b"],
    ]
    assert list(result.succeeded) == ["a"]
    assert isinstance(result.failed["missing"], NotFoundError)
    assert isinstance(result.failed["busy"], ConflictError)
    assert result.failed["b"] is result.failed["busy"]


async def test_delete_in_chunks_cost_grows_with_log_n() -> None:
    # The halving alone, without HTTP: one missing id among n costs about log2(n) requests.
    async def cost(n: int) -> int:
        ids = [f"i{k}" for k in range(n)]
        tenant = AllOrNothingTenant(set(ids) - {ids[n // 3]})
        calls = 0

        async def delete(chunk: list[str]) -> None:
            nonlocal calls
            calls += 1
            answer = tenant.answer(httpx.Request("DELETE", "http://t", json={"ids": chunk}))
            if answer.status_code == 404:
                raise NotFoundError(404, method="DELETE", url="http://t")

        result = await delete_in_chunks(ids, delete, chunk_size=n, concurrency=1)
        assert list(result.failed) == [ids[n // 3]]
        assert len(result.succeeded) == n - 1
        return calls

    assert await cost(2) == 3  # whole, the first half, the second alone
    for n in (16, 256, 4096):
        assert await cost(n) <= 1 + 2 * n.bit_length()
    assert await cost(4096) < 30


async def test_delete_in_chunks_sends_an_id_given_twice_once() -> None:
    tenant = AllOrNothingTenant({"a", "b"})
    sent: list[list[str]] = []

    async def delete(chunk: list[str]) -> None:
        sent.append(chunk)
        answer = tenant.answer(httpx.Request("DELETE", "http://t", json={"ids": chunk}))
        if answer.status_code == 404:
            raise NotFoundError(404, method="DELETE", url="http://t")

    result = await delete_in_chunks(["a", "b", "a"], delete, chunk_size=1, concurrency=1)
    assert sent == [["a"], ["b"]]
    assert (list(result.succeeded), dict(result.failed)) == (["a", "b"], {})
