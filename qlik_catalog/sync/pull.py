"""Pull: a tenant (or a snapshot of one) written as a catalog file, to start managing an
existing catalog as code.

The file holds what a person manages and nothing the tenant sets: for each object the fields
its kind's create schema takes (less ids, versions, timestamps, owners and spaces), the key of
its parent and, for a data product, the keys of its data sets. Keys are technical names
(products: names), made unique as a copy makes them (qualified by the parent's key, then
numbered in creation order) and written as ``key:`` only where they differ from the technical
name. Entries are sorted by key and fields by name, with no timestamp in the file: pulling the
same tenant twice gives the same bytes, and ``plan`` of a freshly pulled file against the
tenant it came from is empty.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from qlik_catalog.errors import QlikValueError
from qlik_catalog.sync.catalog_file import MAX_YAML_NODES, Entry, file_fields
from qlik_catalog.sync.copy import Copy
from qlik_catalog.sync.current import Current, DocsCurrent, SnapshotCurrent
from qlik_catalog.sync.export import Progress
from qlik_catalog.sync.export_slice import scope_of_snapshot
from qlik_catalog.sync.kinds import KINDS, Kind
from qlik_catalog.sync.scope import Scope, ScopeIndex
from qlik_catalog.sync.snapshot import Doc, Snapshot
from qlik_catalog.sync.tenant import reading_current

if TYPE_CHECKING:
    from qlik_catalog.client import QlikCatalog

HEADER = "# A qlik-catalog catalog file, written by qlik-catalog pull from {source}.\n"


@dataclass
class PullSummary:
    """What a pull made: the file it wrote (None when it wrote none), the entries of each
    kind, how long it took, and the catalog itself, as the data the file holds."""

    path: str | None
    counts: dict[str, int]
    seconds: float
    # The file's content (sections of entries, as :func:`catalog_document` gives them): what
    # a program pulling without a file works on. Left out of repr and of :meth:`as_dict`,
    # which a command prints (10,000 data sets would flood a terminal).
    catalog: dict[str, Any] = field(default_factory=dict, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form (without :attr:`catalog`)."""
        return {"catalog": self.path, "counts": self.counts, "seconds": round(self.seconds, 3)}


def catalog_document(
    objects: Mapping[str, Sequence[Doc]], *, scope: Scope | None = None
) -> dict[str, Any]:
    """The catalog file's content for ``objects`` (a tenant read by kind): see
    :func:`document_of`."""
    return document_of(DocsCurrent(objects), scope=scope)


def document_of(current: Current, *, scope: Scope | None = None) -> dict[str, Any]:
    """The catalog file's content for ``current``: the ``scope`` it declares (if any), then
    sections in creation order, entries sorted by key. Made a kind at a time: the entries of
    one kind are held only until its section is written."""
    copy = Copy(current)
    document: dict[str, Any] = {}
    if scope is not None:
        document["scope"] = scope.as_dict()
    # Every section, also of a kind the scope leaves out: those entries are what the others
    # refer to (a data set's asset), looked up by plans, never changed.
    for kind in KINDS:
        entries = {entry.key: entry for entry in copy.entries(kind)}
        document[kind.section] = [_item(kind, entries[key]) for key in sorted(entries)]
    return document


def _item(kind: Kind, entry: Entry) -> dict[str, Any]:
    """One entry as the file writes it."""
    wanted = file_fields(kind)
    item: dict[str, Any] = {}
    if str(entry.fields.get(kind.key_field)) != entry.key:
        item["key"] = entry.key
    item.update({k: v for k, v in sorted(entry.fields.items()) if k in wanted})
    if kind.parent is not None and entry.parent is not None:
        item[kind.parent.file_field] = entry.parent
    if kind.members is not None:
        item[kind.members.file_field] = sorted(entry.members)
    return item


