"""Add a tag to every data set of the data stores (and spaces) whose names match a pattern.

Run it::

    export QLIK_TENANT_URL=acme.eu.qlikcloud.com QLIK_API_KEY=...
    python bulk_tag_data_sets.py certified --store "sales_*"          # stores by technical name
    python bulk_tag_data_sets.py certified --store "Sales*" --space Finance

Patterns are shell-style (``*``, ``?``, ``[...]``), case-insensitive, and match a store's
technical name or its name, a space's name. Each data set gets one JSON Patch ``add`` (sent
concurrently with ``patch_many``, within the rate limits); data sets that already carry the tag
are left alone. Every data set's outcome is printed; the exit code is 1 if any failed.
"""

from __future__ import annotations

import argparse
import sys
from fnmatch import fnmatchcase

import anyio

from qlik_catalog import QlikCatalog, QlikError

IDS_PER_LISTING = 50  # store ids per listing call: keeps the URL well under common limits


def matches(pattern: str, *names: object) -> bool:
    """True when ``pattern`` matches one of ``names`` (strings only), ignoring case."""
    return any(
        isinstance(name, str) and fnmatchcase(name.lower(), pattern.lower()) for name in names
    )


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tag", help="the tag to add")
    parser.add_argument("--store", default="*", help="data stores to cover (default: all)")
    parser.add_argument("--space", help="only data sets in spaces whose names match this")
    args = parser.parse_args()

    async with QlikCatalog.from_env() as qlik:
        store_ids = [
            str(store.id)  # every listed store has an id; the model types it str | Unset
            async for store in qlik.data_stores.list()
            if matches(args.store, store.technical_name, store.name)
        ]
        space_ids: set[str] | None = None
        if args.space is not None:
            space_ids = {s.id async for s in qlik.spaces.list() if matches(args.space, s.name)}

        patches: dict[str, list[dict[str, object]]] = {}
        names: dict[str, str] = {}
        for start in range(0, len(store_ids), IDS_PER_LISTING):
            chunk = store_ids[start : start + IDS_PER_LISTING]
            async for data_set in qlik.data_stores.list_data_sets(chunk):
                if space_ids is not None and data_set.space_id not in space_ids:
                    continue
                data_set_id, tags = str(data_set.id), data_set.tags
                names[data_set_id] = str(data_set.technical_name)
                if isinstance(tags, list) and args.tag in tags:
                    print(f"already tagged  {names[data_set_id]}")
                elif isinstance(tags, list):  # append to the list the data set has
                    patches[data_set_id] = [{"op": "add", "path": "/tags/-", "value": args.tag}]
                else:  # a data set without tags gets the list
                    patches[data_set_id] = [{"op": "add", "path": "/tags", "value": [args.tag]}]

        if not patches:
            print(f"nothing to tag: {len(names)} data sets in {len(store_ids)} stores matched")
            return 0
        result = await qlik.data_sets.patch_many(patches)
    for data_set_id in result.succeeded:
        print(f"tagged          {names[data_set_id]}")
    for data_set_id, error in result.failed.items():
        print(f"failed          {names[data_set_id]}: {error}")
    print(f"{len(result.succeeded)} tagged, {len(result.failed)} failed")
    return 0 if result.ok else 1


if __name__ == "__main__":
    try:
        sys.exit(anyio.run(main))
    except QlikError as exc:  # one line, not a traceback: no credentials, tenant unreachable...
        sys.exit(f"error: {exc}")
