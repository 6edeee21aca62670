"""A catalog listing's page read by msgspec without building its objects: each object's JSON
text as the tenant sent it, beside the few fields a snapshot keeps in columns.

An export of 100,000 data sets reads about 1,000 pages of 100 objects. Decoding each page into
dicts (thousands of containers a page) and encoding every object again for its row was most of
the event loop's CPU, and the allocations woke Python's cyclic garbage collector thousands of
times. Here a page is one validating scan that slices out each object's text
(:class:`msgspec.Raw`) and a second one over each object that picks its column fields into a
struct the collector does not track: about a quarter of the CPU, and almost nothing for the
collector to look at.

:func:`read_listing` gives ``None`` for any page that does not fit the expected shape exactly
(not an object, ``data`` not a list of objects with string ids, a column field that is neither
a string nor null, text that is not UTF-8): the caller then reads it the general way, which
accepts and refuses exactly what it always did. So this path decides nothing; it is only
faster where it applies.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import msgspec


class _StoreRef(msgspec.Struct, gc=False):
    id: str | None = None


class _AssetRef(msgspec.Struct, gc=False):
    id: str | None = None
    dataStoreInfo: _StoreRef | None = None


class ListedFields(msgspec.Struct, gc=False):
    """The fields of a listed catalog object that a snapshot keeps in columns (of every kind:
    each kind reads its own time fields)."""

    id: str
    name: str | None = None
    technicalName: str | None = None
    spaceId: str | None = None
    tenantId: str | None = None
    createdTime: str | None = None
    lastModifiedTime: str | None = None
    createdAt: str | None = None
    updatedAt: str | None = None
    dataStoreInfo: _StoreRef | None = None
    dataAssetInfo: _AssetRef | None = None


class _Page(msgspec.Struct, gc=False):
    data: list[msgspec.Raw]
    total: Any = None
    pages: Any = None
    links: Any = None


class Listing(NamedTuple):
    """One page: each object's fields and JSON text, and the page's ``total``, ``pages`` and
    ``links`` as sent."""

    objects: list[tuple[ListedFields, str]]
    total: Any
    pages: Any
    links: Any


_PAGE = msgspec.json.Decoder(_Page)
_FIELDS = msgspec.json.Decoder(ListedFields)


def read_listing(content: bytes) -> Listing | None:
    """The page ``content`` split into objects, or ``None`` when it does not fit the shape
    this path reads (see the module's docstring)."""
    try:
        page = _PAGE.decode(content)
        objects = [(_FIELDS.decode(raw), bytes(raw).decode()) for raw in page.data]
    except (msgspec.DecodeError, UnicodeDecodeError):
        return None
    return Listing(objects, page.total, page.pages, page.links)
