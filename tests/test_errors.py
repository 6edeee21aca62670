"""Error answers mapped to typed errors that carry Qlik's error codes, traceId and the request."""

from __future__ import annotations

import json

import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import NotFoundError, QlikCatalog
from qlik_catalog.errors import parse_error_body, secret_free_cause
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


def test_a_huge_error_text_is_cut_saying_so() -> None:
    """A hostile error body's text would make every message, log line and scrub as long."""
    content = json.dumps({"errors": [{"code": "E", "detail": "d" * 1_000_000}]}).encode()
    entries, _ = parse_error_body(content)
    detail = entries[0].detail
    assert detail is not None
    assert detail == "d" * 4000 + "... (996000 more characters)"


def test_a_cause_quoting_the_credentials_is_not_chained() -> None:
    request = httpx.Request("GET", "https://x.test", headers={"Authorization": "Bearer k-123456"})
    quoting = TypeError("Unexpected value 'Bearer k-123456'")
    assert secret_free_cause(quoting, request) is None
    with pytest.raises(ValueError, match="plain") as chained:
        raise ValueError("plain") from quoting  # a cause further down the chain counts too
    assert secret_free_cause(chained.value, request) is None
    harmless = KeyError("id")
    assert secret_free_cause(harmless, request) is harmless
    assert secret_free_cause(quoting, None) is quoting  # no credentials sent, none to leak
