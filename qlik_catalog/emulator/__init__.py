"""A local Qlik catalog emulator: a faithful tenant in memory, in-process or on loopback.

Example::

    from qlik_catalog.emulator import Emulator

    emulator = Emulator()
    emulator.seed("small")
    async with emulator.client() as qlik:
        async for store in qlik.data_stores.list():
            print(store.name)
"""

from qlik_catalog._extras import needs_extra

# Without the extra, importing the emulator names the extra to install (MissingExtraError),
# not the first of its modules that happens to be missing.
with needs_extra("emulator", "qlik_catalog.emulator"):
    from qlik_catalog.emulator.app import DEFAULT_API_KEY, DEFAULT_USER, Emulator
    from qlik_catalog.emulator.faults import FaultRule
    from qlik_catalog.emulator.oauth import M2M_CLIENT_ID, NATIVE_CLIENT_ID, OAuthClient
    from qlik_catalog.emulator.ratelimit import RateLimitSettings
    from qlik_catalog.emulator.seed import PRESETS, SeedSummary
    from qlik_catalog.emulator.validation import SpecViolation

__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_USER",
    "M2M_CLIENT_ID",
    "NATIVE_CLIENT_ID",
    "PRESETS",
    "Emulator",
    "FaultRule",
    "OAuthClient",
    "RateLimitSettings",
    "SeedSummary",
    "SpecViolation",
]
