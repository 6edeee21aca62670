from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TableConnectionInfo")


@_attrs_define
class TableConnectionInfo:
    """Where an operational table lives. Documented with a property named `additionalProperties` (a free map), which the
    schema cannot name without shadowing the generated model's own `additional_properties`; it is left undeclared here
    and kept, like every unknown key, in that map. (Assumption.)

    """

    table_name: None | str | Unset = UNSET
    selection_script: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table_name: None | str | Unset
        if isinstance(self.table_name, Unset):
            table_name = UNSET
        else:
            table_name = self.table_name

        selection_script: None | str | Unset
        if isinstance(self.selection_script, Unset):
            selection_script = UNSET
        else:
            selection_script = self.selection_script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if table_name is not UNSET:
            field_dict["tableName"] = table_name
        if selection_script is not UNSET:
            field_dict["selectionScript"] = selection_script

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_table_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table_name = _parse_table_name(d.pop("tableName", UNSET))

        def _parse_selection_script(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selection_script = _parse_selection_script(d.pop("selectionScript", UNSET))

        table_connection_info = cls(
            table_name=table_name,
            selection_script=selection_script,
        )

        table_connection_info.additional_properties = d
        return table_connection_info

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
