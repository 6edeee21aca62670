from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="QualityGlobalResults")


@_attrs_define
class QualityGlobalResults:
    """Counts of sample cells."""

    empty: int
    invalid: int
    total: int
    updated_at: str
    """ Timestamp of the most recent computation for this dataset and connection. """
    valid: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        empty = self.empty

        invalid = self.invalid

        total = self.total

        updated_at = self.updated_at

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "empty": empty,
                "invalid": invalid,
                "total": total,
                "updatedAt": updated_at,
                "valid": valid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        empty = d.pop("empty")

        invalid = d.pop("invalid")

        total = d.pop("total")

        updated_at = d.pop("updatedAt")

        valid = d.pop("valid")

        quality_global_results = cls(
            empty=empty,
            invalid=invalid,
            total=total,
            updated_at=updated_at,
            valid=valid,
        )

        quality_global_results.additional_properties = d
        return quality_global_results

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
