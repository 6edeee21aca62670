"""The emulator's OAuth server, seen over plain httpx: authorize (PKCE S256, state, redirect
URIs), the four token grants, rotation, expiry on the emulator's clock, and revoke."""

from __future__ import annotations

import json
import secrets
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import (
    DEFAULT_USER,
    M2M_CLIENT_ID,
    NATIVE_CLIENT_ID,
    Emulator,
    OAuthClient,
)
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.emulator.oauth import IMPERSONATION_GRANT, s256

M2M_SECRET = "m2m-secret-value"
WEB_SECRET = "web-secret-value"
WEB_REDIRECT = "https://app.example.com/callback?tenant=acme"
LOOPBACK = "http://127.0.0.1:53117/callback"


@pytest.fixture
def oauth_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def tenant(oauth_clock: FakeClock) -> Emulator:
    emulator = Emulator(
        clock=oauth_clock.now,
        token_lifetime=30,
        oauth_clients=[
            OAuthClient(NATIVE_CLIENT_ID, loopback_redirects=True),
            OAuthClient(M2M_CLIENT_ID, client_secret=M2M_SECRET, impersonation=True),
            OAuthClient("web", client_secret=WEB_SECRET, redirect_uris=(WEB_REDIRECT,)),
        ],
    )
    emulator.state.user("bob")
    return emulator


@pytest.fixture
async def web(tenant: Emulator) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=tenant.transport(), base_url=IN_PROCESS_URL) as http:
        yield http


def pkce() -> tuple[str, str]:
    """A verifier and its S256 challenge."""
    verifier = secrets.token_urlsafe(48)
    return verifier, s256(verifier)


def authorize_params(**overrides: str | None) -> dict[str, str]:
    params: dict[str, str | None] = {
        "client_id": NATIVE_CLIENT_ID,
        "redirect_uri": LOOPBACK,
        "response_type": "code",
        "scope": "user_default offline_access",
        "state": "st-1",
        "code_challenge": pkce()[1],
        "code_challenge_method": "S256",
        **overrides,
    }
    return {k: v for k, v in params.items() if v is not None}


def redirect_query(answer: httpx.Response) -> dict[str, str]:
    assert answer.status_code == 302, answer.text
    query = parse_qs(urlsplit(answer.headers["location"]).query)
    return {k: v[0] for k, v in query.items()}


async def get_code(
    http: httpx.AsyncClient, challenge: str, **overrides: str | None
) -> dict[str, str]:
    answer = await http.get(
        "/oauth/authorize", params=authorize_params(code_challenge=challenge, **overrides)
    )
    return redirect_query(answer)


async def token(http: httpx.AsyncClient, body: dict[str, Any], *, form: bool = False) -> Any:
    if form:
        fields = {k: json.dumps(v) if isinstance(v, dict) else v for k, v in body.items()}
        return await http.post("/oauth/token", data=fields)
    return await http.post("/oauth/token", json=body)


async def sign_in(http: httpx.AsyncClient, *, form: bool = False) -> dict[str, Any]:
    """The whole authorization-code flow for the native client; the token set."""
    verifier, challenge = pkce()
    code = (await get_code(http, challenge))["code"]
    answer = await token(
        http,
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": LOOPBACK,
            "code_verifier": verifier,
            "client_id": NATIVE_CLIENT_ID,
        },
        form=form,
    )
    assert answer.status_code == 200, answer.text
    result: dict[str, Any] = answer.json()
    return result


async def me(http: httpx.AsyncClient, access_token: str) -> httpx.Response:
    return await http.get("/api/v1/users/me", headers={"Authorization": f"Bearer {access_token}"})


def assert_oauth_error(answer: httpx.Response, status: int, error: str) -> None:
    """Both shapes: Qlik's errors[] and the OAuth pair."""
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert body["error"] == error
    assert body["error_description"]
    assert body["errors"][0]["code"] == error
    assert body["errors"][0]["detail"] == body["error_description"]


# --- authorize ---------------------------------------------------------------------------


