"""The client-side rate limiter: Qlik's own sliding window, per tier, at a safe fraction.

Qlik counts requests per tier, per user, per tenant (Tier 1: 1000/min, Tier 2: 100/min) over a
5-minute window, and a 429 blocks the whole tier. The client mirrors that: per tier (and per
special-rate operation) it keeps the times of the requests it sent in the last window and sends
one more only while they are fewer than ``safety`` times the window's budget. A short job thus
goes as fast as the tenant admits, a long one settles at ``safety`` times the published rate,
and neither is ever refused. A 429 (another process on the same user, say) pauses the whole
tier for every task and then lets requests out one at a time at the safe average rate.
"""

from __future__ import annotations

import contextlib
import math
import re
from collections import deque
from dataclasses import dataclass, field

from qlik_catalog_api.tiers import OPERATION_TIERS, RATE_WINDOW_SECONDS, TIER_RATE_PER_MINUTE

from qlik_catalog._redact import redact_url
from qlik_catalog.clock import Clock
from qlik_catalog.errors import QlikValueError, RateLimitError

_MIN_WAIT = 0.001  # seconds; a floor so that float rounding cannot make the loop spin


@dataclass(frozen=True)
class RateLimits:
    """Settings of the client-side limiter.

    ``safety``: the fraction of Qlik's budget the client allows itself (default 0.9).
    ``window_seconds``: the window Qlik counts over (default: the spec's 300 s).
    ``tier_rates``: requests per minute per tier (defaults: the published 1000 and 100).
    ``enabled=False`` turns the limiter off (the retry loop still honours 429s).

    With the defaults a tier admits ``0.9 * rate * 5`` requests in any 5 minutes: 4,500 Tier 1
    calls, 450 Tier 2 calls.
    """

    enabled: bool = True
    safety: float = 0.9
    window_seconds: float = float(RATE_WINDOW_SECONDS)
    tier_rates: dict[int, int] = field(default_factory=lambda: dict(TIER_RATE_PER_MINUTE))

    def __post_init__(self) -> None:
        if not 0 < self.safety <= 1:
            raise QlikValueError(f"RateLimits.safety must be in (0, 1], not {self.safety}")
        if not self.window_seconds > 0:
            raise QlikValueError(
                f"RateLimits.window_seconds must be > 0, not {self.window_seconds}"
            )
        for tier, rate in self.tier_rates.items():
            if rate <= 0:
                raise QlikValueError(f"RateLimits.tier_rates[{tier}] must be > 0, not {rate}")

    def budget(self, per_minute: float) -> int:
        """How many requests the client sends in one window at ``per_minute``."""
        return max(1, math.floor(self.safety * per_minute * self.window_seconds / 60))


class Slot:
    """One request's place in its tier's window. Its time is when the request was answered
    (later than when Qlik counted it, so the client's window always empties after Qlik's)."""

    __slots__ = ("at", "paused")

    def __init__(self, at: float, paused: float = 0.0) -> None:
        self.at = at
        # Seconds the request slept on tier pauses (429s) before it got this place.
        self.paused = paused


class _Window:
    def __init__(self, budget: int, length: float) -> None:
        self.budget = budget
        self.length = length
        self.slots: deque[Slot] = deque()
        self.paused_until = 0.0

    def expire(self, now: float) -> None:
        slots = self.slots
        while slots and slots[0].at <= now - self.length:
            slots.popleft()


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


def describe_key(key: str) -> str:
    """A budget key as a person reads it: ``tier2`` -> ``Tier 2``, ``special:createReport`` ->
    ``createReport's own``; followed by "rate limit" it names what Qlik paused."""
    if key.startswith("tier"):
        return f"Tier {key.removeprefix('tier')}"
    return f"{key.split(':', 1)[-1]}'s own"


