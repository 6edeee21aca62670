from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cycle_selection import CycleSelection
    from ..models.export_error import ExportError


T = TypeVar("T", bound="OutputListItem")


@_attrs_define
class OutputListItem:
    """One output of a report request."""

    output_id: str | Unset = UNSET
    status: str | Unset = UNSET
    location: None | str | Unset = UNSET
    size_bytes: int | None | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    cycle_selections: list[CycleSelection] | Unset = UNSET
    export_errors: list[ExportError] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output_id = self.output_id

        status = self.status

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        size_bytes: int | None | Unset
        if isinstance(self.size_bytes, Unset):
            size_bytes = UNSET
        else:
            size_bytes = self.size_bytes

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        cycle_selections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cycle_selections, Unset):
            cycle_selections = []
            for cycle_selections_item_data in self.cycle_selections:
                cycle_selections_item = cycle_selections_item_data.to_dict()
                cycle_selections.append(cycle_selections_item)

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
        if status is not UNSET:
            field_dict["status"] = status
        if location is not UNSET:
            field_dict["location"] = location
        if size_bytes is not UNSET:
            field_dict["sizeBytes"] = size_bytes
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if cycle_selections is not UNSET:
            field_dict["cycleSelections"] = cycle_selections
        if export_errors is not UNSET:
            field_dict["exportErrors"] = export_errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cycle_selection import CycleSelection
        from ..models.export_error import ExportError

        d = dict(src_dict)
        output_id = d.pop("outputId", UNSET)

        status = d.pop("status", UNSET)

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_size_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_bytes = _parse_size_bytes(d.pop("sizeBytes", UNSET))

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("traceId", UNSET))

        _cycle_selections = d.pop("cycleSelections", UNSET)
        cycle_selections: list[CycleSelection] | Unset = UNSET
        if _cycle_selections is not UNSET:
            cycle_selections = []
            for cycle_selections_item_data in _cycle_selections:
                cycle_selections_item = CycleSelection.from_dict(cycle_selections_item_data)

                cycle_selections.append(cycle_selections_item)

        _export_errors = d.pop("exportErrors", UNSET)
        export_errors: list[ExportError] | Unset = UNSET
        if _export_errors is not UNSET:
            export_errors = []
            for export_errors_item_data in _export_errors:
                export_errors_item = ExportError.from_dict(export_errors_item_data)

                export_errors.append(export_errors_item)

        output_list_item = cls(
            output_id=output_id,
            status=status,
            location=location,
            size_bytes=size_bytes,
            trace_id=trace_id,
            cycle_selections=cycle_selections,
            export_errors=export_errors,
        )

        output_list_item.additional_properties = d
        return output_list_item

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
