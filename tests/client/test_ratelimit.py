"""The client-side tier limiter, on a fake clock."""

from __future__ import annotations

import anyio
import pytest

from qlik_catalog.clock import FakeClock
from qlik_catalog.ratelimit import RateLimits, TierRateLimiter


@pytest.mark.parametrize("per_minute", [10, 7, 100, 1000])
async def test_a_slow_tier_paces_requests_and_always_finishes(per_minute: int) -> None:
    # Regression: floating-point refills used to leave a bucket a hair under one token, and
    # the limiter then waited ever smaller amounts forever.
    clock = FakeClock()
    limiter = TierRateLimiter(RateLimits(), clock)
    with anyio.fail_after(5):
        for _ in range(20):
            await limiter.acquire("special:x", per_minute, max_pause=60)
    allowed = per_minute * 0.9 / 60  # requests per second at the default safety margin
    burst = max(1.0, per_minute * 0.9 * 0.1)
    expected = max(0.0, (20 - burst) / allowed)
    assert sum(clock.sleeps) == pytest.approx(expected, rel=0.01, abs=0.01)


def test_classify_uses_the_spec_tiers() -> None:
    limiter = TierRateLimiter(RateLimits(), FakeClock())
    assert limiter.classify("GET", "/api/v1/data-stores") == ("tier1", 1000)
    assert limiter.classify("POST", "/api/v1/data-stores") == ("tier2", 100)
    assert limiter.classify("POST", "/api/v1/reports") == ("special:createReport", 10)
    assert limiter.classify("GET", "/api/v1/users/me") == ("tier1", 1000)
    assert limiter.classify("PATCH", "/api/v1/unknown") == ("tier2", 100)
