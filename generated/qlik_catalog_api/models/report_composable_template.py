from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_composable_template_type import ReportComposableTemplateType, check_report_composable_template_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sense_image_template import SenseImageTemplate
    from ..models.sense_sheet_template import SenseSheetTemplate


T = TypeVar("T", bound="ReportComposableTemplate")


@_attrs_define
class ReportComposableTemplate:
    type_: ReportComposableTemplateType
    sense_image_template: SenseImageTemplate | Unset = UNSET
    sense_sheet_template: SenseSheetTemplate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        sense_image_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sense_image_template, Unset):
            sense_image_template = self.sense_image_template.to_dict()

        sense_sheet_template: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sense_sheet_template, Unset):
            sense_sheet_template = self.sense_sheet_template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if sense_image_template is not UNSET:
            field_dict["senseImageTemplate"] = sense_image_template
        if sense_sheet_template is not UNSET:
            field_dict["senseSheetTemplate"] = sense_sheet_template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sense_image_template import SenseImageTemplate
        from ..models.sense_sheet_template import SenseSheetTemplate

        d = dict(src_dict)
        type_ = check_report_composable_template_type(d.pop("type"))

        _sense_image_template = d.pop("senseImageTemplate", UNSET)
        sense_image_template: SenseImageTemplate | Unset
        if isinstance(_sense_image_template, Unset):
            sense_image_template = UNSET
        else:
            sense_image_template = SenseImageTemplate.from_dict(_sense_image_template)

        _sense_sheet_template = d.pop("senseSheetTemplate", UNSET)
        sense_sheet_template: SenseSheetTemplate | Unset
        if isinstance(_sense_sheet_template, Unset):
            sense_sheet_template = UNSET
        else:
            sense_sheet_template = SenseSheetTemplate.from_dict(_sense_sheet_template)

        report_composable_template = cls(
            type_=type_,
            sense_image_template=sense_image_template,
            sense_sheet_template=sense_sheet_template,
        )

        report_composable_template.additional_properties = d
        return report_composable_template

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
