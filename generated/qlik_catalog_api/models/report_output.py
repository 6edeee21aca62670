from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_output_type import ReportOutputType, check_report_output_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cycle_output import CycleOutput
    from ..models.excel_output import ExcelOutput
    from ..models.image_output import ImageOutput
    from ..models.pdf_composition_output import PdfCompositionOutput
    from ..models.pdf_output import PdfOutput
    from ..models.pptx_composition_output import PptxCompositionOutput
    from ..models.pptx_output import PptxOutput
    from ..models.report_call_back_action import ReportCallBackAction


T = TypeVar("T", bound="ReportOutput")


@_attrs_define
class ReportOutput:
    output_id: str
    type_: ReportOutputType
    call_back_action: ReportCallBackAction | Unset = UNSET
    cycle_output: CycleOutput | Unset = UNSET
    excel_output: ExcelOutput | Unset = UNSET
    image_output: ImageOutput | Unset = UNSET
    pdf_composition_output: PdfCompositionOutput | Unset = UNSET
    pdf_output: PdfOutput | Unset = UNSET
    pptx_composition_output: PptxCompositionOutput | Unset = UNSET
    pptx_output: PptxOutput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output_id = self.output_id

        type_: str = self.type_

        call_back_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_back_action, Unset):
            call_back_action = self.call_back_action.to_dict()

        cycle_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cycle_output, Unset):
            cycle_output = self.cycle_output.to_dict()

        excel_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.excel_output, Unset):
            excel_output = self.excel_output.to_dict()

        image_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_output, Unset):
            image_output = self.image_output.to_dict()

        pdf_composition_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pdf_composition_output, Unset):
            pdf_composition_output = self.pdf_composition_output.to_dict()

        pdf_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pdf_output, Unset):
            pdf_output = self.pdf_output.to_dict()

        pptx_composition_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pptx_composition_output, Unset):
            pptx_composition_output = self.pptx_composition_output.to_dict()

        pptx_output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pptx_output, Unset):
            pptx_output = self.pptx_output.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outputId": output_id,
                "type": type_,
            }
        )
        if call_back_action is not UNSET:
            field_dict["callBackAction"] = call_back_action
        if cycle_output is not UNSET:
            field_dict["cycleOutput"] = cycle_output
        if excel_output is not UNSET:
            field_dict["excelOutput"] = excel_output
        if image_output is not UNSET:
            field_dict["imageOutput"] = image_output
        if pdf_composition_output is not UNSET:
            field_dict["pdfCompositionOutput"] = pdf_composition_output
        if pdf_output is not UNSET:
            field_dict["pdfOutput"] = pdf_output
        if pptx_composition_output is not UNSET:
            field_dict["pptxCompositionOutput"] = pptx_composition_output
        if pptx_output is not UNSET:
            field_dict["pptxOutput"] = pptx_output

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cycle_output import CycleOutput
        from ..models.excel_output import ExcelOutput
        from ..models.image_output import ImageOutput
        from ..models.pdf_composition_output import PdfCompositionOutput
        from ..models.pdf_output import PdfOutput
        from ..models.pptx_composition_output import PptxCompositionOutput
        from ..models.pptx_output import PptxOutput
        from ..models.report_call_back_action import ReportCallBackAction

        d = dict(src_dict)
        output_id = d.pop("outputId")

        type_ = check_report_output_type(d.pop("type"))

        _call_back_action = d.pop("callBackAction", UNSET)
        call_back_action: ReportCallBackAction | Unset
        if isinstance(_call_back_action, Unset):
            call_back_action = UNSET
        else:
            call_back_action = ReportCallBackAction.from_dict(_call_back_action)

        _cycle_output = d.pop("cycleOutput", UNSET)
        cycle_output: CycleOutput | Unset
        if isinstance(_cycle_output, Unset):
            cycle_output = UNSET
        else:
            cycle_output = CycleOutput.from_dict(_cycle_output)

        _excel_output = d.pop("excelOutput", UNSET)
        excel_output: ExcelOutput | Unset
        if isinstance(_excel_output, Unset):
            excel_output = UNSET
        else:
            excel_output = ExcelOutput.from_dict(_excel_output)

        _image_output = d.pop("imageOutput", UNSET)
        image_output: ImageOutput | Unset
        if isinstance(_image_output, Unset):
            image_output = UNSET
        else:
            image_output = ImageOutput.from_dict(_image_output)

        _pdf_composition_output = d.pop("pdfCompositionOutput", UNSET)
        pdf_composition_output: PdfCompositionOutput | Unset
        if isinstance(_pdf_composition_output, Unset):
            pdf_composition_output = UNSET
        else:
            pdf_composition_output = PdfCompositionOutput.from_dict(_pdf_composition_output)

        _pdf_output = d.pop("pdfOutput", UNSET)
        pdf_output: PdfOutput | Unset
        if isinstance(_pdf_output, Unset):
            pdf_output = UNSET
        else:
            pdf_output = PdfOutput.from_dict(_pdf_output)

        _pptx_composition_output = d.pop("pptxCompositionOutput", UNSET)
        pptx_composition_output: PptxCompositionOutput | Unset
        if isinstance(_pptx_composition_output, Unset):
            pptx_composition_output = UNSET
        else:
            pptx_composition_output = PptxCompositionOutput.from_dict(_pptx_composition_output)

        _pptx_output = d.pop("pptxOutput", UNSET)
        pptx_output: PptxOutput | Unset
        if isinstance(_pptx_output, Unset):
            pptx_output = UNSET
        else:
            pptx_output = PptxOutput.from_dict(_pptx_output)

        report_output = cls(
            output_id=output_id,
            type_=type_,
            call_back_action=call_back_action,
            cycle_output=cycle_output,
            excel_output=excel_output,
            image_output=image_output,
            pdf_composition_output=pdf_composition_output,
            pdf_output=pdf_output,
            pptx_composition_output=pptx_composition_output,
            pptx_output=pptx_output,
        )

        report_output.additional_properties = d
        return report_output

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
