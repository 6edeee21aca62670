"""Slices of a tenant: the part of the catalog a file (or a command) manages.

A scope names spaces (by id or name), store patterns (shell-style, on a store's technical
name) and kinds. An object is in scope when its kind is, it is in one of the spaces (when any
are named), and it lives under a store that matches (when patterns are given): a data asset
under a matching store, a data set under such an asset. A data product lives in no store: it
is in scope when every data set it lists is (with store patterns, one listing none is not).

Planning matches a file's entries against the whole tenant (so that an object outside the
scope is never created twice), refuses an entry whose object lies outside the scope, and
deletes (``--prune``) only objects inside it: whatever the scope leaves out is never touched.

A catalog file declares its scope in a ``scope:`` section::

    scope:
      spaces: [Finance]            # ids or names
      stores: ["fin_*"]
      kinds: [dataStores, dataAssets, dataSets]   # sections (or kind names)

``--space``, ``--store`` and ``--kind`` narrow it further (each given dimension replaces
"everything", or is intersected with what the file declares).
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from qlik_catalog.errors import QlikValueError
from qlik_catalog.sync.kinds import BY_NAME, BY_SECTION, KINDS, Kind

Doc = dict[str, Any]
FIELDS = ("spaces", "stores", "kinds")


def kind_names(values: Iterable[str], *, where: str) -> frozenset[str]:
    """Kind names from sections (``dataSets``) or kind names (``data_sets``)."""
    names = set()
    for value in values:
        kind = BY_SECTION.get(value) or BY_NAME.get(value)
        if kind is None:
            known = ", ".join(k.section for k in KINDS)
            raise QlikValueError(f"{where}: unknown kind {value!r} (one of {known})")
        names.add(kind.name)
    return frozenset(names)


@dataclass(frozen=True)
class Scope:
    """Spaces (ids or names; empty: all), store patterns (groups: a store must match a pattern
    of every group; empty: all) and kinds (None: all)."""

    spaces: frozenset[str] = frozenset()
    stores: tuple[tuple[str, ...], ...] = ()
    kinds: frozenset[str] | None = None

    @classmethod
    def of(
        cls,
        *,
        spaces: Iterable[str] = (),
        stores: Iterable[str] = (),
        kinds: Iterable[str] | None = None,
    ) -> Scope:
        """A scope from plain lists (``kinds`` as sections or kind names)."""
        patterns = tuple(stores)
        return cls(
            spaces=frozenset(spaces),
            stores=(patterns,) if patterns else (),
            kinds=None if kinds is None else kind_names(kinds, where="kinds"),
        )

    @property
    def is_everything(self) -> bool:
        """True when the scope leaves nothing out."""
        return not self.spaces and not self.stores and self.kinds is None

    def narrowed(self, other: Scope) -> Scope:
        """The scope within both ``self`` and ``other``."""
        if self.spaces and other.spaces:
            spaces = self.spaces & other.spaces
            if not spaces:
                raise QlikValueError("the spaces given and the file's scope have none in common")
        else:
            spaces = self.spaces or other.spaces
        if self.kinds is not None and other.kinds is not None:
            kinds: frozenset[str] | None = self.kinds & other.kinds
        else:
            kinds = self.kinds if self.kinds is not None else other.kinds
        return Scope(spaces=spaces, stores=self.stores + other.stores, kinds=kinds)

    def has_kind(self, kind: Kind) -> bool:
        """Whether objects of ``kind`` are managed at all."""
        return self.kinds is None or kind.name in self.kinds

    def store_matches(self, technical_name: str) -> bool:
        """Whether a store's technical name matches a pattern of every group."""
        return all(
            any(fnmatch.fnmatchcase(technical_name, pattern) for pattern in group)
            for group in self.stores
        )

    def as_dict(self) -> dict[str, Any]:
        """A JSON-friendly form (only what the scope limits)."""
        out: dict[str, Any] = {}
        if self.spaces:
            out["spaces"] = sorted(self.spaces)
        if len(self.stores) == 1:
            out["stores"] = list(self.stores[0])  # as a file's scope: section writes it
        elif self.stores:
            out["stores"] = [list(group) for group in self.stores]
        if self.kinds is not None:
            out["kinds"] = sorted(self.kinds)
        return out


def scope_from_file(raw: Any) -> tuple[Scope, list[str]]:
    """The scope a catalog file's ``scope:`` section declares, and the problems found in it."""
    if raw is None:
        return Scope(), []
    if not isinstance(raw, Mapping):
        return Scope(), ["scope: must be a mapping of spaces, stores and kinds"]
    problems = [
        f"scope.{name}: unknown field (expected spaces, stores or kinds)"
        for name in raw
        if name not in FIELDS
    ]
    lists: dict[str, list[str]] = {}
    for name in FIELDS:
        value = raw.get(name)
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            problems.append(f"scope.{name}: must be a list of names")
            continue
        lists[name] = value
    kinds = None
    if "kinds" in lists:
        try:
            kinds = kind_names(lists["kinds"], where="scope.kinds")
        except QlikValueError as exc:
            problems.append(str(exc))
    patterns = tuple(lists.get("stores", []))
    scope = Scope(
        spaces=frozenset(lists.get("spaces", [])),
        stores=(patterns,) if patterns else (),
        kinds=kinds,
    )
    return scope, problems


class ScopeIndex:
    """Which of the tenant's objects a scope holds (space names resolved by ``spaces``)."""

    def __init__(self, scope: Scope, current: Mapping[str, list[Doc]], spaces: list[Doc]) -> None:
        self.scope = scope
        ids = {str(s["id"]) for s in spaces}
        by_name = {str(s.get("name")): str(s["id"]) for s in spaces}
        unknown = sorted(s for s in scope.spaces if s not in ids and s not in by_name)
        if unknown:
            raise QlikValueError(
                f"no such space: {', '.join(unknown)} (give a space's id or its name)"
            )
        self.space_ids = frozenset(s if s in ids else by_name[s] for s in scope.spaces)
        self._held: dict[str, set[str]] = {kind.name: set() for kind in KINDS}
        for kind in KINDS:
            for doc in current.get(kind.name, []):
                if self._selects(kind, doc):
                    self._held[kind.name].add(str(doc["id"]))

    def _in_spaces(self, doc: Doc) -> bool:
        return not self.space_ids or str(doc.get("spaceId")) in self.space_ids

    def _selects(self, kind: Kind, doc: Doc) -> bool:
        """Whether ``doc`` passes the space and store filters (kinds before it are done)."""
        if not self._in_spaces(doc):
            return False
        if kind.parent is not None:
            return kind.parent_id(doc) in self._held[kind.parent.kind]
        if kind.members is not None:
            # In the slice only with what it lists: a product half outside it would be
            # managed by two slices.
            members = kind.member_ids(doc)
            if not members:
                return not self.scope.stores
            return all(m in self._held[kind.members.kind] for m in members)
        return self.scope.store_matches(str(doc.get(kind.key_field) or ""))

    def select(self, current: Mapping[str, list[Doc]]) -> dict[str, list[Doc]]:
        """The objects of ``current`` in the scope's spaces and stores, by kind, of every
        kind: those of kinds it leaves out are what the others refer to (a pull writes them
        to be looked up, never managed)."""
        return {
            kind.name: [
                d for d in current.get(kind.name, []) if str(d["id"]) in self._held[kind.name]
            ]
            for kind in KINDS
        }

    def holds(self, kind: Kind, doc: Doc) -> bool:
        """Whether the scope holds ``doc`` (an object of ``kind``)."""
        return self.scope.has_kind(kind) and str(doc["id"]) in self._held[kind.name]
