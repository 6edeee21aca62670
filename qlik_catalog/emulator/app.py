"""The emulator: an ASGI app serving every operation of the bundled spec from memory.

Each request goes: route (404/405) -> Bearer auth (401) -> rate limit per key and tier (429)
-> injected faults -> request checks against the spec (400) -> the operation's handler ->
in strict mode, the answer checked against the spec.
"""

from __future__ import annotations

import base64
import binascii
import json
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote

import anyio
import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from qlik_catalog._json import dumps_compact

# Importing the handlers' package registers them.
from qlik_catalog.emulator import apis  # noqa: F401
from qlik_catalog.emulator.calls import HANDLERS, Answer, Call
from qlik_catalog.emulator.faults import DroppedConnection, FaultRule, Faults
from qlik_catalog.emulator.oauth import OAuthClient, OAuthError, OAuthServer, clients_from
from qlik_catalog.emulator.operations import Operation, match
from qlik_catalog.emulator.operations import operations as spec_operations
from qlik_catalog.emulator.problems import ApiError
from qlik_catalog.emulator.ratelimit import RateLimitSettings, SlidingWindowLimiter
from qlik_catalog.emulator.seed import PRESETS, SeedSummary, seed_tenant
from qlik_catalog.emulator.state import TenantState
from qlik_catalog.emulator.validation import check_answer, parse_body, parse_query
from qlik_catalog.spec import bundled_spec

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog

