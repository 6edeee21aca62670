from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_information import FieldInformation
    from ..models.field_quality_metrics import FieldQualityMetrics


T = TypeVar("T", bound="FieldQuality")


@_attrs_define
class FieldQuality:
    """Quality metrics for a single field."""

    name: str
    quality: FieldQualityMetrics
    """ Quality metrics of a field (the official Quality). """
    type_: FieldInformation
    """ Information about the type of the field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        quality = self.quality.to_dict()

        type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "quality": quality,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_information import FieldInformation
        from ..models.field_quality_metrics import FieldQualityMetrics

        d = dict(src_dict)
        name = d.pop("name")

        quality = FieldQualityMetrics.from_dict(d.pop("quality"))

        type_ = FieldInformation.from_dict(d.pop("type"))

        field_quality = cls(
            name=name,
            quality=quality,
            type_=type_,
        )

        field_quality.additional_properties = d
        return field_quality

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
