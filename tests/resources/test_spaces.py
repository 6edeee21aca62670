"""``qlik.spaces``: create, get, list with cursor paging, update, replace, delete."""

from __future__ import annotations

from typing import cast

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikValueError
from tests.wire import API, check_request, sent, space_doc


async def test_create_defaults_to_a_shared_space(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json=space_doc("sp1", name="Finance"))
    space = await qlik.spaces.create("Finance")
    sent(httpx_mock, "POST", "/api/v1/spaces", body={"name": "Finance", "type": "shared"})
    assert (space.id, space.type_) == ("sp1", "shared")


async def test_create_managed_with_description(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=201, json=space_doc("sp2", type="managed"))
    await qlik.spaces.create("Ops", type="managed", description="Run books")
    sent(
        httpx_mock,
        "POST",
        "/api/v1/spaces",
        body={"name": "Ops", "type": "managed", "description": "Run books"},
    )


async def test_create_refuses_bad_input(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="space type 'personal' is not one of: data, managed"):
        await qlik.spaces.create("Mine", type="personal")
    with pytest.raises(QlikValueError, match="name is empty"):
        await qlik.spaces.create(" ")


async def test_get(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=space_doc("sp1", name="Finance", ownerId="u1"))
    space = await qlik.spaces.get("sp1")
    sent(httpx_mock, "GET", "/api/v1/spaces/sp1")
    assert space.owner_id == "u1"


async def test_list_follows_cursors_across_three_pages(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{API}/spaces?limit=2&type=shared&sort=-createdAt",
        json={
            "data": [space_doc("sp1"), space_doc("sp2")],
            "links": {
                "self": {"href": f"{API}/spaces"},
                "next": {"href": f"{API}/spaces?limit=2&next=c2&type=shared"},
            },
            "meta": {"count": 5},
        },
    )
    httpx_mock.add_response(
        url=f"{API}/spaces?limit=2&next=c2&type=shared",
        json={
            "data": [space_doc("sp3"), space_doc("sp4")],
            "links": {
                "self": {"href": f"{API}/spaces"},
                "next": {"href": f"{API}/spaces?limit=2&next=c3&type=shared"},
            },
        },
    )
    httpx_mock.add_response(
        url=f"{API}/spaces?limit=2&next=c3&type=shared",
        json={"data": [space_doc("sp5")], "links": {"self": {"href": "/api/v1/spaces"}}},
    )
    pages = [
        page async for page in qlik.spaces.list(limit=2, type="shared", sort="-createdAt").pages()
    ]
    assert [[s.id for s in p.items] for p in pages] == [["sp1", "sp2"], ["sp3", "sp4"], ["sp5"]]
    assert pages[0].total == 5
    assert [r.url.params.get("next") for r in httpx_mock.get_requests()] == [None, "c2", "c3"]


async def test_list_filters_and_extra_params(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"data": [], "links": {"self": {"href": f"{API}/spaces"}}})
    page = await qlik.spaces.list(
        name="fin", owner_id="u1", action="create", extra_params={"environment.name": "prod"}
    )
    sent(
        httpx_mock,
        "GET",
        "/api/v1/spaces",
        params={
            "limit": "100",
            "name": "fin",
            "ownerId": "u1",
            "action": "create",
            "environment.name": "prod",
        },
    )
    assert page.items == []


def test_extra_params_may_not_shadow_an_argument(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="extra_params repeats limit"):
        qlik.spaces.list(extra_params={"limit": 5})


async def test_update_patches_only_the_given_attributes(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(json=space_doc("sp1", name="Finance", ownerId="u2"))
    space = await qlik.spaces.update("sp1", owner_id="u2", description="Ledgers")
    sent(
        httpx_mock,
        "PATCH",
        "/api/v1/spaces/sp1",
        body=[
            {"op": "replace", "path": "/description", "value": "Ledgers"},
            {"op": "replace", "path": "/ownerId", "value": "u2"},
        ],
    )
    assert space.owner_id == "u2"


async def test_update_with_nothing_to_change_is_refused(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="at least one of name, description, owner_id"):
        await qlik.spaces.update("sp1")


async def test_replace_puts(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json=space_doc("sp1", name="Fin"))
    space = await qlik.spaces.replace("sp1", {"name": "Fin", "ownerId": "u1"})
    check_request(
        httpx_mock.get_requests()[0],
        "PUT",
        "/api/v1/spaces/sp1",
        body={"name": "Fin", "ownerId": "u1"},
    )
    assert space.name == "Fin"


async def test_delete(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=204)
    assert cast(object, await qlik.spaces.delete("sp1")) is None
    sent(httpx_mock, "DELETE", "/api/v1/spaces/sp1")
