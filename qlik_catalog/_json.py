"""JSON for bulk work (export pages, snapshot rows): msgspec when it is installed (the ``cli``
extra brings it), else the standard library, with the same values either way.

An export of 100,000 data sets decodes about 1,000 pages and encodes 100,000 rows on the
event loop's thread; msgspec does both about 2x and 6x faster than :mod:`json`, which is what
lets the waits for the tenant wake on time. msgspec is chosen over orjson because it keeps
integers beyond 64 bits exact (orjson turns them into floats).

Both paths give the same Python values. Their text can differ in form (msgspec writes
non-ASCII characters as they are and floats as ``1e16`` where :mod:`json` writes ``\\u00e9``
and ``1e+16``), so stored JSON is compared decoded, never as text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

try:
    import msgspec
except ImportError:  # pragma: no cover - exercised by the tests with msgspec hidden
    msgspec = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from qlik_catalog._fast_listing import Listing

_DECODER = None if msgspec is None else msgspec.json.Decoder()
_ENCODER = None if msgspec is None else msgspec.json.Encoder(order="sorted")
_COMPACT = None if msgspec is None else msgspec.json.Encoder()
_READ_LISTING: Callable[[bytes], Listing | None] | None = None
if msgspec is not None:
    from qlik_catalog import _fast_listing

    _READ_LISTING = _fast_listing.read_listing


def fast() -> bool:
    """Whether msgspec is in use."""
    return _DECODER is not None


def loads(data: bytes | str) -> Any:
    """The value of a JSON document (UTF-8 bytes, as Qlik sends them, or text).

    Raises :class:`ValueError` for text that is not JSON (NaN and Infinity included, which
    are not JSON) and :class:`RecursionError` for one nested too deep.
    """
    if _DECODER is not None:
        try:
            return _DECODER.decode(data)
        except msgspec.DecodeError:
            # Not UTF-8 (httpx would have guessed another encoding) or not JSON: the standard
            # library's reading decides, so both paths accept and refuse the same answers.
            pass
    return json.loads(data, parse_constant=_refuse_constant)


def read_listing(content: bytes) -> Listing | None:
    """A catalog listing's page as each object's column fields and JSON text, read without
    building the objects (see :mod:`qlik_catalog._fast_listing`); ``None`` without msgspec,
    or for a page that path does not read: then decode it with :func:`loads`."""
    return None if _READ_LISTING is None else _READ_LISTING(content)


def dumps_sorted(value: Any) -> str:
    """Compact JSON with sorted keys: the form a snapshot stores."""
    if _ENCODER is not None:
        try:
            return _ENCODER.encode(value).decode()
        except (UnicodeEncodeError, TypeError, OverflowError):
            pass  # a lone surrogate (not UTF-8): escaped by the standard library below
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def dumps_compact(value: Any) -> bytes:
    """Compact JSON, keys in their order, as UTF-8 bytes: the emulator's answers."""
    if _COMPACT is not None:
        try:
            return _COMPACT.encode(value)
        except (UnicodeEncodeError, TypeError, OverflowError):
            pass
    return json.dumps(value, separators=(",", ":")).encode()


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
