from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_quality_computed_by import DataQualityComputedBy


T = TypeVar("T", bound="DataQualityComputed")


@_attrs_define
class DataQualityComputed:
    """Metadata about the computation."""

    at: str
    """ When the computation occurred. """
    by: DataQualityComputedBy
    """ The user who computed the quality. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at

        by = self.by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "at": at,
                "by": by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_quality_computed_by import DataQualityComputedBy

        d = dict(src_dict)
        at = d.pop("at")

        by = DataQualityComputedBy.from_dict(d.pop("by"))

        data_quality_computed = cls(
            at=at,
            by=by,
        )

        data_quality_computed.additional_properties = d
        return data_quality_computed

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
