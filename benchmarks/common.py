"""What the benchmarks share: an emulator served by the CLI, a job in a fresh interpreter,
peak RSS, and result rows."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parent.parent


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


def tree(data_sets: int) -> list[str]:
    """The emulator's count options for ``data_sets`` data sets in a tree like the issue's:
    10 stores of 10 assets each (100 assets), the sets shared out among them, 10 products."""
    assets = 100
    return [
        "--stores",
        "10",
        "--assets-per-store",
        str(assets // 10),
        "--sets-per-asset",
        str(math.ceil(data_sets / assets)),
        "--products",
        "10",
    ]


@contextmanager
def served_process(seed: str = "small", options: Sequence[str] = ()) -> Iterator[tuple[str, str]]:
    """Run ``qlik-catalog emulator`` in its own process (so that the server does not share the
    benchmark's GIL); yields (URL, API key). ``options`` go to the command as they are (counts
    as :func:`tree` gives them, ``--latency MS``)."""
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
            *options,
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


def in_fresh_process(module: str, *args: str) -> Any:
    """Run ``python -m module args...`` in its own interpreter (so that its peak RSS and its CPU
    are its own) and return the JSON document its last line of output holds."""
    done = subprocess.run(
        [sys.executable, "-m", module, *args], capture_output=True, text=True, cwd=ROOT
    )
    if done.returncode:
        # The child's own words (its traceback's last lines), not only its exit status.
        said = "\n".join(done.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"{module} {args[0] if args else ''} exited {done.returncode}:\n{said}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def reset_peak_rss() -> bool:
    """Start the peak over from the resident set size now (Linux: ``5`` written to
    /proc/self/clear_refs), so that the next step's peak is its own and not one an earlier
    step reached and freed. False where that is not possible (the peak then carries on)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


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


def mib(size: int | float) -> str:
    """Bytes as MiB, one decimal."""
    return f"{size / 2**20:.1f}"


def verdict(met: bool) -> str:
    """How a note says whether a goal is met."""
    return "met" if met else "NOT met"


def ratio(a: float, b: float) -> str:
    """``a / b`` as a short string."""
    return f"{a / b:.2f}x" if b else "n/a"