async def test_authorize_redirects_back_with_code_and_state_keeping_the_query(
    web: httpx.AsyncClient,
) -> None:
    answer = await web.get(
        "/oauth/authorize",
        params=authorize_params(client_id="web", redirect_uri=WEB_REDIRECT, scope="user_default"),
    )
    assert answer.headers["location"].startswith("https://app.example.com/callback?")
    query = redirect_query(answer)
    assert query["tenant"] == "acme"
    assert query["state"] == "st-1"
    assert len(query["code"]) > 20


@pytest.mark.parametrize(
    "overrides",
    [
        {"client_id": "nobody"},
        {"client_id": None},
        {"redirect_uri": "https://evil.example.com/callback"},
        {"redirect_uri": None},
        {"client_id": "web", "redirect_uri": "https://app.example.com/callback"},  # not exact
    ],
)
async def test_unknown_client_or_redirect_is_400_never_a_redirect(
    web: httpx.AsyncClient, overrides: dict[str, str | None]
) -> None:
    answer = await web.get("/oauth/authorize", params=authorize_params(**overrides))
    assert answer.status_code == 400
    assert "location" not in answer.headers
    assert answer.json()["errors"][0]["code"] in ("invalid_client", "invalid_request")


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"state": None}, "invalid_request"),
        ({"code_challenge": None}, "invalid_request"),
        ({"code_challenge_method": "plain"}, "invalid_request"),
        ({"code_challenge_method": None}, "invalid_request"),
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"scope": "user_default admin_everything"}, "invalid_scope"),
        ({"scope": None}, "invalid_request"),
    ],
)
async def test_other_problems_redirect_back_with_the_error(
    web: httpx.AsyncClient, overrides: dict[str, str | None], error: str
) -> None:
    query = redirect_query(await web.get("/oauth/authorize", params=authorize_params(**overrides)))
    assert query["error"] == error
    assert query["error_description"]
    assert "code" not in query
    if overrides.get("state", "st-1") is not None:
        assert query["state"] == "st-1"


@pytest.mark.parametrize(
    ("redirect", "accepted"),
    [
        ("http://127.0.0.1:1/cb", True),
        ("http://127.0.0.1:65000/any/path?x=1", True),
        ("http://localhost:8123/callback", True),
        ("http://[::1]:8123/callback", True),
        ("http://127.0.0.1/callback", True),
        ("https://127.0.0.1:8123/callback", False),  # loopback redirects are http
        ("http://example.com:8123/callback", False),
        ("http://127.0.0.1.example.com:8123/callback", False),
        ("http://127.0.0.1:8123/callback#frag", False),
    ],
)
async def test_the_native_client_takes_loopback_redirects_on_any_port(
    web: httpx.AsyncClient, redirect: str, accepted: bool
) -> None:
    answer = await web.get("/oauth/authorize", params=authorize_params(redirect_uri=redirect))
    if accepted:
        assert answer.headers["location"].startswith(redirect.split("?")[0])
        assert "code" in redirect_query(answer)
    else:
        assert answer.status_code == 400


# --- authorization code ------------------------------------------------------------------


@pytest.mark.parametrize("form", [False, True], ids=["json", "form"])
async def test_the_authorization_code_grant_acts_as_the_signed_in_user(
    web: httpx.AsyncClient, form: bool
) -> None:
    tokens = await sign_in(web, form=form)
    assert tokens["token_type"] == "bearer"
    assert tokens["expires_in"] == 30
    assert set(tokens["scope"].split()) == {"user_default", "offline_access"}
    assert tokens["refresh_token"]
    answer = await me(web, tokens["access_token"])
    assert answer.status_code == 200
    assert answer.json()["id"] == DEFAULT_USER


async def test_no_refresh_token_without_offline_access(web: httpx.AsyncClient) -> None:
    verifier, challenge = pkce()
    code = (await get_code(web, challenge, scope="user_default"))["code"]
    answer = await token(
        web,
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": LOOPBACK,
            "code_verifier": verifier,
            "client_id": NATIVE_CLIENT_ID,
        },
    )
    assert answer.status_code == 200
    assert "refresh_token" not in answer.json()
    assert answer.headers["cache-control"] == "no-store"


