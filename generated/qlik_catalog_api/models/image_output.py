from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_output_out_format import ImageOutputOutFormat, check_image_output_out_format
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageOutput")


@_attrs_define
class ImageOutput:
    out_dpi: float | Unset = UNSET
    out_format: ImageOutputOutFormat | Unset = UNSET
    out_zoom: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_dpi = self.out_dpi

        out_format: str | Unset = UNSET
        if not isinstance(self.out_format, Unset):
            out_format = self.out_format

        out_zoom = self.out_zoom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if out_dpi is not UNSET:
            field_dict["outDpi"] = out_dpi
        if out_format is not UNSET:
            field_dict["outFormat"] = out_format
        if out_zoom is not UNSET:
            field_dict["outZoom"] = out_zoom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        out_dpi = d.pop("outDpi", UNSET)

        _out_format = d.pop("outFormat", UNSET)
        out_format: ImageOutputOutFormat | Unset
        if isinstance(_out_format, Unset):
            out_format = UNSET
        else:
            out_format = check_image_output_out_format(_out_format)

        out_zoom = d.pop("outZoom", UNSET)

        image_output = cls(
            out_dpi=out_dpi,
            out_format=out_format,
            out_zoom=out_zoom,
        )

        image_output.additional_properties = d
        return image_output

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
