"""The httpx transport under every call: tier limiter -> concurrency cap -> deadline -> send
-> retry.

It never raises for an HTTP status: the answer that ends the loop (a success, a final error, or
the last retryable one) is returned for the layer above to map to a model or a typed error.
Transport errors that survive the retries are re-raised as httpx raised them.

Two bounds hold every attempt, whatever the server does:

- a **deadline** on the whole attempt (connect, headers and the whole body): httpx's read
  timeout applies to each read, so a server trickling a byte a second would hold a call
  forever. An attempt past its deadline fails as :class:`_DeadlineExceeded`, a
  ``httpx.ReadTimeout``: it is retried as a read timeout is, and ends in
  :class:`~qlik_catalog.errors.QlikTimeoutError`. It bounds a call with a longer per-call
  ``timeout`` too: raise the client's ``request_deadline`` for calls that take longer;
- a **maximum answer size**, counted on the decompressed body while it is read (a gzip bomb is
  refused after the limit, never inflated whole): a larger answer is a
  :class:`~qlik_catalog.errors.QlikResponseError` naming the limit, and is not retried.
"""

from __future__ import annotations

import logging

import anyio
import httpx

from qlik_catalog._redact import redact_url
from qlik_catalog.clock import Clock
from qlik_catalog.errors import QlikResponseError, response_trace_id
from qlik_catalog.ratelimit import Slot, TierRateLimiter
from qlik_catalog.retry import RetryPolicy, parse_retry_after

logger = logging.getLogger("qlik_catalog")

# Set on a request's extensions to override the client's policy for that call.
RETRY_EXTENSION = "qlik_catalog.retry"
# The least a waited-out 429 pauses the tier (RetryPolicy.max_rate_limit_wait).
_MIN_WAITED_PAUSE = 1.0
# The defaults of QlikCatalog(request_deadline=..., max_response_size=...).
DEFAULT_REQUEST_DEADLINE = 120.0
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024


class _DeadlineExceeded(httpx.ReadTimeout):
    """One attempt took longer than the request deadline (connect, headers and body)."""


