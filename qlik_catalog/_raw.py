"""The raw request (the connector's Raw Request): any method and path on the tenant, with the
client's auth, rate limits and retries. :class:`RawRequests` gives
:class:`~qlik_catalog.client.QlikCatalog` its :meth:`~RawRequests.request`."""

from __future__ import annotations

import json as _json
import logging
from collections.abc import Mapping
from typing import IO, Any, Literal, TypedDict, Unpack, overload
from urllib.parse import urljoin

import httpx

from qlik_catalog._base_client import BaseClient
from qlik_catalog._redact import mask, redact_json, redact_url, request_secrets, scrub_headers
from qlik_catalog.errors import QlikValueError, UnsafeLinkError, unreadable_answer
from qlik_catalog.pagination import check_link
from qlik_catalog.retry import RetryPolicy

logger = logging.getLogger("qlik_catalog")
API_ROOT = "/api/v1"
ResponseType = Literal["json", "text", "binary"]
# What one upload of ``request(files=...)`` may be: bytes, a file, or httpx's tuple forms.
FileInput = bytes | IO[bytes] | tuple[Any, ...]
_SECRET_HEADERS = frozenset({"authorization", "x-api-key", "cookie", "proxy-authorization"})


class RawOptions(TypedDict, total=False):
    """The keyword arguments of :meth:`RawRequests.request` other than ``response_type``."""

    json: Any
    content: str | bytes | None
    data: Mapping[str, Any] | None
    files: Mapping[str, FileInput] | None
    file_names: Mapping[str, str] | None
    params: Mapping[str, Any] | None
    headers: Mapping[str, str] | None
    timeout: float | None
    retry: RetryPolicy | None
    debug: bool


class RawRequests(BaseClient):
    """The raw request, over the base client's request path."""

    # The answer's type follows ``response_type``; the signatures below differ in that only.
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        response_type: None = None,
        **options: Unpack[RawOptions],
    ) -> httpx.Response: ...
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        response_type: Literal["json"],
        **options: Unpack[RawOptions],
    ) -> Any: ...
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        response_type: Literal["text"],
        **options: Unpack[RawOptions],
    ) -> str: ...
    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        response_type: Literal["binary"],
        **options: Unpack[RawOptions],
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
        if response_type not in (None, "json", "text", "binary"):
            raise QlikValueError(
                f"response_type {response_type!r} is not one of 'json', 'text', 'binary'"
            )
        bodies = [name for name, v in (("json", json), ("content", content)) if v is not None]
        if data is not None or files is not None:
            bodies.append("data/files")
        if len(bodies) > 1:
            raise QlikValueError(f"give one request body, not {' and '.join(bodies)}")
        kwargs: dict[str, Any] = {"method": method.upper(), "url": self._resolve(path)}
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
                # A server may echo the credentials in a header: never log them.
                dict(scrub_headers(response.headers, request_secrets(response.request))),
            )
        return _answer(response, response_type)

    def _resolve(self, path: str) -> str:
        """The URL of a raw request's ``path`` (see :meth:`request`)."""
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


def _answer(response: httpx.Response, response_type: ResponseType | None) -> Any:
    """The answer in the form ``response_type`` asks for."""
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
