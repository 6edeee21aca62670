"""Auth: the API key signs every request, raw ones too; OAuth client credentials fetch one token
for many concurrent calls, and a fresh one after a 401."""

from __future__ import annotations

import json
import time
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
from pytest_httpx import HTTPXMock

from qlik_catalog import (
    AuthenticationError,
    OAuthClientCredentials,
    OAuthRefreshToken,
    QlikCatalog,
    QlikResponseError,
    QlikValueError,
    TokenCallbackError,
    TokenSet,
    UserLookup,
)
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import DEFAULT_USER, M2M_CLIENT_ID, Emulator, OAuthClient
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.tokens import revoke_token
from tests.signing_in import user_session
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
        with pytest.raises(
            QlikResponseError, match=r"/oauth/token answered 302, a redirect|token endpoint"
        ):
            await qlik.data_stores.get("s1")
    # Only the token endpoint was asked: no call went out with a token read from that answer.
    assert {r.url.path for r in httpx_mock.get_requests()} == {"/oauth/token"}


# --- what the token endpoint is sent, and how its answers are read ---------------------------


def token_bodies(httpx_mock: HTTPXMock) -> list[dict[str, object]]:
    """The JSON bodies sent to the token endpoint, in order (each checked to be JSON)."""
    bodies = []
    for request in httpx_mock.get_requests():
        if request.url.path == "/oauth/token":
            assert request.method == "POST"
            assert request.headers["content-type"] == "application/json"
            bodies.append(json.loads(request.content))
    return bodies


