"""``QlikCatalog``: the async client. Configuration, lifecycle and the lazy wiring of resources.

The request path itself (send, parse, page, validate) is :mod:`qlik_catalog._base_client`; the
raw request is :mod:`qlik_catalog._raw`. Each resource (``qlik.data_sets``...) is created, and
its module imported, on first access.

Example::

    from qlik_catalog import QlikCatalog

    async with QlikCatalog("https://acme.eu.qlikcloud.com", api_key="...") as qlik:
        async for store in qlik.data_stores.list(sort="-createdTime"):
            print(store.name)
"""

from __future__ import annotations

import logging
import os
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

import anyio
import httpx

from qlik_catalog import __version__
from qlik_catalog._base_client import refuse_redirect
from qlik_catalog._extras import needs_extra
from qlik_catalog._raw import RawRequests
from qlik_catalog.auth import (
    AccessTokenAuth,
    ApiKeyAuth,
    OAuthClientCredentials,
    OAuthClientCredentialsAuth,
    OAuthRefreshToken,
    OAuthRefreshTokenAuth,
    TokenProvider,
    TokenProviderAuth,
)
from qlik_catalog.clock import Clock, SystemClock
from qlik_catalog.errors import QlikValueError
from qlik_catalog.ratelimit import RateLimits, TierRateLimiter
from qlik_catalog.retry import RetryPolicy
from qlik_catalog.tenant import normalise_tenant_url
from qlik_catalog.transport import (
    DEFAULT_MAX_RESPONSE_SIZE,
    DEFAULT_REQUEST_DEADLINE,
    QlikTransport,
    ThroughClient,
    check_bounds,
)

if TYPE_CHECKING:
    from qlik_catalog.resources.apps import Apps
    from qlik_catalog.resources.data_assets import DataAssets
    from qlik_catalog.resources.data_files import DataFiles
    from qlik_catalog.resources.data_products import DataProducts
    from qlik_catalog.resources.data_qualities import DataQualities
    from qlik_catalog.resources.data_sets import DataSets
    from qlik_catalog.resources.data_stores import DataStores
    from qlik_catalog.resources.items import Items
    from qlik_catalog.resources.reports import Reports
    from qlik_catalog.resources.spaces import Spaces
    from qlik_catalog.resources.trust_scores import TrustScores
    from qlik_catalog.resources.users import Users
    from qlik_catalog.sync.resource import CatalogSync

logger = logging.getLogger("qlik_catalog")

# Requests in flight at once: the client's cap, for every kind of call.
DEFAULT_CONCURRENCY = 8
# What the command's export and pull (listings only, Tier 1) use unless --concurrency or the
# profile says otherwise. Measured (2 CPUs, emulator in its own process, 20,000 data sets,
# 204 calls): at 300 ms of latency 8 / 16 / 32 take 8.7 / 5.0 / 3.7 s; at 50 ms (100,000 data
# sets) 32 is still no slower than 8 (9.5 s against 10.7 s). The tier's rate limit, not the
# concurrency, caps a larger export.
EXPORT_CONCURRENCY = 32


def _configure_logging_from_env() -> None:
    level = os.environ.get("QLIK_CATALOG_LOG", "").strip().upper()
    if level in ("DEBUG", "INFO", "WARNING", "ERROR") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


def _check_credentials(*given: object) -> None:
    count = sum(value is not None for value in given)
    if count != 1:
        raise QlikValueError(
            "give exactly one credential: api_key=, oauth=, access_token= or token_provider="
            + (f" (got {count})" if count else "")
        )


def _oauth_auth(
    oauth: OAuthClientCredentials | OAuthRefreshToken, token_http: httpx.AsyncClient, clock: Clock
) -> httpx.Auth:
    # Token expiry is judged on the client's clock, so a test's fake clock moves it too.
    if isinstance(oauth, OAuthRefreshToken):
        return OAuthRefreshTokenAuth(oauth, token_http, clock=clock.now)
    if isinstance(oauth, OAuthClientCredentials):
        return OAuthClientCredentialsAuth(oauth, token_http, clock=clock.now)
    raise QlikValueError(
        f"oauth= takes OAuthClientCredentials or OAuthRefreshToken, not {type(oauth).__name__}"
    )


def _bearer_auth(
    api_key: str | None,
    access_token: str | None,
    token_provider: TokenProvider | None,
    clock: Clock,
) -> httpx.Auth:
    if token_provider is not None:
        return TokenProviderAuth(token_provider, clock=clock.now)
    if access_token is not None:
        return AccessTokenAuth(access_token)
    assert api_key is not None
    return ApiKeyAuth(api_key)


