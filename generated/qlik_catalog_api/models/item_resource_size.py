from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemResourceSize")


@_attrs_define
class ItemResourceSize:
    """The size of an app's file and in memory."""

    app_file: float | Unset = UNSET
    app_memory: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_file = self.app_file

        app_memory = self.app_memory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_file is not UNSET:
            field_dict["appFile"] = app_file
        if app_memory is not UNSET:
            field_dict["appMemory"] = app_memory

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        app_file = d.pop("appFile", UNSET)

        app_memory = d.pop("appMemory", UNSET)

        item_resource_size = cls(
            app_file=app_file,
            app_memory=app_memory,
        )

        item_resource_size.additional_properties = d
        return item_resource_size

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
