from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_store_request_properties import DataStoreRequestProperties


T = TypeVar("T", bound="DataStoreRequest")


@_attrs_define
class DataStoreRequest:
    """A data store as sent to create (POST) or fully replace (PUT) one."""

    type_: str
    """ The type of the data store, e.g. `qix-datafiles` or `connection-based`. """
    technical_name: str
    id: None | str | Unset = UNSET
    """ Only required when updating the resource. Must be null for new resources. """
    uri: str | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    owner_id: str | Unset = UNSET
    """ The value is automatically set by the application. """
    space_id: str | Unset = UNSET
    version: int | None | Unset = UNSET
    """ Only required when updating the resource. Must be null for new resources. """
    properties: DataStoreRequestProperties | Unset = UNSET
    """ A Map of name-value pairs. """
    description: str | Unset = UNSET
    technical_description: str | Unset = UNSET
    created_by: str | Unset = UNSET
    """ Set by the server; ignored. """
    created_time: datetime.datetime | Unset = UNSET
    """ Set by the server; ignored. """
    last_modified_by: str | Unset = UNSET
    """ Set by the server; ignored. """
    last_modified_time: datetime.datetime | Unset = UNSET
    """ Set by the server; ignored. """
    tenant_id: str | Unset = UNSET
    """ Set by the server; ignored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        technical_name = self.technical_name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        uri = self.uri

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        owner_id = self.owner_id

        space_id = self.space_id

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        description = self.description

        technical_description = self.technical_description

        created_by = self.created_by

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        last_modified_by = self.last_modified_by

        last_modified_time: str | Unset = UNSET
        if not isinstance(self.last_modified_time, Unset):
            last_modified_time = self.last_modified_time.isoformat()

        tenant_id = self.tenant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "technicalName": technical_name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if uri is not UNSET:
            field_dict["uri"] = uri
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if version is not UNSET:
            field_dict["version"] = version
        if properties is not UNSET:
            field_dict["properties"] = properties
        if description is not UNSET:
            field_dict["description"] = description
        if technical_description is not UNSET:
            field_dict["technicalDescription"] = technical_description
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if last_modified_by is not UNSET:
            field_dict["lastModifiedBy"] = last_modified_by
        if last_modified_time is not UNSET:
            field_dict["lastModifiedTime"] = last_modified_time
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_store_request_properties import DataStoreRequestProperties

        d = dict(src_dict)
        type_ = d.pop("type")

        technical_name = d.pop("technicalName")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        uri = d.pop("uri", UNSET)

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        owner_id = d.pop("ownerId", UNSET)

        space_id = d.pop("spaceId", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: DataStoreRequestProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = DataStoreRequestProperties.from_dict(_properties)

        description = d.pop("description", UNSET)

        technical_description = d.pop("technicalDescription", UNSET)

        created_by = d.pop("createdBy", UNSET)

        _created_time = d.pop("createdTime", UNSET)
        created_time: datetime.datetime | Unset
        if isinstance(_created_time, Unset):
            created_time = UNSET
        else:
            created_time = datetime.datetime.fromisoformat(_created_time)

        last_modified_by = d.pop("lastModifiedBy", UNSET)

        _last_modified_time = d.pop("lastModifiedTime", UNSET)
        last_modified_time: datetime.datetime | Unset
        if isinstance(_last_modified_time, Unset):
            last_modified_time = UNSET
        else:
            last_modified_time = datetime.datetime.fromisoformat(_last_modified_time)

        tenant_id = d.pop("tenantId", UNSET)

        data_store_request = cls(
            type_=type_,
            technical_name=technical_name,
            id=id,
            uri=uri,
            name=name,
            tags=tags,
            owner_id=owner_id,
            space_id=space_id,
            version=version,
            properties=properties,
            description=description,
            technical_description=technical_description,
            created_by=created_by,
            created_time=created_time,
            last_modified_by=last_modified_by,
            last_modified_time=last_modified_time,
            tenant_id=tenant_id,
        )

        data_store_request.additional_properties = d
        return data_store_request

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
