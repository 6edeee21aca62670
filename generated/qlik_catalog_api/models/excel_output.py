from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.excel_output_out_format import ExcelOutputOutFormat, check_excel_output_out_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExcelOutput")


@_attrs_define
class ExcelOutput:
    out_format: ExcelOutputOutFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_format: str | Unset = UNSET
        if not isinstance(self.out_format, Unset):
            out_format = self.out_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if out_format is not UNSET:
            field_dict["outFormat"] = out_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _out_format = d.pop("outFormat", UNSET)
        out_format: ExcelOutputOutFormat | Unset
        if isinstance(_out_format, Unset):
            out_format = UNSET
        else:
            out_format = check_excel_output_out_format(_out_format)

        excel_output = cls(
            out_format=out_format,
        )

        excel_output.additional_properties = d
        return excel_output

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
