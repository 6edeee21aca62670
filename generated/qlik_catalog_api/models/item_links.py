from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_link import ItemLink


T = TypeVar("T", bound="ItemLinks")


@_attrs_define
class ItemLinks:
    """Links of an item."""

    collections: ItemLink | Unset = UNSET
    open_: ItemLink | Unset = UNSET
    qv_plugin: ItemLink | Unset = UNSET
    self_: ItemLink | Unset = UNSET
    thumbnail: ItemLink | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collections: dict[str, Any] | Unset = UNSET
        if not isinstance(self.collections, Unset):
            collections = self.collections.to_dict()

        open_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.open_, Unset):
            open_ = self.open_.to_dict()

        qv_plugin: dict[str, Any] | Unset = UNSET
        if not isinstance(self.qv_plugin, Unset):
            qv_plugin = self.qv_plugin.to_dict()

        self_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.self_, Unset):
            self_ = self.self_.to_dict()

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collections is not UNSET:
            field_dict["collections"] = collections
        if open_ is not UNSET:
            field_dict["open"] = open_
        if qv_plugin is not UNSET:
            field_dict["qvPlugin"] = qv_plugin
        if self_ is not UNSET:
            field_dict["self"] = self_
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_link import ItemLink

        d = dict(src_dict)
        _collections = d.pop("collections", UNSET)
        collections: ItemLink | Unset
        if isinstance(_collections, Unset):
            collections = UNSET
        else:
            collections = ItemLink.from_dict(_collections)

        _open_ = d.pop("open", UNSET)
        open_: ItemLink | Unset
        if isinstance(_open_, Unset):
            open_ = UNSET
        else:
            open_ = ItemLink.from_dict(_open_)

        _qv_plugin = d.pop("qvPlugin", UNSET)
        qv_plugin: ItemLink | Unset
        if isinstance(_qv_plugin, Unset):
            qv_plugin = UNSET
        else:
            qv_plugin = ItemLink.from_dict(_qv_plugin)

        _self_ = d.pop("self", UNSET)
        self_: ItemLink | Unset
        if isinstance(_self_, Unset):
            self_ = UNSET
        else:
            self_ = ItemLink.from_dict(_self_)

        _thumbnail = d.pop("thumbnail", UNSET)
        thumbnail: ItemLink | Unset
        if isinstance(_thumbnail, Unset):
            thumbnail = UNSET
        else:
            thumbnail = ItemLink.from_dict(_thumbnail)

        item_links = cls(
            collections=collections,
            open_=open_,
            qv_plugin=qv_plugin,
            self_=self_,
            thumbnail=thumbnail,
        )

        item_links.additional_properties = d
        return item_links

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
