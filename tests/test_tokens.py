"""The token endpoints' requests and answers: JSON bodies, strict reading, typed errors."""

from __future__ import annotations

import json

import httpx
import pytest

from qlik_catalog import (
    AuthenticationError,
    QlikConnectionError,
    QlikResponseError,
    QlikTimeoutError,
    TokenSet,
)
from qlik_catalog.tokens import request_token, revoke_token
from tests.wire import TENANT


def client(handler: httpx.MockTransport) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=TENANT, transport=handler)


async def test_a_revoke_sends_the_token_and_client_as_json() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    async with client(httpx.MockTransport(answer)) as http:
        await revoke_token(
            http, "rt-1", client_id="c", client_secret="s", token_type_hint="refresh_token"
        )
    assert [(r.method, r.url.path) for r in sent] == [("POST", "/oauth/revoke")]
    assert sent[0].headers["content-type"] == "application/json"
    assert json.loads(sent[0].content) == {
        "token": "rt-1",
        "client_id": "c",
        "client_secret": "s",
        "token_type_hint": "refresh_token",
    }


async def test_a_refused_revoke_is_an_authentication_error() -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(401, json={"error": "invalid_client"})
    )
    async with client(transport) as http:
        with pytest.raises(AuthenticationError) as refused:
            await revoke_token(http, "rt-1", client_id="c")
    assert refused.value.codes == ["invalid_client"]


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (httpx.ConnectError("refused"), QlikConnectionError),
        (httpx.ReadTimeout("slow"), QlikTimeoutError),
    ],
)
async def test_a_transport_failure_is_a_qlik_error_never_a_raw_httpx_one(
    failure: httpx.TransportError, expected: type[Exception]
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        failure.request = request
        raise failure

    async with client(httpx.MockTransport(fail)) as http:
        with pytest.raises(expected, match=r"POST https://acme\.eu\.qlikcloud\.com/oauth/token"):
            await request_token(http, {"grant_type": "client_credentials"})


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (b"<html>", "not JSON"),
        (b"[1]", "not a JSON object"),
        (b'{"access_token": ""}', "without an access_token"),
        (b'{"access_token": "a b"}', "without an access_token"),
        (b'{"access_token": "t", "refresh_token": 5}', "refresh_token that is not a string"),
    ],
)
async def test_a_token_answer_that_cannot_be_read_is_a_response_error_without_its_body(
    body: bytes, problem: str
) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    async with client(transport) as http:
        with pytest.raises(QlikResponseError, match=problem) as refused:
            await request_token(http, {"grant_type": "client_credentials"})
    assert refused.value.body == ""  # a token answer may hold tokens: none is kept


def test_a_token_set_round_trips_through_json_and_hides_its_tokens() -> None:
    tokens = TokenSet(access_token="acc-1", refresh_token="ref-1", expires_at=1.5e9, scope="x")
    assert TokenSet.from_json(tokens.to_json()) == tokens
    assert "acc-1" not in repr(tokens)
    assert "ref-1" not in repr(tokens)
    with pytest.raises(ValueError, match="access_token"):
        TokenSet.from_json({"refresh_token": "r"})
    with pytest.raises(ValueError, match="expires_at"):
        TokenSet.from_json({"access_token": "a", "expires_at": "soon"})