async def test_client_credentials_send_a_json_grant_as_qliks_client_does(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(url=f"{TENANT}/oauth/token", json={"access_token": "t1"})
    httpx_mock.add_response(url=f"{TENANT}/api/v1/users/me", json={"id": "u1"})
    oauth = OAuthClientCredentials(client_id="cid", client_secret="csecret", scopes=("admin",))
    async with QlikCatalog(TENANT, oauth=oauth) as qlik:
        assert (await qlik.request("GET", "/users/me")).json() == {"id": "u1"}
    assert token_bodies(httpx_mock) == [
        {
            "grant_type": "client_credentials",
            "client_id": "cid",
            "client_secret": "csecret",
            "scope": "admin",
        }
    ]


@pytest.mark.parametrize(
    ("lookup", "expected"),
    [
        (UserLookup(subject="auth0|jo"), {"field": "subject", "value": "auth0|jo"}),
        (UserLookup(user_id="u-42"), {"field": "userId", "value": "u-42"}),
    ],
)
async def test_impersonation_sends_the_user_lookup_grant(
    httpx_mock: HTTPXMock, lookup: UserLookup, expected: dict[str, str]
) -> None:
    httpx_mock.add_response(url=f"{TENANT}/oauth/token", json={"access_token": "as-jo"})
    httpx_mock.add_response(url=f"{TENANT}/api/v1/users/me", json={"id": "u-42"})
    oauth = OAuthClientCredentials(client_id="m2m", client_secret="s3cret", impersonate=lookup)
    async with QlikCatalog(TENANT, oauth=oauth) as qlik:
        await qlik.request("GET", "/users/me")
    assert token_bodies(httpx_mock) == [
        {
            "grant_type": "urn:qlik:oauth:user-impersonation",
            "client_id": "m2m",
            "client_secret": "s3cret",
            "scope": "user_default",
            "user_lookup": expected,
        }
    ]
    me = [r for r in httpx_mock.get_requests() if r.url.path.endswith("/users/me")]
    assert me[0].headers["authorization"] == "Bearer as-jo"


def test_a_user_lookup_takes_exactly_one_field() -> None:
    with pytest.raises(QlikValueError, match="exactly one"):
        UserLookup()
    with pytest.raises(QlikValueError, match="exactly one"):
        UserLookup(subject="a", user_id="b")
    with pytest.raises(QlikValueError, match="empty"):
        UserLookup(subject=" ")


async def test_a_lifetime_under_the_margin_shrinks_it_instead_of_a_fetch_per_request(
    httpx_mock: HTTPXMock,
) -> None:
    # 30 s tokens with the default 60 s margin: before, every request fetched a new token.
    httpx_mock.add_response(
        url=f"{TENANT}/oauth/token",
        json={"access_token": "short", "expires_in": 30},
        is_reusable=True,
    )
    httpx_mock.add_response(url=f"{STORES}/s1", json=store(1), is_reusable=True)
    clock = FakeClock()
    oauth = OAuthClientCredentials(client_id="cid", client_secret="csecret")
    async with QlikCatalog(TENANT, oauth=oauth, clock=clock) as qlik:
        for _ in range(5):
            await qlik.data_stores.get("s1")
        assert len(token_bodies(httpx_mock)) == 1
        await clock.sleep(16)  # past half the lifetime: renewed once
        for _ in range(5):
            await qlik.data_stores.get("s1")
    assert len(token_bodies(httpx_mock)) == 2


@pytest.mark.parametrize("expires_in", [0, -5, "soon", None, True, 1e400, 10**400])
async def test_an_expires_in_that_is_not_a_positive_number_is_an_error_naming_it(
    httpx_mock: HTTPXMock, expires_in: object
) -> None:
    if expires_in is None:
        content = b'{"access_token": "t", "expires_in": null}'
    elif expires_in == 1e400:
        content = b'{"access_token": "t", "expires_in": 1e400}'
    elif expires_in == 10**400:
        content = b'{"access_token": "t", "expires_in": 1' + b"0" * 400 + b"}"
    else:
        content = json.dumps({"access_token": "t", "expires_in": expires_in}).encode()
    httpx_mock.add_response(url=f"{TENANT}/oauth/token", content=content)
    oauth = OAuthClientCredentials(client_id="cid", client_secret="csecret")
    async with QlikCatalog(TENANT, oauth=oauth) as qlik:
        if expires_in is None:
            # null is "not said": the token is used until a 401.
            httpx_mock.add_response(url=f"{STORES}/s1", json=store(1))
            await qlik.data_stores.get("s1")
            return
        with pytest.raises(QlikResponseError, match="expires_in") as refused:
            await qlik.data_stores.get("s1")
    assert "not a positive number" in str(refused.value)
    assert {r.url.path for r in httpx_mock.get_requests()} == {"/oauth/token"}


async def test_an_oauth_error_pair_becomes_the_authentication_errors_entry(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(
        url=f"{TENANT}/oauth/token",
        status_code=400,
        json={"error": "invalid_grant", "error_description": "refresh token csecret-9 revoked"},
    )
    oauth = OAuthRefreshToken(client_id="cid", refresh_token="csecret-9")
    async with QlikCatalog(TENANT, oauth=oauth) as qlik:
        with pytest.raises(AuthenticationError) as refused:
            await qlik.data_stores.get("s1")
    assert refused.value.codes == ["invalid_grant"]
    assert "csecret-9" not in str(refused.value)  # the refresh token it echoed is scrubbed


# --- a user's tokens: OAuthRefreshToken -------------------------------------------------------


async def test_refresh_tokens_rotate_and_every_new_set_reaches_on_tokens(
    httpx_mock: HTTPXMock,
) -> None:
    for n in (1, 2):
        httpx_mock.add_response(
            url=f"{TENANT}/oauth/token",
            json={"access_token": f"a{n}", "refresh_token": f"r{n}", "expires_in": 600},
        )
    httpx_mock.add_response(url=f"{STORES}/s1", json=store(1), is_reusable=True)
    seen: list[TokenSet] = []

    async def keep(tokens: TokenSet) -> None:
        seen.append(tokens)

    clock = FakeClock()
    oauth = OAuthRefreshToken(
        client_id="web", client_secret="websecret", refresh_token="r0", on_tokens=keep
    )
    async with QlikCatalog(TENANT, oauth=oauth, clock=clock) as qlik:
        await qlik.data_stores.get("s1")
        await clock.sleep(590)  # inside the 60 s margin: renewed with the rotated token
        await qlik.data_stores.get("s1")
    assert [b["refresh_token"] for b in token_bodies(httpx_mock)] == ["r0", "r1"]
    assert token_bodies(httpx_mock)[0] == {
        "grant_type": "refresh_token",
        "refresh_token": "r0",
        "client_id": "web",
        "client_secret": "websecret",
    }
    assert [(t.access_token, t.refresh_token) for t in seen] == [("a1", "r1"), ("a2", "r2")]
    signed = [
        r.headers["authorization"] for r in httpx_mock.get_requests() if "data-stores" in r.url.path
    ]
    assert signed == ["Bearer a1", "Bearer a2"]


async def test_a_held_access_token_is_used_first_and_a_refresh_that_does_not_rotate_keeps_the_old(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(url=f"{TENANT}/oauth/token", json={"access_token": "a1"})
    answers = iter([httpx.Response(401, json={}), httpx.Response(200, json=store(1))])
    signed: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        # httpx re-sends the same Request object: record the header as it is at send time.
        signed.append(request.headers["authorization"])
        return next(answers)

    httpx_mock.add_callback(answer, url=f"{STORES}/s1", is_reusable=True)
    seen: list[TokenSet] = []
    oauth = OAuthRefreshToken(
        client_id="web", refresh_token="r0", access_token="held", on_tokens=seen.append
    )
    async with QlikCatalog(TENANT, oauth=oauth) as qlik:
        await qlik.data_stores.get("s1")
    assert signed == ["Bearer held", "Bearer a1"]  # the held one, then after its 401 a new one
    assert [(t.access_token, t.refresh_token) for t in seen] == [("a1", "r0")]


async def test_fifty_concurrent_calls_during_an_expiry_make_one_refresh(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(
        url=f"{TENANT}/oauth/token",
        json={"access_token": "fresh", "refresh_token": "r1", "expires_in": 3600},
    )
    httpx_mock.add_response(url=f"{STORES}/s1", json=store(1), is_reusable=True)
    oauth = OAuthRefreshToken(
        client_id="web", refresh_token="r0", access_token="old", expires_at=time.time() - 1
    )
    async with (
        QlikCatalog(TENANT, oauth=oauth, concurrency=50) as qlik,
        anyio.create_task_group() as tg,
    ):
        for _ in range(50):
            tg.start_soon(qlik.data_stores.get, "s1")
    assert len(token_bodies(httpx_mock)) == 1
    signed = {
        r.headers["authorization"] for r in httpx_mock.get_requests() if "data-stores" in r.url.path
    }
    assert signed == {"Bearer fresh"}


# --- tokens the app manages: access_token= and token_provider= -------------------------------


async def test_a_fixed_access_token_signs_every_request(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{STORES}/s1", json=store(1))
    async with QlikCatalog(TENANT, access_token="user-token-77") as qlik:
        await qlik.data_stores.get("s1")
        assert "user-token-77" not in repr(qlik)
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["authorization"] == "Bearer user-token-77"


async def test_a_token_provider_is_asked_again_only_after_a_401(httpx_mock: HTTPXMock) -> None:
    answers = iter([httpx.Response(200, json=store(1)), httpx.Response(401, json={})])
    signed: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        signed.append(request.headers["authorization"])
        return next(answers, httpx.Response(200, json=store(1)))

    httpx_mock.add_callback(answer, url=f"{STORES}/s1", is_reusable=True)
    handed: list[str] = []

    async def provider() -> str:
        handed.append(f"p{len(handed) + 1}")
        return handed[-1]

    async with QlikCatalog(TENANT, token_provider=provider) as qlik:
        for _ in range(3):
            await qlik.data_stores.get("s1")
    assert signed == ["Bearer p1", "Bearer p1", "Bearer p2", "Bearer p2"]


async def test_a_token_provider_giving_a_token_set_is_renewed_before_its_expiry(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(url=f"{STORES}/s1", json=store(1), is_reusable=True)
    clock = FakeClock()
    handed = 0

    async def provider() -> TokenSet:
        nonlocal handed
        handed += 1
        return TokenSet(access_token=f"p{handed}", expires_at=time.time() + 300)

    async with QlikCatalog(TENANT, token_provider=provider, clock=clock) as qlik:
        await qlik.data_stores.get("s1")
        await clock.sleep(100)
        await qlik.data_stores.get("s1")
        await clock.sleep(150)  # within 60 s of expiry
        await qlik.data_stores.get("s1")
    assert handed == 2


@pytest.mark.parametrize(
    "provider",
    [lambda: "not awaitable", lambda: anyio.lowlevel.checkpoint()],
    ids=["sync callable", "awaits to None"],
)
async def test_a_token_provider_that_gives_no_token_is_a_clear_error(
    httpx_mock: HTTPXMock, provider: Any
) -> None:
    async with QlikCatalog(TENANT, token_provider=provider) as qlik:
        with pytest.raises(QlikValueError, match="token_provider"):
            await qlik.data_stores.get("s1")
    assert httpx_mock.get_requests() == []


@pytest.mark.parametrize(
    "credentials",
    [
        {},
        {"api_key": "k", "access_token": "t"},
        {"access_token": "t", "token_provider": lambda: None},
    ],
)
def test_exactly_one_credential(credentials: dict[str, Any]) -> None:
    with pytest.raises(QlikValueError, match="exactly one credential"):
        QlikCatalog(TENANT, **credentials)


def test_no_credential_repr_shows_a_secret_or_token() -> None:
    oauth = OAuthRefreshToken(
        client_id="web",
        client_secret="sec-123456",
        refresh_token="ref-123456",
        access_token="acc-123456",
    )
    tokens = TokenSet(access_token="acc-123456", refresh_token="ref-123456")
    impersonating = OAuthClientCredentials(
        client_id="m2m", client_secret="sec-123456", impersonate=UserLookup(user_id="u1")
    )
    shown = " ".join(
        [
            repr(oauth),
            repr(tokens),
            repr(impersonating),
            repr(QlikCatalog(TENANT, oauth=oauth).auth),
            repr(QlikCatalog(TENANT, access_token="acc-123456").auth),
        ]
    )
    for secret in ("sec-123456", "ref-123456", "acc-123456"):
        assert secret not in shown


# --- against the emulator: who the tokens act as, expiry, revocation --------------------------

M2M_SECRET = "m2m-secret-4471"


def oauth_tenant(clock: FakeClock) -> Emulator:
    tenant = Emulator(
        clock=clock.now,
        token_lifetime=30,
        oauth_clients=[
            OAuthClient(M2M_CLIENT_ID, client_secret=M2M_SECRET, impersonation=True),
            OAuthClient("plain-m2m", client_secret=M2M_SECRET),
        ],
    )
    tenant.state.user("jo", name="Jo Jones")
    return tenant


@pytest.mark.parametrize("lookup", [UserLookup(user_id="jo"), UserLookup(subject="auth0|jo")])
async def test_impersonation_acts_as_the_named_user(lookup: UserLookup) -> None:
    clock = FakeClock()
    oauth = OAuthClientCredentials(
        client_id=M2M_CLIENT_ID, client_secret=M2M_SECRET, impersonate=lookup
    )
    async with oauth_tenant(clock).client(oauth=oauth, clock=clock) as qlik:
        me = await qlik.users.me()
    assert (me.id, me.name) == ("jo", "Jo Jones")


async def test_impersonation_is_refused_for_a_client_not_allowed_to() -> None:
    clock = FakeClock()
    oauth = OAuthClientCredentials(
        client_id="plain-m2m", client_secret=M2M_SECRET, impersonate=UserLookup(user_id="jo")
    )
    async with oauth_tenant(clock).client(oauth=oauth, clock=clock) as qlik:
        with pytest.raises(AuthenticationError) as refused:
            await qlik.users.me()
    assert refused.value.codes == ["unauthorized_client"]
    assert M2M_SECRET not in str(refused.value)


async def test_client_credentials_are_renewed_across_expiries_on_the_tenants_clock() -> None:
    clock = FakeClock()
    tenant = oauth_tenant(clock)
    oauth = OAuthClientCredentials(client_id=M2M_CLIENT_ID, client_secret=M2M_SECRET)
    async with tenant.client(oauth=oauth, clock=clock) as qlik:
        seen = set()
        for _ in range(4):
            await qlik.users.me()
            seen.add(qlik.auth._token)  # type: ignore[attr-defined]
            await clock.sleep(31)  # each token expires between two calls
    assert len(seen) == 4


async def test_a_revoked_refresh_token_makes_the_next_call_an_authentication_error() -> None:
    clock = FakeClock()
    tenant = oauth_tenant(clock)
    tenant.add_oauth_client(OAuthClient("native", loopback_redirects=True))
    session = await user_session(tenant, "native")
    oauth = OAuthRefreshToken(
        client_id="native",
        refresh_token=session.refresh_token or "",
        access_token=session.access_token,
        expires_at=session.expires_at,
    )
    async with tenant.client(oauth=oauth, clock=clock) as qlik:
        assert (await qlik.users.me()).id == DEFAULT_USER
        async with httpx.AsyncClient(transport=tenant.transport(), base_url=IN_PROCESS_URL) as http:
            await revoke_token(http, session.refresh_token or "", client_id="native")
        with pytest.raises(AuthenticationError) as refused:
            await qlik.users.me()
    assert refused.value.codes == ["invalid_grant"]


# --- renewals that must not lose a rotated refresh token ----------------------------------------


async def test_a_failing_on_tokens_is_a_qlik_error_and_the_new_tokens_are_handed_on_again(
    httpx_mock: HTTPXMock,
) -> None:
    httpx_mock.add_response(
        url=f"{TENANT}/oauth/token",
        json={"access_token": "a1", "refresh_token": "r1", "expires_in": 3600},
    )
    httpx_mock.add_response(url=f"{STORES}/s1", json=store(1), is_reusable=True)
    kept: list[str | None] = []
    failures = iter([OSError("disk full")])

    def keep(tokens: TokenSet) -> None:
        failure = next(failures, None)
        if failure is not None:
            raise failure
        kept.append(tokens.refresh_token)

    oauth = OAuthRefreshToken(client_id="web", refresh_token="r0", on_tokens=keep)
    async with QlikCatalog(TENANT, oauth=oauth) as qlik:
        with pytest.raises(TokenCallbackError, match="disk full") as failed:
            await qlik.data_stores.get("s1")
        assert isinstance(failed.value.__cause__, OSError)
        await qlik.data_stores.get("s1")  # the same new tokens, handed on again: kept now
    assert kept == ["r1"]
    assert len(token_bodies(httpx_mock)) == 1  # no second refresh: r0 is spent
    signed = [
        r.headers["authorization"] for r in httpx_mock.get_requests() if "data-stores" in r.url.path
    ]
    assert signed == ["Bearer a1"]  # the failed hand-over sent nothing with the new token


async def test_a_refresh_token_rotated_by_another_process_is_picked_up(
    httpx_mock: HTTPXMock,
) -> None:
    def token(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)["refresh_token"]
        if sent == "r0":  # the other process used r0 first: it is spent
            return httpx.Response(400, json={"error": "invalid_grant"})
        return httpx.Response(200, json={"access_token": "mine", "refresh_token": "r2"})

    httpx_mock.add_callback(token, url=f"{TENANT}/oauth/token", is_reusable=True)
    httpx_mock.add_response(url=f"{STORES}/s1", json=store(1))
    theirs = TokenSet(access_token="theirs", refresh_token="r1", expires_at=time.time() - 5)
    oauth = OAuthRefreshToken(client_id="web", refresh_token="r0", latest=lambda: theirs)
    async with QlikCatalog(TENANT, oauth=oauth) as qlik:
        await qlik.data_stores.get("s1")
    assert [b["refresh_token"] for b in token_bodies(httpx_mock)] == ["r0", "r1"]


async def test_a_refused_refresh_token_says_what_to_do(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{TENANT}/oauth/token", status_code=400, json={"error": "invalid_grant"}
    )
    oauth = OAuthRefreshToken(
        client_id="web", refresh_token="r0", when_refused="sign in again: qlik-catalog login"
    )
    async with QlikCatalog(TENANT, oauth=oauth) as qlik:
        with pytest.raises(AuthenticationError, match="sign in again: qlik-catalog login"):
            await qlik.data_stores.get("s1")


async def test_a_renewal_outlives_the_cancelled_request_that_started_it(
    httpx_mock: HTTPXMock,
) -> None:
    answered = anyio.Event()

    async def token(request: httpx.Request) -> httpx.Response:
        answered.set()
        await anyio.sleep(0.05)  # the request is cancelled while the tenant answers
        return httpx.Response(200, json={"access_token": "a1", "refresh_token": "r1"})

    httpx_mock.add_callback(token, url=f"{TENANT}/oauth/token")
    httpx_mock.add_response(url=f"{STORES}/s1", json=store(1))
    seen: list[str | None] = []
    oauth = OAuthRefreshToken(
        client_id="web", refresh_token="r0", on_tokens=lambda t: seen.append(t.refresh_token)
    )
    async with QlikCatalog(TENANT, oauth=oauth) as qlik:
        async with anyio.create_task_group() as tg:
            tg.start_soon(qlik.data_stores.get, "s1")
            await answered.wait()
            tg.cancel_scope.cancel()
        assert seen == ["r1"]  # the rotated token was kept although its request was cancelled
        await qlik.data_stores.get("s1")
    assert len(token_bodies(httpx_mock)) == 1


async def test_a_token_provider_giving_an_expired_set_is_refused(httpx_mock: HTTPXMock) -> None:
    async def provider() -> TokenSet:
        return TokenSet(access_token="old", expires_at=time.time() - 1)

    async with QlikCatalog(TENANT, token_provider=provider) as qlik:
        with pytest.raises(QlikValueError, match="expired already"):
            await qlik.data_stores.get("s1")
    assert httpx_mock.get_requests() == []
