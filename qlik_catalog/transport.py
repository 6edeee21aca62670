"""The httpx transport under every call: tier limiter -> concurrency cap -> send -> retry.

It never raises for an HTTP status: the answer that ends the loop (a success, a final error, or
the last retryable one) is returned for the layer above to map to a model or a typed error.
Transport errors that survive the retries are re-raised as httpx raised them.
"""

from __future__ import annotations

import logging

import anyio
import httpx

from qlik_catalog._redact import redact_url
from qlik_catalog.clock import Clock
from qlik_catalog.errors import header_trace_id
from qlik_catalog.ratelimit import Slot, TierRateLimiter
from qlik_catalog.retry import RetryPolicy, parse_retry_after

logger = logging.getLogger("qlik_catalog")

# Set on a request's extensions to override the client's policy for that call.
RETRY_EXTENSION = "qlik_catalog.retry"


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
    ) -> None:
        self._inner = inner
        self._retry = retry
        self._limiter = limiter
        self._concurrency = concurrency
        self._clock = clock

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
        waited = 0.0  # seconds of 429 pauses charged to this request (max_rate_limit_wait)
        owed = 0.0  # the pause of the 429 just waited out: charged, and waited in acquire
        while True:
            slot = await self._limiter.acquire(
                key,
                per_minute,
                max_pause=policy.rate_limit_wait_left(waited - owed),
                method=method,
                url=str(request.url),
            )
            owed = 0.0
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
                wait_limit = policy.rate_limit_wait_left(waited)
                pause = self._pause_after_429(
                    key, per_minute, request, response, policy, wait_limit
                )
                if _waits_out(policy, response, pause, wait_limit):
                    # Qlik asked to wait and the policy waits that long: the limiter holds every
                    # task of the tier until then. Not a retry of max_retries: a used-up tier
                    # answers 429 until it has room, and only the time waited is bounded.
                    owed = _cost(pause)
                    waited += owed
                    await response.aclose()
                    continue
                if pause > wait_limit or attempt >= policy.max_retries:
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
                response = await self._inner.handle_async_request(request)
                await response.aread()
                return response
        finally:
            if sent:
                self._limiter.answered(slot)
            else:
                self._limiter.release(key, slot)

    def _pause_after_429(
        self,
        key: str,
        per_minute: int,
        request: httpx.Request,
        response: httpx.Response,
        policy: RetryPolicy,
        wait_limit: float,
    ) -> float:
        """Pause the tier as Qlik asked (without ``Retry-After``: one backoff step) and return
        the pause Qlik asked for. ``wait_limit``: the longest this request still waits."""
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        pause = retry_after if retry_after is not None else policy.backoff(0)
        # Never park the tier for longer than the client is willing to wait: calls past that
        # are refused by the limiter (RateLimitError), not blocked.
        self._limiter.pause(key, per_minute, min(pause, wait_limit + 1))
        logger.warning(
            "%s %s -> 429: %s paused for %.1fs",
            request.method,
            _path(request),
            key,
            pause,
        )
        return pause


def _waits_out(
    policy: RetryPolicy, response: httpx.Response, pause: float, wait_limit: float
) -> bool:
    """Whether a 429 is waited out beyond ``max_retries`` (``max_rate_limit_wait``): only when
    Qlik said how long (``Retry-After``) and that fits in what is left of the wait."""
    return (
        policy.waits_out_rate_limits
        and "retry-after" in response.headers
        and _cost(pause) <= wait_limit
    )


def _cost(pause: float) -> float:
    """What a waited-out 429 takes from ``max_rate_limit_wait``: its pause, and at least a
    second, so that a storm of "Retry-After: 0" ends too."""
    return max(pause, 1.0)


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
            header_trace_id(response.headers) or "-",
        )


class ThroughClient(httpx.AsyncBaseTransport):
    """Sends through a user's ``httpx.AsyncClient`` (its pool, proxies, TLS and hooks) as the
    innermost step of the client's own stack. The user's client keeps its lifecycle."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` as it is: the QlikCatalog's auth has already signed it."""
        return await self._client.send(request, auth=None, follow_redirects=False)

    async def aclose(self) -> None:
        """The injected client belongs to the caller; closing is theirs to do."""
