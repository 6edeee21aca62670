"""The emulator's OAuth server: clients, authorization codes, access and refresh tokens.

It speaks Qlik's OAuth as ``../shared/docs/oauth-facts.md`` sums it up: ``GET
/oauth/authorize`` (authorization code with PKCE S256; the test user is signed in at once),
``POST /oauth/token`` with four grants (``authorization_code``, ``refresh_token``,
``client_credentials``, ``urn:qlik:oauth:user-impersonation``), and ``POST /oauth/revoke``
(RFC 7009). The HTTP plumbing (parsing bodies, rendering answers) is in app.py; this module
holds the rules, so that they can be read (and tested) without a request in sight.

Every expiry is on the emulator's clock, so a test with a fake clock can move past a token's
lifetime without waiting.
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
import secrets
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from qlik_catalog.emulator.problems import ApiError
from qlik_catalog.emulator.records import TenantRecords

NATIVE_CLIENT_ID = "emulator-native-client"  # public, PKCE, loopback redirect on any port
M2M_CLIENT_ID = "emulator-m2m-client"  # confidential, may impersonate
IMPERSONATION_GRANT = "urn:qlik:oauth:user-impersonation"
DEFAULT_SCOPES = frozenset({"user_default", "offline_access"})
OFFLINE_ACCESS = "offline_access"
CODE_LIFETIME = 60.0  # seconds: RFC 6749 4.1.2 recommends at most 10 minutes; Qlik's is short
# RFC 7636 4.1: 43-128 characters of the unreserved set. An S256 challenge is the
# base64url (no padding) of a SHA-256, which is 43 characters of that same set.
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")
_CHALLENGE = re.compile(r"[A-Za-z0-9\-_]{43}")
# RFC 8252 7.3: a native app's loopback redirect may use any port; ``localhost`` is accepted
# too because the brief (and many native apps) use it.
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class OAuthClient:
    """An OAuth client registered on the emulated tenant.

    ``client_secret`` None makes a public client (PKCE, no secret); ``redirect_uris`` are
    matched exactly; ``loopback_redirects`` also accepts ``http://127.0.0.1:<any port>/...``
    and ``http://localhost:<any port>/...`` (RFC 8252 7.3); ``impersonation`` allows the
    ``urn:qlik:oauth:user-impersonation`` grant; ``scopes`` are the scopes it may be granted.

    Example::

        OAuthClient("my-web-app", redirect_uris=("https://app.example.com/callback",))
    """

    client_id: str
    client_secret: str | None = field(default=None, repr=False)
    redirect_uris: tuple[str, ...] = ()
    loopback_redirects: bool = False
    impersonation: bool = False
    scopes: frozenset[str] = DEFAULT_SCOPES

    def __post_init__(self) -> None:
        if not self.client_id or not self.client_id.strip():
            raise ValueError("an OAuth client needs a client_id")
        if self.client_secret is not None and not self.client_secret:
            raise ValueError("an OAuth client_secret may not be empty (None: a public client)")
        # A list or set given by a caller would make the frozen value unhashable or mutable.
        object.__setattr__(self, "redirect_uris", tuple(self.redirect_uris))
        object.__setattr__(self, "scopes", frozenset(self.scopes))

    @property
    def confidential(self) -> bool:
        """Whether the client authenticates with a secret."""
        return self.client_secret is not None

    def allows_redirect(self, uri: str) -> bool:
        """Whether ``uri`` is one of this client's redirect URIs."""
        if uri in self.redirect_uris:
            return True
        return self.loopback_redirects and is_loopback(uri)


def is_loopback(uri: str) -> bool:
    """Whether ``uri`` is an ``http`` loopback redirect (any port, any path, no fragment)."""
    try:
        parts = urlsplit(uri)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return False
    return (
        parts.scheme == "http"
        and parts.hostname in _LOOPBACK_HOSTS
        and not parts.fragment
        and not parts.username
        and not parts.password
    )


