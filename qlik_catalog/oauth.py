"""Interactive sign-in: OAuth's authorization-code flow with PKCE (S256) and ``state``.

:func:`authorization_code_login` listens on a loopback port (127.0.0.1), sends the person to
the tenant's ``/oauth/authorize`` (a browser is opened, or the URL only shown), takes the
redirect that comes back, checks its ``state``, and exchanges the code (with the PKCE
verifier) for tokens. A native OAuth client of the tenant that accepts loopback redirect URIs
is needed (``http://127.0.0.1:<port>/callback``).

Example::

    from qlik_catalog import OAuthRefreshToken, QlikCatalog
    from qlik_catalog.oauth import authorization_code_login

    tokens = await authorization_code_login("acme.eu.qlikcloud.com", client_id="...")
    oauth = OAuthRefreshToken(client_id="...", refresh_token=tokens.refresh_token,
                              access_token=tokens.access_token, expires_at=tokens.expires_at)
    async with QlikCatalog("acme.eu.qlikcloud.com", oauth=oauth) as qlik:
        print((await qlik.users.me()).name)
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import secrets
import webbrowser
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit

import anyio
import anyio.abc
import httpx

from qlik_catalog.errors import LoginError, QlikValueError
from qlik_catalog.tenant import normalise_tenant_url
from qlik_catalog.tokens import TokenSet, request_token

AUTHORIZE_PATH = "/oauth/authorize"
CALLBACK_PATH = "/callback"
DEFAULT_SCOPES = ("user_default", "offline_access")
LOGIN_TIMEOUT = 300.0  # seconds for the person to sign in
_MAX_HEAD = 16 * 1024  # the most of a redirect's request line and headers read
_HEAD_TIMEOUT = 10.0  # a connection that sends no request in this time is dropped


@dataclass(frozen=True)
class Pkce:
    """A PKCE pair (RFC 7636): ``verifier`` stays here, ``challenge`` goes in the URL."""

    verifier: str = field(repr=False)
    challenge: str
    method: str = "S256"

    @classmethod
    def new(cls) -> Pkce:
        """A fresh pair: 64 random bytes as the verifier (86 characters of base64url)."""
        verifier = secrets.token_urlsafe(64)
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        return cls(verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii"))


def authorize_url(
    tenant_url: str,
    *,
    client_id: str,
    redirect_uri: str,
    scopes: Sequence[str],
    state: str,
    code_challenge: str,
    login_hint: str | None = None,
) -> str:
    """The URL of the tenant's ``/oauth/authorize`` for this sign-in."""
    params = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": " ".join(scopes),
        "state": state,
        "code_challenge": code_challenge,
        "code_challenge_method": "S256",
    }
    if login_hint:
        params["login_hint"] = login_hint
    return f"{normalise_tenant_url(tenant_url)}{AUTHORIZE_PATH}?{urlencode(params)}"


class _Redirect:
    """The loopback end of the flow: waits for one request to the callback path and answers
    the browser with a short page."""

    def __init__(self, state: str) -> None:
        self._state = state
        self.params: dict[str, str] | None = None
        self.arrived = anyio.Event()
        self.refused = 0  # redirects with another state, refused

    async def handle(self, stream: anyio.abc.SocketStream) -> None:
        async with stream:
            try:
                with anyio.fail_after(_HEAD_TIMEOUT):
                    target = await _request_target(stream)
            except (TimeoutError, anyio.EndOfStream, anyio.BrokenResourceError, OSError):
                return
            parts = urlsplit(target or "")
            if target is None or parts.path != CALLBACK_PATH or self.arrived.is_set():
                await _answer(stream, 404, "Not the sign-in redirect.")
                return
            params = dict(parse_qsl(parts.query, keep_blank_values=True))
            if not secrets.compare_digest(params.get("state", ""), self._state):
                # Not the answer to this sign-in (anything on the machine can reach a loopback
                # port): refused, and the wait for the real redirect goes on.
                self.refused += 1
                await _answer(stream, 400, "Not the answer to the sign-in in progress.")
                return
            ok = "code" in params
            message = (
                "Signed in: you can close this tab and go back to qlik-catalog."
                if ok
                else "Sign-in failed: see qlik-catalog for why."
            )
            await _answer(stream, 200 if ok else 400, message)
            self.params = params
            self.arrived.set()


async def _request_target(stream: anyio.abc.SocketStream) -> str | None:
    """The target of the HTTP request on ``stream`` (``/callback?code=...``), or None."""
    head = b""
    while b"\r\n\r\n" not in head and b"\n\n" not in head:
        chunk = await stream.receive(4096)
        head += chunk
        if len(head) > _MAX_HEAD:
            return None
    line = head.split(b"\n", 1)[0].decode("latin-1").strip()
    method, _, rest = line.partition(" ")
    target = rest.rpartition(" ")[0]
    return target if method == "GET" and target.startswith("/") else None


