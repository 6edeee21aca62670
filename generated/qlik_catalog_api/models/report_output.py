from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_output_type import ReportOutputType, check_report_output_type

T = TypeVar("T", bound="ReportOutput")


@_attrs_define
class ReportOutput:
    """What to produce (OutputItem): a `type` such as pdfcomposition, pdf, xlsx, pptx, png, html or csv, an `outputId`, and
    type-specific options (e.g. `pdfCompositionOutput`). Only the two keys are modelled; the options pass through.
    (Assumption.)

    """

    type_: ReportOutputType
    output_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        output_id = self.output_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "outputId": output_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = check_report_output_type(d.pop("type"))

        output_id = d.pop("outputId")

        report_output = cls(
            type_=type_,
            output_id=output_id,
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
