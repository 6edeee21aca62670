"""A local Qlik catalog emulator: a faithful tenant in memory, in-process or on loopback.

Example::

    from qlik_catalog.emulator import Emulator

    emulator = Emulator()
    emulator.seed("small")
    async with emulator.client() as qlik:
        async for store in qlik.data_stores.list():
            print(store.name)
"""

from qlik_catalog.emulator.app import DEFAULT_API_KEY, Emulator
from qlik_catalog.emulator.faults import FaultRule
from qlik_catalog.emulator.ratelimit import RateLimitSettings
from qlik_catalog.emulator.seed import PRESETS, SeedSummary
from qlik_catalog.emulator.validation import SpecViolation

__all__ = [
    "DEFAULT_API_KEY",
    "PRESETS",
    "Emulator",
    "FaultRule",
    "RateLimitSettings",
    "SeedSummary",
    "SpecViolation",
]
