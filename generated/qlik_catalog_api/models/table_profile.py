from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_profile import FieldProfile


T = TypeVar("T", bound="TableProfile")


@_attrs_define
class TableProfile:
    """The profile of one table of a data set."""

    name: str | Unset = UNSET
    size_in_bytes: int | Unset = UNSET
    number_of_rows: int | Unset = UNSET
    field_profiles: list[FieldProfile] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        size_in_bytes = self.size_in_bytes

        number_of_rows = self.number_of_rows

        field_profiles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_profiles, Unset):
            field_profiles = []
            for field_profiles_item_data in self.field_profiles:
                field_profiles_item = field_profiles_item_data.to_dict()
                field_profiles.append(field_profiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if size_in_bytes is not UNSET:
            field_dict["sizeInBytes"] = size_in_bytes
        if number_of_rows is not UNSET:
            field_dict["numberOfRows"] = number_of_rows
        if field_profiles is not UNSET:
            field_dict["fieldProfiles"] = field_profiles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_profile import FieldProfile

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        size_in_bytes = d.pop("sizeInBytes", UNSET)

        number_of_rows = d.pop("numberOfRows", UNSET)

        _field_profiles = d.pop("fieldProfiles", UNSET)
        field_profiles: list[FieldProfile] | Unset = UNSET
        if _field_profiles is not UNSET:
            field_profiles = []
            for field_profiles_item_data in _field_profiles:
                field_profiles_item = FieldProfile.from_dict(field_profiles_item_data)

                field_profiles.append(field_profiles_item)

        table_profile = cls(
            name=name,
            size_in_bytes=size_in_bytes,
            number_of_rows=number_of_rows,
            field_profiles=field_profiles,
        )

        table_profile.additional_properties = d
        return table_profile

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
