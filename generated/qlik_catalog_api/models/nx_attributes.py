from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nx_attributes_custom_type_0 import NxAttributesCustomType0


T = TypeVar("T", bound="NxAttributes")


@_attrs_define
class NxAttributes:
    """App attributes. The reference names only the type; the fields are those of Qlik's NxAttributes, as @qlik/api 2.19.0
    types them (no spaceId: an app's space is on its item). Unknown ones are kept. (Assumption.)

    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    thumbnail: None | str | Unset = UNSET
    last_reload_time: None | str | Unset = UNSET
    created_date: None | str | Unset = UNSET
    modified_date: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    owner_id: None | str | Unset = UNSET
    published: bool | None | Unset = UNSET
    publish_time: None | str | Unset = UNSET
    dynamic_color: None | str | Unset = UNSET
    has_section_access: bool | None | Unset = UNSET
    encrypted: bool | None | Unset = UNSET
    origin_app_id: None | str | Unset = UNSET
    is_direct_query_mode: bool | None | Unset = UNSET
    usage: None | str | Unset = UNSET
    """ ANALYTICS, DATA_PREPARATION, DATAFLOW_PREP or SINGLE_TABLE_PREP. """
    custom: None | NxAttributesCustomType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.nx_attributes_custom_type_0 import NxAttributesCustomType0

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        thumbnail: None | str | Unset
        if isinstance(self.thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = self.thumbnail

        last_reload_time: None | str | Unset
        if isinstance(self.last_reload_time, Unset):
            last_reload_time = UNSET
        else:
            last_reload_time = self.last_reload_time

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        else:
            created_date = self.created_date

        modified_date: None | str | Unset
        if isinstance(self.modified_date, Unset):
            modified_date = UNSET
        else:
            modified_date = self.modified_date

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        published: bool | None | Unset
        if isinstance(self.published, Unset):
            published = UNSET
        else:
            published = self.published

        publish_time: None | str | Unset
        if isinstance(self.publish_time, Unset):
            publish_time = UNSET
        else:
            publish_time = self.publish_time

        dynamic_color: None | str | Unset
        if isinstance(self.dynamic_color, Unset):
            dynamic_color = UNSET
        else:
            dynamic_color = self.dynamic_color

        has_section_access: bool | None | Unset
        if isinstance(self.has_section_access, Unset):
            has_section_access = UNSET
        else:
            has_section_access = self.has_section_access

        encrypted: bool | None | Unset
        if isinstance(self.encrypted, Unset):
            encrypted = UNSET
        else:
            encrypted = self.encrypted

        origin_app_id: None | str | Unset
        if isinstance(self.origin_app_id, Unset):
            origin_app_id = UNSET
        else:
            origin_app_id = self.origin_app_id

        is_direct_query_mode: bool | None | Unset
        if isinstance(self.is_direct_query_mode, Unset):
            is_direct_query_mode = UNSET
        else:
            is_direct_query_mode = self.is_direct_query_mode

        usage: None | str | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        custom: dict[str, Any] | None | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        elif isinstance(self.custom, NxAttributesCustomType0):
            custom = self.custom.to_dict()
        else:
            custom = self.custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if last_reload_time is not UNSET:
            field_dict["lastReloadTime"] = last_reload_time
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if modified_date is not UNSET:
            field_dict["modifiedDate"] = modified_date
        if owner is not UNSET:
            field_dict["owner"] = owner
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if published is not UNSET:
            field_dict["published"] = published
        if publish_time is not UNSET:
            field_dict["publishTime"] = publish_time
        if dynamic_color is not UNSET:
            field_dict["dynamicColor"] = dynamic_color
        if has_section_access is not UNSET:
            field_dict["hasSectionAccess"] = has_section_access
        if encrypted is not UNSET:
            field_dict["encrypted"] = encrypted
        if origin_app_id is not UNSET:
            field_dict["originAppId"] = origin_app_id
        if is_direct_query_mode is not UNSET:
            field_dict["isDirectQueryMode"] = is_direct_query_mode
        if usage is not UNSET:
            field_dict["usage"] = usage
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nx_attributes_custom_type_0 import NxAttributesCustomType0

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_thumbnail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbnail = _parse_thumbnail(d.pop("thumbnail", UNSET))

        def _parse_last_reload_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_reload_time = _parse_last_reload_time(d.pop("lastReloadTime", UNSET))

        def _parse_created_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_date = _parse_created_date(d.pop("createdDate", UNSET))

        def _parse_modified_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modified_date = _parse_modified_date(d.pop("modifiedDate", UNSET))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_owner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner_id = _parse_owner_id(d.pop("ownerId", UNSET))

        def _parse_published(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        published = _parse_published(d.pop("published", UNSET))

        def _parse_publish_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publish_time = _parse_publish_time(d.pop("publishTime", UNSET))

        def _parse_dynamic_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dynamic_color = _parse_dynamic_color(d.pop("dynamicColor", UNSET))

        def _parse_has_section_access(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_section_access = _parse_has_section_access(d.pop("hasSectionAccess", UNSET))

        def _parse_encrypted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        encrypted = _parse_encrypted(d.pop("encrypted", UNSET))

        def _parse_origin_app_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origin_app_id = _parse_origin_app_id(d.pop("originAppId", UNSET))

        def _parse_is_direct_query_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_direct_query_mode = _parse_is_direct_query_mode(d.pop("isDirectQueryMode", UNSET))

        def _parse_usage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_custom(data: object) -> None | NxAttributesCustomType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_type_0 = NxAttributesCustomType0.from_dict(data)

                return custom_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NxAttributesCustomType0 | Unset, data)

        custom = _parse_custom(d.pop("custom", UNSET))

        nx_attributes = cls(
            id=id,
            name=name,
            description=description,
            thumbnail=thumbnail,
            last_reload_time=last_reload_time,
            created_date=created_date,
            modified_date=modified_date,
            owner=owner,
            owner_id=owner_id,
            published=published,
            publish_time=publish_time,
            dynamic_color=dynamic_color,
            has_section_access=has_section_access,
            encrypted=encrypted,
            origin_app_id=origin_app_id,
            is_direct_query_mode=is_direct_query_mode,
            usage=usage,
            custom=custom,
        )

        nx_attributes.additional_properties = d
        return nx_attributes

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
