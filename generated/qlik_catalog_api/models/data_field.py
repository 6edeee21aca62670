from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_field_properties_type_0 import DataFieldPropertiesType0
    from ..models.data_field_type import DataFieldType
    from ..models.user_tag import UserTag


T = TypeVar("T", bound="DataField")


@_attrs_define
class DataField:
    """One field (column) of a data set schema."""

    name: str
    data_type: DataFieldType
    """ The data type of a field. """
    tags: list[str] | Unset = UNSET
    """ An array of system tags """
    alias: None | str | Unset = UNSET
    index: int | Unset = UNSET
    orphan: bool | Unset = UNSET
    nullable: bool | Unset = UNSET
    user_tags: list[UserTag] | Unset = UNSET
    """ An array of user-supplied tags """
    encrypted: bool | Unset = UNSET
    sensitive: bool | Unset = UNSET
    primary_key: bool | Unset = UNSET
    properties: DataFieldPropertiesType0 | None | Unset = UNSET
    description: None | str | Unset = UNSET
    ordinal_position_in_key: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_field_properties_type_0 import DataFieldPropertiesType0

        name = self.name

        data_type = self.data_type.to_dict()

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        index = self.index

        orphan = self.orphan

        nullable = self.nullable

        user_tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.user_tags, Unset):
            user_tags = []
            for user_tags_item_data in self.user_tags:
                user_tags_item = user_tags_item_data.to_dict()
                user_tags.append(user_tags_item)

        encrypted = self.encrypted

        sensitive = self.sensitive

        primary_key = self.primary_key

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, DataFieldPropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        ordinal_position_in_key: int | None | Unset
        if isinstance(self.ordinal_position_in_key, Unset):
            ordinal_position_in_key = UNSET
        else:
            ordinal_position_in_key = self.ordinal_position_in_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "dataType": data_type,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if alias is not UNSET:
            field_dict["alias"] = alias
        if index is not UNSET:
            field_dict["index"] = index
        if orphan is not UNSET:
            field_dict["orphan"] = orphan
        if nullable is not UNSET:
            field_dict["nullable"] = nullable
        if user_tags is not UNSET:
            field_dict["userTags"] = user_tags
        if encrypted is not UNSET:
            field_dict["encrypted"] = encrypted
        if sensitive is not UNSET:
            field_dict["sensitive"] = sensitive
        if primary_key is not UNSET:
            field_dict["primaryKey"] = primary_key
        if properties is not UNSET:
            field_dict["properties"] = properties
        if description is not UNSET:
            field_dict["description"] = description
        if ordinal_position_in_key is not UNSET:
            field_dict["ordinalPositionInKey"] = ordinal_position_in_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_field_properties_type_0 import DataFieldPropertiesType0
        from ..models.data_field_type import DataFieldType
        from ..models.user_tag import UserTag

        d = dict(src_dict)
        name = d.pop("name")

        data_type = DataFieldType.from_dict(d.pop("dataType"))

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("alias", UNSET))

        index = d.pop("index", UNSET)

        orphan = d.pop("orphan", UNSET)

        nullable = d.pop("nullable", UNSET)

        _user_tags = d.pop("userTags", UNSET)
        user_tags: list[UserTag] | Unset = UNSET
        if _user_tags is not UNSET:
            user_tags = []
            for user_tags_item_data in _user_tags:
                user_tags_item = UserTag.from_dict(user_tags_item_data)

                user_tags.append(user_tags_item)

        encrypted = d.pop("encrypted", UNSET)

        sensitive = d.pop("sensitive", UNSET)

        primary_key = d.pop("primaryKey", UNSET)

        def _parse_properties(data: object) -> DataFieldPropertiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = DataFieldPropertiesType0.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataFieldPropertiesType0 | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_ordinal_position_in_key(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ordinal_position_in_key = _parse_ordinal_position_in_key(d.pop("ordinalPositionInKey", UNSET))

        data_field = cls(
            name=name,
            data_type=data_type,
            tags=tags,
            alias=alias,
            index=index,
            orphan=orphan,
            nullable=nullable,
            user_tags=user_tags,
            encrypted=encrypted,
            sensitive=sensitive,
            primary_key=primary_key,
            properties=properties,
            description=description,
            ordinal_position_in_key=ordinal_position_in_key,
        )

        data_field.additional_properties = d
        return data_field

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