DEFAULT_API_KEY = "emulator-api-key"
DEFAULT_USER = "emulator-admin"
TRACE = "x-trace-id"  # every error answer's trace id, also where the body has none
IN_PROCESS_URL = "http://tenant.emulator.localhost"
TOKEN_LIFETIME = 3600  # seconds an OAuth access token lives unless told otherwise
_OWN_ROUTES = frozenset({"/openapi.json", "/oauth/authorize", "/oauth/token", "/oauth/revoke"})
# RFC 6749 5.1: token answers must not be cached (nor, here, the errors beside them).
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class Emulator:
    """A Qlik Cloud tenant in memory.

    ``api_keys``: the accepted API keys, each a key or a ``{key: user_id}`` mapping;
    ``oauth_clients``: :class:`~qlik_catalog.emulator.oauth.OAuthClient` values, or a
    ``{client_id: client_secret}`` mapping of confidential machine-to-machine clients, served
    by ``/oauth/authorize``, ``/oauth/token`` and ``/oauth/revoke``; ``token_lifetime``:
    seconds an access token lives (settable later); ``oauth_user``: the user signed in at
    ``/oauth/authorize``;
    ``rate_limits``: :class:`RateLimitSettings`; ``strict``: check every answer against the
    spec (a breach raises :class:`~qlik_catalog.emulator.validation.SpecViolation`);
    ``seed``: the seed of ids and fault randomness; ``profile_delay`` / ``report_delay`` /
    ``quality_delay``: how many polls (of profiles, report statuses, data quality computations
    and batches) answer "not ready" first; ``clock``: the monotonic clock of the rate-limit
    windows and of OAuth expiries (a test can share its fake clock with the client's);
    ``data_products_list_route``: False to serve no ``GET /api/data-governance/data-products``
    (404 like Qlik for an unknown route), as a tenant without that unverified route would.

    Example::

        emulator = Emulator(strict=True)
        emulator.seed(stores=3, assets_per_store=2, sets_per_asset=2, products=1)
        async with emulator.client() as qlik:
            stores = await qlik.data_stores.list().to_list()
    """

    def __init__(
        self,
        *,
        api_keys: Mapping[str, str] | Iterable[str] = (DEFAULT_API_KEY,),
        oauth_clients: Mapping[str, str] | Iterable[OAuthClient] | None = None,
        token_lifetime: float = TOKEN_LIFETIME,
        oauth_user: str = DEFAULT_USER,
        rate_limits: RateLimitSettings | None = None,
        strict: bool = False,
        seed: int = 0,
        profile_delay: int = 1,
        report_delay: int = 1,
        quality_delay: int = 1,
        tenant_id: str = "emulated-tenant",
        clock: Callable[[], float] | None = None,
        data_products_list_route: bool = True,
    ) -> None:
        keys = (
            dict(api_keys)
            if isinstance(api_keys, Mapping)
            else dict.fromkeys(api_keys, DEFAULT_USER)
        )
        if not keys:
            raise ValueError("the emulator needs at least one API key")
        self.api_keys: dict[str, str] = keys
        self.strict = strict
        self._absent_operations = frozenset(
            () if data_products_list_route else ("getDataProducts",)
        )
        self.state = TenantState(
            seed=seed,
            tenant_id=tenant_id,
            profile_delay=profile_delay,
            report_delay=report_delay,
            quality_delay=quality_delay,
        )
        for user_id in set(keys.values()):
            self.state.user(user_id)
        self.limiter = SlidingWindowLimiter(
            rate_limits or RateLimitSettings(), clock or time.monotonic
        )
        self.oauth = OAuthServer(
            self.state,
            clients_from(oauth_clients),
            clock=clock or time.monotonic,
            token_lifetime=token_lifetime,
            user=oauth_user,
        )
        # The access tokens handed out, by token (what a secret-hygiene check looks for).
        self._tokens = self.oauth.access_tokens
        self.faults = Faults(seed)
        self.requests_served = 0
        self._app = Starlette(
            routes=[
                Route("/openapi.json", self._openapi, methods=["GET"]),
                Route("/oauth/authorize", self._authorize, methods=["GET"]),
                Route("/oauth/token", self._token, methods=["POST"]),
                Route("/oauth/revoke", self._revoke, methods=["POST"]),
            ]
        )

    def __repr__(self) -> str:
        return f"Emulator(keys={len(self.api_keys)}, strict={self.strict})"

    @property
    def api_key(self) -> str:
        """The first accepted API key."""
        return next(iter(self.api_keys))

    @property
    def oauth_clients(self) -> Mapping[str, OAuthClient]:
        """The registered OAuth clients, by client id (read-only: add with
        :meth:`add_oauth_client`)."""
        return MappingProxyType(self.oauth.clients)

    @property
    def token_lifetime(self) -> float:
        """Seconds an OAuth access token lives; setting it applies to the tokens issued next."""
        return self.oauth.token_lifetime

    @token_lifetime.setter
    def token_lifetime(self, seconds: float) -> None:
        self.oauth.token_lifetime = seconds

    # --- set-up -------------------------------------------------------------------------

    def add_oauth_client(self, client: OAuthClient) -> None:
        """Register an OAuth client (replacing one with the same id)."""
        self.oauth.add_client(client)

    def seed(self, preset: str | None = None, **counts: int) -> SeedSummary:
        """Fill the tenant deterministically: ``seed("demo")`` or
        ``seed(stores=, assets_per_store=, sets_per_asset=, products=)``."""
        if preset is not None:
            if preset not in PRESETS:
                raise ValueError(f"unknown seed {preset!r}; presets: {', '.join(PRESETS)}")
            counts = {**PRESETS[preset], **counts}
        return seed_tenant(self.state, owner_id=next(iter(self.api_keys.values())), **counts)

    def inject(
        self,
        *,
        operations: Iterable[str] | None = None,
        methods: Iterable[str] | None = None,
        latency: float = 0.0,
        error_rate: float = 0.0,
        drop_rate: float = 0.0,
        error_status: int = 503,
        times: int | None = None,
    ) -> FaultRule:
        """Add a fault for the given operationIds (all when None): ``latency`` seconds, a share
        ``error_rate`` of ``error_status`` answers, a share ``drop_rate`` of dropped
        connections, for at most ``times`` requests. Returns the rule (``.hits`` counts)."""
        # ``operations`` is the argument here, so the spec's list goes by another name.
        known = {op.operation_id for op in spec_operations()}
        chosen = None if operations is None else frozenset(operations)
        if chosen is not None and chosen - known:
            raise ValueError(f"unknown operations: {', '.join(sorted(chosen - known))}")
        for name, share in (("error_rate", error_rate), ("drop_rate", drop_rate)):
            if not 0 <= share <= 1:
                raise ValueError(f"{name} must be between 0 and 1, not {share}")
        return self.faults.add(
            FaultRule(
                operations=chosen,
                methods=None if methods is None else frozenset(m.upper() for m in methods),
                latency=latency,
                error_rate=error_rate,
                drop_rate=drop_rate,
                error_status=error_status,
                times=times,
            )
        )

    # --- in-process use -----------------------------------------------------------------

    def transport(self) -> httpx.AsyncBaseTransport:
        """An httpx transport that calls the app in-process (no sockets)."""
        return _InProcessTransport(self)

    def client(self, **options: Any) -> QlikCatalog:
        """A :class:`QlikCatalog` bound to this emulator in-process, with its first API key
        unless ``options`` give another credential (``oauth=``, ``access_token=``...).
        ``options`` go to the constructor (e.g. ``retry=``, ``clock=``)."""
        from qlik_catalog.client import QlikCatalog

        credentials = ("api_key", "oauth", "access_token", "token_provider")
        if not any(options.get(name) is not None for name in credentials):
            options["api_key"] = self.api_key
        return QlikCatalog(IN_PROCESS_URL, transport=self.transport(), **options)

    # --- ASGI ---------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] not in _OWN_ROUTES:
            # Straight to the dispatcher: every path (even one with an encoded newline in an
            # id) gets Qlik's JSON answers, never a framework's plain-text 404.
            response = await self._dispatch(Request(scope, receive))
            await response(scope, receive, send)
            return
        await self._app(scope, receive, send)

    async def _openapi(self, request: Request) -> Response:
        spec = dict(bundled_spec())
        spec["servers"] = [{"url": str(request.base_url).rstrip("/")}]
        return JSONResponse(spec)

    async def _authorize(self, request: Request) -> Response:
        try:
            redirect = self.oauth.authorize(list(request.query_params.multi_items()))
        except OAuthError as exc:
            return _oauth_error(exc)
        return Response(status_code=302, headers={"Location": redirect.location, **_NO_STORE})

    async def _token(self, request: Request) -> Response:
        try:
            params = await _oauth_params(request)
            answer = self.oauth.token(params, _basic_credentials(request))
        except OAuthError as exc:
            return _oauth_error(exc)
        return JSONResponse(answer, headers=_NO_STORE)

    async def _revoke(self, request: Request) -> Response:
        try:
            self.oauth.revoke(await _oauth_params(request), _basic_credentials(request))
        except OAuthError as exc:
            return _oauth_error(exc)
        return JSONResponse({}, headers=_NO_STORE)

    def _authenticate(self, request: Request) -> tuple[str, str]:
        """(the credential, its user); 401 like Qlik for a missing or unknown one."""
        header = request.headers.get("authorization", "")
        scheme, _, credential = header.partition(" ")
        if scheme.lower() != "bearer" or not credential:
            raise ApiError(401, "HTTP-401", "Unauthorized", "missing Bearer credentials")
        user = self.api_keys.get(credential) or self.oauth.user_of(credential)
        if user is None:  # an unknown, revoked or expired access token among them
            raise ApiError(401, "HTTP-401", "Unauthorized", "the API key or token is not valid")
        return credential, user

    async def _dispatch(self, request: Request) -> Response:
        trace_id = _trace_id()
        op: Operation | None = None
        from_handler = False
        self.requests_served += 1
        try:
            raw_path = request.scope.get("raw_path") or request.url.path.encode()
            op, path_params = match(request.method, raw_path.decode("latin-1").split("?")[0])
            if op.operation_id in self._absent_operations:
                raise ApiError(404, "HTTP-404", "Not found", f"no API at {request.url.path}")
            credential, user_id = self._authenticate(request)
            wait = self.limiter.admit(credential, op.bucket, op.rate_per_minute)
            if wait is not None:
                seconds = max(1, int(-(-wait // 1)))
                raise ApiError(
                    429,
                    "HTTP-429",
                    "Too Many Requests",
                    f"rate limit of {op.bucket} exceeded; retry after {seconds}s",
                    headers={"Retry-After": str(seconds)},
                )
            decision = self.faults.decide(op.operation_id, op.method)
            if decision.latency:
                await anyio.sleep(decision.latency)
            if decision.drop:
                return _DroppedResponse()
            if decision.error_status is not None:
                error = ApiError(
                    decision.error_status,
                    f"HTTP-{decision.error_status}",
                    "Service unavailable",
                    "injected fault",
                )
                return _render(
                    Answer(error.status, error.body(trace_id, op.path), headers={TRACE: trace_id})
                )
            query = parse_query(op, list(request.query_params.multi_items()))
            body = parse_body(op, await request.body(), request.headers.get("content-type", ""))
            call = Call(
                op=op,
                path=path_params,
                query=query,
                body=body,
                user_id=user_id,
                base_url=str(request.base_url).rstrip("/"),
                state=self.state,
            )
            from_handler = True
            try:
                answer = HANDLERS[op.operation_id](call)
            finally:
                if op.method != "GET":
                    self.state.changed()
        except ApiError as exc:
            path = op.path if op is not None else request.url.path
            answer = Answer(
                exc.status, exc.body(trace_id, path), headers={**exc.headers, TRACE: trace_id}
            )
        if self.strict and op is not None:
            declared = answer.status in op.responses
            if from_handler or declared:
                check_answer(
                    op,
                    answer.status,
                    answer.body if answer.text is None else None,
                    is_json=answer.text is None and answer.body is not None,
                )
        return _render(answer)


def _trace_id() -> str:
    return uuid.uuid4().hex


def _oauth_error(exc: OAuthError) -> Response:
    trace_id = _trace_id()
    return JSONResponse(
        exc.body(trace_id), status_code=exc.status, headers={TRACE: trace_id, **_NO_STORE}
    )


async def _oauth_params(request: Request) -> dict[str, Any]:
    """The parameters of a token or revoke request: a JSON object (as Qlik's own client sends
    them) or a form (as RFC 6749 has them; ``user_lookup`` then is a JSON text)."""
    raw = (await request.body()).decode("utf-8", "replace")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media == "application/json" or media.endswith("+json"):
        try:
            params = json.loads(raw, parse_constant=_no_constant)
        except ValueError:
            raise OAuthError("invalid_request", "the body is not valid JSON") from None
        if not isinstance(params, dict):
            raise OAuthError("invalid_request", "the body must be a JSON object")
        return params
    # No multipart dependency: a form is URL-encoded, as OAuth's endpoints take it.
    pairs = parse_qsl(raw, keep_blank_values=True)
    names = [name for name, _ in pairs]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:  # RFC 6749 3.2: request parameters must not be included more than once
        raise OAuthError("invalid_request", f"repeated parameter: {', '.join(repeated)}")
    form: dict[str, Any] = dict(pairs)
    if "user_lookup" in form:
        try:
            form["user_lookup"] = json.loads(form["user_lookup"], parse_constant=_no_constant)
        except ValueError:
            raise OAuthError("invalid_request", "user_lookup is not valid JSON") from None
    return form


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    """The client id and secret of an HTTP Basic header (RFC 6749 2.3.1), if there is one."""
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        raise OAuthError("invalid_client", "unreadable Basic credentials", 401) from None
    client_id, sep, secret = decoded.partition(":")
    if not sep:
        raise OAuthError("invalid_client", "unreadable Basic credentials", 401)
    # RFC 6749 2.3.1: both are form-urlencoded before they are joined.
    return unquote(client_id.replace("+", " ")), unquote(secret.replace("+", " "))


def _render(answer: Answer) -> Response:
    if answer.text is not None:
        return Response(
            answer.text,
            status_code=answer.status,
            media_type=answer.content_type or "text/plain",
            headers=answer.headers,
        )
    if answer.body is None:
        return Response(status_code=answer.status, headers=answer.headers)
    content = dumps_compact(answer.body)
    return Response(
        content, status_code=answer.status, media_type="application/json", headers=answer.headers
    )


class _DroppedResponse(Response):
    """Promises a body, sends a byte of it, then fails: a real server closes the connection
    mid-answer, and the in-process transport raises (mapped to ``httpx.ReadError``)."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"64")],
            }
        )
        await send({"type": "http.response.body", "body": b"{", "more_body": True})
        raise DroppedConnection("the emulator dropped the connection")


class _InProcessTransport(httpx.AsyncBaseTransport):
    """``httpx.ASGITransport`` over the emulator, with its dropped connections surfacing as
    ``httpx.ReadError`` the way a real dropped socket does."""

    def __init__(self, emulator: Emulator) -> None:
        self._asgi = httpx.ASGITransport(app=emulator)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._asgi.handle_async_request(request)
        except DroppedConnection as exc:
            raise httpx.ReadError("the emulator dropped the connection", request=request) from exc
