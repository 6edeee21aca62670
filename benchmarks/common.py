"""What the benchmarks share: an emulator served by the CLI, peak RSS, and result rows."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


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
def served_process(seed: str = "small") -> Iterator[tuple[str, str]]:
    """Run ``qlik-catalog emulator`` in its own process (so that the server does not share the
    benchmark's GIL); yields (URL, API key)."""
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
    import resource  # POSIX only

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def ratio(a: float, b: float) -> str:
    """``a / b`` as a short string."""
    return f"{a / b:.2f}x" if b else "n/a"