async def test_oauth_user_is_who_signs_in(oauth_clock: FakeClock) -> None:
    emulator = Emulator(
        oauth_clients=[OAuthClient(NATIVE_CLIENT_ID, loopback_redirects=True)], oauth_user="carol"
    )
    async with httpx.AsyncClient(transport=emulator.transport(), base_url=IN_PROCESS_URL) as http:
        tokens = await sign_in(http)
        assert (await me(http, tokens["access_token"])).json()["id"] == "carol"


def code_body(code: str, verifier: str, **overrides: str) -> dict[str, Any]:
    return {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": LOOPBACK,
        "code_verifier": verifier,
        "client_id": NATIVE_CLIENT_ID,
        **overrides,
    }


@pytest.mark.parametrize(
    ("overrides", "status", "error"),
    [
        ({"code_verifier": "x" * 43}, 400, "invalid_grant"),  # the wrong verifier
        ({"code_verifier": "short"}, 400, "invalid_request"),  # not a verifier at all
        ({"redirect_uri": "http://127.0.0.1:9999/callback"}, 400, "invalid_grant"),
        ({"client_id": "web", "client_secret": WEB_SECRET}, 400, "invalid_grant"),
        ({"client_id": "nobody"}, 401, "invalid_client"),
        ({"code": "not-a-code"}, 400, "invalid_grant"),
    ],
)
async def test_a_code_exchange_that_does_not_match_is_refused(
    web: httpx.AsyncClient, overrides: dict[str, str], status: int, error: str
) -> None:
    verifier, challenge = pkce()
    code = (await get_code(web, challenge))["code"]
    assert_oauth_error(await token(web, {**code_body(code, verifier), **overrides}), status, error)
    # The refused attempt did not spend the code: the right request still works.
    assert (await token(web, code_body(code, verifier))).status_code == 200


async def test_a_code_used_twice_is_refused_and_its_tokens_revoked(
    web: httpx.AsyncClient,
) -> None:
    verifier, challenge = pkce()
    code = (await get_code(web, challenge))["code"]
    first = (await token(web, code_body(code, verifier))).json()
    assert (await me(web, first["access_token"])).status_code == 200
    assert_oauth_error(await token(web, code_body(code, verifier)), 400, "invalid_grant")
    assert (await me(web, first["access_token"])).status_code == 401
    refreshed = await token(
        web,
        {
            "grant_type": "refresh_token",
            "refresh_token": first["refresh_token"],
            "client_id": NATIVE_CLIENT_ID,
        },
    )
    assert_oauth_error(refreshed, 400, "invalid_grant")


async def test_a_code_lives_60_seconds(web: httpx.AsyncClient, oauth_clock: FakeClock) -> None:
    verifier, challenge = pkce()
    code = (await get_code(web, challenge))["code"]
    await oauth_clock.sleep(61)
    assert_oauth_error(await token(web, code_body(code, verifier)), 400, "invalid_grant")


async def test_a_confidential_client_must_send_its_secret(web: httpx.AsyncClient) -> None:
    verifier, challenge = pkce()
    code = (await get_code(web, challenge, client_id="web", redirect_uri=WEB_REDIRECT))["code"]
    body = code_body(code, verifier, client_id="web", redirect_uri=WEB_REDIRECT)
    assert_oauth_error(await token(web, body), 401, "invalid_client")
    assert_oauth_error(await token(web, {**body, "client_secret": "nope"}), 401, "invalid_client")
    assert (await token(web, {**body, "client_secret": WEB_SECRET})).status_code == 200


# --- refresh, expiry, revoke -------------------------------------------------------------


@pytest.mark.parametrize("form", [False, True], ids=["json", "form"])
async def test_refresh_rotates_and_the_old_refresh_token_stops_working(
    web: httpx.AsyncClient, form: bool
) -> None:
    tokens = await sign_in(web)
    body = {
        "grant_type": "refresh_token",
        "refresh_token": tokens["refresh_token"],
        "client_id": NATIVE_CLIENT_ID,
    }
    answer = await token(web, body, form=form)
    assert answer.status_code == 200, answer.text
    fresh = answer.json()
    assert fresh["refresh_token"] != tokens["refresh_token"]
    assert fresh["access_token"] != tokens["access_token"]
    assert (await me(web, fresh["access_token"])).json()["id"] == DEFAULT_USER
    assert_oauth_error(await token(web, body, form=form), 400, "invalid_grant")
    again = await token(web, {**body, "refresh_token": fresh["refresh_token"]}, form=form)
    assert again.status_code == 200


