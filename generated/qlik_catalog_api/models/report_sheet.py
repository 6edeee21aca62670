from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_sheet_js_opts_by_id import ReportSheetJsOptsById
    from ..models.report_sheet_patches_by_id import ReportSheetPatchesById


T = TypeVar("T", bound="ReportSheet")


@_attrs_define
class ReportSheet:
    id: str
    height_px: float | Unset = UNSET
    js_opts: Any | Unset = UNSET
    js_opts_by_id: ReportSheetJsOptsById | Unset = UNSET
    patches_by_id: ReportSheetPatchesById | Unset = UNSET
    width_px: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        height_px = self.height_px

        js_opts = self.js_opts

        js_opts_by_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.js_opts_by_id, Unset):
            js_opts_by_id = self.js_opts_by_id.to_dict()

        patches_by_id: dict[str, Any] | Unset = UNSET
        if not isinstance(self.patches_by_id, Unset):
            patches_by_id = self.patches_by_id.to_dict()

        width_px = self.width_px

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if height_px is not UNSET:
            field_dict["heightPx"] = height_px
        if js_opts is not UNSET:
            field_dict["jsOpts"] = js_opts
        if js_opts_by_id is not UNSET:
            field_dict["jsOptsById"] = js_opts_by_id
        if patches_by_id is not UNSET:
            field_dict["patchesById"] = patches_by_id
        if width_px is not UNSET:
            field_dict["widthPx"] = width_px

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_sheet_js_opts_by_id import ReportSheetJsOptsById
        from ..models.report_sheet_patches_by_id import ReportSheetPatchesById

        d = dict(src_dict)
        id = d.pop("id")

        height_px = d.pop("heightPx", UNSET)

        js_opts = d.pop("jsOpts", UNSET)

        _js_opts_by_id = d.pop("jsOptsById", UNSET)
        js_opts_by_id: ReportSheetJsOptsById | Unset
        if isinstance(_js_opts_by_id, Unset):
            js_opts_by_id = UNSET
        else:
            js_opts_by_id = ReportSheetJsOptsById.from_dict(_js_opts_by_id)

        _patches_by_id = d.pop("patchesById", UNSET)
        patches_by_id: ReportSheetPatchesById | Unset
        if isinstance(_patches_by_id, Unset):
            patches_by_id = UNSET
        else:
            patches_by_id = ReportSheetPatchesById.from_dict(_patches_by_id)

        width_px = d.pop("widthPx", UNSET)

        report_sheet = cls(
            id=id,
            height_px=height_px,
            js_opts=js_opts,
            js_opts_by_id=js_opts_by_id,
            patches_by_id=patches_by_id,
            width_px=width_px,
        )

        report_sheet.additional_properties = d
        return report_sheet

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
