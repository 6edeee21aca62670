"""Signing in against the emulator, for tests: the authorization-code flow played in-process
(:func:`user_session`), or the real loopback sign-in with a test playing the browser
(:func:`login_with`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs, urlsplit

import anyio
import httpx

from qlik_catalog import TokenSet
from qlik_catalog.emulator import Emulator, OAuthClient
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.emulator.oauth import NATIVE_CLIENT_ID
from qlik_catalog.oauth import Pkce, authorization_code_login, authorize_url
from qlik_catalog.tokens import request_token

Browser = Callable[[str, httpx.AsyncBaseTransport], Awaitable[httpx.Response | None]]


def native_tenant() -> Emulator:
    """An emulator with the native client (loopback redirects on any port)."""
    return Emulator(oauth_clients=[OAuthClient(NATIVE_CLIENT_ID, loopback_redirects=True)])


async def follow(url: str, transport: httpx.AsyncBaseTransport) -> httpx.Response:
    """What a browser does with the sign-in URL: the tenant's authorize answers a redirect
    (the test user is signed in at once), and the browser goes where it points."""
    async with httpx.AsyncClient(transport=transport) as tenant:
        authorized = await tenant.get(url)
    assert authorized.status_code == 302, authorized.text
    async with httpx.AsyncClient() as loopback:
        return await loopback.get(authorized.headers["location"])


async def login_with(
    tenant: Emulator, browser: Browser, **options: object
) -> tuple[TokenSet, list[httpx.Response | None]]:
    """Run the sign-in with ``browser`` playing the person; the tokens and what the browser
    was shown."""
    transport = tenant.transport()
    shown: list[str] = []
    arrived = anyio.Event()
    pages: list[httpx.Response | None] = []

    def show(url: str) -> None:
        shown.append(url)
        arrived.set()

    async def person() -> None:
        await arrived.wait()
        pages.append(await browser(shown[0], transport))

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(person)
        try:
            tokens = await authorization_code_login(
                IN_PROCESS_URL,
                NATIVE_CLIENT_ID,
                open_browser=False,
                show_url=show,
                transport=transport,
                **options,  # type: ignore[arg-type]
            )
        except Exception as exc:
            failed: Exception | None = exc
        else:
            failed = None
        tasks.cancel_scope.cancel()
    if failed is not None:
        raise failed  # outside the task group, so the test sees it unwrapped
    return tokens, pages


async def user_session(tenant: Emulator, client_id: str) -> TokenSet:
    """A signed-in user's tokens, got the way a browser and an app get them."""
    pkce = Pkce.new()
    redirect = "http://127.0.0.1:5000/callback"
    url = authorize_url(
        IN_PROCESS_URL,
        client_id=client_id,
        redirect_uri=redirect,
        scopes=("user_default", "offline_access"),
        state="s" * 32,
        code_challenge=pkce.challenge,
    )
    async with httpx.AsyncClient(transport=tenant.transport(), base_url=IN_PROCESS_URL) as http:
        location = (await http.get(url)).headers["location"]
        code = parse_qs(urlsplit(location).query)["code"][0]
        return await request_token(
            http,
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect,
                "code_verifier": pkce.verifier,
                "client_id": client_id,
            },
        )
