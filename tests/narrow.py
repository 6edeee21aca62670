"""Narrowing the optional (``Unset``) fields of the generated models in typed tests."""

from __future__ import annotations

from typing import TypeVar

from qlik_catalog_api.types import Unset

T = TypeVar("T")


def present(value: T | Unset) -> T:
    """``value``, asserted set: a field the answer must carry."""
    assert not isinstance(value, Unset), "field not set"
    return value
