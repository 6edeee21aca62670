"""Checking requests (and, in strict mode, answers) against the bundled spec."""

from __future__ import annotations

import json
from typing import Any

from qlik_catalog.emulator.operations import Operation, Param
from qlik_catalog.emulator.problems import bad_request
from qlik_catalog.spec import bundled_spec, schema_errors


class SpecViolation(AssertionError):
    """Strict mode: the emulator answered something its own spec does not allow (a bug of the
    emulator or of the spec, never of the client)."""


def _parse_scalar(param: Param, raw: str) -> Any:
    schema = param.schema
    kind = schema.get("type", "string")
    value: Any = raw
    if kind == "integer":
        try:
            value = int(raw)
        except ValueError:
            message = f"query parameter {param.name!r} must be an integer, not {raw!r}"
            raise bad_request(message) from None
    elif kind == "boolean":
        if raw not in ("true", "false"):
            raise bad_request(f"query parameter {param.name!r} must be true or false")
        value = raw == "true"
    if "enum" in schema and value not in schema["enum"]:
        raise bad_request(
            f"query parameter {param.name!r} must be one of {', '.join(map(str, schema['enum']))}"
        )
    if "minimum" in schema and value < schema["minimum"]:
        raise bad_request(f"query parameter {param.name!r} must be >= {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        raise bad_request(f"query parameter {param.name!r} must be <= {schema['maximum']}")
    return value


def parse_query(op: Operation, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """The query of a request as typed values; 400 for an unknown, repeated, missing or
    ill-typed parameter."""
    declared = op.query_params()
    seen: dict[str, Any] = {}
    for name, raw in pairs:
        param = declared.get(name)
        if param is None:
            known = ", ".join(sorted(declared)) or "none"
            raise bad_request(f"unknown query parameter {name!r} (this operation takes: {known})")
        if name in seen:
            raise bad_request(f"query parameter {name!r} is given twice")
        seen[name] = _parse_scalar(param, raw)
    for name, param in declared.items():
        if param.required and name not in seen:
            raise bad_request(f"query parameter {name!r} is required")
    return seen


def parse_body(op: Operation, raw: bytes, content_type: str) -> Any:
    """The JSON body, checked against the operation's schema; 400 when it does not fit."""
    if op.body_schema is None:
        if raw.strip():
            raise bad_request(f"{op.operation_id} takes no request body")
        return None
    if not raw.strip():
        if op.body_required:
            raise bad_request("the request body is missing")
        return None
    if "json" not in content_type:
        raise bad_request(f"the body must be application/json, not {content_type or 'untyped'}")
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise bad_request(f"the body is not valid JSON: {exc}") from exc
    if op.path.startswith(_BATCH_LIMITED):
        _check_array_limits(op.body_schema, body)
    problems = schema_errors(op.body_schema, body, closed=True)
    if problems:
        raise bad_request("the body does not fit the spec: " + "; ".join(problems))
    return body


# The governance APIs' batch filters (at most 100 data sets): their 400 names the limit.
_BATCH_LIMITED = ("/api/data-governance/data-qualities/", "/api/data-governance/trust-scores/")


def _check_array_limits(schema: dict[str, Any], body: Any) -> None:
    """400 naming the limit when a top-level list of the body holds more (or fewer) items
    than the spec allows (``maxItems``/``minItems``), as Qlik's batch APIs say it, rather than
    the schema checker's message that repeats the whole list."""
    ref = schema.get("$ref")
    if isinstance(ref, str):
        schema = bundled_spec()["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
    if not isinstance(body, dict):
        return
    for name, prop in (schema.get("properties") or {}).items():
        value = body.get(name)
        if not isinstance(value, list):
            continue
        most, least = prop.get("maxItems"), prop.get("minItems")
        if most is not None and len(value) > most:
            raise bad_request(f"{name} holds {len(value)} items; at most {most} in one request")
        if least is not None and len(value) < least:
            raise bad_request(f"{name} holds {len(value)} items; at least {least} are required")


def check_answer(op: Operation, status: int, body: Any, is_json: bool) -> None:
    """Strict mode: raise :class:`SpecViolation` when an answer breaks the spec."""
    if status not in op.responses:
        raise SpecViolation(f"{op.operation_id} answered {status}, which its spec does not declare")
    schema = op.responses[status]
    if schema is None:
        if is_json and body is not None:
            raise SpecViolation(
                f"{op.operation_id} {status} has a JSON body the spec does not give"
            )
        return
    if not is_json:
        raise SpecViolation(f"{op.operation_id} {status} must answer JSON")
    problems = schema_errors(schema, body)
    if problems:
        raise SpecViolation(f"{op.operation_id} {status} breaks the spec: " + "; ".join(problems))
