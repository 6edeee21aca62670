"""Qlik's rate limits, as the emulator enforces them: a sliding window per API key and tier.

Qlik counts requests per tier, per user, over a 5-minute window, and a 429 blocks the whole
tier (every endpoint of it) until the window has room again. The emulator keeps the admitted
requests of each (key, bucket) and refuses one more once the window holds the budget:
``rate_per_minute * window_seconds / 60`` requests.
"""

from __future__ import annotations

import math
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field

from qlik_catalog_api.tiers import RATE_WINDOW_SECONDS, TIER_RATE_PER_MINUTE


@dataclass
class RateLimitSettings:
    """How the emulator limits requests.

    ``window_seconds`` and ``tier_rates`` (per minute) default to the spec's; ``special`` sets
    the rate of special-tier operations by operationId (else the spec's). ``time_scale`` makes
    the emulator's clock run faster than real time: with ``time_scale=100`` a 300 s window lasts
    3 real seconds and ``Retry-After`` is given in real seconds.
    """

    enabled: bool = True
    window_seconds: float = float(RATE_WINDOW_SECONDS)
    tier_rates: dict[int, int] = field(default_factory=lambda: dict(TIER_RATE_PER_MINUTE))
    special: dict[str, int] = field(default_factory=dict)
    time_scale: float = 1.0

    def budget(self, bucket: str, spec_rate: int) -> int:
        """How many requests one window admits for ``bucket``."""
        if bucket.startswith("special:"):
            per_minute = self.special.get(bucket.split(":", 1)[1], spec_rate)
        else:
            per_minute = self.tier_rates[int(bucket.removeprefix("tier"))]
        return max(1, math.floor(per_minute * self.window_seconds / 60))


class SlidingWindowLimiter:
    """Admits or refuses requests per (API key, bucket).

    ``admitted`` and ``refused`` count the requests let through and answered 429, per bucket
    (``tier1``, ``tier2``, ``special:<operationId>``), since the emulator started.
    """

    def __init__(
        self, settings: RateLimitSettings, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._start = clock()
        self._admitted: dict[tuple[str, str], deque[float]] = {}
        self.admitted: Counter[str] = Counter()
        self.refused: Counter[str] = Counter()

    def _now(self) -> float:
        """Emulated seconds since the limiter started."""
        return (self._clock() - self._start) * self.settings.time_scale

    def admit(self, key: str, bucket: str, spec_rate: int) -> float | None:
        """None when the request may go ahead (and it is counted); otherwise the real seconds
        until the window has room."""
        settings = self.settings
        if not settings.enabled:
            return None
        now = self._now()
        window = self._admitted.setdefault((key, bucket), deque())
        while window and window[0] <= now - settings.window_seconds:
            window.popleft()
        if len(window) < settings.budget(bucket, spec_rate):
            window.append(now)
            self.admitted[bucket] += 1
            return None
        self.refused[bucket] += 1
        emulated_wait = window[0] + settings.window_seconds - now
        return max(emulated_wait / settings.time_scale, 0.0)

    def reset(self) -> None:
        """Forget every admitted request, and the counts."""
        self._admitted.clear()
        self.admitted.clear()
        self.refused.clear()
