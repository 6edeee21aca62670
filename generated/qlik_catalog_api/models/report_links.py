from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_link import ReportLink


T = TypeVar("T", bound="ReportLinks")


@_attrs_define
class ReportLinks:
    """Links of a page of outputs; `href` is null where there is no such page."""

    next_: ReportLink
    prev: ReportLink
    self_: ReportLink
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_ = self.next_.to_dict()

        prev = self.prev.to_dict()

        self_ = self.self_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next": next_,
                "prev": prev,
                "self": self_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.report_link import ReportLink

        d = dict(src_dict)
        next_ = ReportLink.from_dict(d.pop("next"))

        prev = ReportLink.from_dict(d.pop("prev"))

        self_ = ReportLink.from_dict(d.pop("self"))

        report_links = cls(
            next_=next_,
            prev=prev,
            self_=self_,
        )

        report_links.additional_properties = d
        return report_links

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
