from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportFieldValue")


@_attrs_define
class ReportFieldValue:
    is_numeric: bool | Unset = UNSET
    number: float | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_numeric = self.is_numeric

        number = self.number

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_numeric is not UNSET:
            field_dict["isNumeric"] = is_numeric
        if number is not UNSET:
            field_dict["number"] = number
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_numeric = d.pop("isNumeric", UNSET)

        number = d.pop("number", UNSET)

        text = d.pop("text", UNSET)

        report_field_value = cls(
            is_numeric=is_numeric,
            number=number,
            text=text,
        )

        report_field_value.additional_properties = d
        return report_field_value

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
