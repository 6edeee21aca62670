"""The desired catalog, as a YAML or JSON file::

    dataStores:
      - technicalName: lake            # the key others refer to (or give `key:`)
        name: Lake
        type: snowflake
    dataAssets:
      - technicalName: sales_db
        dataStore: lake                # a store's key
        appType: QIX-DF
    dataSets:
      - technicalName: orders.qvd
        dataAsset: sales_db            # an asset's key
        qri: "qri:db:snowflake://lake#orders"
        secureQri: "qri:db:snowflake://lake#1f2e"
    dataProducts:
      - name: Sales                    # keyed by name
        dataSets: [orders.qvd]         # data set keys
        description: Monthly sales

Every other field is sent to the API as written; fields left out are left alone. The sections,
keys and reference fields are those of :mod:`qlik_catalog.sync.kinds`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from qlik_catalog.errors import QlikValueError
from qlik_catalog.sync.kinds import BY_NAME, BY_SECTION, KINDS, REFUSED_IN_FILES, Kind


@dataclass
class Entry:
    """One desired object: its key, its parent's key (or its members' keys), and its fields."""

    kind: str
    key: str
    fields: dict[str, Any]
    parent: str | None = None
    members: list[str] = field(default_factory=list)  # kinds with members (data products)

    @property
    def data_sets(self) -> list[str]:
        """The keys of a data product's data sets (the name before ``members``)."""
        return self.members


@dataclass
class CatalogFile:
    """The desired state, by kind and key, and which kinds the file manages."""

    entries: dict[str, dict[str, Entry]]
    managed: set[str]


def load_catalog_file(path: str | Path) -> CatalogFile:
    """Read and check a catalog file: unique keys, known sections, every reference resolved."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise QlikValueError(f"cannot read the catalog file {path}: {exc}") from exc
    try:
        raw = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        kind = "JSON" if path.suffix == ".json" else "YAML"
        raise QlikValueError(f"{path} is not valid {kind}: {exc}") from exc
    return parse_catalog(raw, source=str(path))


def parse_catalog(raw: Any, *, source: str = "catalog") -> CatalogFile:
    """Check a parsed catalog document and index it."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise QlikValueError(f"{source}: the top level must be a mapping of sections")
    unknown = sorted(set(raw) - set(BY_SECTION))
    if unknown:
        raise QlikValueError(
            f"{source}: unknown section(s) {', '.join(unknown)}; expected {', '.join(BY_SECTION)}"
        )
    entries: dict[str, dict[str, Entry]] = {kind.name: {} for kind in KINDS}
    for kind in KINDS:
        if kind.section in raw:
            entries[kind.name] = _section(kind, raw[kind.section], source)
    _check_references(entries, source)
    managed = {kind.name for kind in KINDS if kind.section in raw}
    return CatalogFile(entries=entries, managed=managed)


def _section(kind: Kind, items: Any, source: str) -> dict[str, Entry]:
    items = items or []
    if not isinstance(items, list):
        raise QlikValueError(f"{source}: {kind.section} must be a list")
    entries: dict[str, Entry] = {}
    for index, item in enumerate(items):
        entry = _entry(kind, item, where=f"{source}: {kind.section}[{index}]")
        if entry.key in entries:
            raise QlikValueError(f"{source}: {kind.section} has the key {entry.key!r} twice")
        entries[entry.key] = entry
    return entries


def _entry(kind: Kind, item: Any, *, where: str) -> Entry:
    if not isinstance(item, dict):
        raise QlikValueError(f"{where} must be a mapping")
    fields = dict(item)
    explicit = fields.pop("key", None)
    key = explicit if explicit is not None else fields.get(kind.key_field)
    if not isinstance(key, str) or not key.strip():
        raise QlikValueError(f"{where} has no {kind.key_field} (or key)")
    where = f"{where} ({key})"
    parent = _pop_parent(kind, fields, where)
    members = _pop_members(kind, fields, where)
    for refused in REFUSED_IN_FILES:
        if refused in fields:
            raise QlikValueError(f"{where}: {refused} is set by the tenant or through references")
    return Entry(kind=kind.name, key=key, fields=fields, parent=parent, members=members)


def _pop_parent(kind: Kind, fields: dict[str, Any], where: str) -> str | None:
    if kind.parent is None:
        return None
    parent = fields.pop(kind.parent.file_field, None)
    if not isinstance(parent, str) or not parent:
        raise QlikValueError(f"{where} needs {kind.parent.file_field}: the key of its parent")
    return parent


def _pop_members(kind: Kind, fields: dict[str, Any], where: str) -> list[str]:
    if kind.members is None:
        return []
    members = fields.pop(kind.members.file_field, []) or []
    if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
        label = BY_NAME[kind.members.kind].label
        raise QlikValueError(f"{where}: {kind.members.file_field} must be a list of {label} keys")
    return list(members)


def _check_references(entries: dict[str, dict[str, Entry]], source: str) -> None:
    for kind in KINDS:
        for entry in entries[kind.name].values():
            _check_entry_references(kind, entry, entries, source)


def _check_entry_references(
    kind: Kind, entry: Entry, entries: dict[str, dict[str, Entry]], source: str
) -> None:
    if kind.parent is not None and entry.parent not in entries[kind.parent.kind]:
        raise QlikValueError(
            f"{source}: {entry.key!r} refers to {kind.parent.file_field} {entry.parent!r}, "
            "which the file does not define"
        )
    if kind.members is None:
        return
    for key in entry.members:
        if key not in entries[kind.members.kind]:
            raise QlikValueError(
                f"{source}: {kind.label} {entry.key!r} lists {BY_NAME[kind.members.kind].label} "
                f"{key!r}, which the file does not define"
            )