async def test_an_access_token_expires_on_the_emulators_clock(
    web: httpx.AsyncClient, tenant: Emulator, oauth_clock: FakeClock
) -> None:
    tokens = await sign_in(web)
    await oauth_clock.sleep(29)
    assert (await me(web, tokens["access_token"])).status_code == 200
    await oauth_clock.sleep(1)
    expired = await me(web, tokens["access_token"])
    assert expired.status_code == 401
    assert expired.json()["errors"][0]["code"] == "HTTP-401"
    # A shorter lifetime set later applies to the next tokens.
    tenant.token_lifetime = 2.5
    short = await sign_in(web)
    assert short["expires_in"] == 3
    await oauth_clock.sleep(2.5)
    assert (await me(web, short["access_token"])).status_code == 401


def test_the_token_lifetime_must_be_positive() -> None:
    with pytest.raises(ValueError, match="token_lifetime"):
        Emulator(token_lifetime=0)
    with pytest.raises(ValueError, match="token_lifetime"):
        Emulator().token_lifetime = float("inf")


async def test_revoking_an_access_token(web: httpx.AsyncClient) -> None:
    tokens = await sign_in(web)
    answer = await web.post(
        "/oauth/revoke",
        json={
            "token": tokens["access_token"],
            "token_type_hint": "access_token",
            "client_id": NATIVE_CLIENT_ID,
        },
    )
    assert (answer.status_code, answer.json()) == (200, {})
    assert (await me(web, tokens["access_token"])).status_code == 401
    refreshed = await token(
        web,
        {
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "client_id": NATIVE_CLIENT_ID,
        },
    )
    assert refreshed.status_code == 200  # the refresh token still works


async def test_revoking_a_refresh_token_ends_its_access_tokens_and_rotations(
    web: httpx.AsyncClient,
) -> None:
    first = await sign_in(web)
    body = {
        "grant_type": "refresh_token",
        "refresh_token": first["refresh_token"],
        "client_id": NATIVE_CLIENT_ID,
    }
    second = (await token(web, body)).json()
    answer = await web.post(
        "/oauth/revoke", data={"token": second["refresh_token"], "client_id": NATIVE_CLIENT_ID}
    )
    assert (answer.status_code, answer.json()) == (200, {})
    for access in (first["access_token"], second["access_token"]):
        assert (await me(web, access)).status_code == 401
    assert_oauth_error(
        await token(web, {**body, "refresh_token": second["refresh_token"]}), 400, "invalid_grant"
    )


async def test_revoke_answers_200_for_an_unknown_token_and_checks_the_client(
    web: httpx.AsyncClient,
) -> None:
    unknown = await web.post(
        "/oauth/revoke", json={"token": "no-such-token", "client_id": NATIVE_CLIENT_ID}
    )
    assert (unknown.status_code, unknown.json()) == (200, {})
    bad = await web.post(
        "/oauth/revoke", json={"token": "x", "client_id": M2M_CLIENT_ID, "client_secret": "no"}
    )
    assert_oauth_error(bad, 401, "invalid_client")


# --- machine to machine ------------------------------------------------------------------


@pytest.mark.parametrize("form", [False, True], ids=["json", "form"])
async def test_client_credentials_act_as_the_clients_own_user(
    web: httpx.AsyncClient, form: bool
) -> None:
    body = {
        "grant_type": "client_credentials",
        "client_id": M2M_CLIENT_ID,
        "client_secret": M2M_SECRET,
        "scope": "user_default",
    }
    answer = await token(web, body, form=form)
    assert answer.status_code == 200, answer.text
    tokens = answer.json()
    assert (tokens["token_type"], tokens["expires_in"], tokens["scope"]) == (
        "bearer",
        30,
        "user_default",
    )
    assert "refresh_token" not in tokens
    assert (await me(web, tokens["access_token"])).json()["id"] == f"oauth-{M2M_CLIENT_ID}"
    assert_oauth_error(
        await token(web, {**body, "client_secret": "wrong"}, form=form), 401, "invalid_client"
    )


