"""Tenant to tenant: turn one tenant's catalog into a desired-state catalog for another,
matching by natural keys instead of ids (ids differ between tenants)."""

from __future__ import annotations

from qlik_catalog.sync.catalog_file import CatalogFile, Entry
from qlik_catalog.sync.kinds import CREATE_ORDER, KINDS, Kind
from qlik_catalog.sync.snapshot import Doc


def catalog_from_objects(objects: dict[str, list[Doc]]) -> CatalogFile:
    """A :class:`CatalogFile` that recreates ``objects`` (an export, by kind) elsewhere.
    Keys are ids of the source, so that two objects with the same technical name in different
    parents stay apart. The fields a kind does not copy (set by the tenant, or meaningful in
    the source only) are left out; so is an object whose parent is not copied, and so are
    members that are not."""
    entries: dict[str, dict[str, Entry]] = {kind.name: {} for kind in KINDS}
    # Parents first, so that a child can tell whether its parent is copied.
    for kind in CREATE_ORDER:
        for doc in objects.get(kind.name, []):
            entry = _entry(kind, doc, entries)
            if entry is not None:
                entries[kind.name][entry.key] = entry
    return CatalogFile(entries=entries, managed=set(entries))


def _entry(kind: Kind, doc: Doc, entries: dict[str, dict[str, Entry]]) -> Entry | None:
    parent = kind.parent_id(doc)
    if kind.parent is not None and parent not in entries[kind.parent.kind]:
        return None
    members: list[str] = []
    if kind.members is not None:
        copied = entries[kind.members.kind]
        members = [i for i in kind.member_ids(doc) if i in copied]
    fields = kind.copied_fields(doc)
    return Entry(kind.name, doc["id"], fields, parent=parent, members=members)
