"""The client-side rate limiter, one budget per Qlik tier, built from the specs' tier table.

Qlik counts requests per tier, per user, per tenant (Tier 1: 1000/min, Tier 2: 100/min, over a
5-minute window) and a 429 blocks the whole tier. So the client keeps one token bucket per tier
(and one per special-rate operation) refilled at a safe fraction of the published rate, and a
429 pauses the whole tier for every task until ``Retry-After`` has passed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qlik_catalog_api.tiers import OPERATION_TIERS, TIER_RATE_PER_MINUTE

from qlik_catalog.clock import Clock
from qlik_catalog.errors import QlikValueError, RateLimitError

_TOKEN_EPSILON = 1e-9
_MIN_WAIT = 0.001  # seconds


@dataclass(frozen=True)
class RateLimits:
    """Settings of the client-side limiter.

    ``safety``: the fraction of Qlik's published rate the client allows itself.
    ``burst``: the fraction of one minute's budget that may go out at once.
    ``tier_rates``: requests per minute per tier (defaults: the published 1000 and 100).
    ``enabled=False`` turns the limiter off (the retry loop still honours 429s).
    """

    enabled: bool = True
    safety: float = 0.9
    burst: float = 0.1
    tier_rates: dict[int, int] = field(default_factory=lambda: dict(TIER_RATE_PER_MINUTE))

    def __post_init__(self) -> None:
        if not 0 < self.safety <= 1:
            raise QlikValueError(f"RateLimits.safety must be in (0, 1], not {self.safety}")
        if not 0 < self.burst <= 1:
            raise QlikValueError(f"RateLimits.burst must be in (0, 1], not {self.burst}")
        for tier, rate in self.tier_rates.items():
            if rate <= 0:
                raise QlikValueError(f"RateLimits.tier_rates[{tier}] must be > 0, not {rate}")


class _Bucket:
    def __init__(self, per_minute: float, burst: float, now: float) -> None:
        self.rate = per_minute / 60.0  # tokens per second
        self.capacity = max(1.0, per_minute * burst)
        self.tokens = self.capacity
        self.updated = now
        self.paused_until = 0.0

    def refill(self, now: float) -> None:
        if now > self.updated:
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    key: str
    per_minute: int


def _compile_routes(limits: RateLimits) -> list[_Route]:
    routes = []
    for op in OPERATION_TIERS:
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path)) + "$")
        if op.tier == "special":
            assert op.rate_per_minute is not None
            routes.append(
                _Route(op.method, pattern, f"special:{op.operation_id}", op.rate_per_minute)
            )
        else:
            routes.append(_Route(op.method, pattern, f"tier{op.tier}", limits.tier_rates[op.tier]))
    # Literal paths before templated ones: /users/me must not match /users/{userId}'s key first.
    routes.sort(key=lambda r: r.pattern.pattern.count("[^/]+"))
    return routes


class TierRateLimiter:
    """Token buckets per tier; :meth:`acquire` waits for a token, :meth:`pause` blocks a tier."""

    def __init__(self, limits: RateLimits, clock: Clock) -> None:
        self.limits = limits
        self._clock = clock
        self._routes = _compile_routes(limits)
        self._buckets: dict[str, _Bucket] = {}

    def classify(self, method: str, path: str) -> tuple[str, int]:
        """The budget key and its published rate for a request. Unknown routes follow Qlik's
        rule: GET is Tier 1, anything else Tier 2."""
        method = method.upper()
        for route in self._routes:
            if route.method == method and route.pattern.match(path):
                return route.key, route.per_minute
        tier = 1 if method == "GET" else 2
        return f"tier{tier}", self.limits.tier_rates[tier]

    def _bucket(self, key: str, per_minute: int) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = _Bucket(per_minute * self.limits.safety, self.limits.burst, self._clock.now())
            self._buckets[key] = bucket
        return bucket

    async def acquire(self, key: str, per_minute: int, *, max_pause: float) -> None:
        """Wait until ``key`` may send one request.

        A pause longer than ``max_pause`` seconds (set by a 429 asking for more than the client
        waits) raises :class:`RateLimitError` instead of blocking that long.
        """
        bucket = self._bucket(key, per_minute)
        while True:
            now = self._clock.now()
            paused = bucket.paused_until - now
            if paused > max_pause:
                raise RateLimitError(
                    429,
                    retry_after=paused,
                    method="",
                    url=f"({key} is paused by an earlier 429)",
                )
            if paused > 0:
                await self._clock.sleep(paused)
                continue
            if not self.limits.enabled:
                return
            bucket.refill(now)
            # A refill computed in floating point can land a hair under 1 token; without the
            # tolerance (and the floor on the wait) the loop could wait ever smaller amounts.
            if bucket.tokens >= 1 - _TOKEN_EPSILON:
                bucket.tokens = max(0.0, bucket.tokens - 1)
                return
            await self._clock.sleep(max((1 - bucket.tokens) / bucket.rate, _MIN_WAIT))

    def pause(self, key: str, per_minute: int, seconds: float) -> None:
        """Block ``key`` for every task for ``seconds`` (Qlik's ``Retry-After``)."""
        bucket = self._bucket(key, per_minute)
        bucket.paused_until = max(bucket.paused_until, self._clock.now() + seconds)
        # After a 429 Qlik's window is full: when the pause ends, allow the one retry Qlik
        # invited with Retry-After, then refill at the safe rate.
        bucket.tokens = min(bucket.tokens, 1.0)
        bucket.updated = bucket.paused_until
