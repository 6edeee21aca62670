from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.space_link import SpaceLink


T = TypeVar("T", bound="SpacesLinks")


@_attrs_define
class SpacesLinks:
    """Links of a page of spaces; `next` and `prev` only where such a page exists."""

    self_: SpaceLink
    next_: SpaceLink | Unset = UNSET
    prev: SpaceLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ = self.self_.to_dict()

        next_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = self.next_.to_dict()

        prev: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prev, Unset):
            prev = self.prev.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "self": self_,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.space_link import SpaceLink

        d = dict(src_dict)
        self_ = SpaceLink.from_dict(d.pop("self"))

        _next_ = d.pop("next", UNSET)
        next_: SpaceLink | Unset
        if isinstance(_next_, Unset):
            next_ = UNSET
        else:
            next_ = SpaceLink.from_dict(_next_)

        _prev = d.pop("prev", UNSET)
        prev: SpaceLink | Unset
        if isinstance(_prev, Unset):
            prev = UNSET
        else:
            prev = SpaceLink.from_dict(_prev)

        spaces_links = cls(
            self_=self_,
            next_=next_,
            prev=prev,
        )

        spaces_links.additional_properties = d
        return spaces_links

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
