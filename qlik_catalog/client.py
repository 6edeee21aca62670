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
import math
import os
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

import anyio
import httpx

from qlik_catalog import __version__
from qlik_catalog._extras import needs_extra
from qlik_catalog._raw import RawRequests
from qlik_catalog.auth import ApiKeyAuth, OAuthClientCredentials, OAuthClientCredentialsAuth
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
)

if TYPE_CHECKING:
    from qlik_catalog.resources.apps import Apps
    from qlik_catalog.resources.data_assets import DataAssets
    from qlik_catalog.resources.data_files import DataFiles
    from qlik_catalog.resources.data_products import DataProducts
    from qlik_catalog.resources.data_sets import DataSets
    from qlik_catalog.resources.data_stores import DataStores
    from qlik_catalog.resources.items import Items
    from qlik_catalog.resources.reports import Reports
    from qlik_catalog.resources.spaces import Spaces
    from qlik_catalog.resources.users import Users
    from qlik_catalog.sync.resource import CatalogSync

logger = logging.getLogger("qlik_catalog")


def _configure_logging_from_env() -> None:
    level = os.environ.get("QLIK_CATALOG_LOG", "").strip().upper()
    if level in ("DEBUG", "INFO", "WARNING", "ERROR") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


def _check_bounds(deadline: float | None, max_size: int | None) -> None:
    if deadline is not None and (
        isinstance(deadline, bool)
        or not isinstance(deadline, int | float)
        or not math.isfinite(deadline)
        or deadline <= 0
    ):
        raise QlikValueError(f"request_deadline must be > 0 seconds or None, not {deadline!r}")
    if max_size is not None and (
        isinstance(max_size, bool) or not isinstance(max_size, int) or max_size < 1
    ):
        raise QlikValueError(f"max_response_size must be >= 1 byte or None, not {max_size!r}")


class QlikCatalog(RawRequests):
    """The async client of one Qlik Cloud tenant.

    Give exactly one credential: ``api_key=`` or ``oauth=OAuthClientCredentials(...)``.
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

    Bounds on every attempt of every request: ``request_deadline`` (seconds, default 120) is
    the most one attempt may take in all, connecting, waiting for the headers and reading the
    whole body (``timeout`` applies to each read, so a server trickling a byte at a time would
    never trip it); past it the attempt fails as a read timeout does (retried for idempotent
    methods, then :class:`QlikTimeoutError`); it bounds a call with a longer ``timeout=`` too.
    ``max_response_size`` (bytes, default 64 MiB) is the largest answer read,
    counted after decompression as it arrives; a larger one is a :class:`QlikResponseError`.
    ``None`` turns either bound off.
    """

    def __init__(
        self,
        tenant_url: str,
        *,
        api_key: str | None = None,
        oauth: OAuthClientCredentials | None = None,
        timeout: float = 30.0,
        connect_timeout: float = 5.0,
        retry: RetryPolicy | None = None,
        rate_limits: RateLimits | None = None,
        concurrency: int = 8,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        validate_responses: bool = False,
        clock: Clock | None = None,
        request_deadline: float | None = DEFAULT_REQUEST_DEADLINE,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.base_url = base = normalise_tenant_url(tenant_url)
        if (api_key is None) == (oauth is None):
            raise QlikValueError("give exactly one credential: api_key= or oauth=")
        for name, value in (("timeout", timeout), ("connect_timeout", connect_timeout)):
            if value <= 0:
                raise QlikValueError(f"{name} must be > 0 seconds, not {value}")
        if concurrency < 1:
            raise QlikValueError(f"concurrency must be >= 1, not {concurrency}")
        _check_bounds(request_deadline, max_response_size)
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
        auth: httpx.Auth
        if oauth is not None:
            self._token_http = httpx.AsyncClient(
                base_url=base, transport=stack, timeout=self._timeout, headers=headers
            )
            auth = OAuthClientCredentialsAuth(oauth, self._token_http)
        else:
            assert api_key is not None
            auth = ApiKeyAuth(api_key)
        self.auth = auth
        self._http = httpx.AsyncClient(
            base_url=base, transport=stack, auth=auth, timeout=self._timeout, headers=headers
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
