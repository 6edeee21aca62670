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

An ``async def`` test that uses these fixtures runs without any configuration: a test that an
async runner claims (marked ``asyncio``, ``anyio`` or ``trio``, or taken by pytest-asyncio's
auto mode or anyio's ``anyio_backend`` fixture) is left to that runner; one that none claims
(pytest-asyncio's default strict mode, or anyio's plugin alone) is run once, on asyncio, with
``anyio.run``. Tests that do not use the fixtures are left alone.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from typing import TYPE_CHECKING

import anyio
import pytest

from qlik_catalog._extras import needs_extra

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog
    from qlik_catalog.emulator import Emulator

# The fixtures this plugin serves: an unclaimed async test is run only when it uses one of them.
_FIXTURES = frozenset({"emulated_tenant", "emulated_qlik"})
# The markers by which a test names its own async runner (pytest-asyncio, anyio, pytest-trio).
_RUNNER_MARKERS = ("asyncio", "anyio", "trio")


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


def _unclaimed_async_test(item: pytest.Function) -> bool:
    """Whether ``item`` is an ``async def`` test using our fixtures that no async runner took.

    pytest-asyncio takes a test by swapping ``item.obj`` for a plain function before the call
    (so a coroutine function still in place means it did not); anyio takes one through its
    ``anyio_backend`` fixture; any runner takes one that carries its marker."""
    return (
        inspect.iscoroutinefunction(item.obj)
        and not _FIXTURES.isdisjoint(item.fixturenames)
        and "anyio_backend" not in item.funcargs
        and not any(item.get_closest_marker(name) for name in _RUNNER_MARKERS)
    )


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run an unclaimed ``async def`` test that uses the fixtures, instead of letting pytest
    fail it with "async def functions are not natively supported"."""
    if not _unclaimed_async_test(pyfuncitem):
        return None
    kwargs = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    # A loop factory keeps asyncio.Runner from setting, and then clearing, the thread's current
    # event loop: later code in the session (a sync test calling get_event_loop(), another
    # runner) would find none.
    anyio.run(
        functools.partial(pyfuncitem.obj, **kwargs),
        backend="asyncio",
        backend_options={"loop_factory": asyncio.new_event_loop},
    )
    return True
