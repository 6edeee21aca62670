from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportMeta")


@_attrs_define
class ReportMeta:
    export_deadline: str | Unset = UNSET
    output_ttl: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_deadline = self.export_deadline

        output_ttl = self.output_ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if export_deadline is not UNSET:
            field_dict["exportDeadline"] = export_deadline
        if output_ttl is not UNSET:
            field_dict["outputTtl"] = output_ttl

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        export_deadline = d.pop("exportDeadline", UNSET)

        output_ttl = d.pop("outputTtl", UNSET)

        report_meta = cls(
            export_deadline=export_deadline,
            output_ttl=output_ttl,
        )

        report_meta.additional_properties = d
        return report_meta

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
