"""Qlik's error answers: ``{"errors": [{code, title, detail, status}], "traceId": ...}``."""

from __future__ import annotations

from typing import Any


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

    def body(self, trace_id: str) -> dict[str, Any]:
        """The JSON body Qlik sends for this error."""
        item: dict[str, Any] = {"code": self.code, "title": self.title, "status": str(self.status)}
        if self.detail:
            item["detail"] = self.detail
        return {"errors": [item], "traceId": trace_id}


def bad_request(detail: str, code: str = "HTTP-400") -> ApiError:
    """A 400 naming what is wrong with the request."""
    return ApiError(400, code, "Bad request", detail)


def not_found(what: str, ids: str) -> ApiError:
    """A 404 for missing resources."""
    return ApiError(404, "HTTP-404", "Not found", f"{what} not found: {ids}")


def conflict(detail: str) -> ApiError:
    """A 409: the request conflicts with the current state."""
    return ApiError(409, "HTTP-409", "Conflict", detail)
