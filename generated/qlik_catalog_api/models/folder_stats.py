from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderStats")


@_attrs_define
class FolderStats:
    """Statistics of a folder (with `includeFolderStats`)."""

    file_count: int | Unset = UNSET
    folder_count: int | Unset = UNSET
    total_size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_count = self.file_count

        folder_count = self.folder_count

        total_size = self.total_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_count is not UNSET:
            field_dict["fileCount"] = file_count
        if folder_count is not UNSET:
            field_dict["folderCount"] = folder_count
        if total_size is not UNSET:
            field_dict["totalSize"] = total_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        file_count = d.pop("fileCount", UNSET)

        folder_count = d.pop("folderCount", UNSET)

        total_size = d.pop("totalSize", UNSET)

        folder_stats = cls(
            file_count=file_count,
            folder_count=folder_count,
            total_size=total_size,
        )

        folder_stats.additional_properties = d
        return folder_stats

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
