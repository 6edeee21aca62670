"""Every spec, and the bundle, is a valid OpenAPI 3.0 document; the bundler refuses bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

from tests.openapi.spec_tools import OPENAPI_DIR, REPO, bundle_module, bundled, operations

SPEC_FILES = sorted(OPENAPI_DIR.glob("*.yaml"))
GENERATED = REPO / "generated" / "qlik_catalog_api"


def test_every_spec_file_is_bundled() -> None:
    assert sorted(p.name for p in SPEC_FILES) == sorted(bundle_module().SPECS)


@pytest.mark.parametrize("spec_file", SPEC_FILES, ids=lambda p: p.name)
def test_spec_validates(spec_file: Path) -> None:
    spec = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
    # base_uri lets the validator follow ./common.yaml#/... references.
    validate(spec, base_uri=spec_file.as_uri())


def test_bundle_validates() -> None:
    validate(bundled())


def test_bundle_has_only_local_refs() -> None:
    text = json.dumps(bundled())
    assert ".yaml#" not in text


def test_committed_bundle_matches_the_specs() -> None:
    committed = json.loads((GENERATED / "openapi.json").read_text(encoding="utf-8"))
    assert committed == bundled(), "run `make generate`"


def test_generated_tier_table_matches_the_specs() -> None:
    from qlik_catalog_api.tiers import OPERATION_TIERS, RATE_WINDOW_SECONDS, TIER_RATE_PER_MINUTE

    expected = {
        (op["operationId"], method, path, op["x-qlik-tier"], op.get("x-qlik-rate-per-minute"))
        for method, path, op, _ in operations()
    }
    assert {tuple(row) for row in OPERATION_TIERS} == expected
    assert TIER_RATE_PER_MINUTE == {1: 1000, 2: 100}
    assert RATE_WINDOW_SECONDS == 300


def test_generated_package_is_typed() -> None:
    assert (GENERATED / "py.typed").exists()


# --- the bundler's own checks, on small specs written for each case -------------------------


def write_spec(folder: Path, name: str, paths: dict[str, Any], schemas: dict[str, Any]) -> None:
    doc = {
        "openapi": "3.0.3",
        "info": {"title": name, "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    (folder / name).write_text(yaml.safe_dump(doc), encoding="utf-8")


def get_op(op_id: str, tier: Any = 1, **extra: Any) -> dict[str, Any]:
    op = {"operationId": op_id, "tags": ["T"], "responses": {"200": {"description": "ok"}}}
    if tier is not None:
        op["x-qlik-tier"] = tier
    op.update(extra)
    return {"get": op}


def test_bundler_merges_identical_components_and_localises_refs(tmp_path: Path) -> None:
    thing = {"type": "object", "properties": {"a": {"type": "string"}}}
    write_spec(tmp_path, "a.yaml", {"/a": get_op("getA")}, {"Thing": thing})
    ref_op = get_op("getB")
    ref_op["get"]["responses"]["200"]["content"] = {
        "application/json": {"schema": {"$ref": "./a.yaml#/components/schemas/Thing"}}
    }
    write_spec(tmp_path, "b.yaml", {"/b": ref_op}, {"Thing": thing})
    doc = bundle_module().bundle(["a.yaml", "b.yaml"], root=tmp_path)
    schema = doc["paths"]["/b"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/Thing"}
    assert list(doc["components"]["schemas"]) == ["Thing"]


@pytest.mark.parametrize(
    ("specs", "message"),
    [
        (
            [
                ("a.yaml", {"/a": get_op("getA")}, {"T": {"type": "string"}}),
                ("b.yaml", {"/b": get_op("getB")}, {"T": {"type": "integer"}}),
            ],
            "components/schemas/T differs",
        ),
        ([("a.yaml", {"/a": get_op("getA", tier=None)}, {})], "x-qlik-tier must be"),
        ([("a.yaml", {"/a": get_op("getA", tier=3)}, {})], "x-qlik-tier must be"),
        ([("a.yaml", {"/a": get_op("getA", tier="special")}, {})], "x-qlik-rate-per-minute"),
        (
            [("a.yaml", {"/a": get_op("getA")}, {}), ("b.yaml", {"/b": get_op("getA")}, {})],
            "operationId getA also used",
        ),
        (
            [("a.yaml", {"/a": get_op("getA")}, {}), ("b.yaml", {"/a": get_op("getB")}, {})],
            "path /a is already defined",
        ),
        (
            [("a.yaml", {"/a": get_op("getA", tags=[])}, {})],
            "no tag",
        ),
        (
            [("a.yaml", {"/a": get_op("getA")}, {"T": {"$ref": "./missing.yaml#/x"}})],
            "unknown file",
        ),
    ],
    ids=[
        "conflict",
        "no-tier",
        "bad-tier",
        "special-no-rate",
        "dup-op-id",
        "dup-path",
        "no-tag",
        "bad-ref",
    ],
)
def test_bundler_refuses(tmp_path: Path, specs: list[Any], message: str) -> None:
    for name, paths, schemas in specs:
        write_spec(tmp_path, name, paths, schemas)
    with pytest.raises(bundle_module().BundleError, match=message):
        bundle_module().bundle([name for name, _, _ in specs], root=tmp_path)


def test_bundler_refuses_a_missing_spec(tmp_path: Path) -> None:
    with pytest.raises(bundle_module().BundleError, match="no such spec"):
        bundle_module().bundle(["nope.yaml"], root=tmp_path)
