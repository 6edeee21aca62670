from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pdf_output_orientation import PdfOutputOrientation, check_pdf_output_orientation
from ..models.pdf_output_resize_type import PdfOutputResizeType, check_pdf_output_resize_type
from ..models.pdf_output_size import PdfOutputSize, check_pdf_output_size
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pdf_output_align import PdfOutputAlign
    from ..models.pdf_output_resize_data import PdfOutputResizeData
    from ..models.report_doc_properties import ReportDocProperties


T = TypeVar("T", bound="PdfOutput")


@_attrs_define
class PdfOutput:
    align: PdfOutputAlign | Unset = UNSET
    image_rendering_dpi: float | Unset = UNSET
    orientation: PdfOutputOrientation | Unset = UNSET
    properties: ReportDocProperties | Unset = UNSET
    resize_data: PdfOutputResizeData | Unset = UNSET
    resize_type: PdfOutputResizeType | Unset = UNSET
    size: PdfOutputSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        align: dict[str, Any] | Unset = UNSET
        if not isinstance(self.align, Unset):
            align = self.align.to_dict()

        image_rendering_dpi = self.image_rendering_dpi

        orientation: str | Unset = UNSET
        if not isinstance(self.orientation, Unset):
            orientation = self.orientation

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        resize_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resize_data, Unset):
            resize_data = self.resize_data.to_dict()

        resize_type: str | Unset = UNSET
        if not isinstance(self.resize_type, Unset):
            resize_type = self.resize_type

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if align is not UNSET:
            field_dict["align"] = align
        if image_rendering_dpi is not UNSET:
            field_dict["imageRenderingDpi"] = image_rendering_dpi
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if properties is not UNSET:
            field_dict["properties"] = properties
        if resize_data is not UNSET:
            field_dict["resizeData"] = resize_data
        if resize_type is not UNSET:
            field_dict["resizeType"] = resize_type
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pdf_output_align import PdfOutputAlign
        from ..models.pdf_output_resize_data import PdfOutputResizeData
        from ..models.report_doc_properties import ReportDocProperties

        d = dict(src_dict)
        _align = d.pop("align", UNSET)
        align: PdfOutputAlign | Unset
        if isinstance(_align, Unset):
            align = UNSET
        else:
            align = PdfOutputAlign.from_dict(_align)

        image_rendering_dpi = d.pop("imageRenderingDpi", UNSET)

        _orientation = d.pop("orientation", UNSET)
        orientation: PdfOutputOrientation | Unset
        if isinstance(_orientation, Unset):
            orientation = UNSET
        else:
            orientation = check_pdf_output_orientation(_orientation)

        _properties = d.pop("properties", UNSET)
        properties: ReportDocProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ReportDocProperties.from_dict(_properties)

        _resize_data = d.pop("resizeData", UNSET)
        resize_data: PdfOutputResizeData | Unset
        if isinstance(_resize_data, Unset):
            resize_data = UNSET
        else:
            resize_data = PdfOutputResizeData.from_dict(_resize_data)

        _resize_type = d.pop("resizeType", UNSET)
        resize_type: PdfOutputResizeType | Unset
        if isinstance(_resize_type, Unset):
            resize_type = UNSET
        else:
            resize_type = check_pdf_output_resize_type(_resize_type)

        _size = d.pop("size", UNSET)
        size: PdfOutputSize | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = check_pdf_output_size(_size)

        pdf_output = cls(
            align=align,
            image_rendering_dpi=image_rendering_dpi,
            orientation=orientation,
            properties=properties,
            resize_data=resize_data,
            resize_type=resize_type,
            size=size,
        )

        pdf_output.additional_properties = d
        return pdf_output

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
