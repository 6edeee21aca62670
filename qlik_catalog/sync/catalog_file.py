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

Reading a file checks it whole before anything is planned, and reports every problem at once
(:class:`~qlik_catalog.errors.CatalogFileError`): its structure (sections, keys, references)
and each entry's fields against the kind's create schema in the specs (unknown fields, with
the nearest known name; wrong types; values outside an enum). Whether an entry lacks a field
its create requires can only be known once the plan knows the entry is a create (the object
may exist already): :func:`create_problems` checks that, when planning.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from qlik_catalog.errors import CatalogFileError
from qlik_catalog.schema_check import schema_problems
from qlik_catalog.spec import bundled_spec
from qlik_catalog.sync.kinds import BY_NAME, BY_SECTION, KINDS, Kind

Problems = list[str]


@dataclass
class Entry:
    """One desired object: its key, its parent's key (or its members' keys), and its fields.
    ``origin``: where a file gave it (``dataSets[3] (orders)``); ``source_id``: the id of the
    object a copy made it from."""

    kind: str
    key: str
    fields: dict[str, Any]
    parent: str | None = None
    members: list[str] = field(default_factory=list)  # kinds with members (data products)
    origin: str | None = None
    source_id: str | None = None

    @property
    def data_sets(self) -> list[str]:
        """The keys of a data product's data sets (the name before ``members``)."""
        return self.members

    @property
    def where(self) -> str:
        """Where the entry is, for messages: its place in the file, or its kind and key."""
        return self.origin or f"{BY_NAME[self.kind].label} {self.key}"


@dataclass
class CatalogFile:
    """The desired state, by kind and key, which kinds the file manages, and where it came
    from (the file's path, for messages)."""

    entries: dict[str, dict[str, Entry]]
    managed: set[str]
    source: str = "catalog"


