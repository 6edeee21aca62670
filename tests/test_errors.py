"""Error answers mapped to typed errors that carry Qlik's error codes, traceId and the request."""

from __future__ import annotations

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import NotFoundError, QlikCatalog
from tests.wire import TENANT


async def test_404_becomes_not_found_with_codes_and_trace(
    qlik: QlikCatalog, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(
        url=f"{TENANT}/api/v1/data-sets/d9",
        status_code=404,
        json={
            "errors": [{"code": "DS-404", "title": "Not found", "status": "404"}],
            "traceId": "tr-1",
        },
    )
    with pytest.raises(NotFoundError) as caught:
        await qlik.data_sets.get("d9")
    error = caught.value
    assert error.status == 404
    assert error.codes == ["DS-404"]
    assert error.trace_id == "tr-1"
    assert error.method == "GET"
    assert error.url == f"{TENANT}/api/v1/data-sets/d9"
    assert "DS-404" in str(error)
    assert "tr-1" in str(error)
