"""Secrets never shown: not in the client's or the credentials' reprs, debug logs or errors."""

from __future__ import annotations

import base64
import json
import logging
from urllib.parse import quote

import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import NotFoundError, OAuthClientCredentials, QlikCatalog
from qlik_catalog._redact import request_secrets, scrub
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


def test_request_secrets_finds_every_credential_a_request_carries() -> None:
    basic = base64.b64encode(b"app:basic-pass-123").decode()
    request = httpx.Request(
        "POST",
        "https://acme.eu.qlikcloud.com/oauth/token?access_token=query-token-1&page=2",
        headers={"Authorization": f"Basic {basic}", "Cookie": "sid=cookie-value-9"},
        data={"client_id": "app", "client_secret": "form-secret-77", "grant_type": "x"},
    )
    found = request_secrets(request)
    for secret in (
        basic,
        "basic-pass-123",
        "query-token-1",
        "form-secret-77",
        "sid=cookie-value-9",
    ):
        assert secret in found
    assert "app" not in found  # too short to be a credential, and an id anyway
    assert list(found) == sorted(found, key=len, reverse=True)  # longest first


def test_scrub_replaces_a_secret_however_it_is_echoed() -> None:
    secret = 'k3y/with+odd"chars'
    text = f"raw {secret} | url {quote(secret, safe='')} | json {json.dumps(secret)}"
    assert scrub(text, [secret]) == 'raw [REDACTED] | url [REDACTED] | json "[REDACTED]"'
    bearer = request_secrets(
        httpx.Request("GET", "https://x.test", headers={"Authorization": f"Bearer {API_KEY}"})
    )
    assert scrub(f"got Bearer {API_KEY}!", bearer) == "got [REDACTED]!"
    assert scrub(f"got {API_KEY}", bearer) == "got [REDACTED]"
