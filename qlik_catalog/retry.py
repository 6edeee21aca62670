"""When to retry a request, and how long to wait first."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from qlik_catalog.errors import QlikValueError

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Retried for idempotent methods only: the request may already have been carried out.
RETRY_STATUS_IDEMPOTENT = frozenset({408, 500, 502, 503, 504})
NEVER_RETRY_STATUS = frozenset({400, 401, 403, 404, 409})


@dataclass(frozen=True)
class RetryPolicy:
    """How the client retries.

    ``max_retries``: retries after the first attempt (default 2).
    ``backoff_base`` / ``backoff_max``: the wait before retry *n* is
    ``min(backoff_max, backoff_base * 2**n)``, with jitter unless ``jitter=False``.
    ``exponential=False`` waits ``backoff_base`` every time.
    ``max_retry_after``: the longest ``Retry-After`` the client waits; a longer one raises
    :class:`~qlik_catalog.errors.RateLimitError` at once.
    ``max_rate_limit_wait``: wait out Qlik's rate limits for up to this many seconds in all, per
    request. Every 429 with a ``Retry-After`` that fits in what is left of it is waited out
    and retried, whatever ``max_retries`` says (a tier used up by an earlier run can ask for
    minutes, and asks again until it has room); one that does not fit raises
    :class:`~qlik_catalog.errors.RateLimitError`. ``None`` (the default): a 429 is one of the
    ``max_retries`` like any other retry, and ``max_retry_after`` is the limit. The
    ``qlik-catalog`` command waits up to 900 s (``--max-wait``)::

        QlikCatalog(..., retry=RetryPolicy(max_rate_limit_wait=900))   # wait up to 15 minutes
    ``retry_on_all_errors``: also retry 4xx/5xx that are normally final, and non-idempotent
    requests (the connector's "Retry On All Errors").
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    exponential: bool = True
    jitter: bool = True
    max_retry_after: float = 60.0
    retry_on_all_errors: bool = False
    max_rate_limit_wait: float | None = None

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise QlikValueError(f"max_retries must be >= 0, not {self.max_retries}")
        if self.backoff_base < 0 or self.backoff_max < 0:
            raise QlikValueError("retry delays must be >= 0")
        if not (math.isfinite(self.max_retry_after) and self.max_retry_after >= 0):
            raise QlikValueError(f"max_retry_after must be >= 0, not {self.max_retry_after}")
        wait = self.max_rate_limit_wait
        if wait is not None and not (math.isfinite(wait) and wait >= 0):
            raise QlikValueError(f"max_rate_limit_wait must be a number >= 0 or None, not {wait}")

    @property
    def waits_out_rate_limits(self) -> bool:
        """Whether 429s are waited out up to :attr:`max_rate_limit_wait` (beyond
        ``max_retries``)."""
        return self.max_rate_limit_wait is not None

    def rate_limit_wait_left(self, waited: float) -> float:
        """The longest pause a request that has already waited ``waited`` seconds on 429s may
        still wait: ``max_retry_after``, or what is left of ``max_rate_limit_wait``."""
        if self.max_rate_limit_wait is None:
            return self.max_retry_after
        return max(0.0, self.max_rate_limit_wait - waited)

    def backoff(self, attempt: int) -> float:
        """The wait before retry number ``attempt`` (0-based)."""
        delay = self.backoff_base * (2**attempt if self.exponential else 1)
        delay = min(self.backoff_max, delay)
        if self.jitter:
            delay *= 0.5 + random.random() / 2
        return delay

    def retries_status(self, method: str, status: int) -> bool:
        """Whether an answer with ``status`` is worth another attempt."""
        if status == 429:
            return True
        if self.retry_on_all_errors:
            return status >= 400
        if status in NEVER_RETRY_STATUS:
            return False
        return method.upper() in IDEMPOTENT and (status in RETRY_STATUS_IDEMPOTENT or status >= 520)

    def retries_exception(self, method: str, exc: httpx.TransportError) -> bool:
        """Whether a request that got no answer is worth another attempt."""
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout):
            return True  # nothing reached the server
        if self.retry_on_all_errors:
            return True
        return method.upper() in IDEMPOTENT


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date); None when the
    header is missing or unreadable."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if seconds != seconds or seconds < 0:  # NaN or in the past
        return 0.0
    return seconds
