"""The emulator's routing table, read from the bundled spec: every operation with its path
pattern, parameters, body and response schemas, and rate-limit bucket."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import unquote

from qlik_catalog_api.tiers import OPERATION_TIERS, TIER_RATE_PER_MINUTE

from qlik_catalog.emulator.problems import ApiError
from qlik_catalog.spec import bundled_spec


@dataclass(frozen=True)
class Param:
    """One path or query parameter of an operation."""

    name: str
    location: str  # "path" or "query"
    required: bool
    schema: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, as the emulator serves it."""

    operation_id: str
    method: str
    path: str  # the template, e.g. /api/v1/data-stores/{data-store-id}
    pattern: re.Pattern[str]
    path_names: tuple[str, ...]  # the template's parameter names, in group order
    params: tuple[Param, ...]
    body_schema: dict[str, Any] | None
    body_required: bool
    responses: dict[int, dict[str, Any] | None]  # status -> JSON schema (None: no JSON body)
    bucket: str  # "tier1", "tier2" or "special:<operationId>"
    rate_per_minute: int

    def query_params(self) -> dict[str, Param]:
        """The query parameters by name."""
        return {p.name: p for p in self.params if p.location == "query"}


def _resolve_param(raw: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in raw:
        resolved: dict[str, Any] = spec["components"]["parameters"][raw["$ref"].rsplit("/", 1)[-1]]
        return resolved
    return raw


def _resolve_response(raw: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in raw:
        resolved: dict[str, Any] = spec["components"]["responses"][raw["$ref"].rsplit("/", 1)[-1]]
        return resolved
    return raw


def _compile(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    names: list[str] = []
    parts: list[str] = []
    for segment in template.strip("/").split("/"):
        match = re.fullmatch(r"\{([^}]+)\}", segment)
        if match:
            names.append(match.group(1))
            parts.append(f"(?P<p{len(names) - 1}>[^/]+)")
        else:
            parts.append(re.escape(segment))
    return re.compile("^/" + "/".join(parts) + "/?$"), tuple(names)


@cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the bundled spec; literal paths come before templated ones so that
    ``/users/me`` wins over ``/users/{userId}``."""
    spec = bundled_spec()
    tiers = {t.operation_id: t for t in OPERATION_TIERS}
    found: list[Operation] = []
    for path, item in spec["paths"].items():
        shared = [_resolve_param(p, spec) for p in item.get("parameters", [])]
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            params = shared + [_resolve_param(p, spec) for p in op.get("parameters", [])]
            body = op.get("requestBody")
            body_schema = body["content"]["application/json"]["schema"] if body else None
            responses: dict[int, dict[str, Any] | None] = {}
            for status, raw in op["responses"].items():
                content = _resolve_response(raw, spec).get("content") or {}
                json_media = content.get("application/json")
                responses[int(status)] = json_media["schema"] if json_media else None
            tier = tiers[op["operationId"]]
            if tier.tier == "special":
                bucket = f"special:{tier.operation_id}"
            else:
                bucket = f"tier{tier.tier}"
            pattern, names = _compile(path)
            found.append(
                Operation(
                    operation_id=op["operationId"],
                    method=method.upper(),
                    path=path,
                    pattern=pattern,
                    path_names=names,
                    params=tuple(
                        Param(p["name"], p["in"], bool(p.get("required")), p.get("schema", {}))
                        for p in params
                    ),
                    body_schema=body_schema,
                    body_required=bool(body and body.get("required")),
                    responses=responses,
                    bucket=bucket,
                    rate_per_minute=tier.rate_per_minute or TIER_RATE_PER_MINUTE[int(tier.tier)],
                )
            )
    found.sort(key=lambda o: (len(o.path_names), o.path))
    return tuple(found)


def match(method: str, raw_path: str) -> tuple[Operation, dict[str, str]]:
    """The operation for a request and its decoded path parameters; :class:`ApiError` 404 for
    an unknown path, 405 for a known path with another method."""
    path_known = False
    for op in operations():
        found = op.pattern.match(raw_path)
        if found is None:
            continue
        path_known = True
        if op.method != method:
            continue
        values = {name: unquote(found.group(f"p{i}")) for i, name in enumerate(op.path_names)}
        return op, values
    if path_known:
        raise ApiError(405, "HTTP-405", "Method not allowed", f"{method} is not allowed here")
    raise ApiError(404, "HTTP-404", "Not found", f"no API at {raw_path}")
