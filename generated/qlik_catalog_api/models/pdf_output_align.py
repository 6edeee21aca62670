from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pdf_output_align_horizontal import PdfOutputAlignHorizontal, check_pdf_output_align_horizontal
from ..models.pdf_output_align_vertical import PdfOutputAlignVertical, check_pdf_output_align_vertical
from ..types import UNSET, Unset

T = TypeVar("T", bound="PdfOutputAlign")


@_attrs_define
class PdfOutputAlign:
    horizontal: PdfOutputAlignHorizontal | Unset = UNSET
    vertical: PdfOutputAlignVertical | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        horizontal: str | Unset = UNSET
        if not isinstance(self.horizontal, Unset):
            horizontal = self.horizontal

        vertical: str | Unset = UNSET
        if not isinstance(self.vertical, Unset):
            vertical = self.vertical

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if horizontal is not UNSET:
            field_dict["horizontal"] = horizontal
        if vertical is not UNSET:
            field_dict["vertical"] = vertical

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _horizontal = d.pop("horizontal", UNSET)
        horizontal: PdfOutputAlignHorizontal | Unset
        if isinstance(_horizontal, Unset):
            horizontal = UNSET
        else:
            horizontal = check_pdf_output_align_horizontal(_horizontal)

        _vertical = d.pop("vertical", UNSET)
        vertical: PdfOutputAlignVertical | Unset
        if isinstance(_vertical, Unset):
            vertical = UNSET
        else:
            vertical = check_pdf_output_align_vertical(_vertical)

        pdf_output_align = cls(
            horizontal=horizontal,
            vertical=vertical,
        )

        pdf_output_align.additional_properties = d
        return pdf_output_align

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
