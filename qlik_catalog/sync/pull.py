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

The file is written as it is made, a section and an entry at a time (the objects read from
the snapshot a chunk at a time), into a temporary file that takes the file's name once whole:
a pull of 100,000 data sets grows by about 60 MiB, not by the 1.2 GiB of the whole text and
its entries. A file its reader would refuse (larger than
:func:`~qlik_catalog.sync.catalog_file.max_file_bytes`, or as YAML more values than
:data:`~qlik_catalog.sync.catalog_file.MAX_YAML_NODES`) is not written: a pulled file can
always be planned.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from qlik_catalog.errors import QlikValueError
from qlik_catalog.sync import catalog_file
from qlik_catalog.sync.catalog_file import Entry, file_fields, in_mib
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
    # The content (sections of entries, as :func:`catalog_document` gives them) of a pull
    # without a file: what a program works on. A pull to a file writes it as it is made and
    # holds none of it (100,000 data sets would take gigabytes): :attr:`catalog` reads it back.
    # Left out of repr and of :meth:`as_dict`, which a command prints.
    document: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def catalog(self) -> dict[str, Any]:
        """The catalog's content: the one pulled without a file, else read from the file
        written (each time it is asked for)."""
        if self.document is not None or self.path is None:
            return self.document or {}
        loaded: dict[str, Any] = catalog_file.read_catalog_document(self.path)
        return loaded

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
    sections in creation order, entries sorted by key (see :func:`sections_of`)."""
    return {
        name: list(value) if _is_items(value) else value
        for name, value in sections_of(current, scope=scope)
    }


def sections_of(current: Current, *, scope: Scope | None = None) -> Iterator[tuple[str, Any]]:
    """The catalog file's content for ``current``, a section at a time: ``("scope", its
    mapping)`` if ``scope`` is given, then ``(section, its entries)`` for every kind in
    creation order, the entries sorted by key and made as they are read (consume each before
    the next: a child's entry names its parent's key)."""
    copy = Copy(current)
    if scope is not None:
        yield "scope", scope.as_dict()
    # Every section, also of a kind the scope leaves out: those entries are what the others
    # refer to (a data set's asset), looked up by plans, never changed.
    for kind in KINDS:
        yield kind.section, (_item(kind, entry) for entry in copy.entries(kind, by_key=True))


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
    return "".join(rendered(document.items(), as_json=as_json, source=source))


def rendered(sections: Iterable[tuple[str, Any]], *, as_json: bool, source: str) -> Iterator[str]:
    """The file's text for ``sections`` (name and value; a section of entries may be any
    iterable, read once), a piece at a time: the text of :func:`render` without ever holding
    all of it (nor all the entries)."""
    return json_text(sections) if as_json else yaml_text(sections, source=source)


# What json.dumps(..., indent=2, ensure_ascii=False) does with one value: entries are dumped
# one at a time with it and indented to their place (a newline in JSON text is always
# structure: one inside a string is escaped), which gives the text of the whole at once.
_JSON = json.JSONEncoder(indent=2, ensure_ascii=False)


def json_text(sections: Iterable[tuple[str, Any]]) -> Iterator[str]:
    """``json.dumps(dict(sections), indent=2, ensure_ascii=False) + "\\n"``, a section and an
    entry at a time: a value that is neither a mapping nor a string but iterable is written
    as a list of its items."""
    written = False
    for name, value in sections:
        yield ",\n  " if written else "{\n  "
        written = True
        yield f"{_JSON.encode(name)}: "
        if _is_items(value):
            yield from _json_list(value)
        else:
            yield _JSON.encode(value).replace("\n", "\n  ")
    yield "\n}\n" if written else "{}\n"


def _is_items(value: Any) -> bool:
    return isinstance(value, Iterable) and not isinstance(value, dict | str | bytes)


def _json_list(items: Iterable[Any]) -> Iterator[str]:
    """A list at the second level (a section's entries), an item at a time."""
    written = False
    for item in items:
        yield ",\n    " if written else "[\n    "
        written = True
        yield _JSON.encode(item).replace("\n", "\n    ")
    yield "\n  ]" if written else "[]"


# Entries are dumped this many at a time: a dump's own setup costs as much as a few entries.
YAML_BATCH = 200


def yaml_text(sections: Iterable[tuple[str, Any]], *, source: str) -> Iterator[str]:
    """The YAML file (a header naming ``source``, then ``yaml.dump`` of ``dict(sections)``
    with the options of :func:`_yaml_dump`), a section and a batch of entries at a time: a
    top-level block sequence is its items' blocks one after the other."""
    yield HEADER.format(source=source)
    written = False
    for name, value in sections:
        written = True
        if not _is_items(value):
            yield _yaml_dump({name: value})
            continue
        batch: list[Any] = []
        started = False
        for item in value:
            batch.append(item)
            if len(batch) == YAML_BATCH:
                yield _yaml_dump(batch) if started else _yaml_dump({name: batch})
                started, batch = True, []
        if batch or not started:
            yield _yaml_dump(batch) if started else _yaml_dump({name: batch})
    if not written:
        yield _yaml_dump({})


def _yaml_dump(value: Any) -> str:
    # libyaml's emitter when present (several times faster), else PyYAML's own: same text.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text: str = yaml.dump(
        value,
        Dumper=dumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return text


# What the file is written in: a few pieces at a time, joined, so that each write is large.
WRITE_BUFFER = 1 << 20


def write_atomically(
    path: Path,
    text: str | Iterable[str],
    *,
    max_bytes: int | None = None,
    too_large: Callable[[], Exception] | None = None,
) -> int:
    """Write ``text`` (or its pieces, as they come) to ``path`` whole or not at all (a reader
    never sees half a file), with the permissions a new file gets (the temporary file's 0600
    would hide it from a team); the bytes written. Past ``max_bytes`` it stops and raises
    ``too_large()`` (a :class:`QlikValueError` without it), leaving ``path`` as it was."""
    pieces = (text,) if isinstance(text, str) else text
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)
            size = 0
            for data in _encoded(pieces):
                size += len(data)
                if max_bytes is not None and size > max_bytes:
                    if too_large is not None:
                        raise too_large()
                    raise QlikValueError(f"{path}: larger than {max_bytes} bytes; not written")
                file.write(data)
            # On disk before it takes the old file's name: a crash right after the rename
            # must not leave an empty catalog file where a whole one was.
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return size


