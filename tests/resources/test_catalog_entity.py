"""create / get / patch / replace / delete / delete_many / get_many / patch_many, for each of
data stores, data assets and data sets (one generic implementation, three APIs)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, cast

import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import (
    BatchError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    QlikCatalog,
    QlikStatusError,
    QlikValueError,
    replace,
)
from qlik_catalog.resources.catalog_entity import CatalogEntityResource
from tests.wire import API, check_request, sent


@dataclass(frozen=True)
class Entity:
    attr: str  # the resource on QlikCatalog
    path: str  # the API path under /api/v1
    body: dict[str, Any]  # a valid create / replace body


ENTITIES = [
    Entity("data_stores", "data-stores", {"type": "qix-datafiles", "technicalName": "t1"}),
    Entity("data_assets", "data-assets", {"appType": "QIX-DF", "technicalName": "orders.qvd"}),
    Entity(
        "data_sets",
        "data-sets",
        {
            "qri": "qri:qdf:space://s1#orders",
            "secureQri": "qri:qdf:space://s1#c2f",
            "dataAssetInfo": {"id": "a1"},
            "technicalName": "orders.qvd",
        },
    ),
]


@pytest.fixture(params=ENTITIES, ids=[e.attr for e in ENTITIES])
def entity(request: pytest.FixtureRequest) -> Entity:
    return request.param  # type: ignore[no-any-return]


def resource(qlik: QlikCatalog, entity: Entity) -> CatalogEntityResource[Any, Any]:
    value = getattr(qlik, entity.attr)
    assert isinstance(value, CatalogEntityResource)
    return value


async def test_create_posts_the_body_and_returns_the_model(
    qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=201, json={"id": "x1", **entity.body, "version": 1})
    created = await resource(qlik, entity).create({**entity.body, "name": "Orders"})
    sent(httpx_mock, "POST", f"/api/v1/{entity.path}", body={**entity.body, "name": "Orders"})
    assert created.id == "x1"
    assert created.version == 1


async def test_create_with_a_missing_required_field_is_refused(
    qlik: QlikCatalog, entity: Entity
) -> None:
    body = dict(entity.body)
    missing = body.pop("technicalName")
    assert missing
    # Names the field and that it is required (base.py's wording of it is another's to set).
    with pytest.raises(QlikValueError, match=r"technicalName'?: required|required.*technicalName"):
        await resource(qlik, entity).create(body)


async def test_get_by_id(qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "x1", "name": "Orders"})
    got = await resource(qlik, entity).get("x1")
    sent(httpx_mock, "GET", f"/api/v1/{entity.path}/x1")
    assert (got.id, got.name) == ("x1", "Orders")


async def test_patch_returns_the_updated_model_on_200(
    qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"id": "x1", "name": "New", "version": 2})
    patched = await resource(qlik, entity).patch(
        "x1", [replace("/name", "New"), {"op": "add", "path": "/tags/-", "value": "gold"}]
    )
    sent(
        httpx_mock,
        "PATCH",
        f"/api/v1/{entity.path}/x1",
        body=[
            {"op": "replace", "path": "/name", "value": "New"},
            {"op": "add", "path": "/tags/-", "value": "gold"},
        ],
    )
    assert patched is not None
    assert (patched.name, patched.version) == ("New", 2)


async def test_replace_puts_the_whole_body(
    qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json={"id": "x1", **entity.body, "version": 3})
    replaced = await resource(qlik, entity).replace("x1", entity.body)
    sent(httpx_mock, "PUT", f"/api/v1/{entity.path}/x1", body=entity.body)
    assert replaced.version == 3


async def test_delete_one_goes_through_the_batch_endpoint(
    qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=204)
    assert cast(object, await resource(qlik, entity).delete("x1")) is None
    sent(httpx_mock, "DELETE", f"/api/v1/{entity.path}", body={"ids": ["x1"]})


async def test_delete_one_that_is_missing_raises_not_found(
    qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock
) -> None:
    # The item's own typed error, as every other delete raises: not a BatchError around it.
    httpx_mock.add_response(status_code=404, json={"errors": [{"code": "X-404"}], "traceId": "t"})
    with pytest.raises(NotFoundError) as caught:
        await resource(qlik, entity).delete("x1")
    assert not isinstance(caught.value, BatchError)
    assert (caught.value.status, caught.value.codes, caught.value.trace_id) == (404, ["X-404"], "t")
    assert caught.value.method == "DELETE"


async def test_delete_many_chunks_and_reports_each_id(
    qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(status_code=204, is_reusable=True)
    result = await resource(qlik, entity).delete_many(["a", "b", "c"], chunk_size=2)
    requests = httpx_mock.get_requests()
    assert sorted(json.loads(r.content)["ids"] for r in requests) == [["a", "b"], ["c"]]
    for request in requests:
        assert (request.method, request.url.path) == ("DELETE", f"/api/v1/{entity.path}")
    assert result.ok
    assert sorted(result.succeeded) == ["a", "b", "c"]


def refusing(missing: set[str]) -> Any:
    """A batch delete route as Qlik's: all or nothing, 404 when any id of the body is in
    ``missing``; the answer's traceId names the ids it answered, to tell the answers apart."""

    def answer(request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.content)["ids"]
        if set(ids) & missing:
            body = {"errors": [{"code": "HTTP-404"}], "traceId": "+".join(ids)}
            return httpx.Response(404, json=body)
        return httpx.Response(204)

    return answer


