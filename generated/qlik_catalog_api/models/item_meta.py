from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.item_tag import ItemTag


T = TypeVar("T", bound="ItemMeta")


@_attrs_define
class ItemMeta:
    """What the calling user may do with an item, and its tags and collections."""

    actions: list[str]
    collections: list[ItemTag]
    is_favorited: bool
    tags: list[ItemTag]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions = self.actions

        collections = []
        for collections_item_data in self.collections:
            collections_item = collections_item_data.to_dict()
            collections.append(collections_item)

        is_favorited = self.is_favorited

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actions": actions,
                "collections": collections,
                "isFavorited": is_favorited,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_tag import ItemTag

        d = dict(src_dict)
        actions = cast(list[str], d.pop("actions"))

        collections = []
        _collections = d.pop("collections")
        for collections_item_data in _collections:
            collections_item = ItemTag.from_dict(collections_item_data)

            collections.append(collections_item)

        is_favorited = d.pop("isFavorited")

        tags = []
        _tags = d.pop("tags")
        for tags_item_data in _tags:
            tags_item = ItemTag.from_dict(tags_item_data)

            tags.append(tags_item)

        item_meta = cls(
            actions=actions,
            collections=collections,
            is_favorited=is_favorited,
            tags=tags,
        )

        item_meta.additional_properties = d
        return item_meta

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
