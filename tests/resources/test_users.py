"""``qlik.users``: list with cursor paging, get, me."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikValueError
from tests.wire import API, sent


async def test_list_follows_cursors_across_three_pages(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    for cursor, ids, next_cursor in [
        (None, ["u1", "u2"], "n2"),
        ("n2", ["u3", "u4"], "n3"),
        ("n3", ["u5"], None),
    ]:
        query = "limit=2&sort=%2Bname&filter=status+eq+%22active%22"
        url = f"{API}/users?{query}" + (f"&next={cursor}" if cursor else "")
        links: dict[str, object] = {"self": {"href": url}}
        if next_cursor:
            links["next"] = {"href": f"{API}/users?{query}&next={next_cursor}"}
        body = {"data": [{"id": i} for i in ids], "totalResults": 5, "links": links}
        httpx_mock.add_response(url=url, json=body)
    users = qlik.users.list(limit=2, sort="+name", filter='status eq "active"')
    assert [u.id async for u in users] == ["u1", "u2", "u3", "u4", "u5"]
    first = httpx_mock.get_requests()[0]
    assert dict(first.url.params) == {"limit": "2", "sort": "+name", "filter": 'status eq "active"'}


async def test_list_with_fields_and_total(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        json={
            "data": [{"id": "u1"}],
            "totalResults": 1,
            "links": {"self": {"href": f"{API}/users"}},
        }
    )
    page = await qlik.users.list(fields=["id", "email"], total_results=True)
    sent(
        httpx_mock,
        "GET",
        "/api/v1/users",
        params={"limit": "100", "fields": "id,email", "totalResults": "true"},
    )
    assert page.total == 1


def test_unknown_sort_is_refused(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="users sort 'age' is not one of"):
        qlik.users.list(sort="age")


async def test_get(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "u1", "email": "ann@example.com"})
    user = await qlik.users.get("u1", fields=["email"])
    sent(httpx_mock, "GET", "/api/v1/users/u1", params={"fields": "email"})
    assert user.email == "ann@example.com"


async def test_me(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "u1", "name": "Ann", "tenantId": "t1"})
    me = await qlik.users.me()
    sent(httpx_mock, "GET", "/api/v1/users/me")
    assert (me.id, me.name, me.tenant_id) == ("u1", "Ann", "t1")
