"""Planning: what it takes to bring a tenant to a catalog file's desired state.

Objects are matched by their kind's key field (:mod:`qlik_catalog.sync.kinds`), within the
same parent: a store by its technical name, an asset by its store and technical name, and so
on. Only the fields a file entry gives (and the kind may patch) are compared and changed.
Updates are JSON Patch operations; where the kind allows it they are led by a ``test`` of the
``version`` read at planning time, so a concurrent change makes the update fail (409) instead
of overwriting it. Where it does not (data products), the change records what it expects to
find (:attr:`Change.expected`) and apply reads the object again before patching it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from qlik_catalog.errors import CatalogFileError
from qlik_catalog.sync.catalog_file import CatalogFile, Entry, create_problems
from qlik_catalog.sync.current import Current, Outline, as_current
from qlik_catalog.sync.kinds import (
    BY_NAME,
    CREATE_ORDER,
    DELETE_ORDER,
    KINDS,
    Kind,
    Members,
    field_of,
    pointer,
)
from qlik_catalog.sync.scope import ScopeIndex
from qlik_catalog.sync.snapshot import Doc


@dataclass(frozen=True)
class FieldChange:
    """One field an update changes: its value as the plan read it, and the value wanted
    (members by key: a data product's data sets)."""

    field: str
    old: Any
    new: Any

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form."""
        return {"field": self.field, "old": self.old, "new": self.new}


@dataclass
class Change:
    """One planned change. ``key``: the object's key in the catalog file (in a copy, its
    technical name, made unique); ``id``: the tenant's id of the object updated or deleted;
    ``ops``: the JSON Patch of an update; ``entry``: what to create; ``expected``: for an update
    of a kind whose PATCH takes no version test, the fields as the plan read them, which apply
    checks are unchanged before patching; ``diff``: each field an update changes, old and new;
    ``takes``: what a delete takes with it (the objects inside the one deleted, as
    ``(kind, key)``); ``stamp``: the object's version (or last-change time) as the plan read
    it, which the apply of a saved plan checks before it changes the object."""

    kind: str
    key: str
    action: str  # "create", "update" or "delete"
    id: str | None = None
    entry: Entry | None = None
    ops: list[dict[str, Any]] = field(default_factory=list)
    expected: dict[str, Any] = field(default_factory=dict)
    diff: list[FieldChange] = field(default_factory=list)
    takes: list[tuple[str, str]] = field(default_factory=list)
    stamp: dict[str, Any] = field(default_factory=dict)

    @property
    def source_id(self) -> str | None:
        """In a copy, the id of the source tenant's object this change makes (else None)."""
        return self.entry.source_id if self.entry is not None else None

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form, for ``--json`` and reports: an update's ``diff`` (old and
        new per field) and JSON Patch ``ops``, a create's ``fields``, a delete's ``takes``."""
        out: dict[str, Any] = {"kind": self.kind, "key": self.key, "action": self.action}
        if self.id:
            out["id"] = self.id
        if self.source_id:
            out["source_id"] = self.source_id
        if self.action == "create" and self.entry is not None:
            out["fields"] = self.entry.fields
            if self.entry.parent is not None:
                out["parent"] = self.entry.parent
            if self.entry.members:
                out["members"] = self.entry.members
        if self.diff:
            out["diff"] = [d.as_dict() for d in self.diff]
        if self.ops:
            out["ops"] = self.ops
        if self.takes:
            out["takes"] = [{"kind": kind, "key": key} for kind, key in self.takes]
        return out


@dataclass
class Plan:
    """The changes, in the order they would be applied (deletes last, children first)."""

    changes: list[Change]
    existing_ids: dict[str, dict[str, str]]  # kind -> key -> id of matched objects
    # Where a saved plan was read from (None: made just now). Applying a saved plan checks
    # each object is as the plan read it, since time has passed (:mod:`.saved_plan`).
    saved_from: str | None = None

    @property
    def is_empty(self) -> bool:
        """True when the tenant already matches the file."""
        return not self.changes

    def counts(self) -> dict[str, int]:
        """How many creates, updates and deletes."""
        out = {"create": 0, "update": 0, "delete": 0}
        for change in self.changes:
            out[change.action] += 1
        return out

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form."""
        return {"counts": self.counts(), "changes": [c.as_dict() for c in self.changes]}


@dataclass
class _Matched:
    """The tenant objects matched so far, both ways: a child finds its parent's id here, and a
    member list is compared by keys, not ids."""

    ids: dict[str, dict[str, str]] = field(default_factory=lambda: {k.name: {} for k in KINDS})
    keys: dict[str, dict[str, str]] = field(default_factory=lambda: {k.name: {} for k in KINDS})

    def add(self, kind: Kind, key: str, id: str) -> None:
        self.ids[kind.name][key] = id
        self.keys[kind.name][id] = key


