from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_request_type import ReportRequestType, check_report_request_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_call_back_action import ReportCallBackAction
    from ..models.report_composable_template import ReportComposableTemplate
    from ..models.report_definitions import ReportDefinitions
    from ..models.report_meta import ReportMeta
    from ..models.report_output import ReportOutput
    from ..models.sense_data_template import SenseDataTemplate
    from ..models.sense_file_template import SenseFileTemplate
    from ..models.sense_image_template import SenseImageTemplate
    from ..models.sense_sheet_template import SenseSheetTemplate


T = TypeVar("T", bound="ReportRequest")


@_attrs_define
class ReportRequest:
    output: ReportOutput
    type_: ReportRequestType
    composition_templates: list[ReportComposableTemplate] | Unset = UNSET
    definitions: ReportDefinitions | Unset = UNSET
    meta: ReportMeta | Unset = UNSET
    request_call_back_action: ReportCallBackAction | Unset = UNSET
    sense_data_template: SenseDataTemplate | Unset = UNSET
    sense_excel_template: SenseFileTemplate | Unset = UNSET
    sense_html_template: SenseFileTemplate | Unset = UNSET
    sense_image_template: SenseImageTemplate | Unset = UNSET
    sense_pixel_perfect_template: SenseFileTemplate | Unset = UNSET
    sense_power_point_template: SenseFileTemplate | Unset = UNSET
    sense_sheet_template: SenseSheetTemplate | Unset = UNSET
    sense_word_template: SenseFileTemplate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output.to_dict()

        type_: str = self.type_

        composition_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.composition_templates, Unset):
            composition_templates = []
            for composition_templates_item_data in self.composition_templates:
                composition_templates_item = composition_templates_item_data.to_dict()
                composition_templates.append(composition_templates_item)

        definitions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definitions, Unset):
            definitions = self.definitions.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        request_call_back_action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.request_call_back_action, Unset):
            request_call_back_action = self.request_call_back_action.to_dict()

        sense_data_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sense_data_template, Unset):
            sense_data_template = self.sense_data_template.to_dict()

        sense_excel_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sense_excel_template, Unset):
            sense_excel_template = self.sense_excel_template.to_dict()

        sense_html_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sense_html_template, Unset):
            sense_html_template = self.sense_html_template.to_dict()

        sense_image_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sense_image_template, Unset):
            sense_image_template = self.sense_image_template.to_dict()

        sense_pixel_perfect_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sense_pixel_perfect_template, Unset):
            sense_pixel_perfect_template = self.sense_pixel_perfect_template.to_dict()

        sense_power_point_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sense_power_point_template, Unset):
            sense_power_point_template = self.sense_power_point_template.to_dict()

        sense_sheet_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sense_sheet_template, Unset):
            sense_sheet_template = self.sense_sheet_template.to_dict()

        sense_word_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sense_word_template, Unset):
            sense_word_template = self.sense_word_template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
                "type": type_,
            }
        )
        if composition_templates is not UNSET:
            field_dict["compositionTemplates"] = composition_templates
        if definitions is not UNSET:
            field_dict["definitions"] = definitions
        if meta is not UNSET:
            field_dict["meta"] = meta
        if request_call_back_action is not UNSET:
            field_dict["requestCallBackAction"] = request_call_back_action
        if sense_data_template is not UNSET:
            field_dict["senseDataTemplate"] = sense_data_template
        if sense_excel_template is not UNSET:
            field_dict["senseExcelTemplate"] = sense_excel_template
        if sense_html_template is not UNSET:
            field_dict["senseHtmlTemplate"] = sense_html_template
        if sense_image_template is not UNSET:
            field_dict["senseImageTemplate"] = sense_image_template
        if sense_pixel_perfect_template is not UNSET:
            field_dict["sensePixelPerfectTemplate"] = sense_pixel_perfect_template
        if sense_power_point_template is not UNSET:
            field_dict["sensePowerPointTemplate"] = sense_power_point_template
        if sense_sheet_template is not UNSET:
            field_dict["senseSheetTemplate"] = sense_sheet_template
        if sense_word_template is not UNSET:
            field_dict["senseWordTemplate"] = sense_word_template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_call_back_action import ReportCallBackAction
        from ..models.report_composable_template import ReportComposableTemplate
        from ..models.report_definitions import ReportDefinitions
        from ..models.report_meta import ReportMeta
        from ..models.report_output import ReportOutput
        from ..models.sense_data_template import SenseDataTemplate
        from ..models.sense_file_template import SenseFileTemplate
        from ..models.sense_image_template import SenseImageTemplate
        from ..models.sense_sheet_template import SenseSheetTemplate

        d = dict(src_dict)
        output = ReportOutput.from_dict(d.pop("output"))

        type_ = check_report_request_type(d.pop("type"))

        _composition_templates = d.pop("compositionTemplates", UNSET)
        composition_templates: list[ReportComposableTemplate] | Unset = UNSET
        if _composition_templates is not UNSET:
            composition_templates = []
            for composition_templates_item_data in _composition_templates:
                composition_templates_item = ReportComposableTemplate.from_dict(composition_templates_item_data)

                composition_templates.append(composition_templates_item)

        _definitions = d.pop("definitions", UNSET)
        definitions: ReportDefinitions | Unset
        if isinstance(_definitions, Unset):
            definitions = UNSET
        else:
            definitions = ReportDefinitions.from_dict(_definitions)

        _meta = d.pop("meta", UNSET)
        meta: ReportMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ReportMeta.from_dict(_meta)

        _request_call_back_action = d.pop("requestCallBackAction", UNSET)
        request_call_back_action: ReportCallBackAction | Unset
        if isinstance(_request_call_back_action, Unset):
            request_call_back_action = UNSET
        else:
            request_call_back_action = ReportCallBackAction.from_dict(_request_call_back_action)

        _sense_data_template = d.pop("senseDataTemplate", UNSET)
        sense_data_template: SenseDataTemplate | Unset
        if isinstance(_sense_data_template, Unset):
            sense_data_template = UNSET
        else:
            sense_data_template = SenseDataTemplate.from_dict(_sense_data_template)

        _sense_excel_template = d.pop("senseExcelTemplate", UNSET)
        sense_excel_template: SenseFileTemplate | Unset
        if isinstance(_sense_excel_template, Unset):
            sense_excel_template = UNSET
        else:
            sense_excel_template = SenseFileTemplate.from_dict(_sense_excel_template)

        _sense_html_template = d.pop("senseHtmlTemplate", UNSET)
        sense_html_template: SenseFileTemplate | Unset
        if isinstance(_sense_html_template, Unset):
            sense_html_template = UNSET
        else:
            sense_html_template = SenseFileTemplate.from_dict(_sense_html_template)

        _sense_image_template = d.pop("senseImageTemplate", UNSET)
        sense_image_template: SenseImageTemplate | Unset
        if isinstance(_sense_image_template, Unset):
            sense_image_template = UNSET
        else:
            sense_image_template = SenseImageTemplate.from_dict(_sense_image_template)

        _sense_pixel_perfect_template = d.pop("sensePixelPerfectTemplate", UNSET)
        sense_pixel_perfect_template: SenseFileTemplate | Unset
        if isinstance(_sense_pixel_perfect_template, Unset):
            sense_pixel_perfect_template = UNSET
        else:
            sense_pixel_perfect_template = SenseFileTemplate.from_dict(_sense_pixel_perfect_template)

        _sense_power_point_template = d.pop("sensePowerPointTemplate", UNSET)
        sense_power_point_template: SenseFileTemplate | Unset
        if isinstance(_sense_power_point_template, Unset):
            sense_power_point_template = UNSET
        else:
            sense_power_point_template = SenseFileTemplate.from_dict(_sense_power_point_template)

        _sense_sheet_template = d.pop("senseSheetTemplate", UNSET)
        sense_sheet_template: SenseSheetTemplate | Unset
        if isinstance(_sense_sheet_template, Unset):
            sense_sheet_template = UNSET
        else:
            sense_sheet_template = SenseSheetTemplate.from_dict(_sense_sheet_template)

        _sense_word_template = d.pop("senseWordTemplate", UNSET)
        sense_word_template: SenseFileTemplate | Unset
        if isinstance(_sense_word_template, Unset):
            sense_word_template = UNSET
        else:
            sense_word_template = SenseFileTemplate.from_dict(_sense_word_template)

        report_request = cls(
            output=output,
            type_=type_,
            composition_templates=composition_templates,
            definitions=definitions,
            meta=meta,
            request_call_back_action=request_call_back_action,
            sense_data_template=sense_data_template,
            sense_excel_template=sense_excel_template,
            sense_html_template=sense_html_template,
            sense_image_template=sense_image_template,
            sense_pixel_perfect_template=sense_pixel_perfect_template,
            sense_power_point_template=sense_power_point_template,
            sense_sheet_template=sense_sheet_template,
            sense_word_template=sense_word_template,
        )

        report_request.additional_properties = d
        return report_request

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
