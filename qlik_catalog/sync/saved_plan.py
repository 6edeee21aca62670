"""Saved plans: ``plan --out plan.json``, then ``apply plan.json`` later (after a review).

A saved plan is the plan exactly, with what it read of each object: the id, the version (or a
data product's ``updatedAt``) and, for an update, the old values. Its apply carries out exactly
these changes, and refuses each one whose object moved since: an update or delete whose
object's version changed, a create whose key is taken by an object made since. Each is
reported as a conflict, nothing written to it; the others are applied.

The file names the tenant it was planned against; applying it to another is refused.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from qlik_catalog.errors import QlikValueError
from qlik_catalog.sync.catalog_file import Entry
from qlik_catalog.sync.kinds import BY_NAME
from qlik_catalog.sync.plan import Change, FieldChange, Plan

FORMAT = "qlik-catalog-plan"
VERSION = 1
ACTIONS = ("create", "update", "delete")


def is_saved_plan(path: str | Path) -> bool:
    """Whether ``path`` holds a saved plan: a JSON file whose top-level ``format`` is the
    plan's (a catalog file may mention the marker in a description and stays a catalog)."""
    target = Path(path)
    if target.suffix.lower() != ".json":
        return False
    try:
        document = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return False
    return isinstance(document, dict) and document.get("format") == FORMAT


def save_plan(plan: Plan, path: str | Path, *, tenant_url: str) -> None:
    """Write ``plan`` to ``path`` (atomically: a reader never sees half a plan)."""
    document = {
        "format": FORMAT,
        "version": VERSION,
        "tenant_url": tenant_url,
        "counts": plan.counts(),
        "existing_ids": plan.existing_ids,
        "changes": [_change_out(c) for c in plan.changes],
    }
    target = Path(path)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(document, file, indent=2, ensure_ascii=False)
            file.write("\n")
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def load_plan(path: str | Path, *, tenant_url: str) -> Plan:
    """The plan saved in ``path``, for the tenant at ``tenant_url``; a
    :class:`~qlik_catalog.errors.QlikValueError` naming the problem when the file is not a
    saved plan, was saved by another version, or was planned against another tenant."""
    where = str(path)
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise QlikValueError(f"{where}: not a readable saved plan ({exc})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise QlikValueError(f"{where}: not a saved plan (plan --out writes one)")
    if document.get("version") != VERSION:
        raise QlikValueError(
            f"{where}: a saved plan of format version {document.get('version')!r}; this "
            f"qlik-catalog reads version {VERSION}: plan again"
        )
    planned = document.get("tenant_url")
    if planned != tenant_url:
        raise QlikValueError(
            f"{where} was planned against {planned}, not {tenant_url}: refusing to apply it "
            "to another tenant"
        )
    try:
        changes = [_change_in(raw) for raw in _list(document.get("changes"), "changes")]
        existing = document.get("existing_ids") or {}
        if not isinstance(existing, dict) or not all(
            isinstance(ids, dict) for ids in existing.values()
        ):
            raise ValueError("existing_ids is not an object of objects")
    except (ValueError, TypeError, KeyError) as exc:
        raise QlikValueError(f"{where}: a damaged saved plan ({exc}): plan again") from None
    return Plan(changes=changes, existing_ids=existing, saved_from=where)


def _list(value: Any, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{what} is not a list")
    return value


def _change_out(change: Change) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": change.kind, "key": change.key, "action": change.action}
    if change.id is not None:
        out["id"] = change.id
    if change.entry is not None:
        entry = change.entry
        out["entry"] = {
            "key": entry.key,
            "fields": entry.fields,
            "parent": entry.parent,
            "members": entry.members,
            "origin": entry.origin,
            "source_id": entry.source_id,
        }
    for name in ("ops", "expected", "stamp"):
        if getattr(change, name):
            out[name] = getattr(change, name)
    if change.diff:
        out["diff"] = [d.as_dict() for d in change.diff]
    if change.takes:
        out["takes"] = [list(pair) for pair in change.takes]
    return out


def _change_in(raw: Any) -> Change:
    if not isinstance(raw, dict):
        raise ValueError("a change is not an object")
    kind, action = raw["kind"], raw["action"]
    if kind not in BY_NAME or action not in ACTIONS:
        raise ValueError(f"unknown kind or action: {kind!r} {action!r}")
    entry = None
    if raw.get("entry") is not None:
        e = raw["entry"]
        entry = Entry(
            kind=kind,
            key=str(e["key"]),
            fields=dict(e["fields"]),
            parent=e.get("parent"),
            members=[str(m) for m in e.get("members") or []],
            origin=e.get("origin"),
            source_id=e.get("source_id"),
        )
    if action == "create" and entry is None:
        raise ValueError(f"the create of {raw['key']!r} has no entry")
    if action != "create" and not isinstance(raw.get("id"), str):
        raise ValueError(f"the {action} of {raw['key']!r} has no id")
    return Change(
        kind=kind,
        key=str(raw["key"]),
        action=action,
        id=raw.get("id"),
        entry=entry,
        ops=[dict(op) for op in _list(raw.get("ops", []), "ops")],
        expected=dict(raw.get("expected") or {}),
        diff=[FieldChange(d["field"], d.get("old"), d.get("new")) for d in raw.get("diff") or []],
        takes=[(str(k), str(v)) for k, v in raw.get("takes") or []],
        stamp=dict(raw.get("stamp") or {}),
    )
