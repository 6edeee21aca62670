from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_field_qualities import DatasetFieldQualities


T = TypeVar("T", bound="FieldQualitiesFilterResponse")


@_attrs_define
class FieldQualitiesFilterResponse:
    """Field quality results of the requested datasets. A data set without a computed result is left out, as the trust
    scores' filter documents. (Assumption.)

    """

    field_qualities: list[DatasetFieldQualities]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_qualities = []
        for field_qualities_item_data in self.field_qualities:
            field_qualities_item = field_qualities_item_data.to_dict()
            field_qualities.append(field_qualities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fieldQualities": field_qualities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_field_qualities import DatasetFieldQualities

        d = dict(src_dict)
        field_qualities = []
        _field_qualities = d.pop("fieldQualities")
        for field_qualities_item_data in _field_qualities:
            field_qualities_item = DatasetFieldQualities.from_dict(field_qualities_item_data)

            field_qualities.append(field_qualities_item)

        field_qualities_filter_response = cls(
            field_qualities=field_qualities,
        )

        field_qualities_filter_response.additional_properties = d
        return field_qualities_filter_response

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
