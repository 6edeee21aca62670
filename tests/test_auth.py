"""Auth: the API key signs every request, raw ones too; OAuth client credentials fetch one token
for many concurrent calls, and a fresh one after a 401."""

from __future__ import annotations

import anyio
import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import OAuthClientCredentials, QlikCatalog, QlikResponseError
from qlik_catalog.clock import FakeClock
from tests.stores import STORES, store
from tests.wire import API_KEY, TENANT


async def test_raw_request_uses_the_same_auth(qlik: QlikCatalog, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{TENANT}/api/v1/users/me", json={"id": "u1"})
    response = await qlik.request("GET", "/users/me")
    assert response.json() == {"id": "u1"}
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["authorization"] == f"Bearer {API_KEY}"


async def test_oauth_one_token_for_twenty_concurrent_calls(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{TENANT}/oauth/token", json={"access_token": "tok-1", "expires_in": 3600}
    )
    httpx_mock.add_response(url=f"{STORES}/s1", json=store(1), is_reusable=True)
    oauth = OAuthClientCredentials(client_id="cid", client_secret="csecret")
    async with (
        QlikCatalog(TENANT, oauth=oauth, clock=FakeClock()) as qlik,
        anyio.create_task_group() as tg,
    ):
        for _ in range(20):
            tg.start_soon(qlik.data_stores.get, "s1")
    token_requests = [r for r in httpx_mock.get_requests() if r.url.path == "/oauth/token"]
    assert len(token_requests) == 1
    assert all(
        r.headers["authorization"] == "Bearer tok-1"
        for r in httpx_mock.get_requests()
        if r.url.path != "/oauth/token"
    )


async def test_oauth_401_retries_once_with_a_fresh_token(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{TENANT}/oauth/token", json={"access_token": "old"})
    httpx_mock.add_response(url=f"{TENANT}/oauth/token", json={"access_token": "new"})
    auths: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        # httpx re-sends the same Request object: record the header as it is at send time.
        auths.append(request.headers["authorization"])
        return (
            httpx.Response(401, json={}) if len(auths) == 1 else httpx.Response(200, json=store(1))
        )

    httpx_mock.add_callback(answer, url=f"{STORES}/s1", is_reusable=True)
    oauth = OAuthClientCredentials(client_id="cid", client_secret="csecret")
    async with QlikCatalog(TENANT, oauth=oauth) as qlik:
        assert (await qlik.data_stores.get("s1")).id == "s1"
    assert auths == ["Bearer old", "Bearer new"]


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(
            302,
            headers={"Location": "https://elsewhere.example/"},
            json={"access_token": "not-a-token", "expires_in": 3600},
        ),
        httpx.Response(200, content=b'{"access_token": ' + b"[" * 5000 + b"]" * 5000 + b"}"),
    ],
    ids=["redirect", "nested too deep"],
)
async def test_a_token_endpoint_redirect_or_deep_answer_is_a_response_error(
    httpx_mock: HTTPXMock, answer: httpx.Response
) -> None:
    def token(request: httpx.Request) -> httpx.Response:
        return answer

    httpx_mock.add_callback(token, url=f"{TENANT}/oauth/token")
    oauth = OAuthClientCredentials(client_id="cid", client_secret="csecret")
    async with QlikCatalog(TENANT, oauth=oauth, clock=FakeClock()) as qlik:
        with pytest.raises(QlikResponseError, match="token endpoint"):
            await qlik.data_stores.get("s1")
    # Only the token endpoint was asked: no call went out with a token read from that answer.
    assert {r.url.path for r in httpx_mock.get_requests()} == {"/oauth/token"}
