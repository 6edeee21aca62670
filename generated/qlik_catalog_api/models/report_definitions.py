from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_definitions_selections_by_state import ReportDefinitionsSelectionsByState


T = TypeVar("T", bound="ReportDefinitions")


@_attrs_define
class ReportDefinitions:
    selections_by_state: ReportDefinitionsSelectionsByState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selections_by_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selections_by_state, Unset):
            selections_by_state = self.selections_by_state.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if selections_by_state is not UNSET:
            field_dict["selectionsByState"] = selections_by_state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_definitions_selections_by_state import ReportDefinitionsSelectionsByState

        d = dict(src_dict)
        _selections_by_state = d.pop("selectionsByState", UNSET)
        selections_by_state: ReportDefinitionsSelectionsByState | Unset
        if isinstance(_selections_by_state, Unset):
            selections_by_state = UNSET
        else:
            selections_by_state = ReportDefinitionsSelectionsByState.from_dict(_selections_by_state)

        report_definitions = cls(
            selections_by_state=selections_by_state,
        )

        report_definitions.additional_properties = d
        return report_definitions

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
