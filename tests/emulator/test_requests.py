"""What the emulator refuses before any handler runs: unknown routes, missing or bad
credentials, requests the spec does not allow. And OAuth client credentials."""

from __future__ import annotations

import httpx
import pytest

from qlik_catalog import AuthenticationError, OAuthClientCredentials, QlikCatalog
from qlik_catalog.emulator import Emulator, SpecViolation
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.emulator.calls import HANDLERS, Answer
from qlik_catalog.emulator.operations import operations


def test_every_operation_of_the_spec_has_a_handler() -> None:
    assert {op.operation_id for op in operations()} == set(HANDLERS)
    assert len(HANDLERS) == 62


@pytest.mark.parametrize(
    ("headers", "detail"),
    [({}, "missing Bearer credentials"), ({"Authorization": "Bearer nope"}, "not valid")],
)
async def test_missing_or_unknown_key_is_401_with_qlik_body(
    emulator: Emulator, headers: dict[str, str], detail: str
) -> None:
    async with httpx.AsyncClient(transport=emulator.transport(), base_url=IN_PROCESS_URL) as http:
        response = await http.get("/api/v1/data-stores", headers=headers)
    assert response.status_code == 401
    body = response.json()
    assert body["errors"][0]["code"] == "HTTP-401"
    assert detail in body["errors"][0]["detail"]
    assert len(body["traceId"]) == 32


async def test_the_client_gets_a_typed_401(emulator: Emulator) -> None:
    async with emulator.client(api_key="wrong") as qlik:
        with pytest.raises(AuthenticationError) as caught:
            await qlik.data_stores.list()
    assert caught.value.trace_id
    assert "wrong" not in str(caught.value)


@pytest.mark.parametrize(
    ("method", "url", "kwargs", "status", "detail"),
    [
        ("GET", "/api/v1/nothing", {}, 404, "no API at"),
        ("PUT", "/api/v1/data-stores", {}, 405, "PUT is not allowed"),
        ("GET", "/api/v1/data-stores?limit=0", {}, 400, "must be >= 1"),
        ("GET", "/api/v1/data-stores?limit=x", {}, 400, "must be an integer"),
        ("GET", "/api/v1/data-stores?color=red", {}, 400, "unknown query parameter 'color'"),
        ("GET", "/api/v1/data-stores?sort=-nope", {}, 400, "cannot sort by 'nope'"),
        ("POST", "/api/v1/data-stores", {"json": {"name": "x"}}, 400, "'type' is a required"),
        ("POST", "/api/v1/data-stores", {"content": b"{"}, 400, "not valid JSON"),
        ("POST", "/api/v1/data-stores", {}, 400, "body is missing"),
        ("DELETE", "/api/v1/data-sets", {"json": {"ids": []}}, 400, "ids is empty"),
        ("PATCH", "/api/v1/data-sets/x", {"json": [{"op": "jump", "path": "/a"}]}, 400, "fit"),
        ("GET", "/api/v1/users?sort=age", {}, 400, "must be one of"),
        ("GET", "/api/v1/items?noActions=yes", {}, 400, "true or false"),
    ],
)
async def test_requests_the_spec_does_not_allow_are_400(
    http: httpx.AsyncClient,
    method: str,
    url: str,
    kwargs: dict[str, object],
    status: int,
    detail: str,
) -> None:
    if "content" in kwargs:
        kwargs = {**kwargs, "headers": {"content-type": "application/json"}}
    response = await http.request(method, url, **kwargs)  # type: ignore[arg-type]
    assert response.status_code == status, response.text
    assert detail in response.json()["errors"][0]["detail"]


async def test_strict_mode_catches_an_answer_that_breaks_the_spec(
    emulator: Emulator, http: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(HANDLERS, "getMyUser", lambda call: Answer(200, {"id": 42}))
    with pytest.raises(SpecViolation, match="getMyUser 200 breaks the spec: id: 42"):
        await http.get("/api/v1/users/me")
    monkeypatch.setitem(HANDLERS, "getMyUser", lambda call: Answer(418, None))
    with pytest.raises(SpecViolation, match="answered 418"):
        await http.get("/api/v1/users/me")


async def test_oauth_client_credentials() -> None:
    emulator = Emulator(oauth_clients={"app-1": "s3cret"})
    oauth = OAuthClientCredentials(client_id="app-1", client_secret="s3cret")
    async with QlikCatalog(IN_PROCESS_URL, oauth=oauth, transport=emulator.transport()) as qlik:
        me = await qlik.users.me()
    assert me.id == "oauth-app-1"
    bad = OAuthClientCredentials(client_id="app-1", client_secret="wrong")
    async with QlikCatalog(IN_PROCESS_URL, oauth=bad, transport=emulator.transport()) as qlik:
        with pytest.raises(AuthenticationError, match="invalid_client"):
            await qlik.users.me()


async def test_openapi_document_is_served_with_the_emulator_as_server(
    http: httpx.AsyncClient,
) -> None:
    spec = (await http.get("/openapi.json")).json()
    assert spec["servers"] == [{"url": IN_PROCESS_URL}]
    assert len([o for p in spec["paths"].values() for o in p.values()]) >= 55
