"""A data store as Qlik answers it, for the tests that put one on the wire."""

from __future__ import annotations

from tests.wire import TENANT

STORES = f"{TENANT}/api/v1/data-stores"


def store(i: int) -> dict[str, object]:
    return {"id": f"s{i}", "name": f"Store {i}", "type": "qix-datafiles", "technicalName": f"t{i}"}
