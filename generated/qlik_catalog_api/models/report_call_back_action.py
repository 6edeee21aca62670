from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_http_request import ReportHttpRequest


T = TypeVar("T", bound="ReportCallBackAction")


@_attrs_define
class ReportCallBackAction:
    http_request: ReportHttpRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.http_request, Unset):
            http_request = self.http_request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if http_request is not UNSET:
            field_dict["httpRequest"] = http_request

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_http_request import ReportHttpRequest

        d = dict(src_dict)
        _http_request = d.pop("httpRequest", UNSET)
        http_request: ReportHttpRequest | Unset
        if isinstance(_http_request, Unset):
            http_request = UNSET
        else:
            http_request = ReportHttpRequest.from_dict(_http_request)

        report_call_back_action = cls(
            http_request=http_request,
        )

        report_call_back_action.additional_properties = d
        return report_call_back_action

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
