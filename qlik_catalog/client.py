"""``QlikCatalog``: the async client. Configuration, lifecycle, resources and the raw request.

Example::

    from qlik_catalog import QlikCatalog

    async with QlikCatalog("https://acme.eu.qlikcloud.com", api_key="...") as qlik:
        async for store in qlik.data_stores.list(sort="-createdTime"):
            print(store.name)
"""

from __future__ import annotations

import json as _json
import logging
import os
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from types import TracebackType
from typing import IO, Any, Literal, TypeVar, overload
from urllib.parse import urljoin

import anyio
import httpx
from qlik_catalog_api.client import Client as GeneratedClient

from qlik_catalog import __version__
from qlik_catalog._redact import mask, redact_json, redact_url
from qlik_catalog.auth import ApiKeyAuth, OAuthClientCredentials, OAuthClientCredentialsAuth
from qlik_catalog.clock import Clock, SystemClock
from qlik_catalog.errors import (
    QlikConnectionError,
    QlikTimeoutError,
    QlikValueError,
    UnsafeLinkError,
    error_for_response,
    unreadable_answer,
)
from qlik_catalog.pagination import Page, Pager, check_link, page_from_model
from qlik_catalog.ratelimit import RateLimits, TierRateLimiter
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
from qlik_catalog.responses import ResponseInfo, note_response, record_responses
from qlik_catalog.retry import RetryPolicy, parse_retry_after
from qlik_catalog.spec import bundled_spec, schema_errors
from qlik_catalog.sync.resource import CatalogSync
from qlik_catalog.tenant import normalise_tenant_url
from qlik_catalog.transport import RETRY_EXTENSION, QlikTransport

logger = logging.getLogger("qlik_catalog")
T = TypeVar("T")
API_ROOT = "/api/v1"
ResponseType = Literal["json", "text", "binary"]
# What one upload of ``request(files=...)`` may be: bytes, a file, or httpx's tuple forms.
FileInput = bytes | IO[bytes] | tuple[Any, ...]
_SECRET_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


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
    e.g. ``httpx.ASGITransport`` for the in-process emulator); ``http_client`` (your own
    ``httpx.AsyncClient``, for proxies, TLS settings, event hooks or a shared connection pool:
    requests still go through the client's auth, rate limits and retries, and you close it);
    ``validate_responses`` (check every JSON answer against the spec's schema and raise
    :class:`QlikResponseError` on a mismatch; off by default, when answers are parsed
    tolerantly: unknown fields are kept, missing ones are ``UNSET``, and field types are not
    checked); ``clock`` (tests).
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
        self.validate_responses = validate_responses
        self._capacity = anyio.CapacityLimiter(concurrency)
        if transport is not None and http_client is not None:
            raise QlikValueError("give transport= or http_client=, not both")
        inner: httpx.AsyncBaseTransport
        if http_client is not None:
            inner = _ThroughClient(http_client)
        else:
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
        self.spaces = Spaces(self)
        self.users = Users(self)
        self.apps = Apps(self)
        self.reports = Reports(self)
        self.data_files = DataFiles(self)
        self.items = Items(self)
        self.catalog = CatalogSync(self)

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
        note_response(response)
        if response.status_code >= 400:
            retry_after = None
            if response.status_code == 429:
                retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise error_for_response(response, retry_after=retry_after)
        return response

    def record_responses(self) -> AbstractContextManager[list[ResponseInfo]]:
        """Collect the status, headers and ``traceId`` of every call made inside the block.

        Example::

            with qlik.record_responses() as calls:
                await qlik.data_sets.get(data_set_id)
            print(calls[0].status, calls[0].trace_id)
        """
        return record_responses()

    def parse(
        self,
        parser: Callable[..., Any],
        response: httpx.Response,
        expected: type[T],
    ) -> T:
        """Parse a success answer with a generated ``_parse_response`` into ``expected``."""
        if self.validate_responses:
            self._validate(response, expected)
        try:
            parsed = parser(client=self._parse_client, response=response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            reason = f"with a body that breaks the spec: {type(exc).__name__}: {exc}"
            raise unreadable_answer(response, reason) from exc
        if not isinstance(parsed, expected):
            raise unreadable_answer(response, "which the spec does not describe")
        return parsed

    def _validate(self, response: httpx.Response, expected: type[Any]) -> None:
        """Check a JSON answer against the schema its model was generated from."""
        name = expected.__name__
        if name not in bundled_spec()["components"]["schemas"]:
            return  # a plain str answer (documentation), or a model without a schema
        try:
            body = response.json()
        except ValueError as exc:
            raise unreadable_answer(response, "with a body that is not JSON") from exc
        problems = schema_errors({"$ref": f"#/components/schemas/{name}"}, body)
        if problems:
            raise unreadable_answer(
                response, "with a body that breaks the spec: " + "; ".join(problems)
            )

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

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: str | bytes | None = None,
        data: Mapping[str, Any] | None = None,
        files: Mapping[str, FileInput] | None = None,
        file_names: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        response_type: None = None,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        debug: bool = False,
    ) -> httpx.Response: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: str | bytes | None = None,
        data: Mapping[str, Any] | None = None,
        files: Mapping[str, FileInput] | None = None,
        file_names: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        response_type: Literal["json"],
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        debug: bool = False,
    ) -> Any: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: str | bytes | None = None,
        data: Mapping[str, Any] | None = None,
        files: Mapping[str, FileInput] | None = None,
        file_names: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        response_type: Literal["text"],
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        debug: bool = False,
    ) -> str: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: str | bytes | None = None,
        data: Mapping[str, Any] | None = None,
        files: Mapping[str, FileInput] | None = None,
        file_names: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        response_type: Literal["binary"],
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        debug: bool = False,
    ) -> bytes: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        content: str | bytes | None = None,
        data: Mapping[str, Any] | None = None,
        files: Mapping[str, FileInput] | None = None,
        file_names: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        response_type: ResponseType | None = None,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        debug: bool = False,
    ) -> Any:
        """Send any request to the tenant with the client's auth, limits and retries (the
        connector's Raw Request).

        ``path`` is relative to the API root (``/users/me`` means ``/api/v1/users/me``), or
        starts with ``/api/``, or is an absolute URL on the same tenant.

        Body: ``json=`` (any JSON value), ``content=`` (raw text or bytes), ``data=`` (form
        fields: URL-encoded, or multipart alongside ``files=``). ``files`` maps a form field to
        bytes, a file object or an httpx ``(name, content, content_type)`` tuple;
        ``file_names`` gives the upload name of a field whose value is bytes or a file object.

        ``response_type``: ``None`` (the ``httpx.Response``), ``"json"`` (the parsed body,
        ``None`` when empty), ``"text"`` or ``"binary"`` (bytes). ``retry`` overrides the retry
        policy for this call (the connector's max retries, delay, exponential backoff and
        retry on all errors). ``debug=True`` logs the request and the answer at INFO on logger
        ``qlik_catalog``, with credentials masked.

        Error statuses raise the typed error.

        Example::

            me = await qlik.request("GET", "/users/me", response_type="json")
            await qlik.request(
                "POST", "/data-files", files={"File": b"a,b\\n1,2\\n"},
                file_names={"File": "orders.csv"}, data={"Json": '{"name": "orders.csv"}'},
            )
        """
        if not isinstance(method, str) or not method.strip().isalpha():
            raise QlikValueError(f"HTTP method {method!r} is not valid")
        if timeout is not None and timeout <= 0:
            raise QlikValueError(f"timeout must be > 0 seconds, not {timeout}")
        if response_type not in (None, "json", "text", "binary"):
            raise QlikValueError(
                f"response_type {response_type!r} is not one of 'json', 'text', 'binary'"
            )
        bodies = [name for name, v in (("json", json), ("content", content)) if v is not None]
        if data is not None or files is not None:
            bodies.append("data/files")
        if len(bodies) > 1:
            raise QlikValueError(f"give one request body, not {' and '.join(bodies)}")
        url = self._resolve(path)
        kwargs: dict[str, Any] = {"method": method.upper(), "url": url}
        for key, value in (
            ("json", json),
            ("content", content),
            ("data", data),
            ("files", _named_files(files, file_names)),
            ("params", params),
            ("headers", headers),
        ):
            if value is not None:
                kwargs[key] = value
        if debug:
            _log_raw_request(kwargs, self.base_url)
        response = await self.send(kwargs, timeout=timeout, retry=retry)
        if debug:
            logger.info(
                "raw answer: %s %s, %d bytes, headers %s",
                response.status_code,
                response.reason_phrase,
                len(response.content),
                dict(response.headers),
            )
        if response_type is None:
            return response
        if response_type == "binary":
            return response.content
        if response_type == "text":
            return response.text
        if not response.content.strip():
            return None
        try:
            return response.json()
        except ValueError as exc:
            raise unreadable_answer(response, "with a body that is not JSON") from exc

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