class TierRateLimiter:
    """A sliding window per tier: :meth:`acquire` waits for room, :meth:`pause` blocks a tier.

    The transport calls :meth:`acquire` before each attempt, then :meth:`answered` once the
    request has gone out (and come back or failed), or :meth:`release` if it never went out.
    """

    def __init__(self, limits: RateLimits, clock: Clock) -> None:
        self.limits = limits
        self._clock = clock
        self._routes = _compile_routes(limits)
        self._windows: dict[str, _Window] = {}

    def classify(self, method: str, path: str) -> tuple[str, int]:
        """The budget key and its published rate for a request. Unknown routes follow Qlik's
        rule: GET is Tier 1, anything else Tier 2."""
        method = method.upper()
        for route in self._routes:
            if route.method == method and route.pattern.match(path):
                return route.key, route.per_minute
        tier = 1 if method == "GET" else 2
        return f"tier{tier}", self.limits.tier_rates[tier]

    def _window(self, key: str, per_minute: int) -> _Window:
        window = self._windows.get(key)
        if window is None:
            window = _Window(self.limits.budget(per_minute), self.limits.window_seconds)
            self._windows[key] = window
        return window

    async def acquire(
        self,
        key: str,
        per_minute: int,
        *,
        max_pause: float,
        method: str = "",
        url: str = "",
    ) -> Slot:
        """Wait until ``key`` may send one request, and take a place in its window.

        ``max_pause`` bounds the time slept on pauses in all (set by 429s, this request's or
        others', one after another): a pause that would take it past that raises
        :class:`RateLimitError` instead of blocking; it names the refused request by ``method``
        and ``url`` (credentials redacted). Waits for room in the window are pacing, not
        pauses, and do not count. The slot's ``paused`` says how long was slept on pauses.
        """
        window = self._window(key, per_minute)
        slept = 0.0
        while True:
            now = self._clock.now()
            paused = window.paused_until - now
            if paused > max_pause - slept:
                raise RateLimitError(
                    429,
                    retry_after=paused,
                    reason=f"not sent: {key} is paused by an earlier 429",
                    method=method.upper(),
                    url=redact_url(url),
                )
            if paused > 0:
                await self._clock.sleep(paused)
                slept += paused
                continue
            if not self.limits.enabled:
                return Slot(now, slept)
            window.expire(now)
            if len(window.slots) < window.budget:
                slot = Slot(now, slept)
                window.slots.append(slot)
                return slot
            await self._clock.sleep(max(window.slots[0].at + window.length - now, _MIN_WAIT))

    def answered(self, slot: Slot) -> None:
        """The request of ``slot`` went out: count it from now, when it is known to be done."""
        slot.at = max(slot.at, self._clock.now())

    def release(self, key: str, slot: Slot) -> None:
        """The request of ``slot`` never went out (it was cancelled while waiting): give its
        place back."""
        window = self._windows.get(key)
        if window is not None:
            # After a 429 refilled the window the slot is gone: nothing to give back.
            with contextlib.suppress(ValueError):
                window.slots.remove(slot)

    def pauses(self) -> dict[str, float]:
        """The keys paused by a 429 right now, with the seconds left of each pause (longest
        first); empty when nothing is paused. A progress display can show it while it lasts."""
        now = self._clock.now()
        left = {key: w.paused_until - now for key, w in self._windows.items()}
        return dict(sorted(((k, s) for k, s in left.items() if s > 0), key=lambda i: -i[1]))

    def pause(self, key: str, per_minute: int, seconds: float) -> None:
        """Block ``key`` for every task for ``seconds`` (Qlik's ``Retry-After``)."""
        window = self._window(key, per_minute)
        window.paused_until = max(window.paused_until, self._clock.now() + seconds)
        # Qlik's window is full, maybe with requests from elsewhere that the client never saw.
        # Assume so: after the pause, one request, then one every window/budget seconds.
        step = window.length / window.budget
        first = window.paused_until - window.length
        window.slots = deque(Slot(first + i * step) for i in range(window.budget))