def make_plan(
    desired: CatalogFile,
    current: Current | Mapping[str, Sequence[Doc]],
    *,
    prune: bool = False,
    check_creates: bool = True,
) -> Plan:
    """Compare the desired state with the tenant's and list the changes. ``current`` is the
    tenant as exported: a :class:`~qlik_catalog.sync.current.Current` (which reads the
    objects compared from the snapshot, holding outlines only) or every object by kind.

    With ``check_creates`` (the default), an entry to be created that lacks a field its create
    requires is refused before anything is written: every such problem is raised at once, as
    a :class:`~qlik_catalog.errors.CatalogFileError` naming ``desired.source``. (A copy leaves
    it to each create: one odd object of the source should not stop the others.)"""
    tenant = as_current(current)
    matched = _Matched()
    changes: list[Change] = []
    scope = desired.scope
    index = None if scope.is_everything else ScopeIndex(scope, tenant.scope_docs(), tenant.spaces())
    problems: list[str] = []
    # Parents first, so that a child is matched within its parent's id.
    for kind in CREATE_ORDER:
        entries = desired.entries.get(kind.name, {})
        planned = _plan_kind(kind, entries, tenant, matched)
        if scope.has_kind(kind):
            outside = _outside(kind, planned, index)
            if desired.strict_scope:
                problems += [f"{c.kind} {c.key} ({c.id}) is outside the scope" for c in outside]
            # Narrowed by --space & co.: what lies outside is another slice's, left alone.
            left_out = {id(c) for c in outside}
            planned = [c for c in planned if id(c) not in left_out]
            problems += _created_outside(kind, planned, index)
            changes += planned
        else:
            # A kind the scope leaves out is only looked up (to resolve references), never
            # created or changed.
            problems += [
                f"{entries[c.key].where}: no such {kind.label} in the tenant, and the scope "
                f"leaves {kind.section} out: it would not be created"
                for c in planned
                if c.action == "create"
            ]
    if problems:
        raise CatalogFileError(desired.source, problems)
    if check_creates:
        _check_creates(desired, changes)
    if prune:
        for kind in DELETE_ORDER:
            if kind.name in desired.managed:  # a kind the file leaves out is not managed by it
                changes += _plan_deletes(kind, tenant, matched, index)
    return Plan(changes=changes, existing_ids=matched.ids)


def _outside(kind: Kind, planned: list[Change], index: ScopeIndex | None) -> list[Change]:
    """The updates of objects the scope does not hold (another slice's objects)."""
    if index is None:
        return []
    return [
        c
        for c in planned
        if c.action == "update" and c.id is not None and not index.holds(kind, {"id": c.id})
    ]


def _created_outside(kind: Kind, planned: list[Change], index: ScopeIndex | None) -> list[str]:
    """Creates a space slice would make outside its spaces: an object created without one of
    the slice's spaces would belong to no slice, and its plans could never see it again."""
    if index is None or not index.space_ids:
        return []
    return [
        f"{c.entry.where}: the slice is of spaces {sorted(index.scope.spaces)}: give it "
        f"spaceId (one of {sorted(index.space_ids)}) to create it inside"
        for c in planned
        if c.action == "create"
        and c.entry is not None
        and str(c.entry.fields.get("spaceId")) not in index.space_ids
    ]


def _check_creates(desired: CatalogFile, changes: list[Change]) -> None:
    problems = [
        problem
        for change in changes
        if change.action == "create" and change.entry is not None
        for problem in create_problems(BY_NAME[change.kind], change.entry)
    ]
    if problems:
        raise CatalogFileError(desired.source, problems)


def _plan_kind(
    kind: Kind, entries: dict[str, Entry], current: Current, matched: _Matched
) -> list[Change]:
    # Objects sharing a key are matched one to one, oldest first (entries in file order): a
    # copy of two siblings with the same technical name matches the two copied before.
    index: dict[tuple[str | None, str], list[Outline]] = {}
    for outline in current.in_creation_order(kind):
        index.setdefault((outline.parent, outline.key), []).append(outline)
    # Matched first (from outlines), then compared a chunk of objects at a time: only the
    # objects an entry matched are read in full, and never all at once.
    pairs: list[tuple[str, Entry, str | None]] = []
    for key, entry in entries.items():
        match = _find(kind, entry, index, matched)
        if match is not None:
            matched.add(kind, key, match.id)
        pairs.append((key, entry, None if match is None else match.id))
    docs = current.docs(kind, [found_id for _, _, found_id in pairs if found_id is not None])
    changes = []
    for key, entry, found_id in pairs:
        if found_id is None:
            changes.append(Change(kind.name, key, "create", entry=entry))
            continue
        _, found = next(docs)
        ops = _update_ops(kind, found, entry, matched)
        if ops:
            changes.append(
                Change(
                    kind.name,
                    key,
                    "update",
                    id=found_id,
                    entry=entry,
                    ops=ops,
                    expected=kind.guarded(found, ops),
                    diff=_diff(kind, found, ops, matched),
                    stamp=kind.stamp(found),
                )
            )
    return changes


