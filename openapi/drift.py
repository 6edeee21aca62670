"""Compare the specs of this folder with the official contract of Qlik's ``@qlik/api`` client.

``conformance/contract.mjs`` reads ``@qlik/api``'s modules (the method and path of every
operation from its ``.js``, the types from its ``.d.ts``) into one JSON document. This script
bundles ``openapi/*.yaml`` (as ``make generate`` does) and prints every difference between the
two: operations, path and query parameters, request bodies, answer fields (names, types,
enums, nullability, read-only, required) and statuses.

A difference is *explained* when ``conformance/drift-explained.yaml`` holds a pattern that
matches its line, with the reason; explained lines are printed only with ``--all``. The exit
status is 1 when any line is unexplained or any explanation matches no line (it is stale), so
``make spec-drift`` fails until each is fixed or explained.

A few differences are our conventions (design.md, section 4) and never reported:
- comma-joined query arrays are ``type: string`` in the specs (``string[]`` in the types: the
  official client joins them with commas too);
- ``integer`` in the specs is ``number`` in the types;
- answers use no enums (Qlik adds values), so an enum the types have and the spec lacks is not
  reported in answers (it is in requests);
- answers of operations that take ``projections`` (or users' ``fields``) keep every field
  optional (a projection strips fields), so "required in the types" is not reported for them;
- request bodies may leave out the fields the types mark ``readonly`` (the server sets them);
- nullable in the spec where the types are not is reported in requests only: an answer schema
  may accept null (a tolerant parser), it need not send it;
- 401 and 429 may be declared on every operation (every Qlik API answers 401 to a missing or
  bad credential, and 429 when a tier is spent), whether or not the types list them.

Usage: ``python openapi/drift.py --contract conformance/.out/contract.json [--all]``.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bundle import METHODS, bundle  # noqa: E402

EXPLAINED = HERE.parent / "conformance" / "drift-explained.yaml"
Schema = dict[str, Any]


def normalise_path(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


@dataclass
class Side:
    """One side of the comparison: resolves ``$ref`` within its own document."""

    schemas: dict[str, Schema]
    prefix: str  # "#/components/schemas/" for the specs, "" for the contract

    def name(self, schema: Schema) -> str | None:
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith(self.prefix):
            return ref[len(self.prefix) :]
        return None

    def resolve(self, schema: Schema) -> Schema:
        seen = 0
        while (name := self.name(schema)) is not None:
            schema = self.schemas[name]
            seen += 1
            if seen > 50:
                raise ValueError(f"$ref loop at {name}")
        return self.flatten(schema)

    def flatten(self, schema: Schema) -> Schema:
        """Merge ``allOf`` parts into one object schema."""
        parts = schema.get("allOf")
        if not parts:
            return schema
        merged: Schema = {"type": "object", "properties": {}, "required": []}
        for part in parts:
            resolved = self.resolve(part)
            merged["properties"].update(resolved.get("properties") or {})
            merged["required"] += resolved.get("required") or []
            for key in ("nullable", "readOnly"):
                if key in resolved and key not in merged:
                    merged[key] = resolved[key]
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        return {**merged, **rest}


def kind(schema: Schema) -> str:
    """The JSON kind of a schema: object, array, string, number, boolean, union, any, ..."""
    if "enum" in schema:
        values = schema["enum"]
        kinds = {type(v).__name__ for v in values if v is not None}
        if kinds <= {"str"}:
            return "string"
        if kinds <= {"int", "float"}:
            return "number"
        return "any"
    t = schema.get("type")
    if t == "integer":
        return "number"
    if t in ("object", "array", "string", "number", "boolean", "null", "void", "binary"):
        if t == "string" and schema.get("format") == "binary":
            return "binary"
        return str(t)
    if "anyOf" in schema or "oneOf" in schema:
        return "union"
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    return "any"


@dataclass
class Drift:
    """Collects the difference lines of one comparison run."""

    ours: Side
    theirs: Side
    projected: set[str] = field(default_factory=set)  # types a projection can strip
    lines: list[str] = field(default_factory=list)
    compared: set[tuple[str, str, str, str]] = field(default_factory=set)

    def add(self, line: str) -> None:
        if line not in self.lines:
            self.lines.append(line)

    def schema(
        self, ours: Schema, theirs: Schema, where: str, context: str, tolerant: bool, module: str
    ) -> None:
        """Compare one schema pair; ``context`` is "request" or "answer"."""
        our_name, their_name = self.ours.name(ours), self.theirs.name(theirs)
        parts = [self.theirs.name(p) for p in theirs.get("allOf", [])]
        if context == "answer" and self.projected & {their_name, *parts}:
            tolerant = True
        if their_name is not None:
            # One line per named type and context, however many operations use it.
            key = (module, our_name or where, their_name, f"{context}:{tolerant}")
            if key in self.compared:
                return
            self.compared.add(key)
            where = f"{module} {their_name}" + (" (request)" if context == "request" else "")
        o, t = self.ours.resolve(ours), self.theirs.resolve(theirs)
        if not self.same_kind(o, t, where, context):
            return
        self.nullability(o, t, where, context)
        self.enum(o, t, where, context)
        if kind(t) == "array":
            items = (o.get("items", {}), t.get("items", {}))
            self.schema(*items, f"{where}[]", context, tolerant, module)
        elif kind(t) == "object":
            self.object(o, t, where, context, tolerant, module)

    def same_kind(self, o: Schema, t: Schema, where: str, context: str) -> bool:
        """Whether the pair is of one kind (reporting it when not) and worth comparing on."""
        ok, tk = kind(o), kind(t)
        if tk == "any":
            return False
        if tk == "union":
            # A spec may spell a union as one of its kinds (or untyped); any other is a change.
            kinds = {kind(self.theirs.resolve(part)) for part in t.get("anyOf", [])}
            if ok not in kinds | {"any", "union"} and "any" not in kinds:
                self.add(
                    f"{where}: {ok} in the spec, one of {'/'.join(sorted(kinds))} in the types"
                )
            return False
        if ok == "any" and tk != "void":
            if context == "request" and tk in ("object", "array"):
                self.add(f"{where}: untyped in the spec, {tk} in the types")
            return False
        if ok != tk:
            self.add(f"{where}: {ok} in the spec, {tk} in the types")
            return False
        return True

    def nullability(self, o: Schema, t: Schema, where: str, context: str) -> None:
        if bool(o.get("nullable")) == bool(t.get("nullable")):
            return
        if t.get("nullable"):
            self.add(f"{where}: nullable in the types, not in the spec")
        elif context == "request":
            self.add(f"{where}: nullable in the spec, not in the types")

    def enum(self, o: Schema, t: Schema, where: str, context: str) -> None:
        ours = {v for v in o.get("enum", []) if v is not None}
        theirs = {v for v in t.get("enum", []) if v is not None}
        if ours and theirs and ours != theirs:
            extra, missing = sorted(map(str, ours - theirs)), sorted(map(str, theirs - ours))
            if extra:
                self.add(f"{where}: enum values not in the types: {', '.join(extra)}")
            if missing:
                self.add(f"{where}: enum values of the types missing: {', '.join(missing)}")
        elif ours and not theirs:
            self.add(f"{where}: enum in the spec, none in the types")
        elif theirs and not ours and context == "request":
            values = ", ".join(sorted(map(str, theirs)))
            self.add(f"{where}: enum in the types ({values}), none in the spec")

    def presence(
        self,
        name: str,
        our_required: set[str],
        their_required: set[str],
        sub: str,
        context: str,
        tolerant: bool,
    ) -> None:
        """Required (requests) or always present (answers) on one side only."""
        if name in their_required and name not in our_required:
            if context == "request":
                self.add(f"{sub}: required in the types, optional in the spec")
            elif not tolerant:
                self.add(f"{sub}: always present in the types, optional in the spec")
        elif name in our_required and name not in their_required:
            self.add(f"{sub}: required in the spec, optional in the types")

    def object(
        self, o: Schema, t: Schema, where: str, context: str, tolerant: bool, module: str
    ) -> None:
        ours_props: dict[str, Schema] = o.get("properties") or {}
        their_props: dict[str, Schema] = t.get("properties") or {}
        our_required = set(o.get("required") or [])
        their_required = set(t.get("required") or [])
        read_only = set(t.get("readOnly") or [])
        for name in sorted(set(their_props) - set(ours_props)):
            if context == "request" and name in read_only:
                continue
            self.add(f"{where}.{name}: in the types, not in the spec")
        for name in sorted(set(ours_props) - set(their_props)):
            self.add(f"{where}.{name}: in the spec, not in the types")
        for name in sorted(set(ours_props) & set(their_props)):
            sub = f"{where}.{name}"
            self.presence(name, our_required, their_required, sub, context, tolerant)
            our_ro = bool(
                self.ours.resolve(ours_props[name]).get("readOnly")
                or ours_props[name].get("readOnly")
            )
            if context == "answer" and name in read_only and not our_ro:
                self.add(f"{sub}: read-only in the types, not in the spec")
            self.schema(ours_props[name], their_props[name], sub, context, tolerant, module)
        o_add, t_add = o.get("additionalProperties"), t.get("additionalProperties")
        if isinstance(t_add, dict) and not o_add and not ours_props and their_props == {}:
            self.add(f"{where}: a map in the types, a closed object in the spec")


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], list[Any]]]:
    for path, item in doc["paths"].items():
        shared = item.get("parameters") or []
        for method in METHODS:
            if method in item:
                yield method.upper(), path, item[method], shared


def resolve_param(doc: dict[str, Any], param: dict[str, Any]) -> dict[str, Any]:
    ref = param.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[-1]
        resolved: dict[str, Any] = doc["components"]["parameters"][name]
        return resolved
    return param


def json_schema(content: dict[str, Any] | None) -> Schema | None:
    if not content:
        return None
    for media, body in content.items():
        if "json" in media:
            schema: Schema = body.get("schema", {})
            return schema
    first = next(iter(content.values()))
    schema = first.get("schema", {})
    return {"type": "binary"} if media_is_binary(content) else schema


def media_is_binary(content: dict[str, Any]) -> bool:
    return any(m.startswith(("application/octet", "image/", "text/")) for m in content)


def projected_types(spec: dict[str, Any]) -> set[str]:
    """Names of the types answered by operations that take ``projections`` or ``fields`` (and
    the item type of such a list): those strip fields, so the spec keeps them optional."""
    names: set[str] = set()
    for fn in spec["functions"].values():
        if not {"projections", "fields"} & set(fn["query"]):
            continue
        for answer in fn["answers"].values():
            name = answer.get("$ref")
            if not name:
                continue
            names.add(name)
            data = spec["types"][name].get("properties", {}).get("data", {})
            item = data.get("items", {}).get("$ref")
            if item:
                names.add(item)
    return names


def compare(doc: dict[str, Any], contract: dict[str, Any]) -> list[str]:
    """Every difference between the bundled specs and the contract, one line each."""
    ours_by_key: dict[tuple[str, str], tuple[str, dict[str, Any], list[Any]]] = {}
    for method, path, op, shared in operations(doc):
        ours_by_key[(method, normalise_path(path))] = (path, op, shared)
    our_schemas = doc["components"]["schemas"]
    seen: set[tuple[str, str]] = set()
    lines: list[str] = []
    for module, spec in contract["modules"].items():
        drift = Drift(
            Side(our_schemas, "#/components/schemas/"),
            Side(spec["types"], ""),
            projected=projected_types(spec),
        )
        for fname, fn in spec["functions"].items():
            key = (fn["method"], normalise_path(fn["path"]))
            label = f"{module} {fname} ({fn['method']} {fn['path']})"
            if key not in ours_by_key:
                drift.add(f"{label}: operation not in the spec")
                continue
            seen.add(key)
            _path, op, shared = ours_by_key[key]
            compare_operation(doc, drift, module, fname, fn, op, shared)
        lines += drift.lines
    for (method, path), (template, op, _shared) in ours_by_key.items():
        if (method, path) not in seen:
            lines.append(f"{op['operationId']} ({method} {template}): operation not in the types")
    return lines


def compare_operation(
    doc: dict[str, Any],
    drift: Drift,
    module: str,
    fname: str,
    fn: dict[str, Any],
    op: dict[str, Any],
    shared: list[Any],
) -> None:
    """Every difference of one operation: parameters, body, statuses, answers."""
    pair = OperationPair(doc, drift, module, f"{module} {fname}", fn, op, shared)
    pair.parameters()
    pair.body()
    pair.statuses()
    pair.answers()


@dataclass
class OperationPair:
    """One operation of the specs and the same one of the types."""

    doc: dict[str, Any]
    drift: Drift
    module: str
    where: str
    fn: dict[str, Any]
    op: dict[str, Any]
    shared: list[Any]

    def parameters(self) -> None:
        params = [
            resolve_param(self.doc, p) for p in [*self.shared, *(self.op.get("parameters") or [])]
        ]
        path_params = [p for p in params if p["in"] == "path"]
        if len(path_params) != len(self.fn["params"]):
            counts = f"{len(path_params)} in the spec, {len(self.fn['params'])} in the types"
            self.drift.add(f"{self.where}: path parameters: {counts}")
        query = {p["name"]: p for p in params if p["in"] == "query"}
        theirs: dict[str, Schema] = self.fn["query"]
        for name in sorted(set(theirs) - set(query)):
            self.drift.add(f"{self.where}: query parameter {name} in the types, not in the spec")
        for name in sorted(set(query) - set(theirs)):
            self.drift.add(f"{self.where}: query parameter {name} in the spec, not in the types")
        for name in sorted(set(query) & set(theirs)):
            self.query_parameter(name, query[name], theirs[name])

    def query_parameter(self, name: str, ours: dict[str, Any], theirs: Schema) -> None:
        sub = f"{self.where}: query parameter {name}"
        required = name in set(self.fn.get("queryRequired") or [])
        if bool(ours.get("required")) != required:
            state = "required" if required else "optional"
            self.drift.add(f"{sub}: {state} in the types, not in the spec")
        our_schema = self.drift.ours.resolve(ours.get("schema", {}))
        their_schema = self.drift.theirs.resolve(theirs)
        ok, tk = kind(our_schema), kind(their_schema)
        if tk == "array" and ok == "string":
            return  # comma-joined, as the official client sends it
        if tk not in ("any", "union") and ok != tk:
            self.drift.add(f"{sub}: {ok} in the spec, {tk} in the types")
        elif tk == "string":
            self.drift.enum(our_schema, their_schema, sub, "request")

    def body(self) -> None:
        body = self.op.get("requestBody")
        ours = json_schema(body.get("content")) if body else None
        theirs = self.fn["body"]
        if theirs is not None and ours is None:
            self.drift.add(f"{self.where}: a request body in the types, none in the spec")
        elif theirs is None and ours is not None:
            self.drift.add(f"{self.where}: a request body in the spec, none in the types")
        elif theirs is not None and ours is not None and body is not None:
            if bool(body.get("required")) != bool(self.fn.get("bodyRequired")):
                state = "required" if self.fn.get("bodyRequired") else "optional"
                self.drift.add(
                    f"{self.where}: the request body is {state} in the types, not in the spec"
                )
            self.drift.schema(ours, theirs, f"{self.where} body", "request", False, self.module)

    @property
    def responses(self) -> dict[str, Any]:
        responses: dict[str, Any] = self.op.get("responses") or {}
        return responses

    def statuses(self) -> None:
        our_ok = {s for s in self.responses if s.startswith("2")}
        their_ok = set(self.fn["answers"])
        if our_ok != their_ok:
            ours, theirs = "/".join(sorted(our_ok)), "/".join(sorted(their_ok))
            self.drift.add(
                f"{self.where}: success statuses {ours} in the spec, {theirs} in the types"
            )
        our_errors, their_errors = self.error_statuses()
        for status in sorted(their_errors - our_errors):
            self.drift.add(f"{self.where}: error status {status} in the types, not in the spec")
        if self.fn["errors"].get("number") is None:  # "number": the types allow any status
            for status in sorted(our_errors - their_errors):
                self.drift.add(f"{self.where}: error status {status} in the spec, not in the types")

    def error_statuses(self) -> tuple[set[str], set[str]]:
        ours = {s for s in self.responses if not s.startswith("2")} - {"401", "429"}
        return ours, set(self.fn["errors"]) - {"401", "429", "number"}

    def answer_schema(self, status: str) -> Schema | None:
        answer = self.responses[status]
        if "$ref" in answer:
            answer = self.doc["components"]["responses"][answer["$ref"].rsplit("/", 1)[-1]]
        return json_schema(answer.get("content"))

    def answers(self) -> None:
        for status in sorted(
            {s for s in self.responses if s.startswith("2")} & set(self.fn["answers"])
        ):
            theirs = self.fn["answers"][status]
            ours = self.answer_schema(status)
            if theirs.get("type") == "void" or not theirs:
                if ours is not None and theirs.get("type") == "void":
                    self.drift.add(
                        f"{self.where}: {status} carries a body in the spec, none in the types"
                    )
            elif ours is None:
                self.drift.add(
                    f"{self.where}: {status} carries no body in the spec, one in the types"
                )
            else:
                where = f"{self.where} {status}"
                self.drift.schema(ours, theirs, where, "answer", False, self.module)
        our_errors, their_errors = self.error_statuses()
        for status in sorted(our_errors & their_errors):
            ours = self.answer_schema(status)
            if ours is not None:
                where = f"{self.where} {status}"
                self.drift.schema(
                    ours, self.fn["errors"][status], where, "answer", True, self.module
                )


def load_explained(path: Path | None = None) -> list[tuple[str, str]]:
    """(pattern, reason) pairs; a pattern is an fnmatch pattern over a whole line. An entry's
    ``match`` is one pattern or a list of them (one reason for several lines)."""
    path = path or EXPLAINED
    if not path.is_file():
        return []
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    pairs: list[tuple[str, str]] = []
    for entry in entries:
        patterns = entry["match"] if isinstance(entry["match"], list) else [entry["match"]]
        pairs += [(str(pattern), str(entry["reason"])) for pattern in patterns]
    return pairs


def explain(line: str, explained: list[tuple[str, str]]) -> str | None:
    for pattern, reason in explained:
        if fnmatch.fnmatchcase(line, pattern):
            return reason
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contract", type=Path, required=True, help="contract.json of @qlik/api")
    parser.add_argument("--all", action="store_true", help="print explained lines too")
    args = parser.parse_args(argv)
    contract = json.loads(args.contract.read_text(encoding="utf-8"))
    lines = compare(bundle(), contract)
    explained = load_explained()
    unexplained = [line for line in lines if explain(line, explained) is None]
    for line in lines:
        reason = explain(line, explained)
        if reason is None:
            print(line)
        elif args.all:
            print(f"{line}\n    explained: {reason}")
    # An explanation that no longer matches anything is stale: the spec was fixed, or Qlik
    # changed the types. Either way the file must say so.
    stale = [
        pattern
        for pattern, _ in explained
        if not any(fnmatch.fnmatchcase(line, pattern) for line in lines)
    ]
    for pattern in stale:
        print(f"stale explanation (matches no difference): {pattern}")
    print(
        f"spec drift against {contract['package']} {contract['version']}: "
        f"{len(lines)} differences, {len(lines) - len(unexplained)} explained, "
        f"{len(unexplained)} unexplained, {len(stale)} stale explanations",
        file=sys.stderr,
    )
    return 1 if unexplained or stale else 0


if __name__ == "__main__":
    sys.exit(main())
