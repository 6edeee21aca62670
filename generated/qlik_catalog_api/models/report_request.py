from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_request_type import ReportRequestType, check_report_request_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_output import ReportOutput
    from ..models.report_request_composition_templates_item import ReportRequestCompositionTemplatesItem
    from ..models.report_request_definitions import ReportRequestDefinitions
    from ..models.report_request_meta import ReportRequestMeta
    from ..models.report_request_request_call_back_action import ReportRequestRequestCallBackAction
    from ..models.report_request_sense_data_template import ReportRequestSenseDataTemplate
    from ..models.report_request_sense_excel_template import ReportRequestSenseExcelTemplate
    from ..models.report_request_sense_html_template import ReportRequestSenseHtmlTemplate
    from ..models.report_request_sense_image_template import ReportRequestSenseImageTemplate
    from ..models.report_request_sense_pixel_perfect_template import ReportRequestSensePixelPerfectTemplate
    from ..models.report_request_sense_power_point_template import ReportRequestSensePowerPointTemplate
    from ..models.report_request_sense_sheet_template import ReportRequestSenseSheetTemplate
    from ..models.report_request_sense_word_template import ReportRequestSenseWordTemplate


T = TypeVar("T", bound="ReportRequest")


@_attrs_define
class ReportRequest:
    """A report request. The reference names the template types only; templates and definitions are free-form objects here
    and pass through unchanged. (Assumption.)

    """

    type_: ReportRequestType
    output: ReportOutput
    """ What to produce (OutputItem): a `type` such as pdfcomposition, pdf, xlsx, pptx, png, html or csv, an
    `outputId`, and type-specific options (e.g. `pdfCompositionOutput`). Only the two keys are modelled; the options
    pass through. (Assumption.) """
    meta: ReportRequestMeta | Unset = UNSET
    definitions: ReportRequestDefinitions | Unset = UNSET
    """ Selections by state, and other reusable definitions. """
    composition_templates: list[ReportRequestCompositionTemplatesItem] | Unset = UNSET
    request_call_back_action: ReportRequestRequestCallBackAction | Unset = UNSET
    sense_data_template: ReportRequestSenseDataTemplate | Unset = UNSET
    sense_excel_template: ReportRequestSenseExcelTemplate | Unset = UNSET
    sense_html_template: ReportRequestSenseHtmlTemplate | Unset = UNSET
    sense_image_template: ReportRequestSenseImageTemplate | Unset = UNSET
    sense_pixel_perfect_template: ReportRequestSensePixelPerfectTemplate | Unset = UNSET
    sense_power_point_template: ReportRequestSensePowerPointTemplate | Unset = UNSET
    sense_sheet_template: ReportRequestSenseSheetTemplate | Unset = UNSET
    sense_word_template: ReportRequestSenseWordTemplate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        output = self.output.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        definitions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.definitions, Unset):
            definitions = self.definitions.to_dict()

        composition_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.composition_templates, Unset):
            composition_templates = []
            for composition_templates_item_data in self.composition_templates:
                composition_templates_item = composition_templates_item_data.to_dict()
                composition_templates.append(composition_templates_item)

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
                "type": type_,
                "output": output,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if definitions is not UNSET:
            field_dict["definitions"] = definitions
        if composition_templates is not UNSET:
            field_dict["compositionTemplates"] = composition_templates
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
        from ..models.report_output import ReportOutput
        from ..models.report_request_composition_templates_item import ReportRequestCompositionTemplatesItem
        from ..models.report_request_definitions import ReportRequestDefinitions
        from ..models.report_request_meta import ReportRequestMeta
        from ..models.report_request_request_call_back_action import ReportRequestRequestCallBackAction
        from ..models.report_request_sense_data_template import ReportRequestSenseDataTemplate
        from ..models.report_request_sense_excel_template import ReportRequestSenseExcelTemplate
        from ..models.report_request_sense_html_template import ReportRequestSenseHtmlTemplate
        from ..models.report_request_sense_image_template import ReportRequestSenseImageTemplate
        from ..models.report_request_sense_pixel_perfect_template import ReportRequestSensePixelPerfectTemplate
        from ..models.report_request_sense_power_point_template import ReportRequestSensePowerPointTemplate
        from ..models.report_request_sense_sheet_template import ReportRequestSenseSheetTemplate
        from ..models.report_request_sense_word_template import ReportRequestSenseWordTemplate

        d = dict(src_dict)
        type_ = check_report_request_type(d.pop("type"))

        output = ReportOutput.from_dict(d.pop("output"))

        _meta = d.pop("meta", UNSET)
        meta: ReportRequestMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ReportRequestMeta.from_dict(_meta)

        _definitions = d.pop("definitions", UNSET)
        definitions: ReportRequestDefinitions | Unset
        if isinstance(_definitions, Unset):
            definitions = UNSET
        else:
            definitions = ReportRequestDefinitions.from_dict(_definitions)

        _composition_templates = d.pop("compositionTemplates", UNSET)
        composition_templates: list[ReportRequestCompositionTemplatesItem] | Unset = UNSET
        if _composition_templates is not UNSET:
            composition_templates = []
            for composition_templates_item_data in _composition_templates:
                composition_templates_item = ReportRequestCompositionTemplatesItem.from_dict(
                    composition_templates_item_data
                )

                composition_templates.append(composition_templates_item)

        _request_call_back_action = d.pop("requestCallBackAction", UNSET)
        request_call_back_action: ReportRequestRequestCallBackAction | Unset
        if isinstance(_request_call_back_action, Unset):
            request_call_back_action = UNSET
        else:
            request_call_back_action = ReportRequestRequestCallBackAction.from_dict(_request_call_back_action)

        _sense_data_template = d.pop("senseDataTemplate", UNSET)
        sense_data_template: ReportRequestSenseDataTemplate | Unset
        if isinstance(_sense_data_template, Unset):
            sense_data_template = UNSET
        else:
            sense_data_template = ReportRequestSenseDataTemplate.from_dict(_sense_data_template)

        _sense_excel_template = d.pop("senseExcelTemplate", UNSET)
        sense_excel_template: ReportRequestSenseExcelTemplate | Unset
        if isinstance(_sense_excel_template, Unset):
            sense_excel_template = UNSET
        else:
            sense_excel_template = ReportRequestSenseExcelTemplate.from_dict(_sense_excel_template)

        _sense_html_template = d.pop("senseHtmlTemplate", UNSET)
        sense_html_template: ReportRequestSenseHtmlTemplate | Unset
        if isinstance(_sense_html_template, Unset):
            sense_html_template = UNSET
        else:
            sense_html_template = ReportRequestSenseHtmlTemplate.from_dict(_sense_html_template)

        _sense_image_template = d.pop("senseImageTemplate", UNSET)
        sense_image_template: ReportRequestSenseImageTemplate | Unset
        if isinstance(_sense_image_template, Unset):
            sense_image_template = UNSET
        else:
            sense_image_template = ReportRequestSenseImageTemplate.from_dict(_sense_image_template)

        _sense_pixel_perfect_template = d.pop("sensePixelPerfectTemplate", UNSET)
        sense_pixel_perfect_template: ReportRequestSensePixelPerfectTemplate | Unset
        if isinstance(_sense_pixel_perfect_template, Unset):
            sense_pixel_perfect_template = UNSET
        else:
            sense_pixel_perfect_template = ReportRequestSensePixelPerfectTemplate.from_dict(
                _sense_pixel_perfect_template
            )

        _sense_power_point_template = d.pop("sensePowerPointTemplate", UNSET)
        sense_power_point_template: ReportRequestSensePowerPointTemplate | Unset
        if isinstance(_sense_power_point_template, Unset):
            sense_power_point_template = UNSET
        else:
            sense_power_point_template = ReportRequestSensePowerPointTemplate.from_dict(_sense_power_point_template)

        _sense_sheet_template = d.pop("senseSheetTemplate", UNSET)
        sense_sheet_template: ReportRequestSenseSheetTemplate | Unset
        if isinstance(_sense_sheet_template, Unset):
            sense_sheet_template = UNSET
        else:
            sense_sheet_template = ReportRequestSenseSheetTemplate.from_dict(_sense_sheet_template)

        _sense_word_template = d.pop("senseWordTemplate", UNSET)
        sense_word_template: ReportRequestSenseWordTemplate | Unset
        if isinstance(_sense_word_template, Unset):
            sense_word_template = UNSET
        else:
            sense_word_template = ReportRequestSenseWordTemplate.from_dict(_sense_word_template)

        report_request = cls(
            type_=type_,
            output=output,
            meta=meta,
            definitions=definitions,
            composition_templates=composition_templates,
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
