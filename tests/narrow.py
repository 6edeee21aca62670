"""Narrowing the optional (``Unset``) fields of the generated models in typed tests."""

from __future__ import annotations

from typing import TypeVar

from qlik_catalog_api.types import Unset

T = TypeVar("T")


def present(value: T | Unset) -> T:
    """``value``, asserted set: a field the answer must carry."""
    assert not isinstance(value, Unset), "field not set"
    return value


def found(value: T | Unset | None) -> T:
    """``value``, asserted neither None nor unset: a result a batch must hold for its id."""
    assert value is not None, "no result"
    assert not isinstance(value, Unset), "field not set"
    return value
