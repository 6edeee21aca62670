from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.spaces_meta_personal_space import SpacesMetaPersonalSpace


T = TypeVar("T", bound="SpacesMeta")


@_attrs_define
class SpacesMeta:
    count: int
    """ The total number of spaces matching the query. """
    personal_space: SpacesMetaPersonalSpace | Unset = UNSET
    """ What the calling user may do in their personal space. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        personal_space: dict[str, Any] | Unset = UNSET
        if not isinstance(self.personal_space, Unset):
            personal_space = self.personal_space.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )
        if personal_space is not UNSET:
            field_dict["personalSpace"] = personal_space

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.spaces_meta_personal_space import SpacesMetaPersonalSpace

        d = dict(src_dict)
        count = d.pop("count")

        _personal_space = d.pop("personalSpace", UNSET)
        personal_space: SpacesMetaPersonalSpace | Unset
        if isinstance(_personal_space, Unset):
            personal_space = UNSET
        else:
            personal_space = SpacesMetaPersonalSpace.from_dict(_personal_space)

        spaces_meta = cls(
            count=count,
            personal_space=personal_space,
        )

        spaces_meta.additional_properties = d
        return spaces_meta

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
