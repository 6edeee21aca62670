"""The exception tree of qlik-catalog.

::

    QlikError
    ├── QlikValueError          bad input, caught before anything is sent (also a ValueError)
    │   └── CatalogFileError    a sync catalog file breaks the specs (``problems``, ``path``)
    ├── QlikConnectionError     the request did not get an answer
    │   └── QlikTimeoutError
    ├── UnsafeLinkError         a page link points at another origin or downgrades to http
    ├── DataFilesConnectionNotFoundError  a space has no data-files connection (a LookupError)
    ├── QlikResponseError       an answer the SDK cannot read (not JSON, breaks the spec)
    ├── BatchError              some items of a batch failed (``failures``: id -> exception)
    ├── JobTimeoutError         a polled job (report, profiles) not done in time (a TimeoutError)
    ├── ReportFailedError       a report request ended failed or aborted
    ├── DataQualityFailedError  a data quality computation ended FAILED or PROFILE_FAILED
    ├── NotAppliedError         a sync change not attempted (its parent failed)
    │   └── ChangedSincePlanError   its object moved since the plan: a conflict, nothing written
    ├── MissingExtraError       a feature used without its extra installed (an ImportError)
    ├── LoginError              an interactive sign-in ended without tokens (``error``)
    ├── TokenCallbackError      ``on_tokens`` failed to keep renewed tokens (kept in use)
    └── QlikStatusError         Qlik answered with an error status
        ├── BadRequestError         400
        ├── AuthenticationError     401
        ├── PermissionDeniedError   403
        ├── NotFoundError           404
        ├── ConflictError           409
        ├── RateLimitError          429 (with ``retry_after``)
        └── ServerError             >= 500

Every :class:`QlikStatusError` carries the status, Qlik's error entries, the ``traceId``, and the
method and URL of the request. Messages never contain credentials.

Example::

    try:
        await qlik.data_sets.get("nope")
    except NotFoundError as exc:
        print(exc.status, exc.trace_id, exc.errors[0].code)
"""

from __future__ import annotations

import json
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from qlik_catalog._redact import redact_url, request_secrets, scrub, scrub_headers

if TYPE_CHECKING:
    from qlik_catalog_api.models import ReportStatus


class QlikError(Exception):
    """Base class of every error this SDK raises."""


class QlikValueError(QlikError, ValueError):
    """Bad input, refused before any request is sent. The message names the problem."""


class CatalogFileError(QlikValueError):
    """A catalog file (or catalog document) that cannot be planned: every problem found in
    it, one per line of the message, each starting with where it is
    (``dataSets[3] (orders_raw): nmae: unknown field (did you mean 'name'?)``).

    ``problems`` lists them; ``path`` names the file (or what the document was called)."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = list(problems)
        if len(self.problems) == 1:
            message = f"{path}: {self.problems[0]}"
        else:
            lines = "".join(f"\n  {problem}" for problem in self.problems)
            message = f"{path}: {len(self.problems)} problems{lines}"
        super().__init__(message)


class QlikConnectionError(QlikError):
    """The request got no answer: the connection failed or was dropped."""

    def __init__(self, message: str, *, method: str | None = None, url: str | None = None) -> None:
        super().__init__(message)
        self.method = method
        self.url = url


class QlikTimeoutError(QlikConnectionError):
    """The request timed out (connect, read, write or pool)."""


class UnsafeLinkError(QlikError):
    """A page link would send the credentials elsewhere (another origin, or http)."""


class DataFilesConnectionNotFoundError(QlikError, LookupError):
    """The space has no data-files connection the user can see (Qlik's ``DF-007``): the space
    does not exist, is not the user's, or holds no data files (a data-files connection exists
    for every team space the user can access). ``space_id`` names the space."""

    def __init__(self, space_id: str) -> None:
        super().__init__(
            f"space {space_id!r} has no data-files connection that this user can see "
            "(GET /api/v1/data-files/connections?spaceId= found none for it), so its data "
            "files cannot be listed"
        )
        self.space_id = space_id


class BatchError(QlikError):
    """Some items of a batch failed; ``failures`` maps each to its exception."""

    def __init__(self, failures: Mapping[Any, Exception]) -> None:
        self.failures = dict(failures)
        first = next(iter(self.failures.items()))
        super().__init__(f"{len(self.failures)} item(s) failed; first: {first[0]!r}: {first[1]}")


class JobTimeoutError(QlikError, TimeoutError):
    """Qlik's asynchronous work (a report, a data set's profiles) was not done after
    ``timeout`` seconds of polling. Every poll was answered: this is not a connection timeout.
    ``what`` names the job, ``url`` the address polled and ``last`` the last answer read."""

    def __init__(self, what: str, *, timeout: float, url: str, last: Any = None) -> None:
        super().__init__(f"{what} not finished after {timeout:g}s (polled {url})")
        self.what = what
        self.timeout = timeout
        self.url = url
        self.last = last


class ReportFailedError(QlikError):
    """A report request ended without output; ``status`` holds Qlik's reasons and errors."""

    def __init__(self, request_id: str, status: ReportStatus) -> None:
        self.request_id = request_id
        self.status = status
        reasons = [*_as_list(status.reasons), *_as_list(status.request_errors)]
        detail = f": {reasons[0]}" if reasons else ""
        super().__init__(f"report {request_id} ended {status.status}{detail}")


