"""Run the benchmarks: ``python -m benchmarks.run [--quick]``. Prints each figure, writes
``benchmarks/results.md`` and ``benchmarks/results.png``."""

from __future__ import annotations

import argparse
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import anyio

from benchmarks import (
    bound,
    calls,
    efficiency,
    imports,
    memory,
    overhead,
    peaks,
    saturation,
    seeding,
)
from benchmarks.common import Figure

HERE = Path(__file__).parent


def plot(figures: list[Figure], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    columns = 3
    rows = -(-len(figures) // columns)
    fig, grid = plt.subplots(rows, columns, figsize=(5 * columns, 4 * rows), squeeze=False)
    axes = [ax for row in grid for ax in row]
    for ax in axes[len(figures) :]:
        ax.set_visible(False)
    for ax, figure in zip(axes, figures, strict=False):
        series = list(figure.plot.items())
        for n, (name, points) in enumerate(series):
            xs, ys = list(points), list(points.values())
            if figure.chart == "bar":
                width = 0.8 / len(series)
                positions = [i + (n - (len(series) - 1) / 2) * width for i in range(len(xs))]
                ax.bar(positions, ys, width=width, label=name)
                ax.set_xticks(range(len(xs)), xs, rotation=15)
            else:
                ax.plot(xs, ys, marker="o", label=name)
        ax.set_ylim(bottom=0)  # flat must look flat
        ax.set_title(figure.title.split(" (")[0].split(":")[0], fontsize=9)
        ax.legend(fontsize=7)
        ax.tick_params(labelsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)


async def main(quick: bool) -> list[Figure]:
    figures = []
    for bench in (
        overhead.run,
        saturation.run,
        efficiency.efficiency,
        memory.run,
        efficiency.scaling,
        imports.run,
        seeding.run,
        bound.run,
        peaks.run,
        calls.run,
    ):
        started = time.monotonic()
        figure = await bench(quick)
        figure.notes.append(f"measured in {time.monotonic() - started:.1f} s")
        print(figure.markdown(), flush=True)
        figures.append(figure)
    return figures


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes (under 3 minutes)")
    parser.add_argument(
        "--out", type=Path, default=HERE, help="where results.md and results.png go"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    figures = anyio.run(main, args.quick)
    header = (
        f"# Benchmark results ({'quick' if args.quick else 'full'} run)\n\n"
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"{platform.machine()}, {len(__import__('os').sched_getaffinity(0))} CPUs; "
        f"total {time.monotonic() - started:.0f} s. Every ratio is measured side by side in "
        "this one run.\n\n![plots](results.png)\n\n"
    )
    (args.out / "results.md").write_text(header + "\n".join(f.markdown() for f in figures))
    plot(figures, args.out / "results.png")
    print(f"wrote {args.out / 'results.md'} and {args.out / 'results.png'}", file=sys.stderr)


if __name__ == "__main__":
    cli()
