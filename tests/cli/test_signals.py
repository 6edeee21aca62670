"""Ctrl-C (SIGINT) and SIGTERM during an apply: the report is still written, and the command
ends with one line on stderr and exit 130 or 143, never a traceback."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.cli.command import command
from tests.cli.conftest import Tenant

STORES = 40


@pytest.mark.parametrize(
    ("signum", "code", "verb"),
    [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")],
)
def test_a_signal_during_an_apply_writes_the_report_and_ends_with_one_line(
    tenant: Tenant, tmp_path: Path, signum: int, code: int, verb: str
) -> None:
    catalog = tmp_path / "catalog.yaml"
    catalog.write_text(
        "dataStores:\n" + "".join(f"  - technicalName: s{i}\n    type: s3\n" for i in range(STORES))
    )
    # 8 creates at a time, 0.5 s each: the apply takes about 2.5 s.
    tenant.emulator.inject(operations=["createDataStore"], latency=0.5)
    report = tmp_path / "report.json"
    process = subprocess.Popen(
        command("apply", str(catalog), "--report", str(report)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=tenant.env,
    )
    try:
        served = tenant.emulator.requests_served
        deadline = time.monotonic() + 30
        # The tenant was read (5 listings), the first 8 creates answered and more are sent.
        while tenant.emulator.requests_served < served + 5 + 9 and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signum)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == code, err
    assert "Traceback" not in err
    assert err.splitlines()[-1] == f"{verb}; written: {report}"
    assert "Applied:" not in out  # it did not finish
    written = json.loads(report.read_text())
    assert len(written["outcomes"]) == STORES  # every change named, done or not
    assert 0 < written["counts"]["failed"] < STORES
    assert any("interrupted" in str(o.get("error")) for o in written["outcomes"])
