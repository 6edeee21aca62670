"""Lists as Qlik answers them: projections, sort, page numbers with links, opaque cursors."""

from __future__ import annotations

import base64
import math
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlencode

from qlik_catalog.emulator.problems import bad_request
from qlik_catalog.emulator.state import Doc

DEFAULT_LIMIT = 20


def project(doc: Doc, projections: str | None) -> Doc:
    """Only the fields named in ``projections`` (comma-separated; ``a.b`` keeps ``a``)."""
    if not projections:
        return doc
    keep = {name.split(".", 1)[0] for name in projections.split(",") if name}
    return {key: value for key, value in doc.items() if key in keep}


def _sort_value(value: Any) -> tuple[int, Any]:
    if value is None:
        return (1, "")  # missing values sort last
    if isinstance(value, bool | int | float):
        return (0, float(value))
    return (0, str(value).lower())


def sort_docs(docs: list[Doc], sort: str | None, fields: Iterable[str]) -> list[Doc]:
    """``docs`` ordered by ``sort`` (comma-separated fields, ``-`` descending, ``+`` or none
    ascending); 400 for a field the resource does not have."""
    if not sort:
        return docs
    known = set(fields)
    keys = [part.strip() for part in sort.split(",") if part.strip()]
    for key in reversed(keys):  # stable sorts, last key first
        descending = key.startswith("-")
        name = key.lstrip("+-")
        if name not in known:
            raise bad_request(
                f"cannot sort by {name!r}; sortable fields: {', '.join(sorted(known))}"
            )
        docs = sorted(docs, key=lambda d: _sort_value(d.get(name)), reverse=descending)
    return docs


def _link(base_url: str, path: str, query: Mapping[str, Any]) -> dict[str, str]:
    shown = {k: (str(v).lower() if isinstance(v, bool) else v) for k, v in query.items()}
    return {"href": f"{base_url}{path}" + (f"?{urlencode(shown)}" if shown else "")}


def numbered_page(
    docs: list[Doc],
    query: Mapping[str, Any],
    *,
    base_url: str,
    path: str,
    default_limit: int = DEFAULT_LIMIT,
) -> Doc:
    """One page of a page-numbered list, with ``links`` (self, first, last, prev, next),
    ``page``, ``limit``, ``pages`` and ``total``."""
    limit = int(query.get("limit", default_limit))
    page = int(query.get("page", 1))
    total = len(docs)
    pages = max(1, math.ceil(total / limit))
    chunk = docs[(page - 1) * limit : page * limit]
    kept = {k: v for k, v in query.items() if k != "page"}

    def at(number: int) -> dict[str, str]:
        return _link(base_url, path, {**kept, "limit": limit, "page": number})

    links: Doc = {"self": at(page), "first": at(1), "last": at(pages)}
    if page > 1:
        links["prev"] = at(min(page - 1, pages))
    if page < pages:
        links["next"] = at(page + 1)
    return {
        "data": chunk,
        "page": page,
        "limit": limit,
        "pages": pages,
        "total": total,
        "links": links,
    }


def encode_cursor(offset: int) -> str:
    """An opaque cursor for ``offset``."""
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str, name: str) -> int:
    """The offset in a cursor; 400 for one the emulator did not hand out."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        if not raw.startswith("o:"):
            raise ValueError(raw)
        offset = int(raw[2:])
    except (ValueError, UnicodeDecodeError) as exc:
        raise bad_request(f"{name} is not a cursor this tenant handed out") from exc
    if offset < 0:
        raise bad_request(f"{name} is not a cursor this tenant handed out")
    return offset


def cursor_page(
    docs: list[Doc],
    query: Mapping[str, Any],
    *,
    base_url: str,
    path: str,
    cursor_param: str = "next",
    prev_param: str | None = "prev",
    default_limit: int = DEFAULT_LIMIT,
) -> Doc:
    """One page of a cursor-paged list: ``data`` and ``links`` (self, and next / prev when
    there are more). ``cursor_param`` is the query name of the cursor (``next``, or ``page``
    for data files)."""
    limit = int(query.get("limit", default_limit))
    offset = 0
    if cursor_param in query:
        offset = decode_cursor(str(query[cursor_param]), cursor_param)
    if prev_param and prev_param in query:
        offset = decode_cursor(str(query[prev_param]), prev_param)
    chunk = docs[offset : offset + limit]
    kept = {k: v for k, v in query.items() if k not in (cursor_param, prev_param)}
    links: Doc = {"self": _link(base_url, path, dict(query))}
    if offset + limit < len(docs):
        links["next"] = _link(
            base_url, path, {**kept, "limit": limit, cursor_param: encode_cursor(offset + limit)}
        )
    if offset > 0:
        back = {**kept, "limit": limit}
        key = prev_param or cursor_param
        back[key] = encode_cursor(max(0, offset - limit))
        links["prev"] = _link(base_url, path, back)
    return {"data": chunk, "links": links}


def complete_links(page: Doc, names: Iterable[str] = ("self", "next", "prev")) -> Doc:
    """``page`` with every link of ``names`` present, ``{"href": null}`` where there is no such
    page: the APIs whose official types always carry them (reports' outputs, data files)."""
    links = page.setdefault("links", {})
    for name in names:
        links.setdefault(name, {"href": None})
    return page


def contains(value: Any, needle: str) -> bool:
    """Whether ``value`` is a string holding ``needle``, ignoring case (the name and query
    filters of spaces and items)."""
    return isinstance(value, str) and needle.lower() in value.lower()
