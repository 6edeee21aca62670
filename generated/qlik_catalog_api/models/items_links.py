from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_link import ItemLink


T = TypeVar("T", bound="ItemsLinks")


@_attrs_define
class ItemsLinks:
    """Links of a page of items."""

    collection: ItemLink | Unset = UNSET
    next_: ItemLink | Unset = UNSET
    prev: ItemLink | Unset = UNSET
    self_: ItemLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collection, Unset):
            collection = self.collection.to_dict()

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
        if collection is not UNSET:
            field_dict["collection"] = collection
        if next_ is not UNSET:
            field_dict["next"] = next_
        if prev is not UNSET:
            field_dict["prev"] = prev
        if self_ is not UNSET:
            field_dict["self"] = self_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_link import ItemLink

        d = dict(src_dict)
        _collection = d.pop("collection", UNSET)
        collection: ItemLink | Unset
        if isinstance(_collection, Unset):
            collection = UNSET
        else:
            collection = ItemLink.from_dict(_collection)

        _next_ = d.pop("next", UNSET)
        next_: ItemLink | Unset
        if isinstance(_next_, Unset):
            next_ = UNSET
        else:
            next_ = ItemLink.from_dict(_next_)

        _prev = d.pop("prev", UNSET)
        prev: ItemLink | Unset
        if isinstance(_prev, Unset):
            prev = UNSET
        else:
            prev = ItemLink.from_dict(_prev)

        _self_ = d.pop("self", UNSET)
        self_: ItemLink | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = ItemLink.from_dict(_self_)

        items_links = cls(
            collection=collection,
            next_=next_,
            prev=prev,
            self_=self_,
        )

        items_links.additional_properties = d
        return items_links

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
