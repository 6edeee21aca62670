"""The client-side tier limiter (Qlik's sliding window at a safe fraction), on a fake clock."""

from __future__ import annotations

from collections.abc import Callable

import anyio
import pytest

from qlik_catalog import QlikValueError, RateLimitError, RateLimits, RetryPolicy
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator, RateLimitSettings
from qlik_catalog.ratelimit import TierRateLimiter, describe_key


async def send_times(limiter: TierRateLimiter, clock: FakeClock, n: int, rate: int) -> list[float]:
    times = []
    for _ in range(n):
        slot = await limiter.acquire("special:x", rate, max_pause=60)
        limiter.answered(slot)
        times.append(clock.now())
    return times


def most_in_any_window(times: list[float], window: float) -> int:
    return max(sum(1 for u in times if t - window < u <= t) for t in times)


@pytest.mark.parametrize("per_minute", [7, 10, 100, 1000])
async def test_a_window_never_holds_more_than_the_safe_budget(per_minute: int) -> None:
    clock = FakeClock()
    limits = RateLimits(window_seconds=60)
    limiter = TierRateLimiter(limits, clock)
    budget = limits.budget(per_minute)
    assert budget == max(1, int(per_minute * 0.9))
    with anyio.fail_after(5):  # float rounding must never make the loop spin
        times = await send_times(limiter, clock, 3 * budget + 1, per_minute)
    assert most_in_any_window(times, 60) == budget
    # As fast as the window allows: a whole budget at once, the next when the first leaves it.
    assert times[budget - 1] == times[0]
    assert times[budget] == pytest.approx(times[0] + 60)
    assert times[-1] == pytest.approx(times[0] + 180)


def test_the_default_budgets_are_the_published_rates_over_five_minutes_at_90_percent() -> None:
    limits = RateLimits()
    assert (limits.budget(1000), limits.budget(100), limits.budget(10)) == (4500, 450, 45)
    assert RateLimits(safety=1).budget(100) == 500


@pytest.mark.parametrize(
    ("settings", "problem"),
    [
        ({"safety": 0}, "safety"),
        ({"safety": 1.5}, "safety"),
        ({"window_seconds": 0}, "window_seconds"),
        ({"tier_rates": {1: 1000, 2: -1}}, r"tier_rates\[2\]"),
    ],
)
def test_bad_settings_are_refused(settings: dict[str, object], problem: str) -> None:
    with pytest.raises(QlikValueError, match=problem):
        RateLimits(**settings)  # type: ignore[arg-type]


async def test_a_request_counts_from_when_it_was_answered() -> None:
    clock = FakeClock()
    limiter = TierRateLimiter(RateLimits(window_seconds=60, safety=1), clock)
    slot = await limiter.acquire("special:x", 1, max_pause=60)
    clock._now += 10  # a slow answer: Qlik may have counted it at any time in between
    limiter.answered(slot)
    await limiter.acquire("special:x", 1, max_pause=60)
    assert clock.now() - 1000 == pytest.approx(70)  # 60 s after the answer, not the send


async def test_a_request_that_never_went_out_gives_its_place_back() -> None:
    clock = FakeClock()
    limiter = TierRateLimiter(RateLimits(window_seconds=60, safety=1), clock)
    slot = await limiter.acquire("special:x", 1, max_pause=60)
    limiter.release("special:x", slot)
    await limiter.acquire("special:x", 1, max_pause=60)
    assert clock.sleeps == []


async def test_a_429_pauses_the_tier_then_paces_it_at_the_safe_average_rate() -> None:
    clock = FakeClock()
    limiter = TierRateLimiter(RateLimits(window_seconds=60, safety=1), clock)
    await limiter.acquire("tier2", 10, max_pause=60)
    limiter.pause("tier2", 10, 5)
    start = clock.now()
    times = []
    for _ in range(3):
        await limiter.acquire("tier2", 10, max_pause=60)
        times.append(clock.now() - start)
    # The window is assumed full (someone else may have filled it): 5 s, then one per 6 s.
    assert times == [pytest.approx(5), pytest.approx(11), pytest.approx(17)]


