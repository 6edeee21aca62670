"""What a handler of the emulator gets (:class:`Call`) and gives (:class:`Answer`), and the
table of handlers by operationId."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from qlik_catalog.emulator.listing import cursor_page, numbered_page
from qlik_catalog.emulator.operations import Operation
from qlik_catalog.emulator.state import Doc, TenantState


@dataclass
class Call:
    """One checked request: the operation, decoded path parameters, typed query, JSON body."""

    op: Operation
    path: dict[str, str]
    query: dict[str, Any]
    body: Any
    user_id: str
    base_url: str  # scheme://host[:port] the client used, for absolute links
    state: TenantState

    def raw_path(self) -> str:
        """The request's path as sent (ids percent-encoded), for links to other pages."""
        path = self.op.path
        for name, value in self.path.items():
            path = path.replace("{" + name + "}", quote(value, safe=""))
        return path

    def numbered_page(self, docs: list[Doc]) -> Doc:
        """The page of ``docs`` this call asks for, as a page-numbered list with links."""
        return numbered_page(docs, self.query, base_url=self.base_url, path=self.raw_path())

    def cursor_page(
        self, docs: list[Doc], *, cursor_param: str = "next", prev_param: str | None = "prev"
    ) -> Doc:
        """The page of ``docs`` this call asks for, as a cursor-paged list with links."""
        return cursor_page(
            docs,
            self.query,
            base_url=self.base_url,
            path=self.raw_path(),
            cursor_param=cursor_param,
            prev_param=prev_param,
        )


@dataclass
class Answer:
    """A handler's answer: a JSON body, or text with its content type, or nothing."""

    status: int
    body: Any = None
    text: str | None = None
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Call], Answer]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    """Register a handler for operations of the spec."""

    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            HANDLERS[operation_id] = handler
        return handler

    return register
