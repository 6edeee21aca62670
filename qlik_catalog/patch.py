"""JSON Patch (RFC 6902): checking operations before they are sent.

Patch methods accept a list of dicts (``{"op": "replace", "path": "/name", "value": "x"}``) or
of the generated ``JsonPatchOperation`` models. Anything malformed raises
:class:`~qlik_catalog.errors.QlikValueError` naming the operation and the problem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

from qlik_catalog_api.types import UNSET

from qlik_catalog.errors import QlikValueError

if TYPE_CHECKING:
    # The generated models load on first use (importing them costs more than httpx).
    from qlik_catalog_api.models import DataProductPatchOperation, JsonPatchOperation

PatchOps: TypeAlias = "Sequence[Mapping[str, Any] | JsonPatchOperation]"

OPS = ("add", "remove", "replace", "move", "copy", "test")
NEEDS_VALUE = frozenset({"add", "replace", "test"})
NEEDS_FROM = frozenset({"move", "copy"})
# A JSON Pointer: "" or "/"-prefixed tokens where "~" is only ever "~0" or "~1".
_POINTER = re.compile(r"(/([^~/]|~[01])*)*")

DATA_PRODUCT_MAX_OPS = 8
DATA_PRODUCT_PATHS = (
    "/name",
    "/description",
    "/datasetIds",
    "/glossaryIds",
    "/readMe",
    "/keyContacts",
    "/tags",
    "/apiConsumableDatasetIds",
)


def replace(path: str, value: Any) -> dict[str, Any]:
    """A ``replace`` operation: ``replace("/name", "Orders")``."""
    return {"op": "replace", "path": path, "value": value}


def _as_dict(op: Mapping[str, Any] | JsonPatchOperation, index: int) -> dict[str, Any]:
    from qlik_catalog_api.models import JsonPatchOperation

    if isinstance(op, JsonPatchOperation):
        return op.to_dict()
    if not isinstance(op, Mapping):
        raise QlikValueError(f"patch operation {index} is a {type(op).__name__}, not an object")
    return dict(op)


def _check_pointer(value: Any, what: str) -> None:
    if not isinstance(value, str):
        raise QlikValueError(f"{what} must be a string JSON Pointer, got {value!r}")
    if not _POINTER.fullmatch(value):
        raise QlikValueError(
            f"{what} {value!r} is not a JSON Pointer (it must be empty or start with '/', "
            "and '~' must be followed by 0 or 1)"
        )


def validate_patch(ops: PatchOps) -> list[JsonPatchOperation]:
    """Check a JSON Patch document and return it as generated models."""
    from qlik_catalog_api.models import JsonPatchOperation

    if isinstance(ops, Mapping | str | bytes) or not isinstance(ops, Sequence):
        raise QlikValueError("a JSON Patch must be a list of operations")
    if not ops:
        raise QlikValueError("the JSON Patch is empty: give at least one operation")
    out = []
    for index, raw in enumerate(ops):
        op = _as_dict(raw, index)
        where = f"patch operation {index}"
        unknown = set(op) - {"op", "path", "value", "from"}
        if unknown:
            raise QlikValueError(f"{where} has unknown member(s): {sorted(unknown)}")
        name = op.get("op")
        if name not in OPS:
            raise QlikValueError(f"{where}: op {name!r} is not one of {', '.join(OPS)}")
        if "path" not in op:
            raise QlikValueError(f"{where} ({name}) has no path")
        _check_pointer(op["path"], f"{where}: path")
        if name in NEEDS_VALUE and "value" not in op:
            raise QlikValueError(f"{where} ({name} {op['path']}) has no value")
        if name in NEEDS_FROM:
            if "from" not in op:
                raise QlikValueError(f"{where} ({name} {op['path']}) has no 'from'")
            _check_pointer(op["from"], f"{where}: from")
        out.append(
            JsonPatchOperation(
                op=name,
                path=op["path"],
                from_=op.get("from", UNSET),
                value=op.get("value", UNSET),
            )
        )
    return out


def validate_data_product_patch(
    ops: Sequence[Mapping[str, Any] | DataProductPatchOperation],
) -> list[DataProductPatchOperation]:
    """Check a data product patch: ``replace`` only, on the documented paths, at most 8."""
    from qlik_catalog_api.models import DataProductPatchOperation

    if isinstance(ops, Mapping | str | bytes) or not isinstance(ops, Sequence):
        raise QlikValueError("a data product patch must be a list of operations")
    if not ops:
        raise QlikValueError("the data product patch is empty: give at least one operation")
    if len(ops) > DATA_PRODUCT_MAX_OPS:
        raise QlikValueError(
            f"a data product patch takes at most {DATA_PRODUCT_MAX_OPS} operations per "
            f"request, got {len(ops)}"
        )
    out = []
    for index, raw in enumerate(ops):
        op = raw.to_dict() if isinstance(raw, DataProductPatchOperation) else dict(raw)
        where = f"data product patch operation {index}"
        if op.get("op") != "replace":
            raise QlikValueError(f"{where}: only 'replace' is allowed, not {op.get('op')!r}")
        if op.get("path") not in DATA_PRODUCT_PATHS:
            raise QlikValueError(
                f"{where}: path {op.get('path')!r} is not one of {', '.join(DATA_PRODUCT_PATHS)}"
            )
        if "value" not in op:
            raise QlikValueError(f"{where} ({op['path']}) has no value")
        out.append(DataProductPatchOperation.from_dict(op))
    return out


def value_or_unset(value: Any) -> Any:
    """``None`` -> ``UNSET`` (leave the query parameter out)."""
    return UNSET if value is None else value