class QlikCatalog(RawRequests):
    """The async client of one Qlik Cloud tenant.

    Give exactly one credential: ``api_key=``; ``oauth=`` with
    :class:`OAuthClientCredentials` (a machine-to-machine client, maybe impersonating a user)
    or :class:`OAuthRefreshToken` (a user's tokens); ``access_token=`` (a fixed bearer token);
    or ``token_provider=`` (an async callable returning a token). See :mod:`qlik_catalog.auth`.
    ``tenant_url`` may be ``acme.eu.qlikcloud.com``, a full ``https://`` URL, or a local
    emulator's ``http://127.0.0.1:PORT``.

    Options: ``timeout`` (seconds, default 30) and ``connect_timeout`` (5); ``retry``
    (:class:`RetryPolicy`); ``rate_limits`` (:class:`RateLimits`); ``concurrency`` (requests in
    flight at once, default 8); ``transport`` (an ``httpx.AsyncBaseTransport`` to send through,
    e.g. ``httpx.ASGITransport`` for the in-process emulator); ``http_client`` (your own
    ``httpx.AsyncClient``, for proxies, TLS settings, event hooks or a shared connection pool:
    requests still go through the client's auth, rate limits and retries, and you close it);
    ``validate_responses`` (check every JSON answer against the spec's schema and raise
    :class:`QlikResponseError` on a mismatch; off by default, when answers are parsed
    tolerantly: unknown fields are kept, missing ones are ``UNSET``, and field types are not
    checked); ``clock`` (tests).

    Bounds on every request: ``request_deadline`` (seconds, default 120) is the most one
    request may take in all: every attempt (connecting, waiting for the headers, reading the
    whole body) and the backoffs between retries, but not waits for a concurrency slot or
    out a 429 pause (``RetryPolicy(max_rate_limit_wait=)`` bounds those). ``timeout``
    applies to each read, so a server trickling a byte at a time would never trip it; past
    the deadline the request ends in :class:`QlikTimeoutError`, and a retry whose backoff
    would not end in time is not made. ``max_response_size`` (bytes, default 64 MiB) is the
    largest answer read, counted after decompression as it arrives; a larger one is a
    :class:`QlikResponseError`. One request may set its own with the extensions
    :data:`~qlik_catalog.transport.DEADLINE_EXTENSION` and
    :data:`~qlik_catalog.transport.MAX_RESPONSE_SIZE_EXTENSION` (a large raw download).
    ``None`` turns either bound off.
    """

    def __init__(
        self,
        tenant_url: str,
        *,
        api_key: str | None = None,
        oauth: OAuthClientCredentials | OAuthRefreshToken | None = None,
        access_token: str | None = None,
        token_provider: TokenProvider | None = None,
        timeout: float = 30.0,
        connect_timeout: float = 5.0,
        retry: RetryPolicy | None = None,
        rate_limits: RateLimits | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        validate_responses: bool = False,
        clock: Clock | None = None,
        request_deadline: float | None = DEFAULT_REQUEST_DEADLINE,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.base_url = base = normalise_tenant_url(tenant_url)
        _check_credentials(api_key, oauth, access_token, token_provider)
        for name, value in (("timeout", timeout), ("connect_timeout", connect_timeout)):
            if value <= 0:
                raise QlikValueError(f"{name} must be > 0 seconds, not {value}")
        if concurrency < 1:
            raise QlikValueError(f"concurrency must be >= 1, not {concurrency}")
        check_bounds(request_deadline, max_response_size)
        _configure_logging_from_env()
        self.retry = retry or RetryPolicy()
        self.clock = clock or SystemClock()
        self.limiter = TierRateLimiter(rate_limits or RateLimits(), self.clock)
        self.concurrency = concurrency
        self.validate_responses = validate_responses
        self._capacity = anyio.CapacityLimiter(concurrency)
        if transport is not None and http_client is not None:
            raise QlikValueError("give transport= or http_client=, not both")
        inner: httpx.AsyncBaseTransport
        if http_client is not None:
            inner = ThroughClient(http_client)
        else:
            inner = transport or httpx.AsyncHTTPTransport()
        stack = QlikTransport(
            inner,
            retry=self.retry,
            limiter=self.limiter,
            concurrency=self._capacity,
            clock=self.clock,
            deadline=request_deadline,
            max_response_size=max_response_size,
        )
        self._timeout = httpx.Timeout(timeout, connect=connect_timeout)
        headers = {"User-Agent": f"qlik-catalog/{__version__}", "Accept": "application/json"}
        self._token_http: httpx.AsyncClient | None = None
        # A 3xx is refused before httpx parses its Location (which may not be a URL at all).
        hooks: dict[str, list[Any]] = {"response": [refuse_redirect]}
        auth: httpx.Auth
        if oauth is not None:
            # Token requests go through the same limits and retries, but not through this auth.
            self._token_http = httpx.AsyncClient(
                base_url=base,
                transport=stack,
                timeout=self._timeout,
                headers=headers,
                event_hooks=hooks,
            )
            auth = _oauth_auth(oauth, self._token_http, self.clock)
        else:
            auth = _bearer_auth(api_key, access_token, token_provider, self.clock)
        self.auth = auth
        self._http = httpx.AsyncClient(
            base_url=base,
            transport=stack,
            auth=auth,
            timeout=self._timeout,
            headers=headers,
            event_hooks=hooks,
        )

    @classmethod
    def from_env(cls, **options: Any) -> QlikCatalog:
        """A client configured from ``QLIK_TENANT_URL`` and ``QLIK_API_KEY``, or
        ``QLIK_CLIENT_ID`` + ``QLIK_CLIENT_SECRET``. ``options`` go to the constructor."""
        tenant = os.environ.get("QLIK_TENANT_URL")
        if not tenant:
            raise QlikValueError("QLIK_TENANT_URL is not set")
        api_key = os.environ.get("QLIK_API_KEY")
        client_id = os.environ.get("QLIK_CLIENT_ID")
        client_secret = os.environ.get("QLIK_CLIENT_SECRET")
        if api_key:
            return cls(tenant, api_key=api_key, **options)
        if client_id and client_secret:
            return cls(
                tenant,
                oauth=OAuthClientCredentials(client_id=client_id, client_secret=client_secret),
                **options,
            )
        raise QlikValueError(
            "no credentials in the environment: set QLIK_API_KEY, or QLIK_CLIENT_ID and "
            "QLIK_CLIENT_SECRET"
        )

    def __repr__(self) -> str:
        return f"QlikCatalog({self.base_url!r}, auth={self.auth!r})"

    async def __aenter__(self) -> QlikCatalog:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections. The client cannot be used afterwards."""
        await self._http.aclose()
        if self._token_http is not None:
            await self._token_http.aclose()

    @property
    def rate_limit_pauses(self) -> dict[str, float]:
        """The rate-limit budgets a 429 has paused right now, with the seconds left of each:
        ``{"tier2": 118.0}`` while Qlik's Tier 2 limit holds every write back; empty when
        nothing waits. Name a key with :func:`qlik_catalog.ratelimit.describe_key`. Read-only:
        it is for showing a pause (``RetryPolicy(max_rate_limit_wait=...)`` decides whether
        the client waits one out)."""
        return self.limiter.pauses()

    # --- resources, bound on first access -----------------------------------------------

    @cached_property
    def data_stores(self) -> DataStores:
        """The Data stores API, with the nested asset and data set routes."""
        from qlik_catalog.resources.data_stores import DataStores

        return DataStores(self)

    @cached_property
    def data_assets(self) -> DataAssets:
        """The Data assets API."""
        from qlik_catalog.resources.data_assets import DataAssets

        return DataAssets(self)

    @cached_property
    def data_sets(self) -> DataSets:
        """The Data sets API, with profiles."""
        from qlik_catalog.resources.data_sets import DataSets

        return DataSets(self)

    @cached_property
    def data_products(self) -> DataProducts:
        """The Data products API and its lifecycle."""
        from qlik_catalog.resources.data_products import DataProducts

        return DataProducts(self)

    @cached_property
    def data_qualities(self) -> DataQualities:
        """Data quality computations of data sets, and their global and per-field results."""
        from qlik_catalog.resources.data_qualities import DataQualities

        return DataQualities(self)

    @cached_property
    def trust_scores(self) -> TrustScores:
        """The trust scores of data sets."""
        from qlik_catalog.resources.trust_scores import TrustScores

        return TrustScores(self)

    @cached_property
    def spaces(self) -> Spaces:
        """The Spaces API."""
        from qlik_catalog.resources.spaces import Spaces

        return Spaces(self)

    @cached_property
    def users(self) -> Users:
        """The Users API."""
        from qlik_catalog.resources.users import Users

        return Users(self)

    @cached_property
    def apps(self) -> Apps:
        """The app operations catalog work needs."""
        from qlik_catalog.resources.apps import Apps

        return Apps(self)

    @cached_property
    def reports(self) -> Reports:
        """Report generation."""
        from qlik_catalog.resources.reports import Reports

        return Reports(self)

    @cached_property
    def data_files(self) -> DataFiles:
        """Uploaded data files and data-files connections."""
        from qlik_catalog.resources.data_files import DataFiles

        return DataFiles(self)

    @cached_property
    def items(self) -> Items:
        """The items API (every resource of the tenant as an item)."""
        from qlik_catalog.resources.items import Items

        return Items(self)

    @cached_property
    def catalog(self) -> CatalogSync:
        """The bulk sync tool (export, plan, apply, copy); needs the ``cli`` extra."""
        with needs_extra("cli", "qlik.catalog (the catalog sync tool)"):
            from qlik_catalog.sync.resource import CatalogSync

        return CatalogSync(self)
