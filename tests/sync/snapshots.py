"""Checks on exported snapshots shared by the export tests (tests/sync, tests/reliability)."""

from __future__ import annotations

from pathlib import Path

from qlik_catalog.emulator import Emulator
from qlik_catalog.sync import Snapshot

# The snapshot kind -> the emulator state's attribute holding the tenant's objects of it.
STATE_OF = {
    "spaces": "spaces",
    "data_stores": "data_stores",
    "data_assets": "data_assets",
    "data_sets": "data_sets",
    "data_products": "data_products",
}


def assert_exact(snapshot_path: Path, emulator: Emulator) -> None:
    """Assert that the snapshot holds exactly the emulated tenant's objects, as it serves them."""
    with Snapshot(snapshot_path) as snapshot:
        for kind, attr in STATE_OF.items():
            expected = {doc["id"]: doc for doc in getattr(emulator.state, attr).values()}
            got = {doc["id"]: doc for doc in snapshot.objects(kind)}
            assert got.keys() == expected.keys(), kind
            for object_id, doc in expected.items():
                # The emulator adds links to spaces as it answers; everything else is verbatim.
                assert without_links(got[object_id]) == without_links(doc), (kind, object_id)


def without_links(doc: dict[str, object]) -> dict[str, object]:
    """``doc`` without its ``links`` (which the emulator adds to spaces as it answers)."""
    return {k: v for k, v in doc.items() if k != "links"}
