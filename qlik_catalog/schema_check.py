"""Checking a JSON value against a schema of the bundled spec, with the standard library only.

Used before anything is sent or planned: a dict body given to a resource method, the entries
of a catalog file. It covers what the specs use (``type``, ``nullable``, ``enum``,
``properties``/``required``, ``additionalProperties``, ``items``, ``oneOf``, ``$ref``) and
treats every object that names its properties as closed, as Qlik's request types are: an
unknown field is a problem, named with the nearest known name. The full JSON Schema validator
(``qlik_catalog.spec.schema_errors``, extra ``emulator``) checks answers; this one needs no
extra, so the core can refuse a typo without loading it.

    >>> component_problems("DataStoreRequest", {"nmae": "Orders", "type": "x",
    ...                                         "technicalName": "orders"})
    ["nmae: unknown field (did you mean 'name'?)"]
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

from qlik_catalog.spec import bundled_spec

# A problem list stops growing here: a value wrong everywhere needs no thousand lines.
MAX_PROBLEMS = 50

_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list, tuple),
    "object": (Mapping,),
}


def component_problems(name: str, value: Any, *, required: bool = True) -> list[str]:
    """What makes ``value`` break the component schema ``name`` (empty when it fits).

    Each problem is one line that starts with where it is (``tags[0]``,
    ``schema.dataFields[1].name``; ``(root)`` for the value itself). ``required=False`` skips
    the checks of required fields at every depth (a partial document, such as the fields a
    catalog file manages on an existing object). Fields the spec marks ``readOnly`` are
    accepted (people send back what they read) and not required.
    """
    schemas = bundled_spec()["components"]["schemas"]
    if name not in schemas:
        raise KeyError(name)
    return schema_problems({"$ref": f"#/components/schemas/{name}"}, value, required=required)


def schema_problems(schema: Mapping[str, Any], value: Any, *, required: bool = True) -> list[str]:
    """What makes ``value`` break ``schema``, whose ``$ref`` point into the bundled spec."""
    problems: list[str] = []
    _check(schema, value, "", problems, required)
    return problems[:MAX_PROBLEMS]


def _resolve(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        node: Any = bundled_spec()
        for part in str(schema["$ref"]).removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _where(path: str) -> str:
    return path or "(root)"


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    for name, types in _JSON_TYPES.items():
        if isinstance(value, types) and not (name in ("integer", "number") and _is_bool(value)):
            return name
    return type(value).__name__


def _is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def _fits_type(expected: str, value: Any) -> bool:
    if expected in ("integer", "number") and _is_bool(value):
        return False
    if expected == "integer" and isinstance(value, float):
        return value.is_integer()
    types = _JSON_TYPES.get(expected)
    return types is None or isinstance(value, types)


def _check(
    schema: Mapping[str, Any], value: Any, path: str, problems: list[str], required: bool
) -> None:
    if len(problems) >= MAX_PROBLEMS:
        return
    schema = _resolve(schema)
    if value is None:
        if not schema.get("nullable") and schema.get("type") is not None:
            problems.append(f"{_where(path)}: must not be null")
        return
    if "oneOf" in schema:
        _check_one_of(schema["oneOf"], value, path, problems, required)
        return
    expected = schema.get("type")
    if isinstance(expected, str) and not _fits_type(expected, value):
        problems.append(f"{_where(path)}: expected {expected}, got {_type_name(value)} {value!r}")
        return
    if "enum" in schema and value not in schema["enum"]:
        allowed = ", ".join(repr(option) for option in schema["enum"])
        problems.append(f"{_where(path)}: {value!r} is not one of {allowed}")
        return
    if isinstance(value, Mapping):
        _check_object(schema, value, path, problems, required)
    elif isinstance(value, list | tuple) and "items" in schema:
        for index, item in enumerate(value):
            _check(schema["items"], item, f"{path}[{index}]", problems, required)


def _check_one_of(
    options: list[Mapping[str, Any]], value: Any, path: str, problems: list[str], required: bool
) -> None:
    resolved = [_resolve(option) for option in options]
    # Only an option of the value's own type can say what is wrong inside it.
    fitting = [
        o for o in resolved if not isinstance(o.get("type"), str) or _fits_type(o["type"], value)
    ]
    if not fitting:
        names = " or ".join(str(o.get("type")) for o in resolved)
        problems.append(f"{_where(path)}: expected {names}, got {_type_name(value)} {value!r}")
        return
    found: list[list[str]] = []
    for option in fitting:
        attempt: list[str] = []
        _check(option, value, path, attempt, required)
        if not attempt:
            return
        found.append(attempt)
    problems.extend(sorted(found, key=len)[0])


def _check_object(
    schema: Mapping[str, Any],
    value: Mapping[Any, Any],
    path: str,
    problems: list[str],
    required: bool,
) -> None:
    properties: Mapping[str, Any] = schema.get("properties", {})
    extra = schema.get("additionalProperties")
    prefix = f"{path}." if path else ""
    for key, item in value.items():
        if not isinstance(key, str):
            problems.append(f"{_where(path)}: field names must be strings, not {key!r}")
        elif key in properties:
            _check(properties[key], item, f"{prefix}{key}", problems, required)
        elif isinstance(extra, Mapping):
            _check(extra, item, f"{prefix}{key}", problems, required)
        elif extra is not True and (properties or extra is False):
            problems.append(f"{prefix}{key}: unknown field{_nearest(key, properties)}")
    if required:
        for name in schema.get("required", []):
            if name not in value and not _resolve(properties.get(name, {})).get("readOnly"):
                problems.append(f"{prefix}{name}: required field missing")


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the known name closest to ``name``, or ``""``."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _nearest(name: str, known: Mapping[str, Any]) -> str:
    """:func:`did_you_mean`, else the name in another case, else the known names."""
    hint = did_you_mean(name, known)
    if hint:
        return hint
    lowered = {key.lower(): key for key in known}
    if name.lower() in lowered:
        return f" (did you mean {lowered[name.lower()]!r}?)"
    return f" (known fields: {', '.join(sorted(known))})" if known else ""
