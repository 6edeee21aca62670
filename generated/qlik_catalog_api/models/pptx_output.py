from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pptx_output_orientation import PptxOutputOrientation, check_pptx_output_orientation
from ..models.pptx_output_resize_type import PptxOutputResizeType, check_pptx_output_resize_type
from ..models.pptx_output_size import PptxOutputSize, check_pptx_output_size
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_doc_properties import ReportDocProperties


T = TypeVar("T", bound="PptxOutput")


@_attrs_define
class PptxOutput:
    image_rendering_dpi: float | Unset = UNSET
    orientation: PptxOutputOrientation | Unset = UNSET
    properties: ReportDocProperties | Unset = UNSET
    resize_type: PptxOutputResizeType | Unset = UNSET
    size: PptxOutputSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_rendering_dpi = self.image_rendering_dpi

        orientation: str | Unset = UNSET
        if not isinstance(self.orientation, Unset):
            orientation = self.orientation

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        resize_type: str | Unset = UNSET
        if not isinstance(self.resize_type, Unset):
            resize_type = self.resize_type

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_rendering_dpi is not UNSET:
            field_dict["imageRenderingDpi"] = image_rendering_dpi
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if properties is not UNSET:
            field_dict["properties"] = properties
        if resize_type is not UNSET:
            field_dict["resizeType"] = resize_type
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_doc_properties import ReportDocProperties

        d = dict(src_dict)
        image_rendering_dpi = d.pop("imageRenderingDpi", UNSET)

        _orientation = d.pop("orientation", UNSET)
        orientation: PptxOutputOrientation | Unset
        if isinstance(_orientation, Unset):
            orientation = UNSET
        else:
            orientation = check_pptx_output_orientation(_orientation)

        _properties = d.pop("properties", UNSET)
        properties: ReportDocProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ReportDocProperties.from_dict(_properties)

        _resize_type = d.pop("resizeType", UNSET)
        resize_type: PptxOutputResizeType | Unset
        if isinstance(_resize_type, Unset):
            resize_type = UNSET
        else:
            resize_type = check_pptx_output_resize_type(_resize_type)

        _size = d.pop("size", UNSET)
        size: PptxOutputSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_pptx_output_size(_size)

        pptx_output = cls(
            image_rendering_dpi=image_rendering_dpi,
            orientation=orientation,
            properties=properties,
            resize_type=resize_type,
            size=size,
        )

        pptx_output.additional_properties = d
        return pptx_output

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
