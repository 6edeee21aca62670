"""``qlik.apps``: get and delete."""

from __future__ import annotations

from typing import cast

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import PermissionDeniedError, QlikCatalog
from tests.narrow import present
from tests.wire import sent


async def test_get(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        json={"attributes": {"id": "app1", "name": "Sales"}, "privileges": ["read"]}
    )
    app = await qlik.apps.get("app1")
    sent(httpx_mock, "GET", "/api/v1/apps/app1")
    assert present(app.attributes).name == "Sales"
    assert app.privileges == ["read"]


async def test_delete(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=200)
    assert cast(object, await qlik.apps.delete("app1")) is None
    sent(httpx_mock, "DELETE", "/api/v1/apps/app1")


async def test_delete_forbidden_is_typed(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        status_code=403, json={"errors": [{"code": "APP-403", "title": "Forbidden"}]}
    )
    with pytest.raises(PermissionDeniedError) as caught:
        await qlik.apps.delete("app1")
    assert caught.value.codes == ["APP-403"]
