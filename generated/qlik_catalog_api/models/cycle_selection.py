from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cycle_selection_values_item import CycleSelectionValuesItem


T = TypeVar("T", bound="CycleSelection")


@_attrs_define
class CycleSelection:
    """The selection of one field that a cycle output was made for."""

    default_is_numeric: bool
    field_name: str
    values: list[CycleSelectionValuesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_is_numeric = self.default_is_numeric

        field_name = self.field_name

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaultIsNumeric": default_is_numeric,
                "fieldName": field_name,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cycle_selection_values_item import CycleSelectionValuesItem

        d = dict(src_dict)
        default_is_numeric = d.pop("defaultIsNumeric")

        field_name = d.pop("fieldName")

        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = CycleSelectionValuesItem.from_dict(values_item_data)

            values.append(values_item)

        cycle_selection = cls(
            default_is_numeric=default_is_numeric,
            field_name=field_name,
            values=values,
        )

        cycle_selection.additional_properties = d
        return cycle_selection

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
