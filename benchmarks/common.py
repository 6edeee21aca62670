"""What the benchmarks share: a served emulator, timing, RSS, and result rows."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import uvicorn

from qlik_catalog.emulator import Emulator


@dataclass
class Figure:
    """One benchmark's result: a title, a table, and the headline ratio."""

    title: str
    columns: list[str]
    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    plot: dict[str, dict[str, float]] = field(default_factory=dict)  # series -> x -> y
    chart: str = "line"  # or "bar", for categories side by side

    def markdown(self) -> str:
        lines = [
            f"### {self.title}",
            "",
            "| " + " | ".join(self.columns) + " |",
            "|" + "---|" * len(self.columns),
        ]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        lines += [""] + [f"- {note}" for note in self.notes]
        return "\n".join(lines) + "\n"


@contextmanager
def served(emulator: Emulator) -> Iterator[str]:
    """Serve ``emulator`` with uvicorn on a free loopback port; yields its URL."""
    sock = socket.socket()
    # Accepted sockets inherit it: without it, Nagle plus delayed ACKs add ~40 ms per answer.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(emulator, log_level="critical"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def served_process(seed: str = "small") -> Iterator[tuple[str, str]]:
    """Run ``qlik-catalog emulator`` in its own process (so that the server does not share the
    benchmark's GIL); yields (URL, API key)."""
    import subprocess
    import sys

    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "qlik_catalog.cli",
            "emulator",
            "--port",
            "0",
            "--seed",
            seed,
            "--api-key",
            "bench-key",
            "--no-rate-limits",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = ""
        for line in process.stdout:
            if "QLIK_TENANT_URL=" in line:
                url = line.strip().split("=", 1)[1]
            if "Press Ctrl-C" in line:
                break
        yield url, "bench-key"
    finally:
        process.terminate()
        process.wait(timeout=10)


def peak_rss_bytes() -> int:
    """This process's peak resident set size so far. On Linux ``VmHWM`` from /proc (the
    peak of this program only: ``ru_maxrss`` would carry the parent's peak across fork and
    exec); elsewhere ``ru_maxrss``."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def ratio(a: float, b: float) -> str:
    """``a / b`` as a short string."""
    return f"{a / b:.2f}x" if b else "n/a"
