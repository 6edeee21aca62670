"""Interactive sign-in against the emulator: a test plays the browser (the authorize step
in-process, then the redirect to the real loopback listener), and the tokens it ends with
work as the signed-in user."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from qlik_catalog import AuthenticationError, OAuthRefreshToken
from qlik_catalog.emulator import DEFAULT_USER
from qlik_catalog.emulator.oauth import NATIVE_CLIENT_ID
from qlik_catalog.errors import LoginError
from qlik_catalog.oauth import Pkce
from tests.signing_in import follow, login_with, native_tenant


async def test_a_signed_in_person_gets_tokens_that_act_as_them() -> None:
    tenant = native_tenant()
    tokens, pages = await login_with(tenant, follow)
    page = pages[0]
    assert page is not None
    assert page.status_code == 200
    assert "Signed in" in page.text
    assert tokens.refresh_token
    assert tokens.expires_at is not None
    oauth = OAuthRefreshToken(
        client_id=NATIVE_CLIENT_ID,
        refresh_token=tokens.refresh_token,
        access_token=tokens.access_token,
        expires_at=tokens.expires_at,
    )
    async with tenant.client(oauth=oauth) as qlik:
        assert (await qlik.users.me()).id == DEFAULT_USER


async def test_the_sign_in_url_asks_for_a_code_with_pkce_and_state() -> None:
    seen: list[dict[str, list[str]]] = []

    async def look(url: str, transport: httpx.AsyncBaseTransport) -> httpx.Response:
        seen.append(parse_qs(urlsplit(url).query))
        return await follow(url, transport)

    await login_with(native_tenant(), look)
    query = seen[0]
    assert query["response_type"] == ["code"]
    assert query["code_challenge_method"] == ["S256"]
    assert query["client_id"] == [NATIVE_CLIENT_ID]
    assert query["scope"] == ["user_default offline_access"]
    assert len(query["state"][0]) >= 32
    assert query["redirect_uri"][0].startswith("http://127.0.0.1:")
    assert query["redirect_uri"][0].endswith("/callback")


async def redirects(url: str, transport: httpx.AsyncBaseTransport) -> tuple[str, str]:
    """The tenant's redirect for the sign-in URL, and the same with a forged ``state``."""
    async with httpx.AsyncClient(transport=transport) as tenant:
        location = (await tenant.get(url)).headers["location"]
    parts = urlsplit(location)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()} | {"state": "forged"}
    return location, parts._replace(query=urlencode(query)).geturl()


async def test_a_redirect_with_another_state_is_refused_and_the_real_one_still_signs_in() -> None:
    async def forged_first(url: str, transport: httpx.AsyncBaseTransport) -> httpx.Response:
        real, forged = await redirects(url, transport)
        async with httpx.AsyncClient() as loopback:
            assert (await loopback.get(forged)).status_code == 400
            return await loopback.get(real)

    tokens, pages = await login_with(native_tenant(), forged_first)
    assert tokens.access_token
    page = pages[0]
    assert page is not None
    assert page.status_code == 200


async def test_only_forged_redirects_end_in_time_saying_so() -> None:
    async def forged_only(url: str, transport: httpx.AsyncBaseTransport) -> httpx.Response:
        _, forged = await redirects(url, transport)
        async with httpx.AsyncClient() as loopback:
            return await loopback.get(forged)

    with pytest.raises(LoginError, match=r"1 answer.s. with another state were refused"):
        await login_with(native_tenant(), forged_only, timeout=1.0)


async def test_a_wrong_verifier_is_refused_by_the_tenant(monkeypatch: pytest.MonkeyPatch) -> None:
    real = Pkce.new()
    other = Pkce.new()
    # The challenge in the URL is one pair's, the verifier sent with the code another's.
    monkeypatch.setattr(Pkce, "new", classmethod(lambda cls: Pkce(other.verifier, real.challenge)))
    with pytest.raises(AuthenticationError) as refused:
        await login_with(native_tenant(), follow)
    assert refused.value.codes == ["invalid_grant"]
    assert other.verifier not in str(refused.value)


async def test_a_refused_sign_in_names_the_tenants_error() -> None:
    with pytest.raises(LoginError, match="invalid_scope") as refused:
        await login_with(native_tenant(), follow, scopes=("admin_everything",))
    assert refused.value.error == "invalid_scope"


async def test_other_requests_to_the_listener_do_not_end_the_sign_in() -> None:
    async def with_favicon(url: str, transport: httpx.AsyncBaseTransport) -> httpx.Response:
        async with httpx.AsyncClient(transport=transport) as tenant:
            location = (await tenant.get(url)).headers["location"]
        parts = urlsplit(location)
        async with httpx.AsyncClient() as loopback:
            stray = await loopback.get(parts._replace(path="/favicon.ico", query="").geturl())
            assert stray.status_code == 404
            return await loopback.get(location)

    tokens, _ = await login_with(native_tenant(), with_favicon)
    assert tokens.access_token


async def test_nobody_signing_in_ends_in_time() -> None:
    async def away(url: str, transport: httpx.AsyncBaseTransport) -> None:
        return None

    with pytest.raises(LoginError, match=r"nobody signed in within 0\.3 s"):
        await login_with(native_tenant(), away, timeout=0.3)
