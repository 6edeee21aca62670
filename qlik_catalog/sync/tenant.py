"""Reading a tenant's current catalog for planning (a full export into a temporary file)."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from qlik_catalog.sync.current import SnapshotCurrent
from qlik_catalog.sync.export import Progress, export_catalog
from qlik_catalog.sync.kinds import KINDS
from qlik_catalog.sync.snapshot import Doc, Snapshot

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog


@asynccontextmanager
async def reading_current(
    qlik: QlikCatalog, *, progress: Progress | None = None
) -> AsyncIterator[SnapshotCurrent]:
    """The tenant's catalog as a :class:`~qlik_catalog.sync.current.Current`, for the body of
    the ``async with``: exported into a temporary snapshot, of which only outlines are held
    (full objects are read from the file when compared); the file is removed after.
    ``progress`` is told as the tenant is read, as by an export: (snapshot kind, items so
    far, total)."""
    with tempfile.TemporaryDirectory(prefix="qlik-catalog-") as tmp:
        path = Path(tmp) / "current.db"
        await export_catalog(qlik, path, progress=progress)
        with SnapshotCurrent(path) as current:
            yield current


async def read_catalog(
    qlik: QlikCatalog, *, progress: Progress | None = None
) -> dict[str, list[Doc]]:
    """Every catalog object of the tenant, by kind (as named in :mod:`.kinds`), and its
    ``spaces`` (scopes name spaces), all held as dicts: for a program that wants them (plan,
    copy and pull read the tenant through :func:`reading_current` instead, in bounded
    memory). ``progress`` as for :func:`reading_current`."""
    with tempfile.TemporaryDirectory(prefix="qlik-catalog-") as tmp:
        path = Path(tmp) / "current.db"
        await export_catalog(qlik, path, progress=progress)
        with Snapshot(path) as snapshot:
            objects = {kind.name: list(snapshot.objects(kind.snapshot)) for kind in KINDS}
            objects["spaces"] = list(snapshot.objects("spaces"))
            return objects
