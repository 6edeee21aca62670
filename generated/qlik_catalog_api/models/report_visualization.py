from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_visualization_type import ReportVisualizationType, check_report_visualization_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_nx_patch import ReportNxPatch


T = TypeVar("T", bound="ReportVisualization")


@_attrs_define
class ReportVisualization:
    height_px: float
    id: str
    width_px: float
    js_opts: Any | Unset = UNSET
    patches: list[ReportNxPatch] | Unset = UNSET
    type_: ReportVisualizationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height_px = self.height_px

        id = self.id

        width_px = self.width_px

        js_opts = self.js_opts

        patches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.patches, Unset):
            patches = []
            for patches_item_data in self.patches:
                patches_item = patches_item_data.to_dict()
                patches.append(patches_item)

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "heightPx": height_px,
                "id": id,
                "widthPx": width_px,
            }
        )
        if js_opts is not UNSET:
            field_dict["jsOpts"] = js_opts
        if patches is not UNSET:
            field_dict["patches"] = patches
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_nx_patch import ReportNxPatch

        d = dict(src_dict)
        height_px = d.pop("heightPx")

        id = d.pop("id")

        width_px = d.pop("widthPx")

        js_opts = d.pop("jsOpts", UNSET)

        _patches = d.pop("patches", UNSET)
        patches: list[ReportNxPatch] | Unset = UNSET
        if _patches is not UNSET:
            patches = []
            for patches_item_data in _patches:
                patches_item = ReportNxPatch.from_dict(patches_item_data)

                patches.append(patches_item)

        _type_ = d.pop("type", UNSET)
        type_: ReportVisualizationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_report_visualization_type(_type_)

        report_visualization = cls(
            height_px=height_px,
            id=id,
            width_px=width_px,
            js_opts=js_opts,
            patches=patches,
            type_=type_,
        )

        report_visualization.additional_properties = d
        return report_visualization

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
