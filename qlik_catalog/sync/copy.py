"""Tenant to tenant: turn one tenant's catalog into a desired-state catalog for another,
matching by natural keys instead of ids (ids differ between tenants)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

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


class Copy:
    """The entries that recreate ``current``'s catalog, a kind at a time (parents first): only
    the keys given so far are held, and one chunk of full objects, so that a caller writing
    each kind out (a pull) never holds the whole catalog twice."""

    def __init__(self, current: Current) -> None:
        self.current = current
        self.keys: dict[str, dict[str, str]] = {kind.name: {} for kind in KINDS}  # id -> key

    def entries(self, kind: Kind) -> Iterator[Entry]:
        """The entries of ``kind``, in creation order; call it for each kind in
        :data:`~qlik_catalog.sync.kinds.CREATE_ORDER` (a child's entry names its parent's
        key)."""
        # Parents first, so that a child can tell whether its parent is copied, and its key.
        outlines = [o for o in self.current.in_creation_order(kind) if _copied(kind, o, self.keys)]
        keys = _unique_keys(kind, outlines, self.keys)
        for outline, key in zip(outlines, keys, strict=True):
            self.keys[kind.name][outline.id] = key
        docs = self.current.docs(kind, [outline.id for outline in outlines])
        for (outline, key), (_, doc) in zip(zip(outlines, keys, strict=True), docs, strict=True):
            yield _entry(kind, doc, key, outline, self.keys)


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
    kind: Kind, doc: Doc, key: str, outline: Outline, keys: dict[str, dict[str, str]]
) -> Entry:
    members: list[str] = []
    if kind.members is not None:
        copied = keys[kind.members.kind]
        members = [copied[i] for i in kind.member_ids(doc) if i in copied]
    return Entry(
        kind.name,
        key,
        kind.copied_fields(doc),
        parent=_parent_key(kind, outline, keys),
        members=members,
        source_id=outline.id,
    )
