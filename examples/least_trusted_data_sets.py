"""Print the ten least trusted data sets of a space, with their data quality.

Run it::

    export QLIK_TENANT_URL=acme.eu.qlikcloud.com QLIK_API_KEY=...
    python least_trusted_data_sets.py Finance            # a space by name (or id)
    python least_trusted_data_sets.py Finance --top 25

Every data set of the tenant is listed once (the nested ``*`` route, 100 per page, only the
fields needed), those of the space are kept, and their trust scores and quality results are
read 100 data sets per request, concurrently. A data set without a trust score yet is counted,
not ranked. The exit code is 1 when the space does not exist or a read failed.
"""

from __future__ import annotations

import argparse
import sys

import anyio

from qlik_catalog import QlikCatalog, QlikError


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("space", help="the space's name or id")
    parser.add_argument("--top", type=int, default=10, help="how many to print (default 10)")
    args = parser.parse_args()

    async with QlikCatalog.from_env() as qlik:
        spaces = [s async for s in qlik.spaces.list() if args.space in (s.id, s.name)]
        if not spaces:
            print(f"no space named {args.space}", file=sys.stderr)
            return 1
        space_id = spaces[0].id
        names = {
            str(data_set.id): str(data_set.name or data_set.technical_name)
            async for data_set in qlik.data_stores.list_data_sets(
                "*", projections=["id", "name", "technicalName", "spaceId"]
            )
            if data_set.space_id == space_id
        }
        if not names:
            print(f"space {args.space} holds no data sets")
            return 0
        scores = await qlik.trust_scores.get_many(list(names))
        quality = await qlik.data_qualities.global_results_many(list(names))

    failed = {**scores.failed, **quality.failed}
    for data_set_id, error in failed.items():
        print(f"{data_set_id}: {error}", file=sys.stderr)
    scored = [(s.score, i) for i, s in scores.succeeded.items() if s is not None]
    for score, data_set_id in sorted(scored)[: args.top]:
        result = quality.succeeded.get(data_set_id)
        counts = result.quality if result is not None else None
        valid = f"{counts.valid / counts.total:.0%} valid" if counts and counts.total else "-"
        print(f"{score:5.1f}  {valid:>10}  {names[data_set_id]}")
    unscored = len(names) - len(scored) - len(scores.failed)
    print(f"{len(scored)} of {len(names)} data sets scored, {unscored} without a score yet")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(anyio.run(main))
    except QlikError as exc:  # one line, not a traceback: no credentials, tenant unreachable...
        sys.exit(f"error: {exc}")