async def test_a_pause_longer_than_the_client_waits_raises() -> None:
    limiter = TierRateLimiter(RateLimits(), FakeClock())
    limiter.pause("tier2", 100, 120)
    with pytest.raises(RateLimitError) as caught:
        await limiter.acquire("tier2", 100, max_pause=60)
    assert caught.value.retry_after == pytest.approx(120)


@pytest.mark.parametrize("safety", [0.9, 1.0])
async def test_the_client_never_draws_a_429_from_a_tenant_enforcing_the_same_limits(
    safety: float,
) -> None:
    clock = FakeClock()
    emulator = Emulator(
        rate_limits=RateLimitSettings(window_seconds=60, tier_rates={1: 1000, 2: 12}),
        clock=clock.now,
    )
    async with emulator.client(
        clock=clock,
        rate_limits=RateLimits(window_seconds=60, tier_rates={1: 1000, 2: 12}, safety=safety),
        retry=RetryPolicy(max_retries=0),
    ) as qlik:
        for i in range(36):
            await qlik.spaces.create(f"space {i}")
    assert emulator.limiter.refused["tier2"] == 0
    assert emulator.limiter.admitted["tier2"] == 36
    budget = int(12 * safety)  # 10 or 12 per 60 s
    windows_waited = (36 - 1) // budget
    assert clock.now() - 1000 == pytest.approx(60 * windows_waited)


def test_classify_uses_the_spec_tiers() -> None:
    limiter = TierRateLimiter(RateLimits(), FakeClock())
    assert limiter.classify("GET", "/api/v1/data-stores") == ("tier1", 1000)
    assert limiter.classify("POST", "/api/v1/data-stores") == ("tier2", 100)
    assert limiter.classify("POST", "/api/v1/reports") == ("special:createReport", 10)
    assert limiter.classify("GET", "/api/v1/users/me") == ("tier1", 1000)
    assert limiter.classify("PATCH", "/api/v1/unknown") == ("tier2", 100)


async def test_a_call_cancelled_before_it_went_out_does_not_use_up_the_window() -> None:
    emulator = Emulator(rate_limits=RateLimitSettings(enabled=False))
    emulator.seed("small")
    emulator.inject(operations=["getDataStores"], latency=0.3)
    # Two Tier 1 requests per minute, one at a time.
    limits = RateLimits(window_seconds=60, tier_rates={1: 2, 2: 100}, safety=1)
    async with emulator.client(rate_limits=limits, concurrency=1) as qlik:

        async def first_page() -> None:
            await qlik.data_stores.list()

        async with anyio.create_task_group() as tg:
            tg.start_soon(first_page)  # holds the only connection slot for 0.3 s
            await anyio.sleep(0.05)
            with anyio.move_on_after(0.05):  # took the window's second place, then cancelled
                await qlik.data_stores.list()
        with anyio.fail_after(5):  # without the place given back this waits for 60 s
            await qlik.data_stores.list()
    assert emulator.requests_served == 2


async def test_pauses_show_each_paused_tier_with_the_time_left() -> None:
    clock = FakeClock()
    limiter = TierRateLimiter(RateLimits(), clock)
    assert limiter.pauses() == {}
    limiter.pause("tier2", 100, 118)
    limiter.pause("special:createReport", 10, 5)
    clock._now += 3
    assert limiter.pauses() == {"tier2": pytest.approx(115), "special:createReport": 2}
    clock._now += 10
    assert limiter.pauses() == {"tier2": pytest.approx(105)}
    assert (describe_key("tier2"), describe_key("special:createReport")) == (
        "Tier 2",
        "createReport's own",
    )


