"""What the spec checks and shapes before anything is sent: projections, page sizes, sort keys."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import QlikCatalog, QlikValueError
from tests.wire import API_KEY


async def test_get_sends_projections_and_parses(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"id": "d1", "name": "orders"})
    data_set = await qlik.data_sets.get("d1", projections=["id", "name"])
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.path == "/api/v1/data-sets/d1"
    assert request.url.params["projections"] == "id,name"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert data_set.id == "d1"
    assert data_set.name == "orders"


async def test_unknown_projection_refused_before_sending(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="unknown field 'nope' in projections"):
        await qlik.data_sets.get("d1", projections=["id", "nope"])


async def test_limit_and_sort_are_checked(qlik: QlikCatalog) -> None:
    with pytest.raises(QlikValueError, match="out of range"):
        qlik.data_stores.list(limit=0)
    with pytest.raises(QlikValueError, match="unknown sort key"):
        qlik.data_stores.list(sort="-nope")
