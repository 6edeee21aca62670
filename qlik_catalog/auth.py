"""Authentication as ``httpx.Auth``: an API key, a bearer token, or OAuth.

The five ways in (:class:`~qlik_catalog.QlikCatalog` takes exactly one):

- ``api_key=``: a Qlik API key;
- ``oauth=OAuthClientCredentials(...)``: a machine-to-machine OAuth client, acting as itself or,
  with ``impersonate=UserLookup(...)``, as one of the tenant's users;
- ``oauth=OAuthRefreshToken(...)``: a user's tokens that an app already holds (a web app's
  signed-in user, the tokens of :func:`qlik_catalog.oauth.authorization_code_login`);
- ``access_token=``: a fixed bearer token; ``token_provider=``: an async callable that returns
  one, for apps that manage their tokens themselves.

Every refreshing credential fetches its token on first use, renews it shortly before it
expires and once after a 401, and shares one renewal among every task waiting for it. No repr
shows a secret or a token.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

import anyio
import httpx

from qlik_catalog._redact import mask
from qlik_catalog.errors import (
    AuthenticationError,
    QlikTimeoutError,
    QlikValueError,
    TokenCallbackError,
)
from qlik_catalog.tokens import TOKEN_PATH, TokenSet, request_token

DEFAULT_REFRESH_MARGIN = 60.0  # seconds before expiry at which a token is renewed
RENEW_TIMEOUT = 60.0  # seconds a renewal may take, cancellation shielded
LATEST_CHECKS = 3  # looks at ``latest`` after a refused refresh token...
LATEST_PAUSE = 0.25  # ...this many seconds apart
IMPERSONATION_GRANT = "urn:qlik:oauth:user-impersonation"

#: Called with every new token set of an :class:`OAuthRefreshToken` (sync or async).
TokensCallback = Callable[[TokenSet], Awaitable[None] | None]
#: Where an :class:`OAuthRefreshToken`'s newest token set is kept (sync or async; None: none).
LatestTokens = Callable[[], Awaitable[TokenSet | None] | TokenSet | None]
#: ``token_provider=``: an async callable giving a bearer token, or a token set with its expiry.
TokenProvider = Callable[[], Awaitable[str | TokenSet]]


def _check_text(value: object, what: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise QlikValueError(f"{what} is empty")
    if any(ch.isspace() for ch in value.strip()):
        raise QlikValueError(f"{what} contains white space; paste the value alone")


def _check_margin(margin: float) -> None:
    if isinstance(margin, bool) or not isinstance(margin, int | float) or not margin >= 0:
        raise QlikValueError(f"refresh_margin must be >= 0 seconds, not {margin!r}")


class ApiKeyAuth(httpx.Auth):
    """Sends a Qlik API key as ``Authorization: Bearer <key>``."""

    _what = "api_key"

    def __init__(self, api_key: str) -> None:
        _check_text(api_key, self._what)
        self._header = f"Bearer {api_key.strip()}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` with the credential as a Bearer token."""
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._what}={mask(self._header)})"


class AccessTokenAuth(ApiKeyAuth):
    """Sends a fixed OAuth access token (``access_token=``) as a Bearer token; when it
    expires, calls fail with :class:`~qlik_catalog.AuthenticationError`."""

    _what = "access_token"


@dataclass(frozen=True)
class UserLookup:
    """The user an impersonating client acts as: by ``subject`` (the identity provider's
    subject, e.g. ``"auth0|a1b2"``) or by ``user_id`` (Qlik's user id); give exactly one."""

    subject: str | None = None
    user_id: str | None = None

    def __post_init__(self) -> None:
        if (self.subject is None) == (self.user_id is None):
            raise QlikValueError("UserLookup takes exactly one of subject= or user_id=")
        value = self.subject if self.subject is not None else self.user_id
        if not isinstance(value, str) or not value.strip():
            raise QlikValueError("UserLookup: the subject or user_id is empty")

    def as_json(self) -> dict[str, str]:
        """The ``user_lookup`` member of the impersonation grant."""
        if self.subject is not None:
            return {"field": "subject", "value": self.subject}
        assert self.user_id is not None
        return {"field": "userId", "value": self.user_id}


