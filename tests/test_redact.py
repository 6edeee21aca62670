"""Secrets never shown: not in the client's or the credentials' reprs, debug logs or errors."""

from __future__ import annotations

import logging

import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import NotFoundError, OAuthClientCredentials, QlikCatalog
from tests.wire import API_KEY, TENANT


def test_repr_hides_the_key() -> None:
    client = QlikCatalog(TENANT, api_key=API_KEY)
    assert API_KEY not in repr(client)
    assert "REDACTED" in repr(client)
    oauth = OAuthClientCredentials(client_id="cid", client_secret="very-secret")
    assert "very-secret" not in repr(oauth)


async def test_no_api_key_in_debug_logs(
    qlik: QlikCatalog, httpx_mock: HTTPXMock, caplog: pytest.LogCaptureFixture
) -> None:
    httpx_mock.add_response(status_code=503, json={})
    httpx_mock.add_response(status_code=404, json={"traceId": "t"})
    caplog.set_level(logging.DEBUG)
    with pytest.raises(NotFoundError) as caught:
        await qlik.data_stores.get("s1")
    assert caplog.records, "expected debug log lines"
    assert all(API_KEY not in record.getMessage() for record in caplog.records)
    assert API_KEY not in str(caught.value)
    assert API_KEY not in repr(caught.value)
    assert any("503" in r.getMessage() for r in caplog.records)
