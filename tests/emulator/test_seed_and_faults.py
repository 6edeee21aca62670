"""Deterministic seeding, fault injection, and the pytest plugin's fixtures."""

from __future__ import annotations

import time

import httpx
import pytest

from qlik_catalog import QlikCatalog
from qlik_catalog.emulator import Emulator
from qlik_catalog.emulator.app import IN_PROCESS_URL


def test_the_same_seed_gives_the_same_tenant() -> None:
    first, second, other = Emulator(), Emulator(), Emulator(seed=7)
    for emulator in (first, second, other):
        emulator.seed(stores=4, assets_per_store=2, sets_per_asset=3, products=2)
    assert first.state.data_sets == second.state.data_sets
    assert first.state.data_products == second.state.data_products
    assert list(first.state.data_stores) != list(other.state.data_stores)
    summary = Emulator().seed("demo")
    assert (summary.data_stores, summary.data_assets, summary.data_sets) == (40, 200, 2400)


def test_bad_seed_and_fault_settings_are_refused() -> None:
    emulator = Emulator()
    with pytest.raises(ValueError, match="unknown seed 'huge'"):
        emulator.seed("huge")
    with pytest.raises(ValueError, match="stores must be >= 0"):
        emulator.seed(stores=-1)
    with pytest.raises(ValueError, match="unknown operations: getNothing"):
        emulator.inject(operations=["getNothing"], error_rate=0.5)
    with pytest.raises(ValueError, match="error_rate must be between 0 and 1"):
        emulator.inject(error_rate=2)


async def test_latency_and_an_error_share_on_chosen_routes() -> None:
    emulator = Emulator(seed=3)
    emulator.seed("small")
    slow = emulator.inject(operations=["getDataStores"], latency=0.05)
    flaky = emulator.inject(operations=["getDataStore"], error_rate=0.5)
    async with httpx.AsyncClient(
        transport=emulator.transport(),
        base_url=IN_PROCESS_URL,
        headers={"Authorization": f"Bearer {emulator.api_key}"},
    ) as http:
        started = time.monotonic()
        assert (await http.get("/api/v1/data-stores")).status_code == 200
        assert time.monotonic() - started >= 0.05
        store_id = next(iter(emulator.state.data_stores))
        statuses = [
            (await http.get(f"/api/v1/data-stores/{store_id}")).status_code for _ in range(200)
        ]
        # Untouched routes stay healthy.
        assert (await http.get("/api/v1/users/me")).status_code == 200
    assert slow.hits == 1
    assert set(statuses) == {200, 503}
    assert 70 <= statuses.count(503) <= 130  # about half, from the seeded random source
    assert flaky.hits == statuses.count(503)


async def test_the_plugin_fixtures(emulated_tenant: Emulator, emulated_qlik: QlikCatalog) -> None:
    # Served by the pytest11 entry point (qlik_catalog.testing), as a user's suite gets them.
    emulated_tenant.seed(stores=2, assets_per_store=1, sets_per_asset=2, products=1)
    assert emulated_tenant.strict
    stores = await emulated_qlik.data_stores.list().to_list()
    assert len(stores) == 2
    sets = await emulated_qlik.data_stores.list_data_sets("*").to_list()
    assert len(sets) == 4
