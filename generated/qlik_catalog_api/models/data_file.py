from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.folder_stats import FolderStats


T = TypeVar("T", bound="DataFile")


@_attrs_define
class DataFile:
    """A data file or folder (DataFileUploadResponse)."""

    id: str
    name: str
    """ The full name, with the folder path. """
    size: int
    """ Bytes; 0 for a folder. """
    owner_id: str
    created_date: datetime.datetime
    actions: list[str]
    """ The actions the user may perform: read, update, delete, list, change_owner, change_space. """
    base_name: None | str | Unset = UNSET
    """ The name without the folder path. """
    qri: None | str | Unset = UNSET
    space_id: None | str | Unset = UNSET
    """ The team space; null in a personal space. """
    app_id: None | str | Unset = UNSET
    folder: bool | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    folder_path: None | str | Unset = UNSET
    folder_stats: FolderStats | Unset = UNSET
    """ Statistics of a folder (zeros for a file). """
    modified_date: datetime.datetime | None | Unset = UNSET
    content_updated_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        size = self.size

        owner_id = self.owner_id

        created_date = self.created_date.isoformat()

        actions = self.actions

        base_name: None | str | Unset
        if isinstance(self.base_name, Unset):
            base_name = UNSET
        else:
            base_name = self.base_name

        qri: None | str | Unset
        if isinstance(self.qri, Unset):
            qri = UNSET
        else:
            qri = self.qri

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        else:
            space_id = self.space_id

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        folder = self.folder

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        folder_path: None | str | Unset
        if isinstance(self.folder_path, Unset):
            folder_path = UNSET
        else:
            folder_path = self.folder_path

        folder_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.folder_stats, Unset):
            folder_stats = self.folder_stats.to_dict()

        modified_date: None | str | Unset
        if isinstance(self.modified_date, Unset):
            modified_date = UNSET
        elif isinstance(self.modified_date, datetime.datetime):
            modified_date = self.modified_date.isoformat()
        else:
            modified_date = self.modified_date

        content_updated_date: None | str | Unset
        if isinstance(self.content_updated_date, Unset):
            content_updated_date = UNSET
        elif isinstance(self.content_updated_date, datetime.datetime):
            content_updated_date = self.content_updated_date.isoformat()
        else:
            content_updated_date = self.content_updated_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "size": size,
                "ownerId": owner_id,
                "createdDate": created_date,
                "actions": actions,
            }
        )
        if base_name is not UNSET:
            field_dict["baseName"] = base_name
        if qri is not UNSET:
            field_dict["qri"] = qri
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if folder is not UNSET:
            field_dict["folder"] = folder
        if folder_id is not UNSET:
            field_dict["folderId"] = folder_id
        if folder_path is not UNSET:
            field_dict["folderPath"] = folder_path
        if folder_stats is not UNSET:
            field_dict["folderStats"] = folder_stats
        if modified_date is not UNSET:
            field_dict["modifiedDate"] = modified_date
        if content_updated_date is not UNSET:
            field_dict["contentUpdatedDate"] = content_updated_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.folder_stats import FolderStats

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        size = d.pop("size")

        owner_id = d.pop("ownerId")

        created_date = datetime.datetime.fromisoformat(d.pop("createdDate"))

        actions = cast(list[str], d.pop("actions"))

        def _parse_base_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_name = _parse_base_name(d.pop("baseName", UNSET))

        def _parse_qri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        qri = _parse_qri(d.pop("qri", UNSET))

        def _parse_space_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        space_id = _parse_space_id(d.pop("spaceId", UNSET))

        def _parse_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        app_id = _parse_app_id(d.pop("appId", UNSET))

        folder = d.pop("folder", UNSET)

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folderId", UNSET))

        def _parse_folder_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_path = _parse_folder_path(d.pop("folderPath", UNSET))

        _folder_stats = d.pop("folderStats", UNSET)
        folder_stats: FolderStats | Unset
        if isinstance(_folder_stats, Unset):
            folder_stats = UNSET
        else:
            folder_stats = FolderStats.from_dict(_folder_stats)

        def _parse_modified_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modified_date_type_0 = datetime.datetime.fromisoformat(data)

                return modified_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        modified_date = _parse_modified_date(d.pop("modifiedDate", UNSET))

        def _parse_content_updated_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                content_updated_date_type_0 = datetime.datetime.fromisoformat(data)

                return content_updated_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        content_updated_date = _parse_content_updated_date(d.pop("contentUpdatedDate", UNSET))

        data_file = cls(
            id=id,
            name=name,
            size=size,
            owner_id=owner_id,
            created_date=created_date,
            actions=actions,
            base_name=base_name,
            qri=qri,
            space_id=space_id,
            app_id=app_id,
            folder=folder,
            folder_id=folder_id,
            folder_path=folder_path,
            folder_stats=folder_stats,
            modified_date=modified_date,
            content_updated_date=content_updated_date,
        )

        data_file.additional_properties = d
        return data_file

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
