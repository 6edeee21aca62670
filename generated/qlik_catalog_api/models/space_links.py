from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.space_link import SpaceLink


T = TypeVar("T", bound="SpaceLinks")


@_attrs_define
class SpaceLinks:
    """Links of a space."""

    self_: SpaceLink
    assignments: SpaceLink
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_.to_dict()

        assignments = self.assignments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
                "assignments": assignments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.space_link import SpaceLink

        d = dict(src_dict)
        self_ = SpaceLink.from_dict(d.pop("self"))

        assignments = SpaceLink.from_dict(d.pop("assignments"))

        space_links = cls(
            self_=self_,
            assignments=assignments,
        )

        space_links.additional_properties = d
        return space_links

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
