from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.href import Href


T = TypeVar("T", bound="SpaceLinks")


@_attrs_define
class SpaceLinks:
    """Links of a space."""

    self_: Href | Unset = UNSET
    """ A link. """
    assignments: Href | Unset = UNSET
    """ A link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        assignments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.assignments, Unset):
            assignments = self.assignments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if assignments is not UNSET:
            field_dict["assignments"] = assignments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.href import Href

        d = dict(src_dict)
        _self_ = d.pop("self", UNSET)
        self_: Href | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = Href.from_dict(_self_)

        _assignments = d.pop("assignments", UNSET)
        assignments: Href | Unset
        if isinstance(_assignments, Unset):
            assignments = UNSET
        else:
            assignments = Href.from_dict(_assignments)

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