@dataclass(frozen=True)
class OAuthClientCredentials:
    """A machine-to-machine OAuth client of the tenant; with ``impersonate``, it acts as that
    user (the client must be allowed to impersonate in the tenant's settings).

    Example::

        QlikCatalog("acme.eu.qlikcloud.com",
                    oauth=OAuthClientCredentials(client_id="...", client_secret="..."))
        # as one of the tenant's users:
        OAuthClientCredentials(client_id="...", client_secret="...",
                               impersonate=UserLookup(subject="auth0|a1b2"))
    """

    client_id: str
    client_secret: str = field(repr=False)
    scopes: tuple[str, ...] = ("user_default",)
    token_path: str = TOKEN_PATH  # on the tenant
    refresh_margin: float = DEFAULT_REFRESH_MARGIN
    impersonate: UserLookup | None = None

    def __post_init__(self) -> None:
        _check_text(self.client_id, "OAuth client_id")
        _check_text(self.client_secret, "OAuth client_secret")
        _check_margin(self.refresh_margin)

    def __repr__(self) -> str:
        return (
            f"OAuthClientCredentials(client_id={self.client_id!r}, "
            f"client_secret={mask(self.client_secret)}, scopes={self.scopes!r}, "
            f"impersonate={self.impersonate!r})"
        )

    def grant(self) -> dict[str, object]:
        """The token request's body."""
        body: dict[str, object] = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "scope": " ".join(self.scopes),
        }
        if self.impersonate is not None:
            body["grant_type"] = IMPERSONATION_GRANT
            body["user_lookup"] = self.impersonate.as_json()
        return body


@dataclass(frozen=True)
class OAuthRefreshToken:
    """A user's OAuth tokens that the app already holds, renewed with the refresh token.

    ``access_token`` (optional) is used first, until ``expires_at`` (Unix time; unknown: until
    a 401). Every new token set, with a rotated refresh token, goes to ``on_tokens`` (a sync or
    async callable) so that the app can store it: the old refresh token may no longer work.

    Example::

        async def save(tokens: TokenSet) -> None:
            await db.store(user_id, tokens.to_json())

        oauth = OAuthRefreshToken(client_id="...", refresh_token=stored["refresh_token"],
                                  on_tokens=save)
        async with QlikCatalog("acme.eu.qlikcloud.com", oauth=oauth) as qlik:
            me = await qlik.users.me()
    """

    client_id: str
    refresh_token: str = field(repr=False)
    client_secret: str | None = field(default=None, repr=False)
    access_token: str | None = field(default=None, repr=False)
    expires_at: float | None = None
    on_tokens: TokensCallback | None = field(default=None, compare=False)
    token_path: str = TOKEN_PATH
    refresh_margin: float = DEFAULT_REFRESH_MARGIN
    # Where processes sharing these tokens keep the newest set (the app's store): asked when
    # the tenant refuses the refresh token, in case another process rotated it first.
    latest: LatestTokens | None = field(default=None, compare=False)
    # Added to the error when the tenant refuses the refresh token (what the user should do).
    when_refused: str | None = None

    def __post_init__(self) -> None:
        _check_text(self.client_id, "OAuth client_id")
        _check_text(self.refresh_token, "refresh_token")
        if self.client_secret is not None:
            _check_text(self.client_secret, "OAuth client_secret")
        if self.access_token is not None:
            _check_text(self.access_token, "access_token")
        _check_margin(self.refresh_margin)

    def __repr__(self) -> str:
        return (
            f"OAuthRefreshToken(client_id={self.client_id!r}, "
            f"refresh_token={mask(self.refresh_token)}, "
            f"client_secret={mask(self.client_secret)}, access_token={mask(self.access_token)})"
        )


C = TypeVar("C", OAuthClientCredentials, OAuthRefreshToken)


