"""10. Calls against their minimum: the requests bulk jobs make, counted with
``qlik.record_responses()`` against an in-process emulator (calls do not depend on latency),
next to the fewest the API allows and to one call per item.

- ``apply --prune`` of 1,000 data sets (the plan of a catalog file that keeps the stores and
  assets and lists no data set): minimum ceil(1,000 / 100) = 10 batch deletes.
- ``get_many`` of 10,000 data set ids (a fixed random sample) of a 20,000-set tenant: minimum
  the tenant-wide listing's 200 pages; and of 1,000 ids of a 1,000-set tenant: 10.

Goal (issue 18): every job at its minimum (calls / minimum = 1.00x). The sizes are the
issue's, in the quick run too (seconds in-process).

Run alone: ``python -m benchmarks.calls``.
"""

from __future__ import annotations

import math
import random
import sys
from dataclasses import dataclass
from typing import Any

import anyio

from benchmarks.common import Figure, ratio, verdict
from qlik_catalog.emulator import Emulator
from qlik_catalog.sync import parse_catalog

PAGE = 100  # ids per batch request, items per listing page


@dataclass
class Count:
    """One job's calls beside its minimum and one call per item."""

    job: str
    items: int
    calls: int
    minimum: int


def _tenant(data_sets: int) -> Emulator:
    emulator = Emulator()
    stores = max(1, data_sets // 1000)
    emulator.seed(
        stores=stores, assets_per_store=10, sets_per_asset=data_sets // (stores * 10), products=0
    )
    assert len(emulator.state.data_sets) == data_sets
    return emulator


async def prune(data_sets: int) -> Count:
    """Apply the plan that deletes every data set of a ``data_sets``-set tenant."""
    emulator = _tenant(data_sets)
    async with emulator.client() as qlik:
        pulled = await qlik.catalog.pull()
        catalog: dict[str, Any] = dict(pulled.catalog)
        catalog["dataSets"] = []
        catalog.pop("dataProducts", None)
        plan = await qlik.catalog.plan(parse_catalog(catalog), prune=True)
        assert plan.counts() == {"create": 0, "update": 0, "delete": data_sets}, plan.counts()
        with qlik.record_responses() as calls:
            report = await qlik.catalog.apply(plan)
    assert report.ok, report.counts()
    assert not emulator.state.data_sets
    return Count(
        f"apply --prune: delete {data_sets:,} data sets",
        data_sets,
        len(calls),
        math.ceil(data_sets / PAGE),
    )


async def get_many(wanted: int, data_sets: int) -> Count:
    """``get_many`` of ``wanted`` ids (a fixed sample) of a ``data_sets``-set tenant."""
    emulator = _tenant(data_sets)
    ids = random.Random(18).sample(sorted(emulator.state.data_sets), wanted)
    async with emulator.client() as qlik:
        with qlik.record_responses() as calls:
            result = await qlik.data_sets.get_many(ids)
    assert result.ok
    assert len(result.succeeded) == wanted
    return Count(
        f"get_many: {wanted:,} ids of a {data_sets:,}-set tenant",
        wanted,
        len(calls),
        math.ceil(data_sets / PAGE),
    )


async def run(quick: bool) -> Figure:
    """Count each job's calls and build the figure (the same sizes when ``quick``)."""
    counts = [await prune(1000), await get_many(10_000, 20_000), await get_many(1000, 1000)]
    figure = Figure(
        "10. Calls against their minimum: apply --prune and get_many (in-process emulator)",
        ["job", "API calls", "minimum", "calls / minimum (goal 1.00x)", "one call per item"],
        chart="bar",
    )
    for count in counts:
        figure.rows.append(
            [
                count.job,
                f"{count.calls:,}",
                f"{count.minimum:,}",
                ratio(count.calls, count.minimum),
                f"{count.items:,}",
            ]
        )
        label = count.job.split(":")[0] + f" {count.items:,}"
        figure.plot.setdefault("calls / minimum", {})[label] = count.calls / count.minimum
        figure.plot.setdefault("goal", {})[label] = 1.0
    at_minimum = all(count.calls <= count.minimum for count in counts)
    figure.notes.append(
        f"Every job at its minimum: {verdict(at_minimum)}. Minimum: ceil(n / 100) batch "
        "deletes for a prune; the tenant-wide listing's pages (100 data sets each) for "
        "get_many. Calls counted with qlik.record_responses() around the job only (the prune's "
        "plan is made before); the CLI's apply --prune calls the same qlik.catalog.apply."
    )
    return figure


if __name__ == "__main__":
    print(anyio.run(run, "--quick" in sys.argv).markdown())
