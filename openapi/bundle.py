"""Bundle the per-API specs of this folder into the one document openapi-python-client reads.

Each ``openapi/<api>.yaml`` is a complete OpenAPI 3.0 document for one Qlik API. They share
components through ``./common.yaml#/...`` (and a few ``./<other>.yaml#/...``) references. This
script:

* loads every spec in :data:`SPECS` (YAML anchors and merge keys are expanded by the loader);
* rewrites each external ``$ref`` into a local ``#/...`` one and merges all ``components``,
  refusing two different definitions under one name (the generator would silently drop one);
* checks every operation has an ``operationId`` and a valid ``x-qlik-tier``;
* writes the bundled document as JSON, and the operation -> tier table as a Python module that
  the client's rate limiter and the emulator import.

Usage: ``python openapi/bundle.py --out bundled.json --tiers tiers.py``. Output is deterministic.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent

# Order decides the order of paths, tags and components in the bundle.
SPECS = [
    "common.yaml",
    "data-stores.yaml",
    "data-assets.yaml",
    "data-sets.yaml",
    "data-products.yaml",
    "spaces.yaml",
    "users.yaml",
    "apps.yaml",
    "reports.yaml",
    "data-files.yaml",
    "items.yaml",
    "data-qualities.yaml",
    "trust-scores.yaml",
]
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
TIERS = (1, 2, "special")


class BundleError(Exception):
    """A spec cannot be bundled; the message names the file and the problem."""


def load_spec(name: str, root: Path = HERE) -> dict[str, Any]:
    path = root / name
    if not path.is_file():
        raise BundleError(f"{name}: no such spec in {root}")
    try:
        with path.open(encoding="utf-8") as f:
            doc = yaml.safe_load(f)
    except yaml.YAMLError as exc:
        raise BundleError(f"{name}: not valid YAML: {exc}") from exc
    if not isinstance(doc, dict):
        raise BundleError(f"{name}: not a mapping")
    return doc


def localise_refs(node: Any, spec_name: str, known: set[str]) -> Any:
    """Return ``node`` with every ``./other.yaml#/x`` reference turned into ``#/x``."""
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                target, _, pointer = value.partition("#")
                if target:
                    file_name = target.removeprefix("./")
                    if file_name not in known:
                        raise BundleError(f"{spec_name}: $ref to unknown file {value!r}")
                if not pointer.startswith("/"):
                    raise BundleError(f"{spec_name}: $ref without a JSON pointer: {value!r}")
                out[key] = "#" + pointer
            else:
                out[key] = localise_refs(value, spec_name, known)
        return out
    if isinstance(node, list):
        return [localise_refs(item, spec_name, known) for item in node]
    return node


def check_operations(spec_name: str, paths: dict[str, Any]) -> None:
    for path, item in paths.items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            where = f"{spec_name}: {method.upper()} {path}"
            if not op.get("operationId"):
                raise BundleError(f"{where}: no operationId")
            tier = op.get("x-qlik-tier")
            if tier not in TIERS:
                raise BundleError(f"{where}: x-qlik-tier must be 1, 2 or 'special', not {tier!r}")
            rate = op.get("x-qlik-rate-per-minute")
            if tier == "special" and not (isinstance(rate, int) and rate > 0):
                raise BundleError(f"{where}: a special tier needs x-qlik-rate-per-minute > 0")
            if not op.get("tags"):
                raise BundleError(f"{where}: no tag (the generator would put it in api/default)")


def merge_components(
    name: str,
    spec: dict[str, Any],
    components: dict[str, dict[str, Any]],
    origin: dict[tuple[str, str], str],
) -> None:
    """Fold ``spec``'s components into ``components``, refusing two different definitions
    under one name (the generator would silently drop one)."""
    for section, entries in (spec.get("components") or {}).items():
        merged = components.setdefault(section, {})
        for key, value in entries.items():
            if key in merged and merged[key] != value:
                other = origin[(section, key)]
                raise BundleError(
                    f"{name}: components/{section}/{key} differs from the one in {other}"
                )
            merged[key] = value
            origin.setdefault((section, key), name)


