from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_field_type_properties_type_0 import DataFieldTypePropertiesType0


T = TypeVar("T", bound="DataFieldType")


@_attrs_define
class DataFieldType:
    """The data type of a field."""

    type_: str
    """ One of DATE, TIME, DATETIME, TIMESTAMP, STRING, DOUBLE, DECIMAL, INTEGER, BOOLEAN, BINARY, CUSTOM. Each
    datatype may vary in terms of required properties: DECIMAL requires `precision` and `scale` (integers) in
    `properties`. """
    properties: DataFieldTypePropertiesType0 | None | Unset = UNSET
    """ The properties map key is string and the value is of type object. DECIMAL requires `precision` and `scale`.
    """
    original_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_field_type_properties_type_0 import DataFieldTypePropertiesType0

        type_ = self.type_

        properties: dict[str, Any] | None | Unset
        if isinstance(self.properties, Unset):
            properties = UNSET
        elif isinstance(self.properties, DataFieldTypePropertiesType0):
            properties = self.properties.to_dict()
        else:
            properties = self.properties

        original_type: None | str | Unset
        if isinstance(self.original_type, Unset):
            original_type = UNSET
        else:
            original_type = self.original_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties
        if original_type is not UNSET:
            field_dict["originalType"] = original_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_field_type_properties_type_0 import DataFieldTypePropertiesType0

        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_properties(data: object) -> DataFieldTypePropertiesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                properties_type_0 = DataFieldTypePropertiesType0.from_dict(data)

                return properties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataFieldTypePropertiesType0 | None | Unset, data)

        properties = _parse_properties(d.pop("properties", UNSET))

        def _parse_original_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_type = _parse_original_type(d.pop("originalType", UNSET))

        data_field_type = cls(
            type_=type_,
            properties=properties,
            original_type=original_type,
        )

        data_field_type.additional_properties = d
        return data_field_type

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
