from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportExportDataOptions")


@_attrs_define
class ReportExportDataOptions:
    show_selections: bool | Unset = UNSET
    show_titles: bool | Unset = UNSET
    show_totals: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_selections = self.show_selections

        show_titles = self.show_titles

        show_totals = self.show_totals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_selections is not UNSET:
            field_dict["showSelections"] = show_selections
        if show_titles is not UNSET:
            field_dict["showTitles"] = show_titles
        if show_totals is not UNSET:
            field_dict["showTotals"] = show_totals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        show_selections = d.pop("showSelections", UNSET)

        show_titles = d.pop("showTitles", UNSET)

        show_totals = d.pop("showTotals", UNSET)

        report_export_data_options = cls(
            show_selections=show_selections,
            show_titles=show_titles,
            show_totals=show_totals,
        )

        report_export_data_options.additional_properties = d
        return report_export_data_options

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