class RefreshingAuth(httpx.Auth):
    """A bearer token obtained by :meth:`obtain`, renewed before it expires and after a 401.

    One renewal serves every task waiting for it (a lock, and a check of what the task holder
    before it already fetched). The margin before expiry at which a token is renewed shrinks
    to half its lifetime for short-lived tokens, so that a token is never renewed for every
    request. ``clock`` is a monotonic clock in seconds, replaceable in tests.
    """

    def __init__(
        self, *, refresh_margin: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._margin = refresh_margin
        self._clock = clock
        self._token: str | None = None
        self._renew_at: float | None = None  # on the clock; None: until a 401
        self._lock = anyio.Lock()

    async def obtain(self) -> TokenSet:
        """A new token set (subclasses fetch it)."""
        raise NotImplementedError

    def _adopt(self, tokens: TokenSet) -> None:
        self._token = tokens.access_token
        left = tokens.expires_in()
        if left is None:
            self._renew_at = None
        else:
            self._renew_at = self._clock() + left - min(self._margin, max(left, 0.0) / 2)

    def _fresh(self, stale: str | None) -> bool:
        if self._token is None or self._token == stale:
            return False
        return self._renew_at is None or self._clock() < self._renew_at

    async def adopted(self, tokens: TokenSet | None) -> None:
        """Called once a new token set is in use (subclasses hand it on); ``None``: hand on
        again the set whose hand-over failed."""

    async def token(self, *, stale: str | None = None) -> str:
        """A valid access token. ``stale``: a token the server refused; renew unless another
        task already has."""
        if not self._fresh(stale) or self._pending():
            async with self._lock:
                # Whoever held the lock before us may have renewed already.
                if not self._fresh(stale):
                    tokens = await self._renew()
                    self._adopt(tokens)
                    await self.adopted(tokens)
                elif self._pending():
                    await self.adopted(None)
        assert self._token is not None
        return self._token

    def _pending(self) -> bool:
        """Whether a new token set is still to be handed on (its hand-over failed)."""
        return False

    async def _renew(self) -> TokenSet:
        # Shielded: a request cancelled while its task renews the token for everyone must not
        # lose the answer (a rotated refresh token would be gone for good); bounded instead.
        try:
            with anyio.fail_after(RENEW_TIMEOUT, shield=True):
                return await self.obtain()
        except TimeoutError:
            raise QlikTimeoutError(
                f"the token was not renewed within {RENEW_TIMEOUT:g} s", method="POST"
            ) from None

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Sign ``request`` with a valid access token (fetched or renewed first when needed)."""
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


class _GrantAuth(RefreshingAuth, Generic[C]):
    """A :class:`RefreshingAuth` whose tokens come from the tenant's token endpoint for
    ``credentials``; ``token_client`` sends the token requests (it must not use this auth)."""

    def __init__(
        self,
        credentials: C,
        token_client: httpx.AsyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(refresh_margin=credentials.refresh_margin, clock=clock)
        self._credentials: C = credentials
        self._token_client = token_client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._credentials!r}, token={mask(self._token)})"


class OAuthClientCredentialsAuth(_GrantAuth[OAuthClientCredentials]):
    """The client-credentials (or impersonation) grant as ``httpx.Auth``."""

    async def obtain(self) -> TokenSet:
        """A token set for the client (or the user it impersonates)."""
        creds = self._credentials
        return await request_token(self._token_client, creds.grant(), path=creds.token_path)


class OAuthRefreshTokenAuth(_GrantAuth[OAuthRefreshToken]):
    """A user's tokens renewed with the ``refresh_token`` grant; each new set goes to the
    credentials' ``on_tokens`` before any request uses it."""

    def __init__(
        self,
        credentials: OAuthRefreshToken,
        token_client: httpx.AsyncClient,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(credentials, token_client, clock=clock)
        self._refresh_token = credentials.refresh_token
        self._unsaved: TokenSet | None = None
        if credentials.access_token is not None:
            self._adopt(
                TokenSet(access_token=credentials.access_token, expires_at=credentials.expires_at)
            )

    async def obtain(self) -> TokenSet:
        """A new token set from the refresh token; a rotated refresh token replaces it. When
        the tenant refuses the refresh token and the credentials' ``latest`` holds another
        (another process sharing them renewed them first), that one is used."""
        try:
            return await self._refresh()
        except AuthenticationError as refused:
            newer = await self._newer_elsewhere()
            if newer is None:
                raise self._explained(refused) from None
            self._refresh_token = newer.refresh_token or self._refresh_token
            if newer.expires_in() is not None and (newer.expires_in() or 0) > 0:
                return newer  # theirs is fresh: no need to renew again
            return await self._refresh()

    async def _refresh(self) -> TokenSet:
        creds = self._credentials
        body: dict[str, object] = {
            "grant_type": "refresh_token",
            "refresh_token": self._refresh_token,
            "client_id": creds.client_id,
        }
        if creds.client_secret is not None:
            body["client_secret"] = creds.client_secret
        tokens = await request_token(self._token_client, body, path=creds.token_path)
        tokens = tokens.with_refresh_token(self._refresh_token)
        assert tokens.refresh_token is not None
        self._refresh_token = tokens.refresh_token
        self._unsaved = tokens  # until on_tokens has it
        return tokens

    async def _newer_elsewhere(self) -> TokenSet | None:
        """The credentials' ``latest`` token set, when its refresh token is not ours."""
        latest = self._credentials.latest
        if latest is None:
            return None
        for attempt in range(LATEST_CHECKS):
            if attempt:
                # The process that rotated it may not have stored its answer yet.
                await anyio.sleep(LATEST_PAUSE)
            outcome = latest()
            found = await outcome if inspect.isawaitable(outcome) else outcome
            if found is not None and found.refresh_token not in (None, self._refresh_token):
                return found
        return None

    def _explained(self, refused: AuthenticationError) -> AuthenticationError:
        note = self._credentials.when_refused
        if note:
            refused.note = note
        return refused

    def _pending(self) -> bool:
        return self._unsaved is not None

    async def adopted(self, tokens: TokenSet | None) -> None:
        """Hand the new token set to ``on_tokens`` (again, after it failed): the app must hear
        of a rotated refresh token, or its next run cannot sign in."""
        unsaved = self._unsaved
        callback = self._credentials.on_tokens
        if unsaved is None or callback is None:
            self._unsaved = None
            return
        try:
            outcome = callback(unsaved)
            if inspect.isawaitable(outcome):
                await outcome
        except Exception as exc:
            # The new tokens stay in use, and are handed on again at the next request.
            raise TokenCallbackError(
                f"on_tokens failed to keep the renewed tokens ({type(exc).__name__}: {exc}); "
                "they stay in use and are handed to on_tokens again at the next request"
            ) from exc
        self._unsaved = None


class TokenProviderAuth(RefreshingAuth):
    """Tokens from the app's own async callable (``token_provider=``). A plain string is used
    until a 401; a :class:`TokenSet` with ``expires_at`` until shortly before it expires."""

    def __init__(
        self,
        provider: TokenProvider,
        *,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not callable(provider):
            raise QlikValueError("token_provider must be an async callable returning a token")
        super().__init__(refresh_margin=refresh_margin, clock=clock)
        self._provider = provider

    def __repr__(self) -> str:
        return f"TokenProviderAuth({self._provider!r}, token={mask(self._token)})"

    async def obtain(self) -> TokenSet:
        """The provider's token, checked."""
        outcome = self._provider()
        if not inspect.isawaitable(outcome):
            raise QlikValueError(
                "token_provider must be an async callable (it returned no awaitable)"
            )
        value = await outcome
        if isinstance(value, TokenSet):
            left = value.expires_in()
            if left is not None and left <= 0:
                raise QlikValueError("token_provider gave a token set that has expired already")
            return value
        if not isinstance(value, str):
            raise QlikValueError(
                f"token_provider returned {type(value).__name__}, not a token string or TokenSet"
            )
        _check_text(value, "the token_provider's token")
        return TokenSet(access_token=value.strip())
