"""Qlik's error answers, in the shape of each API's official types (``@qlik/api`` 2.19.0).

Every API sends ``{"errors": [{code, title, detail, ...}]}``; they differ in the rest:
the catalog APIs (data stores, assets, sets, products) add ``status`` as a string and a
``traceId``; users adds ``status`` as a number and a ``traceId``; spaces a ``traceId`` only;
apps, reports, data files and items neither. The trace id is always in the ``x-trace-id``
header too, so an answer without it in the body still carries it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


class ApiError(Exception):
    """Raised by the emulator's handlers; becomes Qlik's error body with the status."""

    def __init__(
        self,
        status: int,
        code: str,
        title: str,
        detail: str | None = None,
        *,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {detail or title}")
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.headers = headers or {}

    def body(self, trace_id: str, path: str = "") -> dict[str, Any]:
        """The JSON body Qlik sends for this error on the API that serves ``path``."""
        style = error_style(path)
        item: dict[str, Any] = {"code": self.code, "title": self.title}
        if self.detail:
            item["detail"] = self.detail
        if style.status is not None:
            item["status"] = style.status(self.status)
        body: dict[str, Any] = {"errors": [item]}
        if style.trace_id:
            body["traceId"] = trace_id
        return body


@dataclass(frozen=True)
class ErrorStyle:
    """How one API's official error type spells an error."""

    status: Callable[[int], Any] | None  # the entries' ``status``: str, int or absent
    trace_id: bool  # whether the body carries ``traceId``


CATALOG_STYLE = ErrorStyle(status=str, trace_id=True)
# Path prefix -> style; the first match wins, the catalog's style is the default.
ERROR_STYLES: tuple[tuple[str, ErrorStyle], ...] = (
    ("/api/v1/users", ErrorStyle(status=int, trace_id=True)),
    ("/api/v1/spaces", ErrorStyle(status=None, trace_id=True)),
    ("/api/v1/apps", ErrorStyle(status=None, trace_id=False)),
    ("/api/v1/reports", ErrorStyle(status=None, trace_id=False)),
    ("/api/v1/data-files", ErrorStyle(status=None, trace_id=False)),
    ("/api/v1/items", ErrorStyle(status=None, trace_id=False)),
    # The data qualities' Error has code, title and detail only (no status); trust scores'
    # has the catalog's shape.
    ("/api/data-governance/data-qualities", ErrorStyle(status=None, trace_id=True)),
)


def error_style(path: str) -> ErrorStyle:
    """The error style of the API serving ``path``."""
    for prefix, style in ERROR_STYLES:
        if path == prefix or path.startswith(prefix + "/"):
            return style
    return CATALOG_STYLE


def bad_request(detail: str, code: str = "HTTP-400") -> ApiError:
    """A 400 naming what is wrong with the request."""
    return ApiError(400, code, "Bad request", detail)


def not_found(what: str, ids: str) -> ApiError:
    """A 404 for missing resources."""
    return ApiError(404, "HTTP-404", "Not found", f"{what} not found: {ids}")


def conflict(detail: str) -> ApiError:
    """A 409: the request conflicts with the current state."""
    return ApiError(409, "HTTP-409", "Conflict", detail)


def required(pool: Mapping[str, T], key: str, what: str) -> T:
    """``pool[key]``, or Qlik's 404 naming ``what`` when there is no such resource."""
    found = pool.get(key)
    if found is None:
        raise not_found(what, key)
    return found