def _find(
    kind: Kind,
    entry: Entry,
    index: dict[tuple[str | None, str], list[Outline]],
    matched: _Matched,
) -> Outline | None:
    """The oldest object not matched yet with ``entry``'s key, in its parent (taken out of
    ``index``)."""
    parent_id = None
    if kind.parent is not None:
        parent_id = matched.ids[kind.parent.kind].get(entry.parent or "")
        if parent_id is None:  # the parent is still to be created, and so is its child
            return None
    found = index.get((parent_id, str(entry.fields.get(kind.key_field, entry.key))))
    return found.pop(0) if found else None


def _update_ops(kind: Kind, doc: Doc, entry: Entry, matched: _Matched) -> list[dict[str, Any]]:
    wanted = {
        k: v for k, v in entry.fields.items() if kind.patchable is None or k in kind.patchable
    }
    ops = _patch_ops(doc, wanted, replace_only=kind.replace_only)
    if kind.members is not None:
        ops += _members_ops(kind.members, doc, entry, matched)
    if ops and kind.version_guard:
        ops.insert(0, {"op": "test", "path": pointer("version"), "value": doc.get("version")})
    return ops


def _patch_ops(current: Doc, wanted: dict[str, Any], *, replace_only: bool) -> list[dict[str, Any]]:
    ops = []
    for name, value in sorted(wanted.items()):
        if current.get(name) != value:
            op = "replace" if replace_only or name in current else "add"
            ops.append({"op": op, "path": pointer(name), "value": value})
    return ops


def _members_ops(
    members: Members, doc: Doc, entry: Entry, matched: _Matched
) -> list[dict[str, Any]]:
    # Compared as keys: an id the plan did not match stays an id, so it never equals a key.
    keys = matched.keys[members.kind]
    current = [keys.get(i, f"id:{i}") for i in doc.get(members.doc_field) or []]
    if sorted(current) == sorted(entry.members):
        return []
    value = {members.marker: list(entry.members)}
    return [{"op": "replace", "path": pointer(members.doc_field), "value": value}]


def _diff(kind: Kind, doc: Doc, ops: list[dict[str, Any]], matched: _Matched) -> list[FieldChange]:
    """Old and new value of each field ``ops`` change (members as keys, as the file has them)."""
    out = []
    for op in ops:
        if op.get("op") == "test":
            continue
        name = field_of(str(op["path"]))
        value = op.get("value")
        old = doc.get(name)
        if kind.members is not None and name == kind.members.doc_field:
            keys = matched.keys[kind.members.kind]
            old = [keys.get(i, f"id:{i}") for i in old or []]
            value = value.get(kind.members.marker) if isinstance(value, dict) else value
        out.append(FieldChange(name, old, value))
    return out


def _plan_deletes(
    kind: Kind, current: Current, matched: _Matched, index: ScopeIndex | None
) -> list[Change]:
    """The objects of ``kind`` no entry matched (and the scope holds): deleted."""
    gone = [
        outline
        for outline in current.outlines(kind)
        if outline.id not in matched.keys[kind.name]
        and (index is None or index.holds(kind, {"id": outline.id}))
    ]
    docs = current.docs(kind, [outline.id for outline in gone])
    return [
        Change(
            kind.name,
            outline.label,
            "delete",
            id=outline.id,
            takes=_inside(kind, outline.id, current),
            stamp=kind.stamp(doc),
        )
        for outline, (_, doc) in zip(gone, docs, strict=True)
    ]


def _inside(kind: Kind, id: str, current: Current) -> list[tuple[str, str]]:
    """The objects inside object ``id`` of ``kind`` (its assets, their data sets...): what
    deleting it takes with it, as ``(kind, key)``."""
    found: list[tuple[str, str]] = []
    for child in KINDS:
        if child.parent is None or child.parent.kind != kind.name:
            continue
        for outline in current.children(child, id):
            found.append((child.name, outline.label))
            found += _inside(child, outline.id, current)
    return found
