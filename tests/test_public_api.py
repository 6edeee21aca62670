"""``qlik_catalog.__all__`` is exactly the public API: sorted, every name importable and
documented, nothing public in ``qlik_catalog/__init__.py`` left out of it, and equal to the set
written below (adding or removing a public name is a deliberate change of this test)."""

from __future__ import annotations

import ast
import inspect
import types
from pathlib import Path

import qlik_catalog

PUBLIC_API = {
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "BatchResult",
    "CatalogFileError",
    "ChangedSincePlanError",
    "ConflictError",
    "DataFilesConnectionNotFoundError",
    "ErrorEntry",
    "JobTimeoutError",
    "MissingExtraError",
    "NotAppliedError",
    "NotFoundError",
    "OAuthClientCredentials",
    "OAuthRefreshToken",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "QlikCatalog",
    "QlikConnectionError",
    "QlikError",
    "QlikResponseError",
    "QlikStatusError",
    "QlikTimeoutError",
    "QlikValueError",
    "RateLimitError",
    "RateLimits",
    "ReportFailedError",
    "DataQualityFailedError",
    "ResponseInfo",
    "RetryPolicy",
    "ServerError",
    "TokenCallbackError",
    "TokenSet",
    "UnsafeLinkError",
    "UserLookup",
    "replace",
}

# Imports that bind a name without exporting anything (``from __future__ import annotations``,
# ``from typing import TYPE_CHECKING``).
NOT_EXPORTS = {"__future__", "typing", "typing_extensions"}


def _bound(node: ast.stmt) -> set[str]:
    """The names one top-level statement binds."""
    if isinstance(node, ast.ImportFrom) and node.module not in NOT_EXPORTS:
        return {alias.asname or alias.name for alias in node.names}
    if isinstance(node, ast.Import):
        return {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return {node.name}
    if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    return set()


def _bound_in(body: list[ast.stmt]) -> set[str]:
    names: set[str] = set()
    for node in body:
        names |= _bound(node)
        if isinstance(node, ast.If | ast.Try):
            names |= _bound_in(node.body) | _bound_in(node.orelse)
        if isinstance(node, ast.Try):
            for handler in node.handlers:
                names |= _bound_in(handler.body)
            names |= _bound_in(node.finalbody)
    return names


def names_bound_in_init() -> set[str]:
    """Every name ``qlik_catalog/__init__.py`` binds at its top level (also under ``if``/``try``,
    such as an ``if TYPE_CHECKING:`` block), read from its source."""
    return _bound_in(ast.parse(Path(qlik_catalog.__file__).read_text(encoding="utf-8")).body)


def test_all_is_the_expected_public_api() -> None:
    assert set(qlik_catalog.__all__) == PUBLIC_API, (
        "qlik_catalog.__all__ changed: "
        f"added {sorted(set(qlik_catalog.__all__) - PUBLIC_API)}, "
        f"removed {sorted(PUBLIC_API - set(qlik_catalog.__all__))}; "
        "if that is deliberate, change PUBLIC_API in this test"
    )


def test_all_is_sorted_without_duplicates() -> None:
    assert qlik_catalog.__all__ == sorted(set(qlik_catalog.__all__))


def test_star_import_gives_every_name() -> None:
    namespace: dict[str, object] = {}
    exec("from qlik_catalog import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(qlik_catalog.__all__)


def test_no_public_name_of_init_is_left_out() -> None:
    source_names = {name for name in names_bound_in_init() if not name.startswith("_")}
    assert source_names - set(qlik_catalog.__all__) == set()
    # What the imported package holds: submodules are attributes once imported, not exports.
    runtime_names = {
        name
        for name, value in vars(qlik_catalog).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert runtime_names - set(qlik_catalog.__all__) == set()


def test_every_name_is_importable_and_documented() -> None:
    problems = []
    for name in qlik_catalog.__all__:
        try:
            value = getattr(qlik_catalog, name)
        except AttributeError:
            problems.append(f"{name}: not importable")
            continue
        if not (inspect.isclass(value) or inspect.isfunction(value)):
            problems.append(
                f"{name}: neither a class nor a function (say here how it is documented)"
            )
            continue
        # A class's own docstring, not one inherited from a base (inspect.getdoc would inherit),
        # and not the signature a dataclass writes when it has none.
        doc = vars(value).get("__doc__") if inspect.isclass(value) else value.__doc__
        if not doc or not doc.strip():
            problems.append(f"{name}: no docstring")
        elif doc.startswith(f"{name}("):
            problems.append(f"{name}: only the docstring a dataclass generates")
    assert problems == []
