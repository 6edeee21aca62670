from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_record import SampleRecord


T = TypeVar("T", bound="ProfileSample")


@_attrs_define
class ProfileSample:
    """Sampled rows of one table."""

    name: str | Unset = UNSET
    records: list[SampleRecord] | Unset = UNSET
    field_names: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_names: list[str] | Unset = UNSET
        if not isinstance(self.field_names, Unset):
            field_names = self.field_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if records is not UNSET:
            field_dict["records"] = records
        if field_names is not UNSET:
            field_dict["fieldNames"] = field_names

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sample_record import SampleRecord

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _records = d.pop("records", UNSET)
        records: list[SampleRecord] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = SampleRecord.from_dict(records_item_data)

                records.append(records_item)

        field_names = cast(list[str], d.pop("fieldNames", UNSET))

        profile_sample = cls(
            name=name,
            records=records,
            field_names=field_names,
        )

        profile_sample.additional_properties = d
        return profile_sample

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
