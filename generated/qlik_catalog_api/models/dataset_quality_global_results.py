from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.connection_quality_global_results import ConnectionQualityGlobalResults


T = TypeVar("T", bound="DatasetQualityGlobalResults")


@_attrs_define
class DatasetQualityGlobalResults:
    """Global results of one data set, per connection."""

    dataset_id: str
    qualities: list[ConnectionQualityGlobalResults]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_id = self.dataset_id

        qualities = []
        for qualities_item_data in self.qualities:
            qualities_item = qualities_item_data.to_dict()
            qualities.append(qualities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetId": dataset_id,
                "qualities": qualities,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connection_quality_global_results import ConnectionQualityGlobalResults

        d = dict(src_dict)
        dataset_id = d.pop("datasetId")

        qualities = []
        _qualities = d.pop("qualities")
        for qualities_item_data in _qualities:
            qualities_item = ConnectionQualityGlobalResults.from_dict(qualities_item_data)

            qualities.append(qualities_item)

        dataset_quality_global_results = cls(
            dataset_id=dataset_id,
            qualities=qualities,
        )

        dataset_quality_global_results.additional_properties = d
        return dataset_quality_global_results

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
