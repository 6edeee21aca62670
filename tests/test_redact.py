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
from qlik_catalog._redact import redact_url, request_secrets, scrub
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


def test_a_json_grant_is_searched_for_credentials_too() -> None:
    """The token endpoint takes its grant as JSON: its secret fields are credentials."""
    request = httpx.Request(
        "POST",
        "https://acme.eu.qlikcloud.com/oauth/token",
        json={"client_id": "app-1234567", "client_secret": "json-secret-88", "scope": "x"},
    )
    found = request_secrets(request)
    assert "json-secret-88" in found
    assert "app-1234567" not in found  # an id, not a credential


@pytest.mark.parametrize(
    "content",
    [b"[1, 2]", b"not json", b"\xff\xfe", b"[" * 100_000],
    ids=["an array", "not JSON", "not UTF-8", "nested too deep"],
)
def test_an_odd_json_body_holds_no_credentials(content: bytes) -> None:
    request = httpx.Request(
        "POST", "https://x.test", content=content, headers={"content-type": "application/json"}
    )
    assert request_secrets(request) == ()


def test_scrub_finds_a_secret_split_or_encoded() -> None:
    secret = "k3y/with+odd-chars"
    echoes = {
        "folded": f"{secret[:6]}\n  {secret[6:]}",
        "folded twice": f"{secret[:3]}\r\n{secret[3:9]}\n\t{secret[9:]}",
        "JSON-escaped fold": f"{secret[:6]}\\n{secret[6:]}",
        "JSON slash": secret.replace("/", "\\/"),
        "base64": base64.b64encode(secret.encode()).decode(),
        "base64url unpadded": base64.urlsafe_b64encode(secret.encode()).decode().rstrip("="),
        "base64 wrapped": "\n".join(
            base64.b64encode(secret.encode()).decode()[i : i + 8] for i in (0, 8, 16)
        ),
        "percent (/ kept)": quote(secret),
    }
    for name, echo in echoes.items():
        assert scrub(f"<{echo}>", [secret]) == "<[REDACTED]>", name


def test_scrub_keeps_text_that_only_resembles_a_secret() -> None:
    secret = "k3y-with-odd-chars"
    text = "line one\n  line two \\n k3y-with-odd-char (one short)"
    assert scrub(text, [secret]) == text
    assert scrub("anything", [""]) == "anything"  # an empty secret replaces nothing


@pytest.mark.parametrize("url", ["http://[x", "https://a:b@[::1/p?token=t"])
def test_redact_url_of_an_unparsable_url(url: str) -> None:
    """A server's Location can be anything; showing it must not raise."""
    assert redact_url(url) == "(a URL that cannot be parsed)"
