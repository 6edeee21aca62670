"""Find the data stores that hold no data assets, and delete them (only with ``--yes``).

Run it::

    export QLIK_TENANT_URL=acme.eu.qlikcloud.com QLIK_API_KEY=...
    python clean_up_empty_stores.py          # a dry run: lists the empty stores, deletes nothing
    python clean_up_empty_stores.py --yes    # deletes them

Two listings find them, whatever the size of the tenant: every store, and every data asset of
every store (``list_data_assets("*")``, only the fields needed). The deletes go through the
batch endpoint (``delete_many``); every store's outcome is printed, and the exit code is 1 if
any failed (Qlik refuses to delete a store that got an asset in the meantime).
"""

from __future__ import annotations

import argparse
import sys

import anyio

from qlik_catalog import QlikCatalog, QlikError


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="list them only (the default)")
    mode.add_argument("--yes", action="store_true", help="delete them")
    args = parser.parse_args()

    async with QlikCatalog.from_env() as qlik:
        stores = {
            str(store.id): str(store.technical_name or store.name)
            async for store in qlik.data_stores.list(projections=["id", "name", "technicalName"])
        }
        in_use = {
            asset.data_store_info.id
            async for asset in qlik.data_stores.list_data_assets(
                "*", projections=["id", "dataStoreInfo"]
            )
            if asset.data_store_info
        }
        empty = sorted(
            (name, store_id) for store_id, name in stores.items() if store_id not in in_use
        )
        if not empty:
            print(f"no empty data stores among {len(stores)}")
            return 0
        if not args.yes:
            for name, store_id in empty:
                print(f"would delete  {name} ({store_id})")
            print(f"{len(empty)} of {len(stores)} data stores are empty; --yes deletes them")
            return 0
        result = await qlik.data_stores.delete_many([store_id for _, store_id in empty])
    for name, store_id in empty:
        if store_id in result.failed:
            print(f"failed        {name}: {result.failed[store_id]}")
        else:
            print(f"deleted       {name} ({store_id})")
    print(f"{len(result.succeeded)} deleted, {len(result.failed)} failed")
    return 0 if result.ok else 1


if __name__ == "__main__":
    try:
        sys.exit(anyio.run(main))
    except QlikError as exc:  # one line, not a traceback: no credentials, tenant unreachable...
        sys.exit(f"error: {exc}")
