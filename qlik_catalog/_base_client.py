"""The request path every call takes: send, map errors, parse, page, validate.

:class:`BaseClient` is transport-generic: it holds an ``httpx.AsyncClient`` (whose transport
stack does auth, rate limits, the concurrency cap and retries) and turns an
:class:`~qlik_catalog._endpoints.Endpoint` into a model, a typed error or a :class:`Pager`.
:class:`~qlik_catalog.client.QlikCatalog` adds configuration, lifecycle and the resources.

Every resource method takes the same per-call options (:class:`CallOptions`), keyword-only:
``timeout`` (seconds, or an ``httpx.Timeout``), ``retry`` (a :class:`RetryPolicy` for this call),
``extra_params`` (further query parameters; one the method already sets is refused) and
``extra_headers`` (further headers, replacing any of the same name; the credential headers
``Authorization``, ``Cookie`` and ``Proxy-Authorization`` are refused: the client's auth sets
them)::

    await qlik.data_sets.get(id, timeout=5, retry=RetryPolicy(max_retries=0))
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar, Unpack

import httpx
from qlik_catalog_api.types import Unset

from qlik_catalog._redact import redact_url, request_secrets, scrub
from qlik_catalog.errors import (
    QlikConnectionError,
    QlikError,
    QlikTimeoutError,
    QlikValueError,
    error_for_response,
    secret_free_cause,
    unreadable_answer,
)
from qlik_catalog.pagination import Page, Pager, page_from_model
from qlik_catalog.responses import ResponseInfo, note_response, record_responses
from qlik_catalog.retry import RetryPolicy, parse_retry_after
from qlik_catalog.transport import RETRY_EXTENSION

if TYPE_CHECKING:
    from qlik_catalog._endpoints import Endpoint

M = TypeVar("M")


class CallOptions(TypedDict, total=False):
    """The per-call options every resource method (and :meth:`BaseClient.send`) takes."""

    timeout: float | httpx.Timeout | None
    retry: RetryPolicy | None
    extra_params: Mapping[str, Any] | None
    extra_headers: Mapping[str, str] | None


OPTION_NAMES = frozenset(CallOptions.__annotations__)


class WaitOptions(TypedDict, total=False):
    """The per-call options of a method whose ``timeout`` is already the time it waits for a
    job (``reports.wait``): they take the HTTP timeout as ``request_timeout`` instead."""

    retry: RetryPolicy | None
    extra_params: Mapping[str, Any] | None
    extra_headers: Mapping[str, str] | None


CREDENTIAL_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})


def check_options(options: Mapping[str, Any]) -> None:
    """Refuse an unknown option name (a ``TypeError``, as for any unknown keyword) and option
    values that cannot be sent (:class:`QlikValueError`), before anything is sent."""
    unknown = sorted(set(options) - OPTION_NAMES)
    if unknown:
        raise TypeError(
            f"unexpected keyword argument(s) {', '.join(unknown)}; the per-call options are "
            f"{', '.join(sorted(OPTION_NAMES))}"
        )
    timeout = options.get("timeout")
    if isinstance(timeout, bool) or (
        timeout is not None and not isinstance(timeout, int | float | httpx.Timeout)
    ):
        raise QlikValueError(f"timeout must be a number of seconds, not {timeout!r}")
    if isinstance(timeout, int | float) and timeout <= 0:
        raise QlikValueError(f"timeout must be > 0 seconds, not {timeout}")
    retry = options.get("retry")
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise QlikValueError(f"retry must be a RetryPolicy, not {type(retry).__name__}")
    for name, value in (options.get("extra_headers") or {}).items():
        if not isinstance(name, str) or not name or not isinstance(value, str):
            raise QlikValueError(f"extra_headers[{name!r}] must be a string header")
        if name.lower() in CREDENTIAL_HEADERS:
            # The client's auth sets these and would overwrite them anyway: say so, not ignore.
            raise QlikValueError(
                f"extra_headers may not set {name}: the client's credentials do (api_key=, oauth=)"
            )


def merge_params(kwargs: Mapping[str, Any], extra: Mapping[str, Any] | None) -> dict[str, Any]:
    """``kwargs`` with free-form query parameters added (the connector's "Query Params"),
    refusing any that would silently replace one the method already sets."""
    out = dict(kwargs)
    if not extra:
        return out
    params = dict(out.get("params") or {})
    clash = sorted(set(params) & set(extra))
    if clash:
        raise QlikValueError(
            f"extra_params repeats {', '.join(clash)}: use the method's own argument instead"
        )
    for key, value in extra.items():
        if not isinstance(key, str) or not key:
            raise QlikValueError(f"extra_params has an invalid name {key!r}")
        if value is None:
            raise QlikValueError(f"extra_params[{key!r}] is None: leave it out instead")
    params.update(extra)
    out["params"] = params
    return out


def request_kwargs(request: Mapping[str, Any], options: CallOptions) -> dict[str, Any]:
    """The httpx keyword arguments of one request with the per-call options applied."""
    check_options(options)
    kwargs = merge_params(request, options.get("extra_params"))
    if extra_headers := options.get("extra_headers"):
        kwargs["headers"] = {**(kwargs.get("headers") or {}), **extra_headers}
    if (timeout := options.get("timeout")) is not None:
        kwargs["timeout"] = timeout
    if (retry := options.get("retry")) is not None:
        kwargs["extensions"] = {**(kwargs.get("extensions") or {}), RETRY_EXTENSION: retry}
    return kwargs


def following(options: CallOptions) -> CallOptions:
    """The options of a next-page request: all but ``extra_params`` (Qlik's links carry the
    query of the listing already)."""
    follow: CallOptions = {**options}
    follow.pop("extra_params", None)
    return follow


class BaseClient:
    """Sends requests through one ``httpx.AsyncClient`` and reads the answers.

    Subclasses set ``base_url``, ``validate_responses`` and ``_http``.
    """

    base_url: str
    validate_responses: bool
    _http: httpx.AsyncClient

    async def send(
        self, request: Endpoint[Any] | Mapping[str, Any], **options: Unpack[CallOptions]
    ) -> httpx.Response:
        """Send one request (an endpoint, or ``method``, ``url`` and httpx keyword arguments)
        through auth, limits and retries; return the answer, or raise the typed error of a
        failure (:class:`QlikStatusError` subclasses, :class:`QlikConnectionError`)."""
        raw = request if isinstance(request, Mapping) else request.request
        kwargs = request_kwargs(raw, options)
        method = str(kwargs.pop("method")).upper()
        url = kwargs.pop("url")
        try:
            response = await self._http.request(method, url, **kwargs)
        except httpx.TimeoutException as exc:
            shown, said, cause = _transport_failure(exc, url)
            raise QlikTimeoutError(
                f"{method} {shown} timed out ({type(exc).__name__.lstrip('_')}: {said})",
                method=method,
                url=shown,
            ) from cause
        except httpx.TransportError as exc:
            shown, said, cause = _transport_failure(exc, url)
            raise QlikConnectionError(
                f"{method} {shown} failed: {type(exc).__name__}: {said}", method=method, url=shown
            ) from cause
        note_response(response)
        if 300 <= response.status_code < 400:
            raise unreadable_answer(response, _redirect_reason(response))
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

    def parse(self, endpoint: Endpoint[M], response: httpx.Response) -> M:
        """A success answer of ``endpoint`` as its model (checked against the spec first when
        ``validate_responses`` is on); :class:`QlikResponseError` when it cannot be read."""
        if self.validate_responses:
            self._validate(response, endpoint.model)
        try:
            parsed = endpoint.parse(response)
        except RecursionError as exc:
            raise unreadable_answer(response, "with a body nested too deep to read") from exc
        except Exception as exc:
            # The generated parsers are functions of the body alone, and raise whatever the
            # body trips (ValueError, KeyError, TypeError, AttributeError, OverflowError...):
            # each means the answer is malformed, never a bug to let through raw. Their
            # messages may quote the body, so may hold credentials the server echoed.
            reason = f"with a body that breaks the spec: {type(exc).__name__}: {exc}"
            error = unreadable_answer(response, reason)
            raise error from secret_free_cause(exc, response.request)
        if not isinstance(parsed, endpoint.model):
            raise unreadable_answer(response, "which the spec does not describe")
        if problem := listing_problem(parsed):
            raise unreadable_answer(response, problem)
        return parsed

    def _validate(self, response: httpx.Response, expected: type[Any]) -> None:
        """Check a JSON answer against the schema its model was generated from (the schema
        validator is loaded on first use)."""
        from qlik_catalog.spec import bundled_spec, schema_errors

        name = expected.__name__
        if name not in bundled_spec()["components"]["schemas"]:
            return  # a plain str answer (documentation), or a model without a schema
        try:
            body = response.json()
        except ValueError as exc:
            raise unreadable_answer(response, "with a body that is not JSON") from exc
        except RecursionError as exc:
            raise unreadable_answer(response, "with a body nested too deep to read") from exc
        try:
            problems = schema_errors({"$ref": f"#/components/schemas/{name}"}, body)
        except RecursionError as exc:
            raise unreadable_answer(response, "with a body nested too deep to check") from exc
        if problems:
            raise unreadable_answer(
                response, "with a body that breaks the spec: " + "; ".join(problems)
            )

    async def call(self, endpoint: Endpoint[M], **options: Unpack[CallOptions]) -> M:
        """Send and parse: the shape of almost every resource method."""
        return self.parse(endpoint, await self.send(endpoint, **options))

    def pager(
        self,
        endpoint: Endpoint[Any],
        *,
        max_items: int | None = None,
        read: Callable[[httpx.Response], Page[Any]] | None = None,
        **options: Unpack[CallOptions],
    ) -> Pager[Any]:
        """A :class:`Pager` over a list endpoint. Each answer becomes a page with ``read``
        (default: the endpoint's model, as :func:`page_from_model` reads it).

        The options apply to every page (``extra_params`` to the first and to numbered pages
        only: next links carry the query); they are checked now, before anything is sent. A
        numbered listing can fetch its pages concurrently (:meth:`Pager.each_page`).
        """
        request_kwargs(endpoint.request, options)
        follow_options = following(options)

        def page_of(response: httpx.Response) -> Page[Any]:
            return page_from_model(self.parse(endpoint, response))

        def reader(response: httpx.Response) -> Page[Any]:
            if read is None:
                return page_of(response)
            try:
                return read(response)
            except QlikError:
                raise
            except RecursionError as exc:
                raise unreadable_answer(response, "with a body nested too deep to read") from exc
            except _READ_ERRORS as exc:
                # ``read`` is a function of the answer: what it trips on is the answer's fault.
                reason = f"with a page that cannot be read: {type(exc).__name__}: {exc}"
                error = unreadable_answer(response, reason)
                raise error from secret_free_cause(exc, response.request)

        async def first() -> Page[Any]:
            return reader(await self.send(endpoint, **options))

        async def follow(url: str) -> Page[Any]:
            return reader(await self.send(endpoint.follow(url), **follow_options))

        async def numbered(number: int) -> Page[Any]:
            return reader(await self.send(endpoint.at_page(number), **options))

        return Pager(first, follow, base_url=self.base_url, max_items=max_items, numbered=numbered)


# What a page reader trips on when an answer is malformed (a QlikError passes through as is).
_READ_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError)


async def refuse_redirect(response: httpx.Response) -> None:
    """An ``httpx.AsyncClient`` response hook (``event_hooks={"response": [...]}``) that
    refuses a 3xx answer with the :class:`QlikResponseError` :meth:`BaseClient.send` raises
    for one. :meth:`~BaseClient.send` checks the status too, but only after httpx has parsed
    the ``Location`` to offer the next request, and a Location that is not a URL makes httpx
    raise a ``RemoteProtocolError`` first (a :class:`QlikConnectionError`, as if there had
    been no answer); a hook runs before that parse."""
    if 300 <= response.status_code < 400:
        await response.aread()
        raise unreadable_answer(response, _redirect_reason(response))


def _redirect_reason(response: httpx.Response) -> str:
    """Why a 3xx answer is refused, naming where it pointed (redacted)."""
    location = response.headers.get("location")
    where = f" to {redact_url(location)}" if location else ""
    # Following it would send the credentials to wherever it points, and its body is not the
    # answer the call asked for: neither is done, so a redirect is never read as data.
    return f"a redirect{where}, which the client does not follow (Qlik's API never redirects)"


def listing_problem(model: object) -> str | None:
    """What makes a parsed list answer unusable by the pager, or None: a next link that is
    not a string, or a count (``total``, ``pages``) that is not a whole number. The generated
    parsers keep such values as they come (tolerant parsing); the pager cannot follow them."""
    next_link = getattr(getattr(model, "links", None), "next_", None)
    href = getattr(next_link, "href", None)
    if href is not None and not isinstance(href, str | Unset):
        return f"with a next link that is not a string ({type(href).__name__})"
    for name in ("total", "pages", "total_results"):
        value = getattr(model, name, None)
        if value is None or isinstance(value, Unset):
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return f"with a {name} that is not a whole number ({type(value).__name__})"
    return None


def _transport_failure(
    exc: httpx.TransportError, fallback: object
) -> tuple[str, str, BaseException | None]:
    """What a transport error shows: the (redacted) URL of its request (else ``fallback``),
    its message with the request's credentials scrubbed (h11 quotes a malformed header
    line of the answer, which may echo them), and the cause to chain (see
    :func:`secret_free_cause`)."""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # the error carries no request
        request = None
    shown = redact_url(str(request.url if request is not None else fallback))
    said = scrub(str(exc), request_secrets(request))
    return shown, said, secret_free_cause(exc, request)