def deleted_bodies(httpx_mock: HTTPXMock, entity: Entity) -> list[list[str]]:
    """The ids of each batch delete sent, in order, each checked as a DELETE of the route."""
    bodies: list[list[str]] = []
    for request in httpx_mock.get_requests():
        body = json.loads(request.content)
        check_request(request, "DELETE", f"/api/v1/{entity.path}", body=body)
        assert list(body) == ["ids"]
        bodies.append(body["ids"])
    return bodies


async def test_delete_many_with_a_missing_id_deletes_the_others(
    qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock
) -> None:
    # Qlik refuses the whole request; the SDK halves it to find the missing id.
    httpx_mock.add_callback(refusing({"missing"}), is_reusable=True)
    result = await resource(qlik, entity).delete_many(["a", "b", "missing"])
    assert deleted_bodies(httpx_mock, entity) == [
        ["a", "b", "missing"],  # refused: 404
        ["a"],  # deleted, so the missing id is in the other half,
        ["b"],  # which is split without being sent whole again
        ["missing"],  # its own 404
    ]
    assert result.succeeded == {"a": None, "b": None}
    assert list(result.failed) == ["missing"]
    error = result.failed["missing"]
    assert isinstance(error, NotFoundError)
    assert error.trace_id == "missing"  # the answer to its own request, not the chunk's
    assert list(result.succeeded) + list(result.failed) == ["a", "b", "missing"]


async def test_delete_many_asks_both_halves_when_the_first_holds_a_missing_id(
    qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_callback(refusing({"a", "d"}), is_reusable=True)
    result = await resource(qlik, entity).delete_many(["a", "b", "c", "d"])
    assert deleted_bodies(httpx_mock, entity) == [
        ["a", "b", "c", "d"],
        ["a", "b"],  # 404
        ["a"],  # 404: missing
        ["b"],  # the first half had a missing id: the second may hold none, so it is asked
        ["c", "d"],  # 404
        ["c"],
        ["d"],  # 404: missing
    ]
    assert list(result.succeeded) == ["b", "c"]
    assert {k: v.trace_id for k, v in result.failed.items() if isinstance(v, NotFoundError)} == {
        "a": "a",
        "d": "d",
    }


@pytest.mark.parametrize(
    ("status", "error_type"), [(403, PermissionDeniedError), (409, ConflictError)]
)
async def test_delete_many_other_refusals_fail_the_whole_chunk_unsplit(
    qlik: QlikCatalog,
    entity: Entity,
    httpx_mock: HTTPXMock,
    status: int,
    error_type: type[QlikStatusError],
) -> None:
    httpx_mock.add_response(status_code=status, json={"errors": [{"code": "X"}], "traceId": "t"})
    result = await resource(qlik, entity).delete_many(["a", "b", "missing"])
    assert deleted_bodies(httpx_mock, entity) == [["a", "b", "missing"]]  # one request, no split
    assert result.succeeded == {}
    assert list(result.failed) == ["a", "b", "missing"]
    errors = list(result.failed.values())
    assert all(e is errors[0] for e in errors)
    assert isinstance(errors[0], error_type)


async def test_delete_many_with_every_id_missing_gives_each_its_own_404(
    qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock
) -> None:
    ids = [f"x{i}" for i in range(8)]
    httpx_mock.add_callback(refusing(set(ids)), is_reusable=True)
    result = await resource(qlik, entity).delete_many(ids)
    assert len(httpx_mock.get_requests()) == 2 * len(ids) - 1  # the whole halving tree
    assert list(result.failed) == ids
    assert all(isinstance(e, NotFoundError) and e.trace_id == i for i, e in result.failed.items())


async def test_get_many_reports_successes_and_failures(
    qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(url=f"{API}/{entity.path}/a", json={"id": "a"})
    httpx_mock.add_response(url=f"{API}/{entity.path}/b", status_code=404, json={"errors": []})
    result = await resource(qlik, entity).get_many(["a", "b"])
    assert result.succeeded["a"].id == "a"
    assert isinstance(result.failed["b"], NotFoundError)
    assert len(result) == 2


async def test_patch_many_patches_each_id_and_checks_every_patch_first(
    qlik: QlikCatalog, entity: Entity, httpx_mock: HTTPXMock
) -> None:
    res = resource(qlik, entity)
    with pytest.raises(QlikValueError, match="not a JSON Pointer"):
        await res.patch_many({"a": [replace("/name", "A")], "b": [{"op": "replace", "path": "x"}]})
    assert httpx_mock.get_requests() == []

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(204)

    httpx_mock.add_callback(answer, is_reusable=True)
    result = await res.patch_many({"a": [replace("/name", "A")], "b": [replace("/name", "B")]})
    assert result.succeeded == {"a": None, "b": None}
    by_path = {r.url.path: json.loads(r.content) for r in httpx_mock.get_requests()}
    assert by_path == {
        f"/api/v1/{entity.path}/a": [{"op": "replace", "path": "/name", "value": "A"}],
        f"/api/v1/{entity.path}/b": [{"op": "replace", "path": "/name", "value": "B"}],
    }


@pytest.mark.parametrize("bad", ["", " x", "a/b", "a,b"])
async def test_bad_ids_are_refused_before_sending(
    qlik: QlikCatalog, entity: Entity, bad: str
) -> None:
    with pytest.raises(QlikValueError, match="id"):
        await resource(qlik, entity).get(bad)


def test_check_request_helper_rejects_a_wrong_body() -> None:
    request = httpx.Request(
        "POST",
        f"{API}/data-stores",
        json={"a": 1},
        headers={"authorization": "Bearer qlik-test-api-key-5f2b9c"},
    )
    check_request(request, "POST", "/api/v1/data-stores", body={"a": 1})
    with pytest.raises(AssertionError):
        check_request(request, "POST", "/api/v1/data-stores", body={"a": 2})
