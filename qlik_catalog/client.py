"""``QlikCatalog``: the async client. Configuration, lifecycle, resources and the raw request.

Example::

    from qlik_catalog import QlikCatalog

    async with QlikCatalog("https://acme.eu.qlikcloud.com", api_key="...") as qlik:
        async for store in qlik.data_stores.list(sort="-createdTime"):
            print(store.name)
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, TypeVar

import anyio
import httpx
from qlik_catalog_api.client import Client as GeneratedClient

from qlik_catalog import __version__
from qlik_catalog._redact import redact_url
from qlik_catalog.auth import ApiKeyAuth, OAuthClientCredentials, OAuthClientCredentialsAuth
from qlik_catalog.clock import Clock, SystemClock
from qlik_catalog.errors import (
    QlikConnectionError,
    QlikResponseError,
    QlikTimeoutError,
    QlikValueError,
    UnsafeLinkError,
    error_for_response,
)
from qlik_catalog.pagination import Page, Pager, check_link, page_from_model
from qlik_catalog.ratelimit import RateLimits, TierRateLimiter
from qlik_catalog.resources.data_assets import DataAssets
from qlik_catalog.resources.data_products import DataProducts
from qlik_catalog.resources.data_sets import DataSets
from qlik_catalog.resources.data_stores import DataStores
from qlik_catalog.retry import RetryPolicy, parse_retry_after
from qlik_catalog.tenant import normalise_tenant_url
from qlik_catalog.transport import RETRY_EXTENSION, QlikTransport

logger = logging.getLogger("qlik_catalog")
T = TypeVar("T")
API_ROOT = "/api/v1"


def _configure_logging_from_env() -> None:
    level = os.environ.get("QLIK_CATALOG_LOG", "").strip().upper()
    if level in ("DEBUG", "INFO", "WARNING", "ERROR") and not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(level)


class QlikCatalog:
    """The async client of one Qlik Cloud tenant.

    Give exactly one credential: ``api_key=`` or ``oauth=OAuthClientCredentials(...)``.
    ``tenant_url`` may be ``acme.eu.qlikcloud.com``, a full ``https://`` URL, or a local
    emulator's ``http://127.0.0.1:PORT``.

    Options: ``timeout`` (seconds, default 30) and ``connect_timeout`` (5); ``retry``
    (:class:`RetryPolicy`); ``rate_limits`` (:class:`RateLimits`); ``concurrency`` (requests in
    flight at once, default 8); ``transport`` (an ``httpx.AsyncBaseTransport`` to send through,
    e.g. ``httpx.ASGITransport`` for the in-process emulator); ``clock`` (tests).
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
        clock: Clock | None = None,
    ) -> None:
        self.base_url = base = normalise_tenant_url(tenant_url)
        if (api_key is None) == (oauth is None):
            raise QlikValueError("give exactly one credential: api_key= or oauth=")
        for name, value in (("timeout", timeout), ("connect_timeout", connect_timeout)):
            if value <= 0:
                raise QlikValueError(f"{name} must be > 0 seconds, not {value}")
        if concurrency < 1:
            raise QlikValueError(f"concurrency must be >= 1, not {concurrency}")
        _configure_logging_from_env()
        self.retry = retry or RetryPolicy()
        self.clock = clock or SystemClock()
        self.limiter = TierRateLimiter(rate_limits or RateLimits(), self.clock)
        self.concurrency = concurrency
        self._capacity = anyio.CapacityLimiter(concurrency)
        inner = transport or httpx.AsyncHTTPTransport()
        stack = QlikTransport(
            inner,
            retry=self.retry,
            limiter=self.limiter,
            concurrency=self._capacity,
            clock=self.clock,
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
        # The generated parsers take a client only to read `raise_on_unexpected_status`.
        self._parse_client = GeneratedClient(base_url=base)

        self.data_stores = DataStores(self)
        self.data_assets = DataAssets(self)
        self.data_sets = DataSets(self)
        self.data_products = DataProducts(self)

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

    # --- the one path every call takes ---------------------------------------------------

    async def send(
        self,
        request_kwargs: Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
    ) -> httpx.Response:
        """Send one request (``method``, ``url`` and httpx keyword arguments) through auth,
        limits and retries; return the answer, or raise the typed error for a failure."""
        kwargs = dict(request_kwargs)
        method = str(kwargs.pop("method")).upper()
        url = kwargs.pop("url")
        if timeout is not None:
            kwargs["timeout"] = timeout
        if retry is not None:
            kwargs["extensions"] = {RETRY_EXTENSION: retry}
        try:
            response = await self._http.request(method, url, **kwargs)
        except httpx.TimeoutException as exc:
            shown = redact_url(str(exc.request.url)) if _has_request(exc) else str(url)
            raise QlikTimeoutError(
                f"{method} {shown} timed out ({type(exc).__name__})", method=method, url=shown
            ) from exc
        except httpx.TransportError as exc:
            shown = redact_url(str(exc.request.url)) if _has_request(exc) else str(url)
            raise QlikConnectionError(
                f"{method} {shown} failed: {type(exc).__name__}: {exc}", method=method, url=shown
            ) from exc
        if response.status_code >= 400:
            retry_after = None
            if response.status_code == 429:
                retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise error_for_response(response, retry_after=retry_after)
        return response

    def parse(
        self,
        parser: Callable[..., Any],
        response: httpx.Response,
        expected: type[T],
    ) -> T:
        """Parse a success answer with a generated ``_parse_response`` into ``expected``."""
        try:
            parsed = parser(client=self._parse_client, response=response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            reason = f"with a body that breaks the spec: {type(exc).__name__}: {exc}"
            raise _unreadable(response, reason) from exc
        if not isinstance(parsed, expected):
            raise _unreadable(response, "which the spec does not describe")
        return parsed

    async def call(
        self, request_kwargs: Mapping[str, Any], parser: Callable[..., Any], expected: type[T]
    ) -> T:
        """Send and parse: the shape of almost every resource method."""
        return self.parse(parser, await self.send(request_kwargs), expected)

    def pager(
        self,
        request_kwargs: Mapping[str, Any],
        parser: Callable[..., Any],
        list_type: type[Any],
        *,
        max_items: int | None = None,
    ) -> Pager[Any]:
        """A :class:`Pager` over a generated list operation."""

        async def first() -> Page[Any]:
            return page_from_model(await self.call(request_kwargs, parser, list_type))

        async def follow(url: str) -> Page[Any]:
            return page_from_model(
                await self.call({"method": "get", "url": url}, parser, list_type)
            )

        return Pager(first, follow, base_url=self.base_url, max_items=max_items)

    # --- raw access --------------------------------------------------------------------

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        data: Mapping[str, Any] | None = None,
        files: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
    ) -> httpx.Response:
        """Send any request to the tenant with the client's auth, limits and retries.

        ``path`` is relative to the API root (``/users/me`` means ``/api/v1/users/me``), or
        starts with ``/api/``, or is an absolute URL on the same tenant. Error statuses raise
        the typed error; the ``httpx.Response`` gives status, headers and body.

        Example::

            me = (await qlik.request("GET", "/api/v1/users/me")).json()
        """
        if not isinstance(method, str) or not method.strip().isalpha():
            raise QlikValueError(f"HTTP method {method!r} is not valid")
        if timeout is not None and timeout <= 0:
            raise QlikValueError(f"timeout must be > 0 seconds, not {timeout}")
        url = self._resolve(path)
        kwargs: dict[str, Any] = {"method": method.upper(), "url": url}
        for key, value in (
            ("json", json),
            ("data", data),
            ("files", files),
            ("params", params),
            ("headers", headers),
        ):
            if value is not None:
                kwargs[key] = value
        return await self.send(kwargs, timeout=timeout, retry=retry)

    def _resolve(self, path: str) -> str:
        if not isinstance(path, str) or not path.strip():
            raise QlikValueError("request path is empty")
        if "://" in path:
            try:
                return check_link(self.base_url, path)
            except UnsafeLinkError as exc:
                raise QlikValueError(
                    f"request URL {redact_url(path)} is not on the tenant {self.base_url}"
                ) from exc
        if not path.startswith("/"):
            path = "/" + path
        if path == "/api" or path.startswith("/api/"):
            return path
        return API_ROOT + path


def _unreadable(response: httpx.Response, reason: str) -> QlikResponseError:
    """The error for a success answer the SDK cannot turn into a model."""
    method = response.request.method
    url = redact_url(str(response.request.url))
    return QlikResponseError(
        f"{method} {url} answered {response.status_code}, {reason}",
        status=response.status_code,
        method=method,
        url=url,
        body=response.text[:500],
    )


def _has_request(exc: httpx.HTTPError) -> bool:
    try:
        exc.request  # noqa: B018 - raises RuntimeError when the error carries no request
    except RuntimeError:
        return False
    return True
