"""What the client tests share: the fake tenant and checks of the request on the wire."""

from __future__ import annotations

import json
from typing import Any

import httpx
from pytest_httpx import HTTPXMock

TENANT = "https://acme.eu.qlikcloud.com"
API_KEY = "qlik-test-api-key-5f2b9c"
API = f"{TENANT}/api/v1"


def sent(
    httpx_mock: HTTPXMock,
    method: str,
    path: str,
    *,
    params: dict[str, str] | None = None,
    body: Any = None,
) -> httpx.Request:
    """The one request sent, checked: method, path (as sent, undecoded), query and JSON body."""
    requests = httpx_mock.get_requests()
    assert len(requests) == 1, [f"{r.method} {r.url}" for r in requests]
    return check_request(requests[0], method, path, params=params, body=body)


def check_request(
    request: httpx.Request,
    method: str,
    path: str,
    *,
    params: dict[str, str] | None = None,
    body: Any = None,
) -> httpx.Request:
    """Assert what one request carried."""
    assert request.method == method
    assert request.url.raw_path.decode().split("?")[0] == path
    assert dict(request.url.params) == (params or {})
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    if body is None:
        assert request.content == b""
    else:
        assert json.loads(request.content) == body
    return request


def space_doc(space_id: str, **fields: Any) -> dict[str, Any]:
    """A space as Qlik answers it: every field the official types always carry, then ``fields``."""
    base = f"{API}/spaces/{space_id}"
    return {
        "id": space_id,
        "name": f"space {space_id}",
        "tenantId": "t1",
        "type": "shared",
        "links": {"self": {"href": base}, "assignments": {"href": f"{base}/assignments"}},
        **fields,
    }


def item_doc(item_id: str, **fields: Any) -> dict[str, Any]:
    """An item as Qlik answers it: every field the official types always carry, then ``fields``."""
    return {
        "id": item_id,
        "name": f"item {item_id}",
        "tenantId": "t1",
        "resourceType": "dataset",
        "resourceId": f"r-{item_id}",
        "resourceAttributes": {},
        "resourceCustomAttributes": {},
        "resourceCreatedAt": "2024-01-01T00:00:00Z",
        "resourceUpdatedAt": "2024-01-01T00:00:00Z",
        "createdAt": "2024-01-01T00:00:00Z",
        "updatedAt": "2024-01-01T00:00:00Z",
        "actions": ["read"],
        "collectionIds": [],
        "isFavorited": False,
        "links": {"self": {"href": f"{API}/items/{item_id}"}},
        "meta": {"actions": ["read"], "collections": [], "isFavorited": False, "tags": []},
        **fields,
    }
