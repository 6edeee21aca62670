"""The tenant's current catalog as plan, copy and pull read it: compact outlines of every
object, and its full JSON fetched only for the objects compared or written.

Holding every object of a 100,000-data-set tenant as a dict costs about 700 MiB; an outline
(id, key, parent, space, members) costs a few hundred bytes. :class:`Current` holds outlines
by kind, in the snapshot's order (by id) and in creation order (what matching and copy keys
go by), and reads full objects in chunks of :data:`CHUNK` through :meth:`Current.docs`: from
the snapshot file (:class:`SnapshotCurrent`, what an export of the tenant leaves) or from
dicts already in memory (:class:`DocsCurrent`, for callers holding an export by kind).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qlik_catalog._json import loads
from qlik_catalog.sync.kinds import KINDS, Kind
from qlik_catalog.sync.snapshot import KINDS as TABLES
from qlik_catalog.sync.snapshot import Doc, Snapshot

# Full objects are read this many at a time: enough to make each read cheap, few enough that
# a chunk of large objects stays a few MiB.
CHUNK = 500
SPACES = "spaces"


@dataclass(frozen=True, slots=True)
class Outline:
    """What plan, copy and pull need of an object without its JSON: its ``id``; ``key``, its
    key field as text (``str(doc.get(key_field))``, what an entry's key is matched with);
    ``label``, its key field, else its name, else its id (what deletes and copies name it
    by); the id of its ``parent`` (None without one); its ``space_id``; the ids it lists
    (``member_ids``)."""

    id: str
    key: str
    label: str
    parent: str | None
    space_id: Any
    member_ids: tuple[str, ...] = ()

    def as_doc(self, kind: Kind) -> Doc:
        """The outline as the fields of a doc that the scope rule reads
        (:class:`~qlik_catalog.sync.scope.ScopeIndex`)."""
        doc: Doc = {"id": self.id, kind.key_field: self.key, "spaceId": self.space_id}
        if kind.parent is not None:
            doc[kind.parent.info_field] = {"id": self.parent}
        if kind.members is not None:
            doc[kind.members.doc_field] = list(self.member_ids)
        return doc


def label_of(kind: Kind, doc: Doc) -> str:
    """What an object is named by when no entry names it: its key field, else its name, else
    its id."""
    return str(doc.get(kind.key_field) or doc.get("name") or doc["id"])


class _Interned:
    """One string object per distinct value (parents and spaces repeat across thousands of
    objects: each read from a row or a JSON text would otherwise be a copy of its own)."""

    def __init__(self) -> None:
        self._seen: dict[Any, Any] = {}

    def __call__(self, value: Any) -> Any:
        return self._seen.setdefault(value, value)


def outline_of(kind: Kind, doc: Doc, intern: _Interned | None = None) -> Outline:
    """The :class:`Outline` of ``doc``, an object of ``kind``."""
    same = intern or _Interned()
    key = str(doc.get(kind.key_field))
    label = label_of(kind, doc)
    return Outline(
        id=str(doc["id"]),
        key=key,
        label=key if label == key else label,
        parent=same(kind.parent_id(doc)),
        space_id=same(doc.get("spaceId")),
        member_ids=tuple(kind.member_ids(doc)),
    )


class Current:
    """The current catalog by kind: outlines held, full objects read on demand. Build one with
    :class:`SnapshotCurrent` or :class:`DocsCurrent`."""

    def __init__(self) -> None:
        self._outlines: dict[str, list[Outline]] = {kind.name: [] for kind in KINDS}
        self._created: dict[str, list[Outline]] = {kind.name: [] for kind in KINDS}
        self._children: dict[str, dict[str, list[Outline]]] | None = None

    def _index(self, kind: Kind, docs: Iterable[Doc]) -> None:
        """Outline ``docs`` (in the order given) and order them by creation (then by id), as
        matching and copy keys take them."""
        created = TABLES[kind.snapshot].created_field
        intern = _Interned()
        order: list[tuple[str, str, Outline]] = []
        for doc in docs:
            outline = outline_of(kind, doc, intern)
            order.append((str(doc.get(created) or ""), outline.id, outline))
        self._outlines[kind.name] = [item[2] for item in order]
        order.sort(key=lambda item: (item[0], item[1]))
        self._created[kind.name] = [item[2] for item in order]

    def outlines(self, kind: Kind) -> list[Outline]:
        """Every object of ``kind``, in the order the export holds them."""
        return self._outlines[kind.name]

    def in_creation_order(self, kind: Kind) -> list[Outline]:
        """Every object of ``kind``, oldest first (then by id)."""
        return self._created[kind.name]

    def children(self, kind: Kind, parent_id: str) -> list[Outline]:
        """The objects of ``kind`` living in the object ``parent_id``, in export order."""
        if self._children is None:
            self._children = {}
            for child in KINDS:
                by_parent: dict[str, list[Outline]] = {}
                for outline in self._outlines[child.name]:
                    if outline.parent is not None:
                        by_parent.setdefault(outline.parent, []).append(outline)
                self._children[child.name] = by_parent
        return self._children[kind.name].get(parent_id, [])

    def spaces(self) -> list[Doc]:
        """The tenant's spaces, as Qlik sent them (scopes name spaces)."""
        raise NotImplementedError

    def _read(self, kind: Kind, ids: Sequence[str]) -> dict[str, Doc]:
        """The full objects of ``ids`` (at most :data:`CHUNK`), by id."""
        raise NotImplementedError

    def docs(self, kind: Kind, ids: Iterable[str]) -> Iterator[tuple[str, Doc]]:
        """``(id, full object)`` for each of ``ids``, in their order, read :data:`CHUNK` at a
        time (only a chunk is held)."""
        chunk: list[str] = []
        for object_id in ids:
            chunk.append(object_id)
            if len(chunk) == CHUNK:
                yield from self._chunk(kind, chunk)
                chunk = []
        if chunk:
            yield from self._chunk(kind, chunk)

    def _chunk(self, kind: Kind, ids: list[str]) -> Iterator[tuple[str, Doc]]:
        found = self._read(kind, ids)
        for object_id in ids:
            yield object_id, found[object_id]

    def selected(self, keep: Mapping[str, set[str]]) -> Current:
        """A view holding only the objects whose ids ``keep`` lists, by kind."""
        return _Selected(self, keep)

    def scope_docs(self) -> Mapping[str, list[Doc]]:
        """Every object as the fields the scope rule reads, by kind, built a kind at a time
        (what :class:`~qlik_catalog.sync.scope.ScopeIndex` takes)."""
        return _ScopeDocs(self)


class _ScopeDocs(Mapping[str, list[Doc]]):
    """The outlines of a kind as docs, made when asked for (one kind's at a time)."""

    def __init__(self, current: Current) -> None:
        self._current = current
        self._kinds = {kind.name: kind for kind in KINDS}

    def __getitem__(self, name: str) -> list[Doc]:
        kind = self._kinds[name]
        return [outline.as_doc(kind) for outline in self._current.outlines(kind)]

    def __iter__(self) -> Iterator[str]:
        return iter(self._kinds)

    def __len__(self) -> int:
        return len(self._kinds)


class _Selected(Current):
    """Part of another :class:`Current` (a slice), reading its objects through it."""

    def __init__(self, whole: Current, keep: Mapping[str, set[str]]) -> None:
        super().__init__()
        self._whole = whole
        for kind in KINDS:
            held = keep.get(kind.name, set())
            self._outlines[kind.name] = [o for o in whole.outlines(kind) if o.id in held]
            self._created[kind.name] = [o for o in whole.in_creation_order(kind) if o.id in held]

    def spaces(self) -> list[Doc]:
        return self._whole.spaces()

    def _read(self, kind: Kind, ids: Sequence[str]) -> dict[str, Doc]:
        return self._whole._read(kind, ids)


class DocsCurrent(Current):
    """The current catalog from dicts: every object of each kind (as named in :mod:`.kinds`),
    and the ``spaces``, as an export by kind holds them."""

    def __init__(self, objects: Mapping[str, Sequence[Doc]]) -> None:
        super().__init__()
        self._by_id: dict[str, dict[str, Doc]] = {}
        for kind in KINDS:
            docs = objects.get(kind.name, [])
            self._index(kind, docs)
            self._by_id[kind.name] = {str(doc["id"]): doc for doc in docs}
        self._spaces = list(objects.get(SPACES, []))

    def spaces(self) -> list[Doc]:
        return self._spaces

    def _read(self, kind: Kind, ids: Sequence[str]) -> dict[str, Doc]:
        docs = self._by_id[kind.name]
        return {object_id: docs[object_id] for object_id in ids}


class SnapshotCurrent(Current):
    """The current catalog from a snapshot file, read once for the outlines (an object at a
    time) and again, by id, for the objects compared. Close it (or use it in ``with``) to
    let the file go."""

    def __init__(self, path: str | Path) -> None:
        super().__init__()
        self.path = Path(path)
        with Snapshot(self.path) as snapshot:
            for kind in KINDS:
                self._index(kind, snapshot.objects(kind.snapshot))
            self._spaces = list(snapshot.objects(SPACES))
        # A connection of its own, read-only: what :meth:`_read` asks by id.
        self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    def __enter__(self) -> SnapshotCurrent:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def spaces(self) -> list[Doc]:
        return self._spaces

    def _read(self, kind: Kind, ids: Sequence[str]) -> dict[str, Doc]:
        table = TABLES[kind.snapshot].table
        marks = ", ".join("?" * len(ids))
        rows = self._db.execute(f"SELECT id, json FROM {table} WHERE id IN ({marks})", list(ids))
        found = rows.fetchall()
        # One decode for the chunk: the decoder then makes one string per distinct field name
        # in it, where a decode per object would copy every name into every object.
        docs = loads("[" + ",".join(str(raw) for _, raw in found) + "]")
        return {str(object_id): doc for (object_id, _), doc in zip(found, docs, strict=True)}


def as_current(current: Current | Mapping[str, Sequence[Doc]]) -> Current:
    """``current`` as a :class:`Current` (dicts by kind are wrapped)."""
    return current if isinstance(current, Current) else DocsCurrent(current)
