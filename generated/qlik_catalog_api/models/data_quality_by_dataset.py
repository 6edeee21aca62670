from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_quality_and_error import DatasetQualityAndError


T = TypeVar("T", bound="DataQualityByDataset")


@_attrs_define
class DataQualityByDataset:
    """Global results grouped by data set. A data set never computed (or unknown) is left out. (Assumption.)"""

    data_qualities: list[DatasetQualityAndError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_qualities = []
        for data_qualities_item_data in self.data_qualities:
            data_qualities_item = data_qualities_item_data.to_dict()
            data_qualities.append(data_qualities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataQualities": data_qualities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_quality_and_error import DatasetQualityAndError

        d = dict(src_dict)
        data_qualities = []
        _data_qualities = d.pop("dataQualities")
        for data_qualities_item_data in _data_qualities:
            data_qualities_item = DatasetQualityAndError.from_dict(data_qualities_item_data)

            data_qualities.append(data_qualities_item)

        data_quality_by_dataset = cls(
            data_qualities=data_qualities,
        )

        data_quality_by_dataset.additional_properties = d
        return data_quality_by_dataset

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
