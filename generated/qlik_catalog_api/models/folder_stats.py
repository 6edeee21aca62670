from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FolderStats")


@_attrs_define
class FolderStats:
    """Statistics of a folder (zeros for a file)."""

    aggregate_app_scoped_file_size: int
    """ Bytes of the app-scoped files under it, at any depth. """
    aggregate_file_size: int
    """ Bytes of the files under it, at any depth. """
    aggregate_internal_file_size: int
    """ Bytes of the internal files under it, at any depth. """
    direct_app_scoped_file_count: int
    """ App-scoped files directly in it. """
    direct_file_count: int
    """ Files directly in it. """
    direct_folder_count: int
    """ Folders directly in it. """
    direct_internal_file_count: int
    """ Internal files directly in it. """
    total_app_scoped_file_count: int
    """ App-scoped files under it, at any depth. """
    total_file_count: int
    """ Files under it, at any depth. """
    total_folder_count: int
    """ Folders under it, at any depth. """
    total_internal_file_count: int
    """ Internal files under it, at any depth. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregate_app_scoped_file_size = self.aggregate_app_scoped_file_size

        aggregate_file_size = self.aggregate_file_size

        aggregate_internal_file_size = self.aggregate_internal_file_size

        direct_app_scoped_file_count = self.direct_app_scoped_file_count

        direct_file_count = self.direct_file_count

        direct_folder_count = self.direct_folder_count

        direct_internal_file_count = self.direct_internal_file_count

        total_app_scoped_file_count = self.total_app_scoped_file_count

        total_file_count = self.total_file_count

        total_folder_count = self.total_folder_count

        total_internal_file_count = self.total_internal_file_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregateAppScopedFileSize": aggregate_app_scoped_file_size,
                "aggregateFileSize": aggregate_file_size,
                "aggregateInternalFileSize": aggregate_internal_file_size,
                "directAppScopedFileCount": direct_app_scoped_file_count,
                "directFileCount": direct_file_count,
                "directFolderCount": direct_folder_count,
                "directInternalFileCount": direct_internal_file_count,
                "totalAppScopedFileCount": total_app_scoped_file_count,
                "totalFileCount": total_file_count,
                "totalFolderCount": total_folder_count,
                "totalInternalFileCount": total_internal_file_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        aggregate_app_scoped_file_size = d.pop("aggregateAppScopedFileSize")

        aggregate_file_size = d.pop("aggregateFileSize")

        aggregate_internal_file_size = d.pop("aggregateInternalFileSize")

        direct_app_scoped_file_count = d.pop("directAppScopedFileCount")

        direct_file_count = d.pop("directFileCount")

        direct_folder_count = d.pop("directFolderCount")

        direct_internal_file_count = d.pop("directInternalFileCount")

        total_app_scoped_file_count = d.pop("totalAppScopedFileCount")

        total_file_count = d.pop("totalFileCount")

        total_folder_count = d.pop("totalFolderCount")

        total_internal_file_count = d.pop("totalInternalFileCount")

        folder_stats = cls(
            aggregate_app_scoped_file_size=aggregate_app_scoped_file_size,
            aggregate_file_size=aggregate_file_size,
            aggregate_internal_file_size=aggregate_internal_file_size,
            direct_app_scoped_file_count=direct_app_scoped_file_count,
            direct_file_count=direct_file_count,
            direct_folder_count=direct_folder_count,
            direct_internal_file_count=direct_internal_file_count,
            total_app_scoped_file_count=total_app_scoped_file_count,
            total_file_count=total_file_count,
            total_folder_count=total_folder_count,
            total_internal_file_count=total_internal_file_count,
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
