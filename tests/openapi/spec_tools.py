"""Helpers to load the specs and walk an operation's schemas."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[2]
OPENAPI_DIR = REPO / "openapi"
METHODS = ("get", "put", "post", "delete", "patch")


@cache
def openapi_script(name: str) -> ModuleType:
    """``openapi/<name>.py``, imported from its file (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location(
        f"qlik_openapi_{name}", OPENAPI_DIR / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def bundle_module() -> ModuleType:
    """``openapi/bundle.py``."""
    return openapi_script("bundle")


@cache
def bundled() -> dict[str, Any]:
    doc: dict[str, Any] = bundle_module().bundle()
    return doc


def operations() -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(METHOD, path, operation, path item) for every operation of the bundle."""
    for path, item in bundled()["paths"].items():
        for method in METHODS:
            if method in item:
                yield method.upper(), path, item[method], item


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow a local ``$ref`` (the bundle has only local ones)."""
    while "$ref" in node:
        target: Any = bundled()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def schema_names(node: Any, seen: set[int] | None = None) -> set[str]:
    """Every property name reachable from a schema (through refs, items, allOf/oneOf/anyOf)."""
    seen = set() if seen is None else seen
    if not isinstance(node, dict):
        return set()
    node = resolve(node)
    if id(node) in seen:
        return set()
    seen.add(id(node))
    names: set[str] = set()
    for name, sub in (node.get("properties") or {}).items():
        names.add(name)
        names |= schema_names(sub, seen)
    if isinstance(node.get("items"), dict):
        names |= schema_names(node["items"], seen)
    for key in ("allOf", "oneOf", "anyOf"):
        for sub in node.get(key) or []:
            names |= schema_names(sub, seen)
    return names


def operation_names(op: dict[str, Any], item: dict[str, Any]) -> set[str]:
    """Parameter names plus every property name of the request body and all responses."""
    names = {resolve(p)["name"] for p in [*item.get("parameters", []), *op.get("parameters", [])]}
    bodies = []
    if "requestBody" in op:
        bodies.extend(resolve(op["requestBody"]).get("content", {}).values())
    for response in op["responses"].values():
        bodies.extend(resolve(response).get("content", {}).values())
    for body in bodies:
        names |= schema_names(body.get("schema", {}))
    return names
