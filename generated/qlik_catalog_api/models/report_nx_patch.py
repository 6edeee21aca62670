from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_nx_patch_q_op import ReportNxPatchQOp, check_report_nx_patch_q_op
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportNxPatch")


@_attrs_define
class ReportNxPatch:
    q_op: ReportNxPatchQOp
    q_path: str
    q_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        q_op: str = self.q_op

        q_path = self.q_path

        q_value = self.q_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "qOp": q_op,
                "qPath": q_path,
            }
        )
        if q_value is not UNSET:
            field_dict["qValue"] = q_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        q_op = check_report_nx_patch_q_op(d.pop("qOp"))

        q_path = d.pop("qPath")

        q_value = d.pop("qValue", UNSET)

        report_nx_patch = cls(
            q_op=q_op,
            q_path=q_path,
            q_value=q_value,
        )

        report_nx_patch.additional_properties = d
        return report_nx_patch

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