def tier_used_up_30_s_ago(clock: FakeClock) -> Emulator:
    """Qlik's Tier 2 admitting 2 writes per 120 s, both used 30 s ago by an earlier run: the
    next write is told to wait 90 s, more than the 60 s the client waits by default."""
    emulator = Emulator(
        rate_limits=RateLimitSettings(window_seconds=120, tier_rates={1: 1000, 2: 1}),
        clock=clock.now,
    )
    for _ in range(2):
        assert emulator.limiter.admit(emulator.api_key, "tier2", 100) is None
    clock._now += 30
    return emulator


async def test_a_used_up_tier_fails_at_once_by_default() -> None:
    clock = FakeClock()
    emulator = tier_used_up_30_s_ago(clock)
    async with emulator.client(clock=clock, retry=RetryPolicy(jitter=False)) as qlik:
        with pytest.raises(RateLimitError) as caught:
            await qlik.spaces.create("refused")
        assert caught.value.retry_after == 90
        # Parked a little longer than the client waits, so the next calls fail at once too.
        assert qlik.rate_limit_pauses == {"tier2": pytest.approx(61)}
        with pytest.raises(RateLimitError, match="paused by an earlier 429"):
            await qlik.spaces.create("refused too")
    assert clock.sleeps == []
    assert emulator.limiter.refused["tier2"] == 1


class WatchingClock(FakeClock):
    """A fake clock that notes what ``watched()`` says each time the client waits."""

    def __init__(self) -> None:
        super().__init__()
        self.watched: Callable[[], object] = lambda: None
        self.seen: list[object] = []

    async def sleep(self, seconds: float) -> None:
        self.seen.append(self.watched())
        await super().sleep(seconds)


async def test_a_used_up_tier_is_waited_out_with_max_rate_limit_wait() -> None:
    clock = WatchingClock()
    emulator = tier_used_up_30_s_ago(clock)
    waiting = RetryPolicy(jitter=False, max_rate_limit_wait=900)
    async with emulator.client(clock=clock, retry=waiting) as qlik:
        clock.watched = lambda: qlik.rate_limit_pauses
        space = await qlik.spaces.create("waited for")
        assert qlik.rate_limit_pauses == {}
    assert space.name == "waited for"
    assert clock.sleeps == [90]
    # What a progress display reads while the client waits.
    assert clock.seen == [{"tier2": 90}]
    assert emulator.limiter.refused["tier2"] == 1


class RepausingClock(FakeClock):
    """A fake clock on which other requests keep meeting 429s: after each of the first
    ``times`` sleeps, the tier is paused again for ``seconds``."""

    def __init__(self, times: int, seconds: float) -> None:
        super().__init__()
        self.limiter: TierRateLimiter | None = None
        self.times, self.seconds = times, seconds

    async def sleep(self, seconds: float) -> None:
        await super().sleep(seconds)
        if self.limiter is not None and self.times > 0:
            self.times -= 1
            key, per_minute = self.limiter.classify("GET", "/api/v1/data-stores")
            self.limiter.pause(key, per_minute, self.seconds)


async def test_pauses_one_after_another_count_against_max_pause_together() -> None:
    clock = RepausingClock(times=5, seconds=1.5)
    limiter = TierRateLimiter(RateLimits(), clock)
    clock.limiter = limiter
    key, per_minute = limiter.classify("GET", "/api/v1/data-stores")
    limiter.pause(key, per_minute, 1.5)
    # Each pause alone fits in 2 s, but they follow one another: after the first, the next
    # would take the request past 2 s of pauses, so it is refused instead of sleeping on.
    with pytest.raises(RateLimitError):
        await limiter.acquire(key, per_minute, max_pause=2.0)
    assert sum(clock.sleeps) == pytest.approx(1.5)


async def test_a_slot_says_how_long_its_request_slept_on_pauses() -> None:
    clock = RepausingClock(times=2, seconds=1.0)
    limiter = TierRateLimiter(RateLimits(), clock)
    clock.limiter = limiter
    key, per_minute = limiter.classify("GET", "/api/v1/data-stores")
    limiter.pause(key, per_minute, 1.0)
    slot = await limiter.acquire(key, per_minute, max_pause=10.0)
    assert slot.paused == pytest.approx(3.0)
