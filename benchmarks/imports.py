"""6. Import time: ``import qlik_catalog`` and ``qlik-catalog --help`` beside ``import httpx``.

Each command runs in a fresh interpreter, the three interleaved round after round (so that a
busy moment of the machine slows all three alike); the figure is the median wall time. Also
given: the interpreter's own start (``python -c pass``), subtracted for the net import cost,
and the modules each command leaves in ``sys.modules``. Goal: ``import qlik_catalog`` within 2x
of ``import httpx``.

Run alone: ``python -m benchmarks.imports [--quick]``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import anyio

from benchmarks.common import Figure, ratio

# What ``import qlik_catalog`` must not load (the sync tool, the emulator, the extras' libraries).
HEAVY = (
    "qlik_catalog.sync",
    "qlik_catalog.emulator",
    "rich",
    "yaml",
    "sqlite3",
    "jsonschema",
    "openapi_schema_validator",
    "pydantic",
)
GOAL = 2.0


def _cli() -> list[str]:
    """The installed ``qlik-catalog`` script beside this interpreter, else ``-m``."""
    script = Path(sys.executable).parent / "qlik-catalog"
    return [str(script)] if script.exists() else [sys.executable, "-m", "qlik_catalog.cli"]


def commands() -> dict[str, list[str]]:
    """The commands timed, by the label they are shown with."""
    return {
        "python -c pass": [sys.executable, "-c", "pass"],
        "import httpx": [sys.executable, "-c", "import httpx"],
        "import qlik_catalog": [sys.executable, "-c", "import qlik_catalog"],
        "qlik-catalog --help": [*_cli(), "--help"],
    }


def _once(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def time_commands(rounds: int) -> dict[str, float]:
    """The median seconds of each command over ``rounds`` interleaved rounds."""
    timed = commands()
    samples: dict[str, list[float]] = {label: [] for label in timed}
    for _ in range(rounds):
        for label, command in timed.items():
            samples[label].append(_once(command))
    return {label: statistics.median(values) for label, values in samples.items()}


def loaded_modules(module: str) -> set[str]:
    """The names in ``sys.modules`` after importing ``module`` in a fresh interpreter."""
    code = f"import sys, {module}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    return set(out.split())


def heavy_loaded(modules: set[str]) -> list[str]:
    """Which of :data:`HEAVY` (or their submodules) are among ``modules``."""
    return sorted(h for h in HEAVY if any(m == h or m.startswith(h + ".") for m in modules))


def measure(quick: bool) -> Figure:
    """Time the commands and build the figure (blocking)."""
    medians = time_commands(7 if quick else 25)
    bare = medians["python -c pass"]
    httpx_modules = loaded_modules("httpx")
    ours = loaded_modules("qlik_catalog")
    figure = Figure(
        "6. Import time: import qlik_catalog and qlik-catalog --help beside import httpx",
        ["command", "median (ms)", "net of interpreter start (ms)", "vs import httpx (net)"],
        chart="bar",
    )
    httpx_net = medians["import httpx"] - bare
    for label, seconds in medians.items():
        net = seconds - bare
        figure.rows.append(
            [
                label,
                f"{seconds * 1000:.0f}",
                f"{net * 1000:.0f}",
                "" if label == "python -c pass" else ratio(net, httpx_net),
            ]
        )
        figure.plot.setdefault("median (ms)", {})[label] = seconds * 1000
        figure.plot.setdefault("net (ms)", {})[label] = net * 1000
    import_ratio = (medians["import qlik_catalog"] - bare) / httpx_net if httpx_net else 0.0
    verdict = "within" if import_ratio <= GOAL else "NOT within"
    figure.notes.append(
        f"import qlik_catalog / import httpx = {import_ratio:.2f}x net of interpreter start "
        f"({ratio(medians['import qlik_catalog'], medians['import httpx'])} wall): {verdict} "
        f"the {GOAL:g}x goal."
    )
    figure.notes.append(
        f"Modules loaded: {len(ours)} by import qlik_catalog, {len(httpx_modules)} by import "
        f"httpx. Heavy modules loaded by qlik_catalog but not by httpx: "
        f"{', '.join(heavy_loaded(ours - httpx_modules)) or 'none'} (httpx itself loads rich "
        "for its own CLI when click and rich are installed)."
    )
    return figure


async def run(quick: bool) -> Figure:
    """The benchmark, as :mod:`benchmarks.run` calls it."""
    return await anyio.to_thread.run_sync(measure, quick)


if __name__ == "__main__":
    print(measure("--quick" in sys.argv).markdown())
