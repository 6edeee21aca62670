"""Tenant to tenant: turn one tenant's catalog into a desired-state catalog for another,
matching by natural keys instead of ids (ids differ between tenants)."""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from qlik_catalog._json import dumps_compact, loads
from qlik_catalog.sync.catalog_file import CatalogFile, Entry
from qlik_catalog.sync.current import Current, DocsCurrent, Outline
from qlik_catalog.sync.kinds import CREATE_ORDER, KINDS, Kind
from qlik_catalog.sync.snapshot import Doc


def catalog_from_objects(objects: Mapping[str, Sequence[Doc]]) -> CatalogFile:
    """A :class:`CatalogFile` that recreates ``objects`` (an export, by kind) elsewhere: see
    :func:`catalog_from_current`."""
    return catalog_from_current(DocsCurrent(objects))


def catalog_from_current(current: Current) -> CatalogFile:
    """A :class:`CatalogFile` that recreates the catalog ``current`` holds elsewhere.

    Entries are keyed by technical name (by name for a kind keyed by name), so that plans and
    reports name what people know; each keeps its source id (:attr:`Entry.source_id`). A name
    that several objects of a kind share is qualified by the parent's key
    (``sales_db/orders.qvd``), and what still clashes (siblings of the same name, or a kind
    without parents) gets ``#2``, ``#3``... in creation order (then by id): the same source
    gives the same keys. The target matches by the technical name within the parent, whatever
    the key. The fields a kind does not copy (set by the tenant, or meaningful in the source
    only) are left out; so is an object whose parent is not copied, and so are members that
    are not."""
    entries: dict[str, dict[str, Entry]] = {kind.name: {} for kind in KINDS}
    copy = Copy(current)
    for kind in CREATE_ORDER:
        for entry in copy.entries(kind):
            entries[kind.name][entry.key] = entry
    return CatalogFile(entries=entries, managed=set(entries), source="copy")


class Packing:
    """How the entries of one kind of a copy hold their fields: compact JSON, deflated with
    the first entry's JSON as zlib's preset dictionary. Objects of a kind share most of their
    text (field names, a schema's shape), so that a data set's fields (about 900 bytes of
    JSON, a few KiB as dicts) take about 110 bytes."""

    # zlib's window: a preset dictionary's last 32 KiB are all it can refer to.
    WINDOW = 32 * 1024
    LEVEL = 6  # with a dictionary, as fast as level 1 (about 12 us a data set) and smaller

    def __init__(self) -> None:
        self.dictionary: bytes | None = None

    def pack(self, value: dict[str, Any]) -> bytes:
        """``value`` packed (the first value packed becomes the dictionary)."""
        data = dumps_compact(value)
        if self.dictionary is None:
            self.dictionary = data[-self.WINDOW :]
        # Raw deflate (negative window bits): no header nor checksum, it never leaves memory.
        packer = zlib.compressobj(
            self.LEVEL, zlib.DEFLATED, -15, 8, zlib.Z_DEFAULT_STRATEGY, self.dictionary
        )
        return packer.compress(data) + packer.flush()

    def unpack(self, packed: bytes) -> dict[str, Any]:
        """The value :meth:`pack` packed as ``packed``."""
        unpacker = zlib.decompressobj(-15, zdict=self.dictionary or b"")
        value: dict[str, Any] = loads(unpacker.decompress(packed) + unpacker.flush())
        return value


class CopiedEntry(Entry):
    """An entry a copy made, its fields held packed (:class:`Packing`) and decoded each time
    they are read: a copy holds an entry for every object of the source. Each read gives a
    new dict: set :attr:`fields` to change them."""

    _packed: bytes

    def __init__(
        self,
        kind: str,
        key: str,
        fields: dict[str, Any],
        parent: str | None = None,
        members: list[str] | None = None,
        origin: str | None = None,
        source_id: str | None = None,
        *,
        packing: Packing | None = None,
    ) -> None:
        self._packing = packing or Packing()
        members = [] if members is None else members
        super().__init__(kind, key, fields, parent, members, origin, source_id)

    @property
    def fields(self) -> dict[str, Any]:
        """The fields, as the source's object gave them (in its order)."""
        return self._packing.unpack(self._packed)

    @fields.setter
    def fields(self, value: dict[str, Any]) -> None:
        self._packed = self._packing.pack(value)

    def __eq__(self, other: object) -> bool:
        # As the entry a file gives with the same values (a dataclass's own test wants the
        # same class): a copy's entries stay comparable with those read back from a plan.
        if not isinstance(other, Entry):
            return NotImplemented
        return _values(self) == _values(other)

    __hash__ = None  # type: ignore[assignment]  # mutable, as Entry


