from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_files_link import DataFilesLink


T = TypeVar("T", bound="DataFilesLinks")


@_attrs_define
class DataFilesLinks:
    """Navigation links of a data-files list."""

    next_: DataFilesLink
    """ A link (LinkResponse); `href` is null when there is no such page. """
    prev: DataFilesLink
    """ A link (LinkResponse); `href` is null when there is no such page. """
    self_: DataFilesLink
    """ A link (LinkResponse); `href` is null when there is no such page. """
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
        from ..models.data_files_link import DataFilesLink

        d = dict(src_dict)
        next_ = DataFilesLink.from_dict(d.pop("next"))

        prev = DataFilesLink.from_dict(d.pop("prev"))

        self_ = DataFilesLink.from_dict(d.pop("self"))

        data_files_links = cls(
            next_=next_,
            prev=prev,
            self_=self_,
        )

        data_files_links.additional_properties = d
        return data_files_links

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
