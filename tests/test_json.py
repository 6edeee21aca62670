"""``qlik_catalog._json``: msgspec and the standard library give the same values, refuse the
same answers, and the fallbacks cover what msgspec cannot do."""

from __future__ import annotations

import json
from typing import Any

import pytest

from qlik_catalog import _json

VALUES: list[Any] = [
    {"b": "é ☃ 𝄞", "a": [1, 2.5, -0.0, 1e16, None, True, False], "c": {"z": 1, "y": {}}},
    {"big": 123456789012345678901234567890, "neg": -(2**70)},
    {"control": "\x00\x1f\u2028\u2029</script>", "quote": '"\\'},
    [],
    "text",
]


@pytest.fixture(params=["msgspec", "stdlib"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs with msgspec and with it hidden (the standard library's path)."""
    if request.param == "stdlib":
        for name in ("_DECODER", "_ENCODER", "_COMPACT", "_READ_LISTING"):
            monkeypatch.setattr(_json, name, None)
        assert not _json.fast()
    else:
        assert _json.fast()
    return str(request.param)


@pytest.mark.parametrize("value", VALUES)
def test_values_survive_a_round_trip_exactly(path: str, value: Any) -> None:
    text = _json.dumps_sorted(value)
    assert _json.loads(text.encode()) == value
    assert _json.loads(text) == value
    assert _json.loads(_json.dumps_compact(value)) == value
    # Integers beyond 64 bits stay integers (orjson would make them floats).
    if isinstance(value, dict) and "big" in value:
        assert type(_json.loads(text)["big"]) is int


def test_sorted_form_is_compact_with_sorted_keys(path: str) -> None:
    assert _json.dumps_sorted({"b": 1, "a": {"d": 2, "c": 3}}) == '{"a":{"c":3,"d":2},"b":1}'


def test_compact_form_keeps_the_key_order(path: str) -> None:
    assert _json.dumps_compact({"b": 1, "a": [1, 2]}) == b'{"b":1,"a":[1,2]}'


@pytest.mark.parametrize(
    "bad", [b"", b"{", b"[NaN]", b'{"a": Infinity}', b"[-Infinity]", b"nope", b'{"a":1}x']
)
def test_what_is_not_json_is_refused_alike(path: str, bad: bytes) -> None:
    with pytest.raises(ValueError, match=r"."):
        _json.loads(bad)


def test_too_deep_is_a_recursion_error(path: str) -> None:
    with pytest.raises(RecursionError):
        _json.loads(b"[" * 100_000 + b"]" * 100_000)


def test_other_encodings_are_read_as_the_standard_library_reads_them(path: str) -> None:
    data = json.dumps({"a": "é"}).encode("utf-16")
    assert _json.loads(data) == {"a": "é"}


def test_a_lone_surrogate_is_read_and_written_escaped(path: str) -> None:
    value = _json.loads(b'{"s":"\\ud800"}')
    assert value == {"s": "\ud800"}
    assert _json.dumps_sorted(value) == '{"s":"\\ud800"}'
    assert _json.loads(_json.dumps_compact(value)) == value


def test_a_listing_is_read_into_rows_only_with_msgspec(path: str) -> None:
    listing = _json.read_listing(b'{"data":[{"id":"ds-1"}],"total":1}')
    if path == "stdlib":
        assert listing is None  # the export decodes the page with loads instead
    else:
        assert listing is not None
        assert [(fields.id, text) for fields, text in listing.objects] == [
            ("ds-1", '{"id":"ds-1"}')
        ]
