"""The httpx transport under every call: tier limiter -> concurrency cap -> deadline -> send
-> retry.

It never raises for an HTTP status: the answer that ends the loop (a success, a final error, or
the last retryable one) is returned for the layer above to map to a model or a typed error.
Transport errors that survive the retries are re-raised as httpx raised them.

Two bounds hold every request, whatever the server does:

- a **deadline** on the whole request: its attempts (connect, headers and the whole body of
  each) and the backoffs between them count against it; waiting for a concurrency slot or
  out a tier's rate-limit pause does not (``max_rate_limit_wait`` bounds those). httpx's read
  timeout applies to each read, so a server trickling a byte a second would hold a call
  forever. A request past its deadline fails as :class:`_DeadlineExceeded`, a
  ``httpx.ReadTimeout`` (so :class:`~qlik_catalog.errors.QlikTimeoutError`), and a retry
  whose backoff would not end within it is not made. It bounds a call with a longer per-call
  ``timeout`` too: raise the client's ``request_deadline``, or set
  :data:`DEADLINE_EXTENSION` on one request, for calls that take longer;
- a **maximum answer size**, counted on the decompressed body while it is read (a gzip bomb is
  refused after the limit, never inflated whole): a larger answer is a
  :class:`~qlik_catalog.errors.QlikResponseError` naming the limit, and is not retried.
  :data:`MAX_RESPONSE_SIZE_EXTENSION` sets it for one request (a large download).
"""

from __future__ import annotations

import logging
import math

import anyio
import httpx

from qlik_catalog._redact import redact_url
from qlik_catalog.clock import Clock
from qlik_catalog.errors import QlikResponseError, QlikValueError, response_trace_id
from qlik_catalog.ratelimit import Slot, TierRateLimiter
from qlik_catalog.retry import RetryPolicy, parse_retry_after

logger = logging.getLogger("qlik_catalog")

# Set on a request's extensions to override the client's policy for that call.
RETRY_EXTENSION = "qlik_catalog.retry"
# Set on a request's extensions (seconds, bytes, or None for no bound) to override the client's
# request_deadline / max_response_size for that call: a multi-GB download or upload.
DEADLINE_EXTENSION = "qlik_catalog.deadline"
MAX_RESPONSE_SIZE_EXTENSION = "qlik_catalog.max_response_size"
# The least a waited-out 429 pauses the tier (RetryPolicy.max_rate_limit_wait).
_MIN_WAITED_PAUSE = 1.0
# The defaults of QlikCatalog(request_deadline=..., max_response_size=...).
DEFAULT_REQUEST_DEADLINE = 120.0
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024


def check_bounds(deadline: object, max_size: object) -> None:
    """Refuse a ``request_deadline`` that is not a number of seconds > 0 and a
    ``max_response_size`` that is not a whole number of bytes >= 1 (``None`` turns either
    off) with a :class:`~qlik_catalog.errors.QlikValueError`."""
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


class _DeadlineExceeded(httpx.ReadTimeout):
    """A request's attempts took longer in all than its deadline (connect, headers and body)."""


class _Budget:
    """What is left of one request's deadline and size limit."""

    def __init__(self, deadline: float | None, max_size: int | None) -> None:
        self.deadline = deadline
        self.max_size = max_size
        self.spent = 0.0  # seconds in attempts and backoffs so far

    def left(self) -> float | None:
        """Seconds left, or None without a deadline."""
        return None if self.deadline is None else max(0.0, self.deadline - self.spent)

    def allows(self, delay: float) -> bool:
        """Whether another attempt after ``delay`` seconds would still have time to run."""
        left = self.left()
        return left is None or delay < left


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
        deadline = request.extensions.get(DEADLINE_EXTENSION, self._deadline)
        max_size = request.extensions.get(MAX_RESPONSE_SIZE_EXTENSION, self._max_response_size)
        check_bounds(deadline, max_size)
        budget = _Budget(deadline, max_size)
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
                response = await self._send(request, key, slot, budget)
            except httpx.TransportError as exc:
                delay = policy.backoff(attempt)
                if not _retries(policy, attempt, budget, delay, exc, method):
                    raise
                attempt += 1
                logger.info(
                    "%s %s failed (%s); retry %d in %.2fs",
                    method,
                    _path(request),
                    type(exc).__name__,
                    attempt,
                    delay,
                )
                await self._back_off(delay, budget)
                continue

            status = response.status_code
            _log_answer(request, response, attempt)
            if status == 429:
                pause = self._pause_after_429(key, per_minute, request, response, policy)
                if policy.waits_out_rate_limits and "retry-after" in response.headers:
                    if pause > policy.rate_limit_wait_left(waited) or not budget.allows(0.0):
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
            if not budget.allows(delay):
                return response  # no time left for another attempt: this answer is the last
            attempt += 1
            logger.info(
                "%s %s -> %s; retry %d in %.2fs", method, _path(request), status, attempt, delay
            )
            await response.aclose()
            await self._back_off(delay, budget)

    async def _back_off(self, delay: float, budget: _Budget) -> None:
        """Wait ``delay`` before a retry; the wait counts against the deadline."""
        if delay:
            await self._clock.sleep(delay)
            budget.spent += delay

    async def _send(
        self, request: httpx.Request, key: str, slot: Slot, budget: _Budget
    ) -> httpx.Response:
        """One attempt, within the concurrency cap. It counts in the tier's window from when it
        is answered; cancelled before it went out, it gives its place back."""
        sent = False
        try:
            async with self._concurrency:
                sent = True
                return await self._attempt(request, budget)
        finally:
            if sent:
                self._limiter.answered(slot)
            else:
                self._limiter.release(key, slot)

    async def _attempt(self, request: httpx.Request, budget: _Budget) -> httpx.Response:
        """Send and read the whole answer within what is left of the deadline."""
        response: httpx.Response | None = None
        start = anyio.current_time()
        try:
            with anyio.move_on_after(budget.left()):
                response = await self._inner.handle_async_request(request)
                await self._read(request, response, budget.max_size)
                return response
        finally:
            budget.spent += anyio.current_time() - start
        # Only a deadline gets here (a failure raises out of the block): give the connection
        # back, outside the cancelled scope so that closing it can await.
        if response is not None:
            await response.aclose()
        raise _DeadlineExceeded(
            f"no complete answer within the request deadline of {budget.deadline:g} s",
            request=request,
        )

    async def _read(
        self, request: httpx.Request, response: httpx.Response, limit: int | None
    ) -> None:
        """Read the body, decompressed, refusing it once it grows past ``limit`` bytes."""
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


def _retries(
    policy: RetryPolicy,
    attempt: int,
    budget: _Budget,
    delay: float,
    exc: httpx.TransportError,
    method: str,
) -> bool:
    """Whether a request that got no answer is tried again after ``delay``."""
    return (
        attempt < policy.max_retries
        and policy.retries_exception(method, exc)
        and budget.allows(delay)
    )


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
