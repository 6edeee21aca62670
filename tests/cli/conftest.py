"""A small emulated tenant on loopback, and the environment that points the command at it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from qlik_catalog.emulator import Emulator
from tests.cli.command import KEY, environment
from tests.serving import serve


@dataclass
class Tenant:
    """An emulator being served, and the command's environment for it."""

    emulator: Emulator
    url: str
    env: dict[str, str]


@pytest.fixture
def tenant() -> Iterator[Tenant]:
    emulator = Emulator(api_keys=[KEY])
    emulator.seed("small")
    with serve(emulator) as url:
        yield Tenant(emulator, url, environment(QLIK_TENANT_URL=url, QLIK_API_KEY=KEY))
