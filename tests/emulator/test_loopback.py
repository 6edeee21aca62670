"""The emulator on loopback: the ``qlik-catalog emulator`` command, and uvicorn serving an
emulator with a dropped-connection fault."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

from qlik_catalog import QlikCatalog, QlikConnectionError, RetryPolicy
from qlik_catalog.emulator import Emulator
from tests.serving import serve


def read_until(process: subprocess.Popen[str], marker: str, timeout: float = 20) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if marker in line:
            return lines
    raise AssertionError(f"{marker!r} not printed; got {lines}")


async def test_the_emulator_command_serves_and_stops_on_ctrl_c() -> None:
    process = subprocess.Popen(  # noqa: ASYNC220 - a child that outlives many awaits
        [
            sys.executable,
            "-m",
            "qlik_catalog.cli",
            "emulator",
            "--port",
            "0",
            "--seed",
            "small",
            "--api-key",
            "loop-key",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        lines = read_until(process, "Press Ctrl-C")
        url = next(line.split("=", 1)[1] for line in lines if "QLIK_TENANT_URL=" in line)
        assert any(line.endswith("QLIK_API_KEY=loop-key") for line in lines)
        async with QlikCatalog(url, api_key="loop-key") as qlik:
            stores = await qlik.data_stores.list().to_list()
            assert len(stores) == 3
            me = await qlik.users.me()
            assert me.id == "emulator-admin"
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=20)
        assert process.returncode == 0, out
        assert "emulator stopped" in out
    finally:
        if process.poll() is None:
            process.kill()


@pytest.fixture
def served() -> Iterator[tuple[str, Emulator]]:
    emulator = Emulator()
    emulator.seed("small")
    with serve(emulator) as url:
        yield url, emulator


async def test_dropped_connections_over_a_real_socket(served: tuple[str, Emulator]) -> None:
    url, emulator = served
    async with QlikCatalog(url, api_key=emulator.api_key, retry=RetryPolicy(jitter=False)) as qlik:
        emulator.inject(operations=["getDataStores"], drop_rate=1.0, times=1)
        assert len((await qlik.data_stores.list()).items) == 3  # retried after the drop
        emulator.inject(operations=["createDataStore"], drop_rate=1.0, times=1)
        with pytest.raises(QlikConnectionError):
            await qlik.data_stores.create({"type": "t", "technicalName": "t"})