class QlikTransport(httpx.AsyncBaseTransport):
    """Wraps the real transport with Qlik's rate limits, the retry policy and a concurrency cap."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        *,
        retry: RetryPolicy,
        limiter: TierRateLimiter,
        concurrency: anyio.CapacityLimiter,
        clock: Clock,
        deadline: float | None = DEFAULT_REQUEST_DEADLINE,
        max_response_size: int | None = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self._inner = inner
        self._retry = retry
        self._limiter = limiter
        self._concurrency = concurrency
        self._clock = clock
        self._deadline = deadline
        self._max_response_size = max_response_size

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the limiter, the concurrency cap and the retry loop."""
        policy: RetryPolicy = request.extensions.get(RETRY_EXTENSION) or self._retry
        method = request.method
        key, per_minute = self._limiter.classify(method, request.url.path)
        # Buffer the body once so that every attempt sends the same bytes.
        await request.aread()
        attempt = 0
        waited = 0.0  # seconds this request slept on tier pauses, its own 429s' and others'
        while True:
            slot = await self._limiter.acquire(
                key,
                per_minute,
                max_pause=policy.rate_limit_wait_left(waited),
                method=method,
                url=str(request.url),
            )
            waited += slot.paused
            try:
                response = await self._send(request, key, slot)
            except httpx.TransportError as exc:
                if attempt >= policy.max_retries or not policy.retries_exception(method, exc):
                    raise
                delay = policy.backoff(attempt)
                attempt += 1
                logger.info(
                    "%s %s failed (%s); retry %d in %.2fs",
                    method,
                    _path(request),
                    type(exc).__name__,
                    attempt,
                    delay,
                )
                await self._clock.sleep(delay)
                continue

            status = response.status_code
            _log_answer(request, response, attempt)
            if status == 429:
                pause = self._pause_after_429(key, per_minute, request, response, policy)
                if policy.waits_out_rate_limits and "retry-after" in response.headers:
                    if pause > policy.rate_limit_wait_left(waited):
                        return response  # the layer raises RateLimitError with retry_after
                    # Qlik said how long and the policy waits that long: the limiter holds
                    # every task of the tier until then (the next acquire sleeps it, and counts
                    # it). Not one of max_retries: a used-up tier answers 429 until it has
                    # room; what bounds the loop is the time slept on pauses.
                    await response.aclose()
                    continue
                if pause > policy.max_retry_after or attempt >= policy.max_retries:
                    return response  # the layer raises RateLimitError with retry_after
                delay = 0.0  # the limiter holds every task of this tier until the pause is over
            elif not policy.retries_status(method, status) or attempt >= policy.max_retries:
                return response
            else:
                delay = policy.backoff(attempt)
            attempt += 1
            logger.info(
                "%s %s -> %s; retry %d in %.2fs", method, _path(request), status, attempt, delay
            )
            await response.aclose()
            if delay:
                await self._clock.sleep(delay)

    async def _send(self, request: httpx.Request, key: str, slot: Slot) -> httpx.Response:
        """One attempt, within the concurrency cap. It counts in the tier's window from when it
        is answered; cancelled before it went out, it gives its place back."""
        sent = False
        try:
            async with self._concurrency:
                sent = True
                return await self._attempt(request)
        finally:
            if sent:
                self._limiter.answered(slot)
            else:
                self._limiter.release(key, slot)

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        """Send and read the whole answer within the deadline."""
        deadline = self._deadline
        response: httpx.Response | None = None
        with anyio.move_on_after(deadline):
            response = await self._inner.handle_async_request(request)
            await self._read(request, response)
            return response
        # Only a deadline gets here (a failure raises out of the block): give the connection
        # back, outside the cancelled scope so that closing it can await.
        if response is not None:
            await response.aclose()
        raise _DeadlineExceeded(
            f"no complete answer within the request deadline of {deadline:g} s",
            request=request,
        )

    async def _read(self, request: httpx.Request, response: httpx.Response) -> None:
        """Read the body, decompressed, refusing it once it grows past the maximum size."""
        limit = self._max_response_size
        if limit is None:
            await response.aread()
            return
        body = bytearray()
        # aiter_bytes inflates one network chunk at a time: the most held is the limit plus
        # one inflated chunk, however large the whole answer would inflate to.
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > limit:
                await response.aclose()
                raise _too_large(request, response, limit)
        # What Response.aread() does once it has the bytes: later reads give them back.
        response._content = bytes(body)

    def _pause_after_429(
        self,
        key: str,
        per_minute: int,
        request: httpx.Request,
        response: httpx.Response,
        policy: RetryPolicy,
    ) -> float:
        """Pause the tier as Qlik asked (without ``Retry-After``: one backoff step) and return
        the pause."""
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        pause = retry_after if retry_after is not None else policy.backoff(0)
        if policy.waits_out_rate_limits:
            # At least a second: a storm of "Retry-After: 0" then uses up the wait too.
            pause = max(pause, _MIN_WAITED_PAUSE)
        # Never park the tier for longer than the policy ever waits (the same for every
        # request, so a request near the end of its own wait does not shorten the pause for
        # the others): calls past that are refused by the limiter (RateLimitError).
        self._limiter.pause(key, per_minute, min(pause, policy.rate_limit_wait_left(0.0) + 1))
        logger.warning(
            "%s %s -> 429: %s paused for %.1fs",
            request.method,
            _path(request),
            key,
            pause,
        )
        return pause


def _too_large(request: httpx.Request, response: httpx.Response, limit: int) -> QlikResponseError:
    url = redact_url(str(request.url))
    return QlikResponseError(
        f"{request.method} {url} answered {response.status_code} with more than "
        f"{_size(limit)} (max_response_size={limit} bytes, counted decompressed)",
        status=response.status_code,
        method=request.method,
        url=url,
    )


def _size(n: int) -> str:
    for unit, scale in (("MiB", 1024 * 1024), ("KiB", 1024)):
        if n >= scale and n % scale == 0:
            return f"{n // scale} {unit}"
    return f"{n} bytes"


def _path(request: httpx.Request) -> str:
    return redact_url(request.url.raw_path.decode("ascii", "replace"))


def _log_answer(request: httpx.Request, response: httpx.Response, attempt: int) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %s (attempt %d, traceId %s)",
            request.method,
            _path(request),
            response.status_code,
            attempt + 1,
            response_trace_id(response, request) or "-",
        )


class ThroughClient(httpx.AsyncBaseTransport):
    """Sends through a user's ``httpx.AsyncClient`` (its pool, proxies, TLS and hooks) as the
    innermost step of the client's own stack. The user's client keeps its lifecycle."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` as it is: the QlikCatalog's auth has already signed it. The body is
        left unread: the stack above reads it within its deadline and size limit."""
        return await self._client.send(request, auth=None, follow_redirects=False, stream=True)

    async def aclose(self) -> None:
        """The injected client belongs to the caller; closing is theirs to do."""