class DataQualityFailedError(QlikError):
    """A data quality computation of one data set ended ``FAILED`` or ``PROFILE_FAILED``.
    ``computation_id`` names it, ``status`` is the final status; the reason is in the data set's
    global results (``qlik.data_qualities.global_results_many([...])``, its ``error``)."""

    def __init__(self, computation_id: str, status: str, *, data_set_id: str | None = None) -> None:
        self.computation_id = computation_id
        self.status = status
        self.data_set_id = data_set_id
        of = f" of data set {data_set_id}" if data_set_id else ""
        super().__init__(f"data quality computation {computation_id}{of} ended {status}")


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


class NotAppliedError(QlikError):
    """A change of a sync plan that could not be attempted (its parent failed, or what it
    refers to does not exist)."""


class ChangedSincePlanError(NotAppliedError):
    """A change of a sync plan refused because its object moved since the plan read it (a
    version or last-change time that differs, a key taken since): nothing was written to it,
    so as not to overwrite someone else's change. Plan again."""


class MissingExtraError(QlikError, ImportError):
    """A feature was used without the optional dependencies it needs. The message names the
    extra to install, e.g. ``pip install "qlik-catalog[cli]"``; ``extra`` holds its name."""

    def __init__(self, what: str, extra: str, *, missing: str | None = None) -> None:
        lacking = f" ({missing} is not installed)" if missing else ""
        super().__init__(
            f'{what} needs the {extra!r} extra{lacking}: pip install "qlik-catalog[{extra}]"',
            name=missing,
        )
        self.extra = extra


@dataclass(frozen=True)
class ErrorEntry:
    """One entry of Qlik's error body ``{"errors": [{code, title, detail, status}]}``."""

    code: str | None = None
    title: str | None = None
    detail: str | None = None
    status: str | None = None


class QlikResponseError(QlikError):
    """Qlik answered, but not in a form the SDK can read (invalid JSON, a body that breaks the
    spec, a redirect). ``body`` holds the start of what was received (the request's
    credentials scrubbed), ``trace_id`` the answer's ``traceId`` when it has one."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        method: str,
        url: str,
        body: str = "",
        trace_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.method = method
        self.url = url
        self.body = body
        self.trace_id = trace_id


class QlikStatusError(QlikError):
    """Qlik answered with an error status.

    Attributes: ``status`` (int), ``errors`` (list of :class:`ErrorEntry`), ``trace_id``,
    ``method``, ``url`` (credentials redacted) and ``headers`` of the answer.
    """

    def __init__(
        self,
        status: int,
        *,
        errors: list[ErrorEntry] | None = None,
        trace_id: str | None = None,
        method: str = "",
        url: str = "",
        headers: httpx.Headers | None = None,
    ) -> None:
        self.status = status
        self.errors = errors or []
        self.trace_id = trace_id
        self.method = method
        self.url = url
        self.headers = headers or httpx.Headers()
        self._note: str | None = None
        super().__init__(self._message())

    @property
    def note(self) -> str | None:
        """What to do about it, when the SDK knows (e.g. "sign in again: ...")."""
        return self._note

    @note.setter
    def note(self, text: str | None) -> None:
        self._note = text
        self.args = (self._message(),)

    def _message(self) -> str:
        summary = "; ".join(
            ": ".join(p for p in (e.code, e.title, e.detail) if p) for e in self.errors
        )
        parts = [f"{self.method} {self.url} -> {self.status}".strip()]
        if summary:
            parts.append(summary)
        if self.trace_id:
            parts.append(f"traceId={self.trace_id}")
        if getattr(self, "_note", None):
            parts.append(str(self._note))
        return " | ".join(parts)

    @property
    def codes(self) -> list[str]:
        """Qlik's error codes, e.g. ``["HTTP-429"]``."""
        return [e.code for e in self.errors if e.code]


