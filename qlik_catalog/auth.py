"""Authentication as ``httpx.Auth``: an API key, or OAuth2 client credentials.

The OAuth flow fetches a token on first use, refreshes it shortly before it expires (one refresh
shared by every task waiting on it), and retries a request once with a fresh token after a 401.
Neither class ever shows its secret in a repr.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass, field

import anyio
import httpx

from qlik_catalog._redact import mask
from qlik_catalog.errors import (
    AuthenticationError,
    QlikResponseError,
    QlikValueError,
    error_for_response,
)


class ApiKeyAuth(httpx.Auth):
    """Sends a Qlik API key as ``Authorization: Bearer <key>``."""

    def __init__(self, api_key: str) -> None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise QlikValueError("api_key is empty")
        if any(ch.isspace() for ch in api_key.strip()):
            raise QlikValueError("api_key contains white space; paste the key alone")
        self._header = f"Bearer {api_key.strip()}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` with the API key as a Bearer token."""
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return f"ApiKeyAuth(api_key={mask(self._header)})"


@dataclass(frozen=True)
class OAuthClientCredentials:
    """An OAuth2 client (machine-to-machine) of the tenant.

    Example::

        QlikCatalog("acme.eu.qlikcloud.com",
                    oauth=OAuthClientCredentials(client_id="...", client_secret="..."))
    """

    client_id: str
    client_secret: str = field(repr=False)
    scopes: tuple[str, ...] = ("user_default",)
    token_path: str = "/oauth/token"  # on the tenant
    refresh_margin: float = 60.0  # seconds before expiry at which the token is renewed

    def __post_init__(self) -> None:
        if not self.client_id or not self.client_id.strip():
            raise QlikValueError("OAuth client_id is empty")
        if not self.client_secret or not self.client_secret.strip():
            raise QlikValueError("OAuth client_secret is empty")

    def __repr__(self) -> str:
        return (
            f"OAuthClientCredentials(client_id={self.client_id!r}, "
            f"client_secret={mask(self.client_secret)}, scopes={self.scopes!r})"
        )


class OAuthClientCredentialsAuth(httpx.Auth):
    """The client-credentials flow as ``httpx.Auth``.

    ``token_client`` sends the token requests (it must not use this auth); ``clock`` is a
    monotonic clock in seconds, replaceable in tests.
    """

    def __init__(
        self,
        credentials: OAuthClientCredentials,
        token_client: httpx.AsyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._credentials = credentials
        self._token_client = token_client
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = anyio.Lock()

    def __repr__(self) -> str:
        return f"OAuthClientCredentialsAuth({self._credentials!r}, token={mask(self._token)})"

    def _fresh(self) -> bool:
        margin = self._credentials.refresh_margin
        return self._token is not None and self._clock() < self._expires_at - margin

    async def token(self, *, stale: str | None = None) -> str:
        """A valid access token. ``stale``: a token the server refused; renew unless another
        task already has."""
        if self._fresh() and self._token != stale:
            assert self._token is not None
            return self._token
        async with self._lock:
            # Whoever held the lock before us may have refreshed already.
            if self._fresh() and self._token != stale:
                assert self._token is not None
                return self._token
            await self._fetch()
            assert self._token is not None
            return self._token

    async def _fetch(self) -> None:
        creds = self._credentials
        response = await self._token_client.post(
            creds.token_path,
            data={
                "grant_type": "client_credentials",
                "client_id": creds.client_id,
                "client_secret": creds.client_secret,
                "scope": " ".join(creds.scopes),
            },
            headers={"Accept": "application/json"},
        )
        if response.status_code >= 400:
            error = error_for_response(response)
            raise AuthenticationError(
                error.status,
                errors=error.errors,
                trace_id=error.trace_id,
                method=error.method,
                url=error.url,
                headers=error.headers,
            )
        if 300 <= response.status_code < 400:
            # A redirect is not a token: never read its body as one, never follow it.
            raise QlikResponseError(
                f"the token endpoint answered {response.status_code}, a redirect",
                status=response.status_code,
                method="POST",
                url=str(response.request.url),
            )
        try:
            body = response.json()
            token = body["access_token"]
            expires_in = float(body.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise QlikResponseError(
                "the token endpoint answered without an access_token",
                status=response.status_code,
                method="POST",
                url=str(response.request.url),
            ) from exc
        if not isinstance(token, str) or not token:
            raise QlikResponseError(
                "the token endpoint answered with an empty access_token",
                status=response.status_code,
                method="POST",
                url=str(response.request.url),
            )
        self._token = token
        self._expires_at = self._clock() + expires_in

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Sign ``request`` with a valid access token (fetched or refreshed first when needed)."""
        token = await self.token()
        request.headers["Authorization"] = f"Bearer {token}"
        response = yield request
        if response.status_code == 401:
            # The token may have been revoked or expired early: one retry with a new one.
            await response.aread()
            token = await self.token(stale=token)
            request.headers["Authorization"] = f"Bearer {token}"
            yield request

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Refuse synchronous use: the token is fetched asynchronously."""
        raise RuntimeError("qlik_catalog is async only: use httpx.AsyncClient")
        yield request  # pragma: no cover
