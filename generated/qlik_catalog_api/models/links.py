from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.href import Href


T = TypeVar("T", bound="Links")


@_attrs_define
class Links:
    """Navigation links of a list page. Page-numbered lists (the catalog) send all five; cursor lists (spaces, users,
    items, data files) send `self`, `next` and `prev`.

    """

    first: Href | Unset = UNSET
    """ A link. """
    last: Href | Unset = UNSET
    """ A link. """
    next_: Href | Unset = UNSET
    """ A link. """
    prev: Href | Unset = UNSET
    """ A link. """
    self_: Href | Unset = UNSET
    """ A link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first: dict[str, Any] | Unset = UNSET
        if not isinstance(self.first, Unset):
            first = self.first.to_dict()

        last: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last, Unset):
            last = self.last.to_dict()

        next_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.next_, Unset):
            next_ = self.next_.to_dict()

        prev: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prev, Unset):
            prev = self.prev.to_dict()

        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.href import Href

        d = dict(src_dict)
        _first = d.pop("first", UNSET)
        first: Href | Unset
        if isinstance(_first, Unset):
            first = UNSET
        else:
            first = Href.from_dict(_first)

        _last = d.pop("last", UNSET)
        last: Href | Unset
        if isinstance(_last, Unset):
            last = UNSET
        else:
            last = Href.from_dict(_last)

        _next_ = d.pop("next", UNSET)
        next_: Href | Unset
        if isinstance(_next_, Unset):
            next_ = UNSET
        else:
            next_ = Href.from_dict(_next_)

        _prev = d.pop("prev", UNSET)
        prev: Href | Unset
        if isinstance(_prev, Unset):
            prev = UNSET
        else:
            prev = Href.from_dict(_prev)

        _self_ = d.pop("self", UNSET)
        self_: Href | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = Href.from_dict(_self_)

        links = cls(
            first=first,
            last=last,
            next_=next_,
            prev=prev,
            self_=self_,
        )

        links.additional_properties = d
        return links

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