class BadRequestError(QlikStatusError):
    """400: Qlik refused the request as malformed."""


class AuthenticationError(QlikStatusError):
    """401: the API key or token is missing, wrong or expired."""


class PermissionDeniedError(QlikStatusError):
    """403: the credentials may not do this."""


class NotFoundError(QlikStatusError):
    """404: no such resource."""


class ConflictError(QlikStatusError):
    """409: the request conflicts with the resource's state (e.g. a stale ``version``)."""


class RateLimitError(QlikStatusError):
    """429: the tier's rate limit was hit and retrying did not get through, or Qlik asked to
    wait longer than the client is willing to. ``retry_after`` is Qlik's wait, in seconds.

    ``reason`` says why the client refused a request itself, without sending it (its tier
    is paused by an earlier 429 for longer than the retry policy waits)."""

    def __init__(
        self,
        status: int = 429,
        *,
        retry_after: float | None = None,
        reason: str | None = None,
        **kw: Any,
    ) -> None:
        self.retry_after = retry_after
        self.reason = reason
        super().__init__(status, **kw)

    def _message(self) -> str:
        message = super()._message()
        if self.reason:
            message += f" | {self.reason}"
        if self.retry_after is not None:
            message += f" | retry after {self.retry_after:g}s"
        return message


class ServerError(QlikStatusError):
    """A 5xx answer (or a non-standard one such as 520) that retrying did not cure."""