def clients_from(
    given: Mapping[str, str] | Iterable[OAuthClient] | None,
) -> dict[str, OAuthClient]:
    """The clients of the constructor's ``oauth_clients``: a ``{id: secret}`` mapping means
    confidential machine-to-machine clients without impersonation (what it always meant)."""
    if given is None:
        return {}
    if isinstance(given, Mapping):
        return {cid: OAuthClient(cid, client_secret=secret) for cid, secret in given.items()}
    return {client.client_id: client for client in given}


class OAuthError(Exception):
    """An OAuth error answer: RFC 6749 5.2's ``error`` code, a description, the status."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(f"{status} {error}: {description}")
        self.error = error
        self.description = description
        self.status = status

    def body(self, trace_id: str) -> dict[str, Any]:
        """Qlik's error body (``errors[]``, code = the OAuth code) and the OAuth pair, so that
        a client reading either finds the error."""
        title = "Unauthorized" if self.status == 401 else "Bad request"
        body = ApiError(self.status, self.error, title, self.description).body(trace_id)
        body["error"] = self.error
        body["error_description"] = self.description
        return body


@dataclass(frozen=True)
class Redirect:
    """Where ``GET /oauth/authorize`` sends the browser."""

    location: str


@dataclass
class AccessToken:
    """What an access token stands for."""

    user_id: str
    client_id: str
    scopes: frozenset[str]
    expires_at: float
    session: str | None  # the session (code exchange) it came from; None for m2m grants


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    challenge: str
    scopes: frozenset[str]
    user_id: str
    expires_at: float
    used: bool = False
    session: str | None = None  # set when exchanged: its tokens are revoked on a reuse


@dataclass
class _Session:
    """The tokens one code exchange led to, through every refresh: revoked together."""

    client_id: str
    user_id: str
    scopes: frozenset[str]
    refresh_token: str | None
    access_tokens: set[str] = field(default_factory=set)


class OAuthServer:
    """The OAuth state of an emulated tenant and the rules of its three endpoints.

    ``records``: the tenant's users (impersonation looks them up; the acting users are created
    on first use); ``clock``: monotonic seconds of every expiry; ``token_lifetime``: seconds
    an access token lives; ``user``: who is signed in at ``/oauth/authorize``.
    """

    def __init__(
        self,
        records: TenantRecords,
        clients: Mapping[str, OAuthClient],
        *,
        clock: Callable[[], float],
        token_lifetime: float,
        user: str,
    ) -> None:
        self.records = records
        self.clients: dict[str, OAuthClient] = dict(clients)
        self.clock = clock
        self.token_lifetime = token_lifetime
        self.user = user
        self.access_tokens: dict[str, AccessToken] = {}
        self._codes: dict[str, _Code] = {}
        self._sessions: dict[str, _Session] = {}
        self._refresh: dict[str, str] = {}  # the current refresh token -> its session

    @property
    def token_lifetime(self) -> float:
        """Seconds an access token lives (settable; it applies to tokens issued next)."""
        return self._token_lifetime

    @token_lifetime.setter
    def token_lifetime(self, seconds: float) -> None:
        if not (isinstance(seconds, int | float) and math.isfinite(seconds) and seconds > 0):
            raise ValueError(f"token_lifetime must be a number of seconds > 0, not {seconds!r}")
        self._token_lifetime = float(seconds)

    def add_client(self, client: OAuthClient) -> None:
        """Register ``client`` (replacing one with the same id)."""
        self.clients[client.client_id] = client

    # --- access tokens, for the API's Bearer auth -------------------------------------------

    def user_of(self, token: str) -> str | None:
        """The user an access token acts as; None when unknown, revoked or expired."""
        found = self.access_tokens.get(token)
        if found is None or self.clock() >= found.expires_at:
            return None
        return found.user_id

    # --- GET /oauth/authorize ---------------------------------------------------------------

    def authorize(self, query: list[tuple[str, str]]) -> Redirect:
        """Sign the test user in at once and redirect back with a code.

        Raises OAuthError (answered 400, never redirected: RFC 6749 4.1.2.1) for an unknown
        client or a redirect URI it does not allow; every other problem is a Redirect that
        carries the error."""
        params = dict(query)
        client = self.clients.get(params.get("client_id", ""))
        if client is None:
            raise OAuthError("invalid_client", "unknown client_id")
        redirect_uri = params.get("redirect_uri", "")
        if not redirect_uri or not client.allows_redirect(redirect_uri):
            raise OAuthError("invalid_request", "redirect_uri is not registered for this client")
        state = params.get("state")
        try:
            scopes = self._check_authorize(client, query, params)
        except OAuthError as exc:
            extra = {"error": exc.error, "error_description": exc.description}
            if state:
                extra["state"] = state
            return Redirect(_with_query(redirect_uri, extra))
        code = secrets.token_urlsafe(24)
        self._codes[code] = _Code(
            client_id=client.client_id,
            redirect_uri=redirect_uri,
            challenge=params["code_challenge"],
            scopes=scopes,
            user_id=self.user,
            expires_at=self.clock() + CODE_LIFETIME,
        )
        self.records.user(self.user)
        assert state is not None  # _check_authorize requires it
        return Redirect(_with_query(redirect_uri, {"code": code, "state": state}))

    def _check_authorize(
        self, client: OAuthClient, query: list[tuple[str, str]], params: Mapping[str, str]
    ) -> frozenset[str]:
        """The scopes to grant; OAuthError for what goes back to the redirect URI."""
        names = [name for name, _ in query]
        repeated = sorted({name for name in names if names.count(name) > 1})
        if repeated:  # RFC 6749 3.1: parameters must not be included more than once
            raise OAuthError("invalid_request", f"repeated parameter: {', '.join(repeated)}")
        if params.get("response_type") != "code":
            raise OAuthError("unsupported_response_type", "response_type must be code")
        if params.get("code_challenge_method") != "S256":
            raise OAuthError("invalid_request", "code_challenge_method must be S256")
        if not _CHALLENGE.fullmatch(params.get("code_challenge", "")):
            raise OAuthError(
                "invalid_request", "code_challenge is missing or not an S256 challenge"
            )
        if not params.get("state"):
            raise OAuthError("invalid_request", "state is required")
        return _scopes_for(client, params.get("scope"), required=True)

    # --- POST /oauth/token -------------------------------------------------------------------

    def token(self, params: Mapping[str, Any], basic: tuple[str, str] | None) -> dict[str, Any]:
        """The token set a grant gives; OAuthError for a refused one. ``basic``: the client's
        id and secret from an HTTP Basic header (RFC 6749 2.3.1), if it sent one."""
        grant = _text(params, "grant_type")
        if grant == "authorization_code":
            return self._code_grant(params, basic)
        if grant == "refresh_token":
            return self._refresh_grant(params, basic)
        if grant == "client_credentials":
            client = self._confidential(params, basic, grant)
            return self._machine_token(client, params, f"oauth-{client.client_id}")
        if grant == IMPERSONATION_GRANT:
            client = self._confidential(params, basic, grant)
            if not client.impersonation:
                # RFC 6749 5.2: unauthorized_client, "not authorized to use this authorization
                # grant type", answered 400 (only invalid_client may be 401); Qlik's docs say
                # nothing of the status, so the RFC's is used.
                raise OAuthError("unauthorized_client", "this client may not impersonate users")
            return self._machine_token(client, params, self._impersonated(params))
        if grant is None:
            raise OAuthError("invalid_request", "grant_type is required")
        raise OAuthError("unsupported_grant_type", f"grant_type {grant!r} is not supported")

    def _code_grant(
        self, params: Mapping[str, Any], basic: tuple[str, str] | None
    ) -> dict[str, Any]:
        client = self._client(params, basic)
        code_text = _required(params, "code")
        code = self._codes.get(code_text)
        if code is None or code.client_id != client.client_id:
            raise OAuthError("invalid_grant", "unknown authorization code")
        if code.used:
            # RFC 6749 4.1.2: a code used twice is refused, and the tokens it gave revoked.
            if code.session is not None:
                self._end_session(code.session)
            raise OAuthError("invalid_grant", "the authorization code was already used")
        if self.clock() >= code.expires_at:
            del self._codes[code_text]
            raise OAuthError("invalid_grant", "the authorization code has expired")
        if _text(params, "redirect_uri") != code.redirect_uri:
            raise OAuthError("invalid_grant", "redirect_uri differs from the authorize request's")
        verifier = _required(params, "code_verifier")
        if not _VERIFIER.fullmatch(verifier):
            raise OAuthError("invalid_request", "code_verifier must be 43-128 of [A-Za-z0-9-._~]")
        if not secrets.compare_digest(s256(verifier), code.challenge):
            raise OAuthError("invalid_grant", "code_verifier does not match the code_challenge")
        code.used = True
        session_id = secrets.token_hex(8)
        refresh = secrets.token_urlsafe(32) if OFFLINE_ACCESS in code.scopes else None
        self._sessions[session_id] = _Session(client.client_id, code.user_id, code.scopes, refresh)
        if refresh is not None:
            self._refresh[refresh] = session_id
        code.session = session_id
        return self._answer(session_id)

    def _refresh_grant(
        self, params: Mapping[str, Any], basic: tuple[str, str] | None
    ) -> dict[str, Any]:
        client = self._client(params, basic)
        old = _required(params, "refresh_token")
        session_id = self._refresh.get(old)
        session = None if session_id is None else self._sessions.get(session_id)
        if session is None or session.client_id != client.client_id:
            raise OAuthError("invalid_grant", "unknown or revoked refresh token")
        assert session_id is not None
        asked = _text(params, "scope")
        if asked is not None and not set(asked.split()) <= session.scopes:
            # RFC 6749 6: a refresh may narrow the scopes, never widen them.
            raise OAuthError("invalid_scope", "scope exceeds what was granted")
        # Rotation: the old refresh token stops working the moment the new one exists.
        del self._refresh[old]
        session.refresh_token = secrets.token_urlsafe(32)
        self._refresh[session.refresh_token] = session_id
        return self._answer(session_id)

    def _machine_token(
        self, client: OAuthClient, params: Mapping[str, Any], user_id: str
    ) -> dict[str, Any]:
        """A token for a confidential client acting as ``user_id`` (no refresh token: RFC 6749
        4.4.3, the client can always ask again)."""
        scopes = _scopes_for(client, _text(params, "scope"), required=False) - {OFFLINE_ACCESS}
        scopes = scopes or frozenset({"user_default"})
        self.records.user(user_id)
        token = self._issue(user_id, client.client_id, scopes, None)
        return self._token_set(token, scopes, None)

    def _impersonated(self, params: Mapping[str, Any]) -> str:
        """The id of the user ``user_lookup`` names (a dict, or a JSON text in a form body)."""
        lookup = params.get("user_lookup")
        if not isinstance(lookup, dict):
            raise OAuthError(
                "invalid_request", 'user_lookup must be {"field": "subject" | "userId", ...}'
            )
        kind, value = lookup.get("field"), lookup.get("value")
        if kind not in ("subject", "userId") or not isinstance(value, str) or not value:
            raise OAuthError(
                "invalid_request", 'user_lookup needs field "subject" or "userId" and a value'
            )
        users = self.records.users
        if kind == "userId":
            found = value if value in users else None
        else:
            found = next((uid for uid, doc in users.items() if doc.get("subject") == value), None)
        if found is None:
            raise OAuthError("invalid_grant", f"no user with {kind} {value!r}")
        return found

    # --- POST /oauth/revoke -----------------------------------------------------------------

    def revoke(self, params: Mapping[str, Any], basic: tuple[str, str] | None) -> None:
        """Revoke a token (RFC 7009). A refresh token ends its session (every access token it
        and its rotations gave); an unknown token, or another client's, is quietly ignored
        (RFC 7009 2.2: 200 either way, so the answer says nothing of other clients' tokens)."""
        client = self._client(params, basic)
        token = _required(params, "token")
        session_id = self._refresh.get(token)
        if session_id is not None:
            if self._sessions[session_id].client_id == client.client_id:
                self._end_session(session_id)
            return
        access = self.access_tokens.get(token)
        if access is not None and access.client_id == client.client_id:
            del self.access_tokens[token]
            if access.session is not None and access.session in self._sessions:
                self._sessions[access.session].access_tokens.discard(token)

    # --- shared steps -----------------------------------------------------------------------

    def _client(self, params: Mapping[str, Any], basic: tuple[str, str] | None) -> OAuthClient:
        """The client the request authenticates as: its id (body or Basic header), and the
        secret of a confidential one. A failure is 401 invalid_client (RFC 6749 5.2)."""
        client_id, secret = basic if basic is not None else (None, None)
        client_id = client_id or _text(params, "client_id")
        secret = secret or _text(params, "client_secret")
        if not client_id:
            raise OAuthError("invalid_request", "client_id is required")
        client = self.clients.get(client_id)
        if client is None:
            raise OAuthError("invalid_client", "unknown client or secret", 401)
        if client.client_secret is not None and not secrets.compare_digest(
            client.client_secret.encode(), (secret or "").encode()
        ):
            raise OAuthError("invalid_client", "unknown client or secret", 401)
        return client

    def _confidential(
        self, params: Mapping[str, Any], basic: tuple[str, str] | None, grant: str
    ) -> OAuthClient:
        client = self._client(params, basic)
        if not client.confidential:
            raise OAuthError("unauthorized_client", f"a public client may not use {grant}")
        return client

    def _issue(
        self, user_id: str, client_id: str, scopes: frozenset[str], session: str | None
    ) -> str:
        token = secrets.token_urlsafe(32)
        expires_at = self.clock() + self.token_lifetime
        self.access_tokens[token] = AccessToken(user_id, client_id, scopes, expires_at, session)
        return token

    def _answer(self, session_id: str) -> dict[str, Any]:
        """A new access token of a session, with the session's current refresh token."""
        session = self._sessions[session_id]
        token = self._issue(session.user_id, session.client_id, session.scopes, session_id)
        session.access_tokens.add(token)
        return self._token_set(token, session.scopes, session.refresh_token)

    def _token_set(self, token: str, scopes: frozenset[str], refresh: str | None) -> dict[str, Any]:
        # Whole seconds, rounded up: a lifetime under a second still says 1, never 0 (which a
        # client rightly refuses as an answer).
        answer: dict[str, Any] = {
            "access_token": token,
            "token_type": "bearer",
            "expires_in": max(1, math.ceil(self.token_lifetime)),
            "scope": " ".join(sorted(scopes)),
        }
        if refresh is not None:
            answer["refresh_token"] = refresh
        return answer

    def _end_session(self, session_id: str) -> None:
        session = self._sessions.pop(session_id, None)
        if session is None:
            return
        for token in session.access_tokens:
            self.access_tokens.pop(token, None)
        if session.refresh_token is not None:
            self._refresh.pop(session.refresh_token, None)


def s256(verifier: str) -> str:
    """The S256 code challenge of a PKCE verifier (RFC 7636 4.2)."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _scopes_for(client: OAuthClient, asked: str | None, *, required: bool) -> frozenset[str]:
    if not asked or not asked.split():
        if required:
            raise OAuthError("invalid_request", "scope is required")
        return frozenset({"user_default"})
    scopes = frozenset(asked.split())
    refused = scopes - client.scopes
    if refused:
        raise OAuthError(
            "invalid_scope", f"scope not allowed for this client: {' '.join(sorted(refused))}"
        )
    return scopes


def _text(params: Mapping[str, Any], name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise OAuthError("invalid_request", f"{name} must be a string")
    return value


def _required(params: Mapping[str, Any], name: str) -> str:
    value = _text(params, name)
    if not value:
        raise OAuthError("invalid_request", f"{name} is required")
    return value


def _with_query(uri: str, extra: Mapping[str, str]) -> str:
    """``uri`` with ``extra`` added to its query (the query it had is kept, RFC 6749 3.1.2)."""
    parts = urlsplit(uri)
    query = [*parse_qsl(parts.query, keep_blank_values=True), *extra.items()]
    return urlunsplit(parts._replace(query=urlencode(query)))
