"""pytest fixtures for testing code that uses qlik-catalog, against the in-process emulator.

Installed as a pytest plugin: after ``pip install qlik-catalog`` a test suite can use::

    async def test_my_sync(emulated_tenant, emulated_qlik):
        emulated_tenant.seed(stores=2, assets_per_store=1, sets_per_asset=3, products=1)
        stores = await emulated_qlik.data_stores.list().to_list()
        assert len(stores) == 2

The fixtures need the ``emulator`` extra (``pip install "qlik-catalog[emulator]"``). The plugin
itself imports nothing of it: without the extra, pytest runs as usual and only a test that uses
a fixture fails, with a :class:`~qlik_catalog.errors.MissingExtraError` naming the extra.

``emulated_tenant`` is a fresh :class:`~qlik_catalog.emulator.Emulator` per test, in strict
mode (its answers are checked against the spec). ``emulated_qlik`` is a
:class:`~qlik_catalog.QlikCatalog` bound to it through ``httpx.ASGITransport``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from qlik_catalog._extras import needs_extra

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog
    from qlik_catalog.emulator import Emulator


@pytest.fixture
def emulated_tenant() -> Emulator:
    """An empty emulated tenant (seed it with ``.seed(...)``), strict about its answers."""
    with needs_extra("emulator", "the emulated_tenant fixture"):
        from qlik_catalog.emulator import Emulator

    return Emulator(strict=True)


@pytest.fixture
def emulated_qlik(emulated_tenant: Emulator) -> QlikCatalog:
    """A client of ``emulated_tenant``. It is a plain fixture, so it works under any async
    test runner (pytest-asyncio, anyio, trio); the in-process transport opens no sockets, so
    there is nothing to close."""
    return emulated_tenant.client()
