"""An in-process emulator (strict: every answer is checked against the spec), raw httpx access
to it, and a QlikCatalog bound to it whose waits are on a fake clock shared with the
emulator's rate-limit windows."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from qlik_catalog import QlikCatalog, RetryPolicy
from qlik_catalog.clock import FakeClock
from qlik_catalog.emulator import Emulator

KEY = "emulator-test-key"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def emulator(clock: FakeClock) -> Emulator:
    tenant = Emulator(api_keys={KEY: "ann"}, strict=True, clock=clock.now, profile_delay=2)
    tenant.seed("small")
    return tenant


@pytest.fixture
async def http(emulator: Emulator) -> AsyncIterator[httpx.AsyncClient]:
    """Plain httpx against the emulator, to see exactly what it answers."""
    async with httpx.AsyncClient(
        transport=emulator.transport(),
        base_url="http://tenant.emulator.localhost",
        headers={"Authorization": f"Bearer {KEY}"},
    ) as client:
        yield client


@pytest.fixture
async def qlik(emulator: Emulator, clock: FakeClock) -> AsyncIterator[QlikCatalog]:
    async with emulator.client(clock=clock, retry=RetryPolicy(jitter=False)) as client:
        yield client
