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

Every other field is sent to the API as written; fields left out are left alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from qlik_catalog.errors import QlikValueError

SECTIONS = {
    "dataStores": "data_stores",
    "dataAssets": "data_assets",
    "dataSets": "data_sets",
    "dataProducts": "data_products",
}
# The reference field of each kind, and the kind it points to.
PARENT = {"data_assets": ("dataStore", "data_stores"), "data_sets": ("dataAsset", "data_assets")}


@dataclass
class Entry:
    """One desired object: its key, its parent's key (or data set keys), and its fields."""

    kind: str
    key: str
    fields: dict[str, Any]
    parent: str | None = None
    data_sets: list[str] = field(default_factory=list)  # data products only


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
    unknown = sorted(set(raw) - set(SECTIONS))
    if unknown:
        raise QlikValueError(
            f"{source}: unknown section(s) {', '.join(unknown)}; expected {', '.join(SECTIONS)}"
        )
    entries: dict[str, dict[str, Entry]] = {kind: {} for kind in SECTIONS.values()}
    managed = set()
    for section, kind in SECTIONS.items():
        if section not in raw:
            continue
        managed.add(kind)
        items = raw[section] or []
        if not isinstance(items, list):
            raise QlikValueError(f"{source}: {section} must be a list")
        for index, item in enumerate(items):
            entry = _entry(kind, item, where=f"{source}: {section}[{index}]")
            if entry.key in entries[kind]:
                raise QlikValueError(f"{source}: {section} has the key {entry.key!r} twice")
            entries[kind][entry.key] = entry
    _check_references(entries, source)
    return CatalogFile(entries=entries, managed=managed)


def _entry(kind: str, item: Any, *, where: str) -> Entry:
    if not isinstance(item, dict):
        raise QlikValueError(f"{where} must be a mapping")
    fields = dict(item)
    explicit = fields.pop("key", None)
    natural = fields.get("name") if kind == "data_products" else fields.get("technicalName")
    key = explicit if explicit is not None else natural
    if not isinstance(key, str) or not key.strip():
        what = "name" if kind == "data_products" else "technicalName (or key)"
        raise QlikValueError(f"{where} has no {what}")
    parent = None
    if kind in PARENT:
        ref_field = PARENT[kind][0]
        parent = fields.pop(ref_field, None)
        if not isinstance(parent, str) or not parent:
            raise QlikValueError(f"{where} ({key}) needs {ref_field}: the key of its parent")
    data_sets: list[str] = []
    if kind == "data_products":
        data_sets = fields.pop("dataSets", []) or []
        if not isinstance(data_sets, list) or not all(isinstance(d, str) for d in data_sets):
            raise QlikValueError(f"{where} ({key}): dataSets must be a list of data set keys")
    for forbidden in ("id", "version", "dataStoreInfo", "dataAssetInfo", "datasetIds"):
        if forbidden in fields:
            raise QlikValueError(
                f"{where} ({key}): {forbidden} is set by the tenant or through references"
            )
    return Entry(kind=kind, key=key, fields=fields, parent=parent, data_sets=list(data_sets))


def _check_references(entries: dict[str, dict[str, Entry]], source: str) -> None:
    for kind, (ref_field, parent_kind) in PARENT.items():
        for entry in entries[kind].values():
            if entry.parent not in entries[parent_kind]:
                raise QlikValueError(
                    f"{source}: {entry.key!r} refers to {ref_field} {entry.parent!r}, which the "
                    "file does not define"
                )
    for entry in entries["data_products"].values():
        for key in entry.data_sets:
            if key not in entries["data_sets"]:
                raise QlikValueError(
                    f"{source}: data product {entry.key!r} lists data set {key!r}, which the "
                    "file does not define"
                )
