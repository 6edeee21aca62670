from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_quality_computed import DataQualityComputed
    from ..models.field_quality import FieldQuality


T = TypeVar("T", bound="DatasetFieldQualities")


@_attrs_define
class DatasetFieldQualities:
    """Field quality results for a single dataset."""

    computed: DataQualityComputed
    """ Metadata about the computation. """
    dataset_id: str
    fields: list[FieldQuality]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        computed = self.computed.to_dict()

        dataset_id = self.dataset_id

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "computed": computed,
                "datasetId": dataset_id,
                "fields": fields,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_quality_computed import DataQualityComputed
        from ..models.field_quality import FieldQuality

        d = dict(src_dict)
        computed = DataQualityComputed.from_dict(d.pop("computed"))

        dataset_id = d.pop("datasetId")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = FieldQuality.from_dict(fields_item_data)

            fields.append(fields_item)

        dataset_field_qualities = cls(
            computed=computed,
            dataset_id=dataset_id,
            fields=fields,
        )

        dataset_field_qualities.additional_properties = d
        return dataset_field_qualities

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
