"""Reading the status, headers and ``traceId`` of the calls a block of code made.

Resource methods return models, not responses. To see what came back on the wire, record::

    with qlik.record_responses() as calls:
        store = await qlik.data_stores.get(store_id)
    print(calls[-1].status, calls[-1].trace_id, calls[-1].headers["content-type"])

Recording is scoped to the current task (and the tasks it starts inside the block), so
concurrent work elsewhere does not leak into the list.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

import httpx

from qlik_catalog._redact import redact_url, request_secrets, scrub, scrub_headers
from qlik_catalog.errors import header_trace_id, parse_error_body


@dataclass(frozen=True)
class ResponseInfo:
    """What one call answered: status, headers, Qlik's ``traceId`` and the time it took
    (the last attempt's, after any retries). The request's credentials are scrubbed from
    the headers and the ``traceId``."""

    method: str
    url: str
    status: int
    headers: httpx.Headers = field(repr=False)
    trace_id: str | None
    elapsed_seconds: float | None


_recorders: ContextVar[tuple[list[ResponseInfo], ...]] = ContextVar(
    "qlik_catalog_recorders", default=()
)


@contextmanager
def record_responses() -> Iterator[list[ResponseInfo]]:
    """Collect a :class:`ResponseInfo` for every answer received inside the block, errors
    included. Blocks may nest; each sees the calls made inside it."""
    calls: list[ResponseInfo] = []
    token = _recorders.set((*_recorders.get(), calls))
    try:
        yield calls
    finally:
        _recorders.reset(token)


def trace_id_of(response: httpx.Response) -> str | None:
    """Qlik's trace id: from an error body's ``traceId``, else from the trace headers."""
    trace_id = None
    if response.status_code >= 400:
        trace_id = parse_error_body(response.content)[1]
    return trace_id or header_trace_id(response.headers)


def note_response(response: httpx.Response) -> None:
    """Hand ``response`` to every recorder active in this context."""
    recorders = _recorders.get()
    if not recorders:
        return
    try:
        elapsed: float | None = response.elapsed.total_seconds()
    except RuntimeError:  # a response that was never closed through a client has no elapsed
        elapsed = None
    # What a recorder keeps is printed and logged by its users: a server echoing the
    # request's credentials in a header or a traceId must not get them there.
    secrets = request_secrets(response.request)
    trace_id = trace_id_of(response)
    info = ResponseInfo(
        method=response.request.method,
        url=redact_url(str(response.request.url)),
        status=response.status_code,
        headers=scrub_headers(response.headers, secrets),
        trace_id=None if trace_id is None else scrub(trace_id, secrets),
        elapsed_seconds=elapsed,
    )
    for calls in recorders:
        calls.append(info)