_BY_STATUS: dict[int, type[QlikStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitError,
}


def parse_error_body(content: bytes) -> tuple[list[ErrorEntry], str | None]:
    """Qlik's error entries and traceId from a body; empty when the body is not Qlik's shape."""
    try:
        data = json.loads(content)
    except (ValueError, RecursionError):  # not JSON (or not UTF-8), or nested too deep to read
        return [], None
    if not isinstance(data, dict):
        return [], None
    entries = []
    listed = data.get("errors")
    for raw in listed if isinstance(listed, list) else []:
        if isinstance(raw, dict):
            entries.append(
                ErrorEntry(
                    **{key: _as_text(raw.get(key)) for key in ("code", "title", "detail", "status")}
                )
            )
    return entries, _as_text(data.get("traceId"))


# The most of one text of an error body kept: Qlik's are a line or two, and a longer one
# (a hostile body) would make every message, log line and scrub of it as long.
_MAX_ERROR_TEXT = 4000


def _as_text(value: Any) -> str | None:
    """A field of an error body as text: strings and numbers as they are (a string cut to
    4,000 characters, saying so); an array or object (which Qlik never sends there, and
    which may be nested deep) by its kind only."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) <= _MAX_ERROR_TEXT:
            return value
        return f"{value[:_MAX_ERROR_TEXT]}... ({len(value) - _MAX_ERROR_TEXT} more characters)"
    if isinstance(value, bool | int | float):
        return str(value)
    return f"(a JSON {'array' if isinstance(value, list) else 'object'})"


def header_trace_id(headers: httpx.Headers) -> str | None:
    """The trace id a Qlik answer carries in its headers, if any (as sent: use
    :func:`response_trace_id` for text that is logged or shown)."""
    value: str | None = headers.get("x-trace-id") or headers.get("traceid")
    return value


def response_trace_id(response: httpx.Response, request: httpx.Request | None = None) -> str | None:
    """The trace id of ``response``'s headers with the credentials of ``request`` (by default
    the response's own) scrubbed from it: what a log line may show. A transport's answer has
    no request set yet, so the transport passes the one it sent."""
    trace_id = header_trace_id(response.headers)
    if trace_id is None:
        return None
    return scrub(trace_id, request_secrets(request if request is not None else response.request))


def error_for_response(
    response: httpx.Response, *, retry_after: float | None = None
) -> QlikStatusError:
    """The typed error for an error answer (the body must have been read). Whatever the
    server wrote in it is scrubbed of the request's credentials first: a server that echoes
    the ``Authorization`` header must not get the key into a message, a log or the CLI."""
    secrets = request_secrets(response.request)
    errors, trace_id = parse_error_body(response.content)
    trace_id = trace_id or header_trace_id(response.headers)
    status = response.status_code
    kwargs: dict[str, Any] = {
        "errors": [_scrubbed_entry(entry, secrets) for entry in errors],
        "trace_id": None if trace_id is None else scrub(trace_id, secrets),
        "method": response.request.method,
        "url": redact_url(str(response.request.url)),
        "headers": scrub_headers(response.headers, secrets),
    }
    if status == 429:
        return RateLimitError(status, retry_after=retry_after, **kwargs)
    return error_for_status(status, **kwargs)


def error_for_status(status: int, **kwargs: Any) -> QlikStatusError:
    """The :class:`QlikStatusError` subclass for ``status``, built with ``kwargs``."""
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else QlikStatusError)
    return cls(status, **kwargs)


def _scrubbed_entry(entry: ErrorEntry, secrets: tuple[str, ...]) -> ErrorEntry:
    """``entry`` with ``secrets`` scrubbed from each of its texts."""
    if not secrets:
        return entry
    texts = {
        key: None if value is None else scrub(value, secrets) for key, value in vars(entry).items()
    }
    return ErrorEntry(**texts)


def unreadable_answer(response: httpx.Response, reason: str) -> QlikResponseError:
    """The error for a success answer the SDK cannot turn into a model (``reason`` says what
    is wrong with it), with its status and ``traceId``; the request's credentials are
    scrubbed from the reason and from the start of the body it keeps."""
    secrets = request_secrets(response.request)
    method = response.request.method
    url = redact_url(str(response.request.url))
    trace_id = _answer_trace_id(response)
    trace_id = None if trace_id is None else scrub(trace_id, secrets)
    message = f"{method} {url} answered {response.status_code}, {reason}"
    if trace_id:
        message += f" | traceId={trace_id}"
    return QlikResponseError(
        scrub(message, secrets),
        status=response.status_code,
        method=method,
        url=url,
        body=_body_start(response, secrets),
        trace_id=trace_id,
    )


def secret_free_cause(cause: BaseException, request: httpx.Request | None) -> BaseException | None:
    """``cause`` to chain a QlikError to (``raise ... from``), or None when anything a
    traceback would print of it (its message, its own chain) holds the credentials of
    ``request``: the error the client raises is scrubbed, and a chained exception (a parser's
    ``TypeError: Unexpected value 'Bearer ...'``, h11's ``Illegal header value``) must not
    bring back what it took out."""
    secrets = request_secrets(request)
    if not secrets:
        return cause
    shown = "".join(traceback.format_exception(cause))
    return cause if scrub(shown, secrets) == shown else None


def _body_start(response: httpx.Response, secrets: tuple[str, ...]) -> str:
    """The first 500 characters of an answer's body, ``secrets`` scrubbed (empty when it was
    streamed unread). The scrub runs before the cut, over enough of the body to hold any
    secret that starts in those 500 characters: cut first, a secret straddling the end
    would keep its first characters."""
    reach = 2000 + 8 * max(map(len, secrets), default=0)
    try:
        text = response.content[:reach].decode(response.encoding or "utf-8", "replace")
    except (httpx.ResponseNotRead, LookupError):
        return ""
    return scrub(text, secrets)[:500]


def _answer_trace_id(response: httpx.Response) -> str | None:
    """The ``traceId`` of an answer: in its JSON body (a flat look: the body may be anything)
    or in its headers."""
    try:
        _, trace_id = parse_error_body(response.content)
    except (httpx.ResponseNotRead, RecursionError):
        trace_id = None
    return trace_id or header_trace_id(response.headers)


class TokenCallbackError(QlikError):
    """An :class:`~qlik_catalog.OAuthRefreshToken`'s ``on_tokens`` failed to keep renewed
    tokens (its exception is the cause). The new tokens stay in use and are handed to it again
    at the next request."""


class LoginError(QlikError):
    """An interactive sign-in did not end with tokens: the user or the tenant refused it
    (``error`` holds OAuth's error code, e.g. ``"access_denied"``), the redirect came back with
    the wrong ``state``, or nobody signed in before the time ran out."""

    def __init__(self, message: str, *, error: str | None = None) -> None:
        super().__init__(message)
        self.error = error
