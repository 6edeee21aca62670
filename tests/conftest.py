"""A QlikCatalog wired to pytest-httpx with a fake clock (no real waiting)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from qlik_catalog import QlikCatalog, RetryPolicy
from qlik_catalog.clock import FakeClock
from tests.wire import API_KEY, TENANT


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def qlik(clock: FakeClock) -> AsyncIterator[QlikCatalog]:
    async with QlikCatalog(
        TENANT, api_key=API_KEY, clock=clock, retry=RetryPolicy(jitter=False)
    ) as client:
        yield client