def bundle(spec_names: list[str] | None = None, root: Path = HERE) -> dict[str, Any]:
    """Bundle the specs (by default every one of :data:`SPECS` in ``root``) into one document."""
    names = spec_names or SPECS
    known = set(names)
    paths: dict[str, Any] = {}
    components: dict[str, dict[str, Any]] = {}
    component_origin: dict[tuple[str, str], str] = {}
    tags: list[dict[str, Any]] = []
    operation_ids: dict[str, str] = {}
    for name in names:
        spec = localise_refs(load_spec(name, root), name, known)
        spec_paths = spec.get("paths") or {}
        check_operations(name, spec_paths)
        for path, item in spec_paths.items():
            if path in paths:
                raise BundleError(f"{name}: path {path} is already defined by another spec")
            for method in METHODS:
                if method in item:
                    op_id = item[method]["operationId"]
                    if op_id in operation_ids:
                        raise BundleError(
                            f"{name}: operationId {op_id} also used in {operation_ids[op_id]}"
                        )
                    operation_ids[op_id] = name
            paths[path] = item
        merge_components(name, spec, components, component_origin)
        for tag in spec.get("tags") or []:
            if tag not in tags:
                tags.append(tag)
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Qlik Cloud catalog APIs",
            "version": "1.0",
            "description": (
                "Bundled from openapi/*.yaml by openapi/bundle.py: the Qlik Cloud catalog "
                "(data stores, data assets, data sets, data products) and the spaces, users, "
                "apps, reports, data files and items APIs that catalog work touches, and the "
                "data governance APIs (data qualities, trust scores). "
                "Do not edit: change the specs and run `make generate`."
            ),
        },
        "servers": [
            {
                "url": "https://{tenant}.{region}.qlikcloud.com",
                "variables": {
                    "tenant": {"default": "your-tenant"},
                    "region": {"default": "us"},
                },
            }
        ],
        "security": [{"bearerAuth": []}],
        "tags": tags,
        "paths": paths,
        "components": components,
    }


def tier_rows(doc: dict[str, Any]) -> list[tuple[str, str, str, int | str, int | None]]:
    """Rows of (operationId, METHOD, path template, tier, rate per minute or None)."""
    rows = []
    for path, item in doc["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is not None:
                rows.append(
                    (
                        op["operationId"],
                        method.upper(),
                        path,
                        op["x-qlik-tier"],
                        op.get("x-qlik-rate-per-minute"),
                    )
                )
    return rows


def render_tiers_module(doc: dict[str, Any]) -> str:
    common = load_spec("common.yaml")
    rates = {int(k): int(v) for k, v in common["x-qlik-tier-rates-per-minute"].items()}
    window = int(common["x-qlik-rate-window-seconds"])
    lines = [
        '"""Rate-limit tier of every operation, from the specs\' ``x-qlik-tier``.',
        "",
        "Generated by ``openapi/bundle.py`` during ``make generate``: do not edit.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Literal, NamedTuple",
        "",
        'Tier = Literal[1, 2, "special"]',
        "",
        "",
        "class OperationTier(NamedTuple):",
        '    """One operation and the Qlik rate-limit tier it counts against."""',
        "",
        "    operation_id: str",
        "    method: str",
        '    path: str  # the path template, e.g. "/api/v1/data-sets/{data-set-id}"',
        "    tier: Tier",
        "    rate_per_minute: int | None  # set for the special tier only",
        "",
        "",
        "OPERATION_TIERS: tuple[OperationTier, ...] = (",
    ]
    for op_id, method, path, tier, rate in tier_rows(doc):
        lines.append(f"    OperationTier({op_id!r}, {method!r}, {path!r}, {tier!r}, {rate!r}),")
    lines += [
        ")",
        "",
        "# Published budgets per tier, per user, per tenant, as requests per minute.",
        f"TIER_RATE_PER_MINUTE: dict[int, int] = {rates!r}",
        "# Qlik measures those budgets over a sliding window of this many seconds.",
        f"RATE_WINDOW_SECONDS: int = {window!r}",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where to write the bundle (JSON)")
    parser.add_argument("--tiers", type=Path, help="where to write the tier table module")
    args = parser.parse_args(argv)
    try:
        doc = bundle()
    except BundleError as exc:
        print(f"bundle: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.tiers:
        args.tiers.write_text(render_tiers_module(doc), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
