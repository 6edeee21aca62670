"""Tenant to tenant: turn one tenant's catalog into a desired-state catalog for another,
matching by natural keys instead of ids (ids differ between tenants)."""

from __future__ import annotations

from collections import Counter

from qlik_catalog.sync.catalog_file import CatalogFile, Entry
from qlik_catalog.sync.kinds import CREATE_ORDER, KINDS, Kind
from qlik_catalog.sync.snapshot import KINDS as TABLES
from qlik_catalog.sync.snapshot import Doc


def catalog_from_objects(objects: dict[str, list[Doc]]) -> CatalogFile:
    """A :class:`CatalogFile` that recreates ``objects`` (an export, by kind) elsewhere.

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
    keys: dict[str, dict[str, str]] = {kind.name: {} for kind in KINDS}  # kind -> id -> key
    # Parents first, so that a child can tell whether its parent is copied, and its key.
    for kind in CREATE_ORDER:
        docs = [doc for doc in _in_creation_order(kind, objects) if _copied(kind, doc, keys)]
        for doc, key in zip(docs, _unique_keys(kind, docs, keys), strict=True):
            keys[kind.name][str(doc["id"])] = key
            entries[kind.name][key] = _entry(kind, doc, key, keys)
    return CatalogFile(entries=entries, managed=set(entries), source="copy")


def _in_creation_order(kind: Kind, objects: dict[str, list[Doc]]) -> list[Doc]:
    created = TABLES[kind.snapshot].created_field
    docs = objects.get(kind.name, [])
    return sorted(docs, key=lambda doc: (str(doc.get(created) or ""), str(doc["id"])))


def _copied(kind: Kind, doc: Doc, keys: dict[str, dict[str, str]]) -> bool:
    return kind.parent is None or kind.parent_id(doc) in keys[kind.parent.kind]


def _parent_key(kind: Kind, doc: Doc, keys: dict[str, dict[str, str]]) -> str | None:
    """The key of ``doc``'s parent (copied already), or None for a kind without parents."""
    if kind.parent is None:
        return None
    return keys[kind.parent.kind][kind.parent_id(doc) or ""]


def _name(kind: Kind, doc: Doc) -> str:
    return str(doc.get(kind.key_field) or doc.get("name") or doc["id"])


def _unique_keys(kind: Kind, docs: list[Doc], keys: dict[str, dict[str, str]]) -> list[str]:
    names = [_name(kind, doc) for doc in docs]
    shared = {name for name, count in Counter(names).items() if count > 1}
    taken: set[str] = set()
    out = []
    for doc, name in zip(docs, names, strict=True):
        parent = _parent_key(kind, doc, keys)
        candidate = f"{parent}/{name}" if name in shared and parent is not None else name
        key, n = candidate, 2
        while key in taken:
            key, n = f"{candidate}#{n}", n + 1
        taken.add(key)
        out.append(key)
    return out


def _entry(kind: Kind, doc: Doc, key: str, keys: dict[str, dict[str, str]]) -> Entry:
    members: list[str] = []
    if kind.members is not None:
        copied = keys[kind.members.kind]
        members = [copied[i] for i in kind.member_ids(doc) if i in copied]
    return Entry(
        kind.name,
        key,
        kind.copied_fields(doc),
        parent=_parent_key(kind, doc, keys),
        members=members,
        source_id=str(doc["id"]),
    )