def _values(entry: Entry) -> tuple[Any, ...]:
    return (
        entry.kind,
        entry.key,
        entry.fields,
        entry.parent,
        entry.members,
        entry.origin,
        entry.source_id,
    )


class Copy:
    """The entries that recreate ``current``'s catalog, a kind at a time (parents first): only
    the keys given so far are held, and one chunk of full objects, so that a caller writing
    each kind out (a pull) never holds the whole catalog twice."""

    def __init__(self, current: Current) -> None:
        self.current = current
        self.keys: dict[str, dict[str, str]] = {kind.name: {} for kind in KINDS}  # id -> key

    def entries(self, kind: Kind, *, by_key: bool = False) -> Iterator[Entry]:
        """The entries of ``kind``, in creation order (``by_key``: sorted by key); call it for
        each kind in :data:`~qlik_catalog.sync.kinds.CREATE_ORDER` (a child's entry names its
        parent's key). The keys are given at once, the entries as they are read (a chunk of
        full objects at a time)."""
        keyed = self._keyed(kind)
        if by_key:
            keyed.sort(key=lambda pair: pair[1])
        return self._read(kind, keyed)

    def _keyed(self, kind: Kind) -> list[tuple[Outline, str]]:
        """The objects of ``kind`` copied, each with its key (now held in :attr:`keys`)."""
        # Parents first, so that a child can tell whether its parent is copied, and its key.
        outlines = [o for o in self.current.in_creation_order(kind) if _copied(kind, o, self.keys)]
        keyed = list(zip(outlines, _unique_keys(kind, outlines, self.keys), strict=True))
        for outline, key in keyed:
            self.keys[kind.name][outline.id] = key
        return keyed

    def _read(self, kind: Kind, keyed: list[tuple[Outline, str]]) -> Iterator[Entry]:
        docs = self.current.docs(kind, [outline.id for outline, _ in keyed])
        packing = Packing()
        for (outline, key), (_, doc) in zip(keyed, docs, strict=True):
            yield _entry(kind, doc, key, outline, self.keys, packing)


def _copied(kind: Kind, outline: Outline, keys: dict[str, dict[str, str]]) -> bool:
    return kind.parent is None or outline.parent in keys[kind.parent.kind]


def _parent_key(kind: Kind, outline: Outline, keys: dict[str, dict[str, str]]) -> str | None:
    """The key of the object's parent (copied already), or None for a kind without parents."""
    if kind.parent is None:
        return None
    return keys[kind.parent.kind][outline.parent or ""]


def _unique_keys(kind: Kind, outlines: list[Outline], keys: dict[str, dict[str, str]]) -> list[str]:
    names = [outline.label for outline in outlines]
    shared = {name for name, count in Counter(names).items() if count > 1}
    taken: set[str] = set()
    out = []
    for outline, name in zip(outlines, names, strict=True):
        parent = _parent_key(kind, outline, keys)
        candidate = f"{parent}/{name}" if name in shared and parent is not None else name
        key, n = candidate, 2
        while key in taken:
            key, n = f"{candidate}#{n}", n + 1
        taken.add(key)
        out.append(key)
    return out


def _entry(
    kind: Kind,
    doc: Doc,
    key: str,
    outline: Outline,
    keys: dict[str, dict[str, str]],
    packing: Packing,
) -> Entry:
    members: list[str] = []
    if kind.members is not None:
        copied = keys[kind.members.kind]
        members = [copied[i] for i in kind.member_ids(doc) if i in copied]
    return CopiedEntry(
        kind.name,
        key,
        kind.copied_fields(doc),
        parent=_parent_key(kind, outline, keys),
        members=members,
        source_id=outline.id,
        packing=packing,
    )
