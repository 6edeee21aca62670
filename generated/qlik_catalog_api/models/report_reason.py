from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_error import ExportError


T = TypeVar("T", bound="ReportReason")


@_attrs_define
class ReportReason:
    """Why an output failed."""

    output_id: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    export_errors: list[ExportError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output_id = self.output_id

        trace_id = self.trace_id

        export_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.export_errors, Unset):
            export_errors = []
            for export_errors_item_data in self.export_errors:
                export_errors_item = export_errors_item_data.to_dict()
                export_errors.append(export_errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output_id is not UNSET:
            field_dict["outputId"] = output_id
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if export_errors is not UNSET:
            field_dict["exportErrors"] = export_errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.export_error import ExportError

        d = dict(src_dict)
        output_id = d.pop("outputId", UNSET)

        trace_id = d.pop("traceId", UNSET)

        _export_errors = d.pop("exportErrors", UNSET)
        export_errors: list[ExportError] | Unset = UNSET
        if _export_errors is not UNSET:
            export_errors = []
            for export_errors_item_data in _export_errors:
                export_errors_item = ExportError.from_dict(export_errors_item_data)

                export_errors.append(export_errors_item)

        report_reason = cls(
            output_id=output_id,
            trace_id=trace_id,
            export_errors=export_errors,
        )

        report_reason.additional_properties = d
        return report_reason

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