def _named_files(
    files: Mapping[str, FileInput] | None, file_names: Mapping[str, str] | None
) -> dict[str, FileInput] | None:
    """``files`` with the upload names of ``file_names`` applied; every name must match."""
    if file_names is None:
        return dict(files) if files is not None else None
    unknown = sorted(set(file_names) - set(files or {}))
    if unknown:
        raise QlikValueError(f"file_names has keys with no file in files: {', '.join(unknown)}")
    named: dict[str, FileInput] = {}
    for field, value in (files or {}).items():
        name = file_names.get(field)
        if name is not None and isinstance(value, tuple):
            raise QlikValueError(f"file {field!r} is a tuple with its own name; drop file_names")
        named[field] = (name, value) if name is not None else value
    return named


def _log_raw_request(kwargs: Mapping[str, Any], base_url: str) -> None:
    body = "-"
    if kwargs.get("json") is not None:
        body = f"json {_json.dumps(redact_json(kwargs['json']), default=str)[:2000]}"
    elif kwargs.get("content") is not None:
        body = f"{len(kwargs['content'])} bytes"
    elif kwargs.get("data") is not None or kwargs.get("files") is not None:
        fields = sorted({*(kwargs.get("data") or {}), *(kwargs.get("files") or {})})
        body = f"form fields {', '.join(fields)}"
    shown_headers = {
        name: mask(value) if name.lower() in _SECRET_HEADERS else value
        for name, value in (kwargs.get("headers") or {}).items()
    }
    url = httpx.URL(urljoin(base_url + "/", str(kwargs["url"]))).copy_merge_params(
        kwargs.get("params") or {}
    )
    logger.info(
        "raw request: %s %s headers %s body %s",
        kwargs["method"],
        redact_url(str(url)),
        shown_headers,
        body,
    )


class _ThroughClient(httpx.AsyncBaseTransport):
    """Sends through a user's ``httpx.AsyncClient`` (its pool, proxies, TLS and hooks) as the
    innermost step of the client's own stack. The user's client keeps its lifecycle."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # auth=None: the QlikCatalog's auth has already signed the request.
        return await self._client.send(request, auth=None, follow_redirects=False)

    async def aclose(self) -> None:
        """The injected client belongs to the caller; closing is theirs to do."""


def _has_request(exc: httpx.HTTPError) -> bool:
    try:
        exc.request  # noqa: B018 - raises RuntimeError when the error carries no request
    except RuntimeError:
        return False
    return True