async def _answer(stream: anyio.abc.SocketStream, status: int, message: str) -> None:
    page = f"<!doctype html><title>qlik-catalog</title><p>{html.escape(message)}</p>".encode()
    reason = {200: "OK", 400: "Bad Request", 404: "Not Found"}[status]
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(page)}\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n"
    )
    # The browser may have gone away: the redirect's parameters are all that was needed.
    with contextlib.suppress(anyio.BrokenResourceError, OSError):
        await stream.send(head.encode("ascii") + page)


def _open_browser(url: str) -> None:
    webbrowser.open(url)


def _check_redirect(params: dict[str, str], state: str) -> str:
    """The code of the redirect's parameters, or a LoginError saying why there is none."""
    if not secrets.compare_digest(params.get("state", ""), state):
        raise LoginError(
            "the sign-in redirect came back with another state: refused (a forged or stale "
            "redirect); sign in again"
        )
    if "error" in params:
        detail = params.get("error_description") or ""
        raise LoginError(
            f"the tenant refused the sign-in: {params['error']}"
            + (f": {detail}" if detail else ""),
            error=params["error"],
        )
    code = params.get("code", "")
    if not code:
        raise LoginError("the sign-in redirect came back without a code")
    return code


async def authorization_code_login(
    tenant_url: str,
    client_id: str,
    *,
    client_secret: str | None = None,
    scopes: Sequence[str] = DEFAULT_SCOPES,
    open_browser: bool = True,
    show_url: Callable[[str], object] | None = None,
    port: int = 0,
    timeout: float = LOGIN_TIMEOUT,
    login_hint: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> TokenSet:
    """Sign a person in and return their tokens (with a refresh token when ``scopes`` has
    ``offline_access``, as by default).

    ``show_url`` is called with the sign-in URL (print it for ``--no-browser``);
    ``open_browser`` opens it in the default browser too. ``port``: the loopback port to listen
    on (0: any free one). ``timeout``: seconds to wait for the redirect. ``transport``: where
    the code exchange is sent (tests: the emulator's). Raises :class:`LoginError` when the
    sign-in is refused, the ``state`` does not match, or the time runs out; an
    :class:`AuthenticationError` when the tenant refuses the code.
    """
    if not isinstance(client_id, str) or not client_id.strip():
        raise QlikValueError("client_id is empty")
    if not 0 <= port <= 65535:
        raise QlikValueError(f"port must be 0-65535, not {port}")
    if not timeout > 0:
        raise QlikValueError(f"timeout must be > 0 seconds, not {timeout!r}")
    base = normalise_tenant_url(tenant_url)
    pkce, state = Pkce.new(), secrets.token_urlsafe(32)
    params = await _sign_in(
        base, client_id, scopes, pkce, state, open_browser, show_url, port, timeout, login_hint
    )
    code, redirect_uri = _check_redirect(params[0], state), params[1]
    body: dict[str, object] = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
        "code_verifier": pkce.verifier,
        "client_id": client_id,
        "scope": " ".join(scopes),
    }
    if client_secret is not None:
        body["client_secret"] = client_secret
    async with httpx.AsyncClient(base_url=base, transport=transport, timeout=30.0) as http:
        return await request_token(http, body)


async def _sign_in(
    base: str,
    client_id: str,
    scopes: Sequence[str],
    pkce: Pkce,
    state: str,
    open_browser: bool,
    show_url: Callable[[str], object] | None,
    port: int,
    timeout: float,
    login_hint: str | None,
) -> tuple[dict[str, str], str]:
    """Listen, send the person to the tenant, and wait: (the redirect's params, redirect_uri)."""
    try:
        listener = await anyio.create_tcp_listener(local_host="127.0.0.1", local_port=port)
    except OSError as exc:
        raise QlikValueError(f"cannot listen on 127.0.0.1:{port} for the sign-in: {exc}") from None
    bound = listener.extra(anyio.abc.SocketAttribute.local_port)
    redirect_uri = f"http://127.0.0.1:{bound}{CALLBACK_PATH}"
    url = authorize_url(
        base,
        client_id=client_id,
        redirect_uri=redirect_uri,
        scopes=scopes,
        state=state,
        code_challenge=pkce.challenge,
        login_hint=login_hint,
    )
    redirect = _Redirect(state)
    async with listener, anyio.create_task_group() as tasks:
        tasks.start_soon(listener.serve, redirect.handle)
        if show_url is not None:
            show_url(url)
        if open_browser:
            tasks.start_soon(_in_thread, url)
        with anyio.move_on_after(timeout):
            await redirect.arrived.wait()
        tasks.cancel_scope.cancel()
    if redirect.params is None:
        refused = (
            f" ({redirect.refused} answer(s) with another state were refused)"
            if redirect.refused
            else ""
        )
        raise LoginError(f"nobody signed in within {timeout:g} s{refused}")
    return redirect.params, redirect_uri


async def _in_thread(url: str) -> None:
    # webbrowser may block (it can start a browser); the sign-in must not wait for it.
    await anyio.to_thread.run_sync(_open_browser, url, abandon_on_cancel=True)
