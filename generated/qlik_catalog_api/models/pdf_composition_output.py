from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pdf_output import PdfOutput
    from ..models.report_doc_properties import ReportDocProperties


T = TypeVar("T", bound="PdfCompositionOutput")


@_attrs_define
class PdfCompositionOutput:
    pdf_outputs: list[PdfOutput] | Unset = UNSET
    properties: ReportDocProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pdf_outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pdf_outputs, Unset):
            pdf_outputs = []
            for pdf_outputs_item_data in self.pdf_outputs:
                pdf_outputs_item = pdf_outputs_item_data.to_dict()
                pdf_outputs.append(pdf_outputs_item)

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pdf_outputs is not UNSET:
            field_dict["pdfOutputs"] = pdf_outputs
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pdf_output import PdfOutput
        from ..models.report_doc_properties import ReportDocProperties

        d = dict(src_dict)
        _pdf_outputs = d.pop("pdfOutputs", UNSET)
        pdf_outputs: list[PdfOutput] | Unset = UNSET
        if _pdf_outputs is not UNSET:
            pdf_outputs = []
            for pdf_outputs_item_data in _pdf_outputs:
                pdf_outputs_item = PdfOutput.from_dict(pdf_outputs_item_data)

                pdf_outputs.append(pdf_outputs_item)

        _properties = d.pop("properties", UNSET)
        properties: ReportDocProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = ReportDocProperties.from_dict(_properties)

        pdf_composition_output = cls(
            pdf_outputs=pdf_outputs,
            properties=properties,
        )

        pdf_composition_output.additional_properties = d
        return pdf_composition_output

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
