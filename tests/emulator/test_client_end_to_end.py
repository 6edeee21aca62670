"""The client's paging, retries, 429 pauses and batches, end to end against the emulator
(in-process). The client's waits and the emulator's rate windows share one fake clock."""

from __future__ import annotations

import anyio
import pytest

from qlik_catalog import (
    NotFoundError,
    QlikCatalog,
    QlikConnectionError,
    RateLimitError,
    RateLimits,
    RetryPolicy,
    ServerError,
)
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator, RateLimitSettings


async def test_page_number_paging_over_three_pages(qlik: QlikCatalog, emulator: Emulator) -> None:
    emulator.seed(stores=25, assets_per_store=0, sets_per_asset=0, products=0)
    pages = [p async for p in qlik.data_stores.list(limit=10, sort="name").pages()]
    assert [len(p.items) for p in pages] == [10, 10, 8]  # 3 from "small" + 25
    assert pages[0].total == 28
    names = [s.name for p in pages for s in p.items]
    assert names == [f"Store {i:03d}" for i in range(1, 29)]
    assert len(await qlik.data_stores.list(limit=10, max_items=15).to_list()) == 15


async def test_cursor_paging_over_three_pages(qlik: QlikCatalog) -> None:
    items = [i async for i in qlik.items.list(resource_type="dataset", limit=7)]
    assert len(items) == 18  # 7 + 7 + 4
    assert len({i.id for i in items}) == 18


async def test_503_is_retried_for_get(
    qlik: QlikCatalog, emulator: Emulator, clock: FakeClock
) -> None:
    rule = emulator.inject(operations=["getDataStores"], error_rate=1.0, times=2)
    page = await qlik.data_stores.list()
    assert len(page.items) == 3
    assert rule.hits == 2
    assert clock.sleeps == [0.5, 1.0]


async def test_503_is_not_retried_for_post(qlik: QlikCatalog, emulator: Emulator) -> None:
    rule = emulator.inject(operations=["createDataStore"], error_rate=1.0, times=1)
    with pytest.raises(ServerError) as caught:
        await qlik.data_stores.create({"type": "t", "technicalName": "t"})
    assert caught.value.status == 503
    assert rule.hits == 1
    assert len(emulator.state.data_stores) == 3


async def test_retries_exhausted_give_the_typed_error(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    emulator.inject(operations=["getDataSet"], error_rate=1.0)
    with pytest.raises(ServerError) as caught:
        await qlik.data_sets.get(next(iter(emulator.state.data_sets)))
    assert caught.value.trace_id


async def test_dropped_connections_are_retried_for_get_only(
    qlik: QlikCatalog, emulator: Emulator
) -> None:
    emulator.inject(operations=["getDataStores"], drop_rate=1.0, times=1)
    assert len((await qlik.data_stores.list()).items) == 3
    emulator.inject(operations=["createDataStore"], drop_rate=1.0, times=1)
    with pytest.raises(QlikConnectionError, match="ReadError"):
        await qlik.data_stores.create({"type": "t", "technicalName": "t"})


async def test_429_retry_after_then_success_and_the_tier_pause_is_shared() -> None:
    clock = FakeClock()
    emulator = Emulator(
        rate_limits=RateLimitSettings(window_seconds=60, tier_rates={1: 1000, 2: 3}),
        clock=clock.now,
    )
    # The client's own limiter is off so that the emulator's 429s are what paces it.
    async with emulator.client(
        clock=clock,
        retry=RetryPolicy(jitter=False, max_retries=3, max_retry_after=120),
        rate_limits=RateLimits(enabled=False),
    ) as qlik:

        async def create(i: int) -> None:
            await qlik.spaces.create(f"space {i}")

        async with anyio.create_task_group() as tg:
            for i in range(6):
                tg.start_soon(create, i)
        assert len(emulator.state.spaces) == 6
        # Three went through; the rest were paused together until the window slid (60 s).
        assert max(clock.sleeps) == pytest.approx(60, abs=1)
        assert clock.now() - 1000 == pytest.approx(60, abs=1)
        # Tier 1 was never paused by the Tier 2 429s.
        assert len((await qlik.spaces.list()).items) == 6


async def test_retry_after_beyond_the_maximum_raises_rate_limit_error() -> None:
    clock = FakeClock()
    emulator = Emulator(
        rate_limits=RateLimitSettings(window_seconds=300, tier_rates={1: 1000, 2: 1}),
        clock=clock.now,
    )
    async with emulator.client(
        clock=clock, retry=RetryPolicy(jitter=False), rate_limits=RateLimits(enabled=False)
    ) as qlik:
        await qlik.spaces.create("one")  # 300 * 1/60 = 5 per window: use them up
        for i in range(4):
            await qlik.spaces.create(f"more {i}")
        with pytest.raises(RateLimitError) as caught:
            await qlik.spaces.create("too many")
    assert caught.value.retry_after is not None
    assert caught.value.retry_after > 60


async def test_batch_delete_of_250_with_a_missing_id(emulator: Emulator) -> None:
    emulator.seed(stores=5, assets_per_store=5, sets_per_asset=10, products=0)
    ids = [*list(emulator.state.data_sets)[:249], "missing-id"]
    async with emulator.client() as qlik:
        result = await qlik.data_sets.delete_many(ids, chunk_size=100)
    assert len(result) == 250
    # The chunk holding the missing id is split to find it: only that id fails.
    assert list(result.failed) == ["missing-id"]
    assert isinstance(result.failed["missing-id"], NotFoundError)
    assert set(result.succeeded) == set(ids[:249])
    assert not set(ids[:249]) & set(emulator.state.data_sets)


async def test_get_many_and_patch_many(qlik: QlikCatalog, emulator: Emulator) -> None:
    ids = list(emulator.state.data_sets)[:5]
    got = await qlik.data_sets.get_many([*ids, "nope"])
    assert set(got.succeeded) == set(ids)
    assert isinstance(got.failed["nope"], NotFoundError)
    patched = await qlik.data_sets.patch_many(
        {i: [{"op": "replace", "path": "/name", "value": f"n-{i}"}] for i in ids}
    )
    assert patched.ok
    assert all(emulator.state.data_sets[i]["name"] == f"n-{i}" for i in ids)