async def test_client_credentials_in_a_basic_header(web: httpx.AsyncClient) -> None:
    answer = await web.post(
        "/oauth/token",
        data={"grant_type": "client_credentials"},
        auth=(M2M_CLIENT_ID, M2M_SECRET),
    )
    assert answer.status_code == 200, answer.text


async def test_a_public_client_may_not_use_client_credentials(web: httpx.AsyncClient) -> None:
    answer = await token(web, {"grant_type": "client_credentials", "client_id": NATIVE_CLIENT_ID})
    assert_oauth_error(answer, 400, "unauthorized_client")


@pytest.mark.parametrize("form", [False, True], ids=["json", "form"])
@pytest.mark.parametrize(
    "lookup", [{"field": "subject", "value": "auth0|bob"}, {"field": "userId", "value": "bob"}]
)
async def test_impersonation_acts_as_the_named_user(
    web: httpx.AsyncClient, form: bool, lookup: dict[str, str]
) -> None:
    body = {
        "grant_type": IMPERSONATION_GRANT,
        "client_id": M2M_CLIENT_ID,
        "client_secret": M2M_SECRET,
        "scope": "user_default",
        "user_lookup": lookup,
    }
    answer = await token(web, body, form=form)
    assert answer.status_code == 200, answer.text
    assert (await me(web, answer.json()["access_token"])).json()["id"] == "bob"


async def test_impersonation_is_refused_for_a_client_not_allowed_and_for_unknown_users(
    web: httpx.AsyncClient,
) -> None:
    body: dict[str, Any] = {
        "grant_type": IMPERSONATION_GRANT,
        "client_id": "web",
        "client_secret": WEB_SECRET,
        "user_lookup": {"field": "userId", "value": "bob"},
    }
    assert_oauth_error(await token(web, body), 400, "unauthorized_client")
    allowed = {**body, "client_id": M2M_CLIENT_ID, "client_secret": M2M_SECRET}
    unknown = await token(web, {**allowed, "user_lookup": {"field": "userId", "value": "zed"}})
    assert_oauth_error(unknown, 400, "invalid_grant")
    assert "zed" in unknown.json()["error_description"]
    shapeless = await token(web, {**allowed, "user_lookup": {"field": "email", "value": "x"}})
    assert_oauth_error(shapeless, 400, "invalid_request")


# --- the body and the clients ------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"[1, 2]", "application/json"),
        (b"{not json", "application/json"),
        (b"grant_type=client_credentials&grant_type=refresh_token", "text/plain"),
        (b'{"grant_type": 5}', "application/json"),
    ],
)
async def test_unreadable_token_requests_are_invalid_request(
    web: httpx.AsyncClient, content: bytes, kind: str
) -> None:
    answer = await web.post("/oauth/token", content=content, headers={"content-type": kind})
    assert_oauth_error(answer, 400, "invalid_request")


async def test_an_unknown_grant_type(web: httpx.AsyncClient) -> None:
    answer = await token(web, {"grant_type": "password", "client_id": NATIVE_CLIENT_ID})
    assert_oauth_error(answer, 400, "unsupported_grant_type")


def test_clients_as_a_mapping_and_added_later() -> None:
    emulator = Emulator(oauth_clients={"app": "s3cret"})
    client = emulator.oauth_clients["app"]
    assert client.client_secret == "s3cret"
    assert not client.impersonation
    assert "s3cret" not in repr(client)
    emulator.add_oauth_client(OAuthClient("later", redirect_uris=["https://x.example/cb"]))  # type: ignore[arg-type]
    assert emulator.oauth_clients["later"].redirect_uris == ("https://x.example/cb",)
    with pytest.raises(TypeError):
        emulator.oauth_clients["x"] = client  # type: ignore[index]
