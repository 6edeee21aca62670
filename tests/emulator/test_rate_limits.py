"""The emulator's rate limits: a sliding window per API key and tier, measured."""

from __future__ import annotations

import httpx
import pytest

from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator, RateLimitSettings
from qlik_catalog.emulator.app import IN_PROCESS_URL
from qlik_catalog.emulator.ratelimit import SlidingWindowLimiter


def tenant(clock: FakeClock, **settings: object) -> Emulator:
    emulator = Emulator(
        api_keys={"k1": "ann", "k2": "bob"},
        rate_limits=RateLimitSettings(**settings),  # type: ignore[arg-type]
        clock=clock.now,
    )
    emulator.seed("small")
    return emulator


def client(emulator: Emulator, key: str = "k1") -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=emulator.transport(),
        base_url=IN_PROCESS_URL,
        headers={"Authorization": f"Bearer {key}"},
    )


async def test_three_times_the_rate_admits_exactly_the_budget() -> None:
    clock = FakeClock()
    # Tier 2 at 12/min over a 60 s window: 12 requests per window.
    emulator = tenant(clock, window_seconds=60, tier_rates={1: 1000, 2: 12})
    statuses: list[int] = []
    retry_afters: list[int] = []
    async with client(emulator) as http:
        for i in range(36):  # three times the budget, spread over the first 30 s
            response = await http.post("/api/v1/spaces", json={"name": f"s{i}", "type": "shared"})
            statuses.append(response.status_code)
            if response.status_code == 429:
                assert response.json()["errors"][0]["code"] == "HTTP-429"
                retry_afters.append(int(response.headers["retry-after"]))
            clock._now += 30 / 36
    assert statuses.count(201) == 12
    assert statuses.count(429) == 24
    assert statuses[:12] == [201] * 12  # the budget goes first, then the tier is blocked
    # The first admitted request (t=0) leaves the window at t=60: Retry-After counts down.
    first_refusal_at = 12 * 30 / 36
    assert retry_afters[0] == pytest.approx(60 - first_refusal_at, abs=1)
    assert retry_afters == sorted(retry_afters, reverse=True)
    clock._now = 1000 + 60 - 0.5  # just before the first admission leaves the window
    async with client(emulator) as http:
        blocked = await http.post("/api/v1/spaces", json={"name": "x", "type": "shared"})
        clock._now = 1000 + 60 + 0.01  # after it: room for exactly one more
        admitted = await http.post("/api/v1/spaces", json={"name": "y", "type": "shared"})
    assert (blocked.status_code, admitted.status_code) == (429, 201)
    assert blocked.headers["retry-after"] == "1"


async def test_a_429_blocks_the_whole_tier_but_not_the_other_tier_or_key() -> None:
    clock = FakeClock()
    emulator = tenant(clock, window_seconds=60, tier_rates={1: 1000, 2: 2})
    async with client(emulator) as http, client(emulator, "k2") as other:
        for _ in range(2):
            assert (
                await http.post("/api/data-governance/data-products", json={"name": "p"})
            ).status_code == 201
        # Another Tier 2 endpoint is blocked too...
        store = {"name": "s", "type": "t", "technicalName": "t"}
        assert (await http.post("/api/v1/data-stores", json=store)).status_code == 429
        # ...Tier 1 is not, nor is another key's Tier 2.
        assert (await http.get("/api/v1/data-stores")).status_code == 200
        assert (await other.post("/api/v1/data-stores", json=store)).status_code == 201


def test_time_scale_shortens_the_window_and_retry_after() -> None:
    now = [0.0]
    settings = RateLimitSettings(window_seconds=300, tier_rates={1: 1000, 2: 1}, time_scale=100)
    limiter = SlidingWindowLimiter(settings, clock=lambda: now[0])
    assert settings.budget("tier2", 100) == 5
    assert [limiter.admit("k", "tier2", 100) for _ in range(5)] == [None] * 5
    wait = limiter.admit("k", "tier2", 100)
    assert wait == pytest.approx(3.0)  # 300 emulated seconds at 100x
    now[0] = 3.01
    assert limiter.admit("k", "tier2", 100) is None


def test_special_tier_rate_comes_from_the_spec() -> None:
    settings = RateLimitSettings()
    assert settings.budget("special:createReport", 10) == 50  # 10/min over 5 minutes
    assert settings.budget("tier1", 1000) == 5000
    assert RateLimitSettings(special={"createReport": 2}).budget("special:createReport", 10) == 10
