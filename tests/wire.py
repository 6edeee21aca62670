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
