from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cycle_output_naming_pattern import CycleOutputNamingPattern, check_cycle_output_naming_pattern
from ..models.cycle_output_type import CycleOutputType, check_cycle_output_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.excel_output import ExcelOutput
    from ..models.pdf_output import PdfOutput


T = TypeVar("T", bound="CycleOutput")


@_attrs_define
class CycleOutput:
    type_: CycleOutputType
    excel_output: ExcelOutput | Unset = UNSET
    naming_pattern: CycleOutputNamingPattern | Unset = UNSET
    pdf_output: PdfOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        excel_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.excel_output, Unset):
            excel_output = self.excel_output.to_dict()

        naming_pattern: str | Unset = UNSET
        if not isinstance(self.naming_pattern, Unset):
            naming_pattern = self.naming_pattern

        pdf_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pdf_output, Unset):
            pdf_output = self.pdf_output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if excel_output is not UNSET:
            field_dict["excelOutput"] = excel_output
        if naming_pattern is not UNSET:
            field_dict["namingPattern"] = naming_pattern
        if pdf_output is not UNSET:
            field_dict["pdfOutput"] = pdf_output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.excel_output import ExcelOutput
        from ..models.pdf_output import PdfOutput

        d = dict(src_dict)
        type_ = check_cycle_output_type(d.pop("type"))

        _excel_output = d.pop("excelOutput", UNSET)
        excel_output: ExcelOutput | Unset
        if isinstance(_excel_output, Unset):
            excel_output = UNSET
        else:
            excel_output = ExcelOutput.from_dict(_excel_output)

        _naming_pattern = d.pop("namingPattern", UNSET)
        naming_pattern: CycleOutputNamingPattern | Unset
        if isinstance(_naming_pattern, Unset):
            naming_pattern = UNSET
        else:
            naming_pattern = check_cycle_output_naming_pattern(_naming_pattern)

        _pdf_output = d.pop("pdfOutput", UNSET)
        pdf_output: PdfOutput | Unset
        if isinstance(_pdf_output, Unset):
            pdf_output = UNSET
        else:
            pdf_output = PdfOutput.from_dict(_pdf_output)

        cycle_output = cls(
            type_=type_,
            excel_output=excel_output,
            naming_pattern=naming_pattern,
            pdf_output=pdf_output,
        )

        cycle_output.additional_properties = d
        return cycle_output

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
