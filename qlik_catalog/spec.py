"""Facts read from the bundled spec that ships with ``qlik_catalog_api`` (``openapi.json``):
the fields of each model, the bounds of each operation's ``limit``, and JSON Schema checks of
bodies. Used to refuse bad projections, sort keys and page sizes before anything is sent, to
check answers when asked to, and by the emulator."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from qlik_catalog.errors import QlikValueError

if TYPE_CHECKING:
    # The schema validator (openapi-schema-validator, extra ``emulator``) loads on first use.
    from jsonschema.exceptions import ValidationError
    from openapi_schema_validator import OAS30Validator


@cache
def bundled_spec() -> dict[str, Any]:
    """The bundled OpenAPI document (parsed once)."""
    text = files("qlik_catalog_api").joinpath("openapi.json").read_text(encoding="utf-8")
    doc: dict[str, Any] = json.loads(text)
    return doc


@cache
def model_fields(schema: str) -> frozenset[str]:
    """The JSON names of a component schema's top-level properties."""
    return frozenset(bundled_spec()["components"]["schemas"][schema].get("properties", {}))


@cache
def limit_bounds(operation_id: str) -> tuple[int, int | None]:
    """(minimum, maximum) of an operation's ``limit`` query parameter."""
    for item in bundled_spec()["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                for param in op.get("parameters", []):
                    if "$ref" in param:
                        name = param["$ref"].rsplit("/", 1)[-1]
                        param = bundled_spec()["components"]["parameters"][name]
                    if param.get("name") == "limit":
                        schema = param.get("schema", {})
                        return int(schema.get("minimum", 1)), schema.get("maximum")
    raise KeyError(operation_id)


def _closed(node: Any) -> Any:
    """``node`` with every object schema that names its properties closed to others."""
    if isinstance(node, dict):
        out = {key: _closed(value) for key, value in node.items()}
        if "properties" in node and "additionalProperties" not in node:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_closed(item) for item in node]
    return node


@cache
def _components(closed: bool) -> dict[str, Any]:
    components: dict[str, Any] = bundled_spec()["components"]
    return _closed(components) if closed else components


@cache
def _validator(schema_json: str, closed: bool) -> OAS30Validator:
    from qlik_catalog._extras import needs_extra

    with needs_extra("emulator", "checking bodies against the spec (validate_responses=True)"):
        from openapi_schema_validator import OAS30Validator
    schema = json.loads(schema_json)
    if closed:
        schema = _closed(schema)
    # Refs in the bundle are "#/components/...": give the schema the components as its root.
    root = {**schema, "components": _components(closed)}
    return OAS30Validator(root)


def schema_errors(schema: dict[str, Any], value: Any, *, closed: bool = False) -> list[str]:
    """What makes ``value`` break ``schema`` (empty when it fits). ``closed``: a field an
    object schema does not name is an error too (requests: Qlik's types have no open objects
    but those that say so)."""
    validator = _validator(json.dumps(schema, sort_keys=True), closed)
    errors: list[ValidationError] = sorted(validator.iter_errors(value), key=lambda e: e.path)
    out = []
    for error in errors[:3]:
        where = "/".join(str(p) for p in error.absolute_path) or "(root)"
        out.append(f"{where}: {error.message}")
    return out


def check_limit(limit: int, operation_id: str) -> int:
    """``limit`` if the operation accepts it as a page size, else :class:`QlikValueError`."""
    low, high = limit_bounds(operation_id)
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise QlikValueError(f"limit must be an integer, not {limit!r}")
    if limit < low or (high is not None and limit > high):
        bounds = f"{low}..{high}" if high is not None else f">= {low}"
        raise QlikValueError(f"limit {limit} is out of range ({bounds})")
    return limit


def join_fields(fields: Iterable[str] | str | None, schema: str, *, what: str) -> str | None:
    """Comma-join projection fields, refusing names the model does not have."""
    if fields is None:
        return None
    names = [fields] if isinstance(fields, str) else list(fields)
    if not names:
        raise QlikValueError(f"{what} is empty: leave it out to get every field")
    known = model_fields(schema)
    for name in names:
        if not isinstance(name, str) or name.split(".", 1)[0] not in known:
            raise QlikValueError(
                f"unknown field {name!r} in {what}; {schema} has: {', '.join(sorted(known))}"
            )
    return ",".join(names)


def join_sort(keys: Iterable[str] | str | None, schema: str) -> str | None:
    """Comma-join sort keys (``name``, ``+name`` or ``-name``), refusing unknown fields."""
    if keys is None:
        return None
    names = [keys] if isinstance(keys, str) else list(keys)
    if not names:
        raise QlikValueError("sort is empty: leave it out for the default order")
    known = model_fields(schema)
    for key in names:
        field = re.fullmatch(r"[+-]?(\w+)", key) if isinstance(key, str) else None
        if field is None or field.group(1) not in known:
            raise QlikValueError(
                f"unknown sort key {key!r}; {schema} can be sorted by "
                f"{', '.join(sorted(known))} (prefix '-' for descending)"
            )
    return ",".join(names)
