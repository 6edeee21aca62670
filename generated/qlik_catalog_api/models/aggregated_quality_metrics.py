from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AggregatedQualityMetrics")


@_attrs_define
class AggregatedQualityMetrics:
    """Aggregated metrics for the field."""

    empty: int
    invalid: int
    total: int
    valid: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        empty = self.empty

        invalid = self.invalid

        total = self.total

        valid = self.valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "empty": empty,
                "invalid": invalid,
                "total": total,
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

        valid = d.pop("valid")

        aggregated_quality_metrics = cls(
            empty=empty,
            invalid=invalid,
            total=total,
            valid=valid,
        )

        aggregated_quality_metrics.additional_properties = d
        return aggregated_quality_metrics

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
