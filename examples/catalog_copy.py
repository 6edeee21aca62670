"""Copy one tenant's catalog to another: print the plan, and carry it out with ``--apply``.

Run it (needs ``pip install "qlik-catalog[cli]"``), with the two tenants from the environment::

    export QLIK_SOURCE_TENANT_URL=acme-dev.eu.qlikcloud.com QLIK_SOURCE_API_KEY=...
    export QLIK_TARGET_TENANT_URL=acme.eu.qlikcloud.com QLIK_TARGET_API_KEY=...
    python catalog_copy.py              # the plan only
    python catalog_copy.py --apply      # make the target match

or from two profiles of the profiles file (see the README's "Configuration")::

    python catalog_copy.py dev prod --apply

Objects are matched by technical name (data products by name) within their parent, so running
it again changes nothing. ``--prune`` also deletes what the source lacks. Spaces and owners
are not copied. The exit code is 1 if any change failed.
"""

from __future__ import annotations

import argparse
import os
import sys

import anyio

from qlik_catalog import QlikCatalog, QlikError, QlikValueError
from qlik_catalog.profiles import client_for
from qlik_catalog.sync.plan import Change

MARKS = {"create": "+", "update": "~", "delete": "-"}


def tenant_from_env(side: str) -> QlikCatalog:
    """The client of ``QLIK_<SIDE>_TENANT_URL`` and ``QLIK_<SIDE>_API_KEY``."""
    url = os.environ.get(f"QLIK_{side}_TENANT_URL")
    key = os.environ.get(f"QLIK_{side}_API_KEY")
    if not url or not key:
        raise QlikValueError(
            f"set QLIK_{side}_TENANT_URL and QLIK_{side}_API_KEY, or give two profile names"
        )
    return QlikCatalog(url, api_key=key)


def label(change: Change) -> str:
    """What a person recognises a change by: the technical name (or name) it creates or
    updates, else its key."""
    fields = change.entry.fields if change.entry is not None else {}
    return str(fields.get("technicalName") or fields.get("name") or change.key)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profiles", nargs="*", metavar="PROFILE", help="source and target")
    parser.add_argument("--apply", action="store_true", help="carry out the plan")
    parser.add_argument("--prune", action="store_true", help="delete what the source lacks")
    args = parser.parse_args()
    if len(args.profiles) not in (0, 2):
        parser.error("give two profile names (source, target), or none to use the environment")

    if args.profiles:
        source, target = client_for(args.profiles[0]), client_for(args.profiles[1])
    else:
        source, target = tenant_from_env("SOURCE"), tenant_from_env("TARGET")
    async with source, target:
        plan = await source.catalog.plan_copy_to(target, prune=args.prune)
        for change in plan.changes:
            print(f"{MARKS[change.action]} {change.kind} {label(change)}")
        counts = plan.counts()
        print(
            f"plan: {counts['create']} to create, {counts['update']} to update, "
            f"{counts['delete']} to delete"
        )
        if plan.is_empty or not args.apply:
            return 0
        report = await target.catalog.apply(plan)
    for outcome in report.outcomes:
        if not outcome.ok:
            print(f"failed {outcome.action} {outcome.kind} {outcome.key}: {outcome.error}")
    done = report.counts()
    print(f"applied: {done['succeeded']} succeeded, {done['failed']} failed")
    return 0 if report.ok else 1


if __name__ == "__main__":
    try:
        sys.exit(anyio.run(main))
    except QlikError as exc:  # one line, not a traceback: no credentials, tenant unreachable...
        sys.exit(f"error: {exc}")
