from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_selection_filter_patches_by_id import ReportSelectionFilterPatchesById
    from ..models.report_selection_filter_selections_by_state import ReportSelectionFilterSelectionsByState


T = TypeVar("T", bound="ReportSelectionFilter")


@_attrs_define
class ReportSelectionFilter:
    patches_by_id: ReportSelectionFilterPatchesById | Unset = UNSET
    selections_by_state: ReportSelectionFilterSelectionsByState | Unset = UNSET
    variables: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        patches_by_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patches_by_id, Unset):
            patches_by_id = self.patches_by_id.to_dict()

        selections_by_state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selections_by_state, Unset):
            selections_by_state = self.selections_by_state.to_dict()

        variables: list[Any] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if patches_by_id is not UNSET:
            field_dict["patchesById"] = patches_by_id
        if selections_by_state is not UNSET:
            field_dict["selectionsByState"] = selections_by_state
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_selection_filter_patches_by_id import ReportSelectionFilterPatchesById
        from ..models.report_selection_filter_selections_by_state import ReportSelectionFilterSelectionsByState

        d = dict(src_dict)
        _patches_by_id = d.pop("patchesById", UNSET)
        patches_by_id: ReportSelectionFilterPatchesById | Unset
        if isinstance(_patches_by_id, Unset):
            patches_by_id = UNSET
        else:
            patches_by_id = ReportSelectionFilterPatchesById.from_dict(_patches_by_id)

        _selections_by_state = d.pop("selectionsByState", UNSET)
        selections_by_state: ReportSelectionFilterSelectionsByState | Unset
        if isinstance(_selections_by_state, Unset):
            selections_by_state = UNSET
        else:
            selections_by_state = ReportSelectionFilterSelectionsByState.from_dict(_selections_by_state)

        variables = cast(list[Any], d.pop("variables", UNSET))

        report_selection_filter = cls(
            patches_by_id=patches_by_id,
            selections_by_state=selections_by_state,
            variables=variables,
        )

        report_selection_filter.additional_properties = d
        return report_selection_filter

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