def _encoded(pieces: Iterable[str]) -> Iterator[bytes]:
    """``pieces`` as UTF-8, joined up to :data:`WRITE_BUFFER` characters a write."""
    held: list[str] = []
    length = 0
    for piece in pieces:
        held.append(piece)
        length += len(piece)
        if length >= WRITE_BUFFER:
            yield "".join(held).encode("utf-8")
            held, length = [], 0
    if held:
        yield "".join(held).encode("utf-8")


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
    target = None if out is None else Path(out)
    if from_snapshot is not None:
        source = f"the snapshot {Path(from_snapshot).name}"
        with SnapshotCurrent(_snapshot_file(from_snapshot)) as current:
            # A sliced snapshot holds the slice (and what it refers to) only: the file must
            # say so, or a prune of it would delete the rest of the tenant.
            sliced_as = snapshot_scope(from_snapshot)
            if sliced_as is not None:
                scope = sliced_as if scope is None else sliced_as.narrowed(scope)
            return _pulled(current, scope, target, source, started)
    if qlik is None:
        raise QlikValueError("pull needs a client, or from_snapshot")
    async with reading_current(qlik, progress=progress) as current:
        return _pulled(current, scope, target, qlik.base_url, started)


def _pulled(
    current: Current, scope: Scope | None, target: Path | None, source: str, started: float
) -> PullSummary:
    """Pull ``current`` (narrowed to ``scope``) into ``target``, or into the summary."""
    current, scope = _narrowed(current, scope)
    if target is None:
        document = document_of(current, scope=scope)
        counts = {kind.name: len(document.get(kind.section, [])) for kind in KINDS}
        return PullSummary(None, counts, time.monotonic() - started, document)
    counter = _Counter()
    as_json = target.suffix == ".json"
    sections = counter.sections(sections_of(current, scope=scope), as_json=as_json, path=target)
    limit = catalog_file.max_file_bytes(target)
    write_atomically(
        target,
        rendered(sections, as_json=as_json, source=source),
        max_bytes=limit,
        too_large=lambda: QlikValueError(_too_large(target, limit)),
    )
    return PullSummary(str(target), counter.counts, time.monotonic() - started)


def _too_large(target: Path, limit: int) -> str:
    """Why the file ``target`` is not written: it would be larger than a catalog file read
    back may be."""
    if target.suffix == ".json":
        instead = "pull a slice of the tenant into each file instead (--space, --store, --kind)"
    else:
        instead = (
            f"write it as JSON instead ({target.with_suffix('.json')}), which may be up to "
            f"{in_mib(catalog_file.MAX_JSON_FILE_BYTES)}"
        )
    return (
        f"{target}: the catalog is larger than a catalog file may be "
        f"({in_mib(limit)}, so that reading it back stays cheap), and could not be planned "
        f"from: {instead}; nothing was written"
    )


class _Counter:
    """Counts the entries of each kind as they pass on their way to the file, and for a
    YAML file the values too, refusing one that a YAML catalog file could not hold."""

    def __init__(self) -> None:
        self.counts = {kind.name: 0 for kind in KINDS}
        self.values = 1  # the top mapping

    def sections(
        self, sections: Iterable[tuple[str, Any]], *, as_json: bool, path: Path
    ) -> Iterator[tuple[str, Any]]:
        """``sections``, counted as they are read."""
        kinds = {kind.section: kind.name for kind in KINDS}
        for name, value in sections:
            self._add(1, path, as_json)  # the section's key
            if name in kinds:
                yield name, self._items(kinds[name], value, path, as_json)
            else:
                self._add(count_values(value), path, as_json)
                yield name, value

    def _items(self, kind: str, items: Iterable[Any], path: Path, as_json: bool) -> Iterator[Any]:
        self._add(1, path, as_json)  # the section's list
        for item in items:
            self.counts[kind] += 1
            if not as_json:
                self._add(count_values(item), path, as_json)
            yield item

    def _add(self, values: int, path: Path, as_json: bool) -> None:
        self.values += values
        if not as_json and self.values > catalog_file.MAX_YAML_NODES:
            raise QlikValueError(
                f"{path}: the catalog has more than {catalog_file.MAX_YAML_NODES:,} values, the "
                "most a YAML catalog file may hold (so that reading it stays cheap): write it "
                f"as JSON instead ({path.with_suffix('.json')}), which has no bound on values; "
                "nothing was written"
            )


def _narrowed(current: Current, scope: Scope | None) -> tuple[Current, Scope | None]:
    """``current`` narrowed to ``scope`` (then declared in the file), if any."""
    if scope is None or scope.is_everything:
        return current, None
    outlines = current.scope_docs()
    held = ScopeIndex(scope, outlines, current.spaces()).select(outlines)
    keep = {name: {str(doc["id"]) for doc in docs} for name, docs in held.items()}
    return current.selected(keep), scope