def count_values(value: Any) -> int:
    """How many values (mappings, lists, scalars and keys) ``value`` holds, as the YAML
    reader counts them."""
    if isinstance(value, dict):
        return 1 + sum(1 + count_values(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(count_values(v) for v in value)
    return 1


def render(document: dict[str, Any], *, as_json: bool, source: str) -> str:
    """The file's text: YAML (with a header naming ``source``) or JSON."""
    if as_json:
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    # libyaml's emitter when present (several times faster), else PyYAML's own: same text.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body = yaml.dump(
        document,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return HEADER.format(source=source) + body


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (a reader never sees half a file), with
    the permissions a new file gets (the temporary file's 0600 would hide it from a team)."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
            file.write(text)
            # On disk before it takes the old file's name: a crash right after the rename
            # must not leave an empty catalog file where a whole one was.
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def read_snapshot(path: str | Path) -> dict[str, list[Doc]]:
    """Every catalog object of a snapshot file, by kind (no tenant is called)."""
    target = _snapshot_file(path)
    with Snapshot(target) as snapshot:
        objects = {kind.name: list(snapshot.objects(kind.snapshot)) for kind in KINDS}
        objects["spaces"] = list(snapshot.objects("spaces"))
        return objects


def _snapshot_file(path: str | Path) -> Path:
    target = Path(path)
    if not target.is_file():
        raise QlikValueError(f"--from-snapshot {target}: no such file")
    return target


def snapshot_scope(path: str | Path) -> Scope | None:
    """The slice a snapshot was exported as (None: the whole tenant)."""
    with Snapshot(Path(path)) as snapshot:
        return scope_of_snapshot(snapshot)


async def pull_catalog(
    qlik: QlikCatalog | None,
    out: str | Path | None = None,
    *,
    from_snapshot: str | Path | None = None,
    progress: Progress | None = None,
    scope: Scope | None = None,
) -> PullSummary:
    """Write the tenant's catalog (or ``from_snapshot``'s) to ``out`` as a catalog file: JSON
    when ``out`` ends in ``.json``, else YAML; without ``out``, only return it (as
    :attr:`PullSummary.catalog`). With ``scope``, only that slice, and the file declares it
    (``scope:``), so that its plans and prunes stay inside the slice."""
    started = time.monotonic()
    if from_snapshot is not None:
        source = f"the snapshot {Path(from_snapshot).name}"
        with SnapshotCurrent(_snapshot_file(from_snapshot)) as current:
            # A sliced snapshot holds the slice (and what it refers to) only: the file must
            # say so, or a prune of it would delete the rest of the tenant.
            sliced_as = snapshot_scope(from_snapshot)
            if sliced_as is not None:
                scope = sliced_as if scope is None else sliced_as.narrowed(scope)
            document = _document(current, scope)
    else:
        if qlik is None:
            raise QlikValueError("pull needs a client, or from_snapshot")
        source = qlik.base_url
        async with reading_current(qlik, progress=progress) as current:
            document = _document(current, scope)
    counts = {kind.name: len(document.get(kind.section, [])) for kind in KINDS}
    if out is None:
        return PullSummary(None, counts, time.monotonic() - started, document)
    target = Path(out)
    as_json = target.suffix == ".json"
    values = count_values(document)
    if not as_json and values > MAX_YAML_NODES:
        raise QlikValueError(
            f"{target}: the catalog has {values:,} values, more than a YAML catalog file may "
            f"hold ({MAX_YAML_NODES:,}, so that reading it stays cheap): write it as JSON "
            f"instead ({target.with_suffix('.json')}), which has no such limit"
        )
    write_atomically(target, render(document, as_json=as_json, source=source))
    return PullSummary(str(target), counts, time.monotonic() - started, document)


def _document(current: Current, scope: Scope | None) -> dict[str, Any]:
    """The file's content for ``current``, narrowed to ``scope`` (declared in it) if any."""
    if scope is None or scope.is_everything:
        return document_of(current)
    outlines = current.scope_docs()
    held = ScopeIndex(scope, outlines, current.spaces()).select(outlines)
    keep = {name: {str(doc["id"]) for doc in docs} for name, docs in held.items()}
    return document_of(current.selected(keep), scope=scope)