def load_catalog_file(path: str | Path) -> CatalogFile:
    """Read and check a catalog file (see the module's docstring); every problem found is
    raised at once, as one :class:`~qlik_catalog.errors.CatalogFileError`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogFileError(str(path), [f"cannot read the catalog file: {exc}"]) from exc
    try:
        raw = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        kind = "JSON" if path.suffix == ".json" else "YAML"
        raise CatalogFileError(str(path), [f"not valid {kind}: {exc}"]) from exc
    return parse_catalog(raw, source=str(path))


def parse_catalog(raw: Any, *, source: str = "catalog") -> CatalogFile:
    """Check a parsed catalog document and index it; ``source`` names it in messages."""
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise CatalogFileError(source, ["the top level must be a mapping of sections"])
    problems: Problems = []
    for name in raw:
        if name not in BY_SECTION:
            problems.append(
                f"{name}: unknown section{_nearest(str(name), BY_SECTION)}; "
                f"expected {', '.join(BY_SECTION)}"
            )
    entries: dict[str, dict[str, Entry]] = {kind.name: {} for kind in KINDS}
    for kind in KINDS:
        if kind.section in raw:
            entries[kind.name] = _section(kind, raw[kind.section], problems)
    _check_references(entries, problems)
    if problems:
        raise CatalogFileError(source, problems)
    managed = {kind.name for kind in KINDS if kind.section in raw}
    return CatalogFile(entries=entries, managed=managed, source=source)


def create_problems(kind: Kind, entry: Entry) -> Problems:
    """The fields the create of ``entry`` requires and it lacks (the references, which sync
    sets, and the fields the tenant sets are not among them)."""
    schema = _schemas()[kind.request_schema]
    properties: dict[str, Any] = schema.get("properties", {})
    return [
        f"{entry.where}: {name}: required field missing (no such {kind.label} exists, "
        "so the plan creates it)"
        for name in schema.get("required", [])
        if name not in entry.fields
        and name not in kind.reference_fields
        and not properties.get(name, {}).get("readOnly")
    ]


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = bundled_spec()["components"]["schemas"]
    return schemas


@cache
def _refused(kind: Kind) -> dict[str, str]:
    """What an entry of ``kind`` may not give (the tenant sets it, or sync does from a
    reference), each with the reason."""
    properties = _schemas()[kind.request_schema].get("properties", {})
    tenants = ("id", "version", *(name for name in properties if properties[name].get("readOnly")))
    refused = dict.fromkeys(tenants, "is set by the tenant")
    if kind.parent is not None:
        refused[kind.parent.info_field] = (
            f"is set from {kind.parent.file_field}, the key of its parent"
        )
    if kind.members is not None:
        label = BY_NAME[kind.members.kind].label
        refused[kind.members.doc_field] = f"is set from {kind.members.file_field}, {label} keys"
    return refused


@cache
def _file_schema(kind: Kind) -> dict[str, Any]:
    """The schema an entry of ``kind`` is checked against: the create schema without its
    required list (an entry may manage a few fields of an existing object; what a create needs
    is checked when planning) and without the refused fields, plus the file's own fields
    (checked apart, named here so that a misspelt one gets the right suggestion)."""
    schema = dict(_schemas()[kind.request_schema])
    schema.pop("required", None)
    own: dict[str, Any] = {"key": {"type": "string"}}
    if kind.parent is not None:
        own[kind.parent.file_field] = {}
    if kind.members is not None:
        own[kind.members.file_field] = {}
    properties = {
        name: prop
        for name, prop in schema.get("properties", {}).items()
        if name not in _refused(kind)
    }
    schema["properties"] = properties | own
    return schema


def _nearest(name: str, known: dict[str, Any]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _section(kind: Kind, items: Any, problems: Problems) -> dict[str, Entry]:
    items = items or []
    if not isinstance(items, list):
        problems.append(f"{kind.section}: must be a list")
        return {}
    entries: dict[str, Entry] = {}
    first: dict[str, int] = {}
    for index, item in enumerate(items):
        entry = _entry(kind, item, f"{kind.section}[{index}]", problems)
        if entry is None:
            continue
        if entry.key in entries:
            problems.append(
                f"{kind.section} has the key {entry.key!r} twice "
                f"({kind.section}[{first[entry.key]}] and {kind.section}[{index}])"
            )
            continue
        entries[entry.key] = entry
        first[entry.key] = index
    return entries


def _entry(kind: Kind, item: Any, where: str, problems: Problems) -> Entry | None:
    """The entry of ``item``, or None when it has no key (its other problems still count)."""
    if not isinstance(item, dict):
        problems.append(f"{where}: must be a mapping")
        return None
    fields = dict(item)
    explicit = fields.pop("key", None)
    key = explicit if explicit is not None else fields.get(kind.key_field)
    if not isinstance(key, str) or not key.strip():
        if key is None or isinstance(key, str):  # a key of another type: the schema says so
            problems.append(f"{where}: has no {kind.key_field} (or key)")
        key = None
    else:
        where = f"{where} ({key})"
    refused = _refused(kind)
    problems.extend(f"{where}: {name} {refused[name]}" for name in fields if name in refused)
    checked = {k: v for k, v in item.items() if k not in refused}
    problems.extend(f"{where}: {p}" for p in schema_problems(_file_schema(kind), checked))
    parent = _pop_parent(kind, fields, where, problems)
    members = _pop_members(kind, fields, where, problems)
    if key is None:
        return None
    return Entry(kind.name, key, fields, parent=parent, members=members, origin=where)


def _pop_parent(kind: Kind, fields: dict[str, Any], where: str, problems: Problems) -> str | None:
    if kind.parent is None:
        return None
    parent = fields.pop(kind.parent.file_field, None)
    if not isinstance(parent, str) or not parent:
        problems.append(f"{where}: needs {kind.parent.file_field}, the key of its parent")
        return None
    return parent


def _pop_members(kind: Kind, fields: dict[str, Any], where: str, problems: Problems) -> list[str]:
    if kind.members is None:
        return []
    members = fields.pop(kind.members.file_field, []) or []
    if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
        label = BY_NAME[kind.members.kind].label
        problems.append(f"{where}: {kind.members.file_field} must be a list of {label} keys")
        return []
    return list(members)


def _check_references(entries: dict[str, dict[str, Entry]], problems: Problems) -> None:
    for kind in KINDS:
        for entry in entries[kind.name].values():
            problems.extend(_entry_reference_problems(kind, entry, entries))


def _entry_reference_problems(
    kind: Kind, entry: Entry, entries: dict[str, dict[str, Entry]]
) -> Problems:
    problems: Problems = []
    if (
        kind.parent is not None
        and entry.parent is not None
        and entry.parent not in entries[kind.parent.kind]
    ):
        problems.append(
            f"{entry.where}: refers to {kind.parent.file_field} {entry.parent!r}, "
            "which the file does not define"
        )
    if kind.members is not None:
        label = BY_NAME[kind.members.kind].label
        problems.extend(
            f"{entry.where}: {kind.label} {entry.key!r} lists {label} {key!r}, "
            "which the file does not define"
            for key in entry.members
            if key not in entries[kind.members.kind]
        )
    return problems
