from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataProductActivateRequest")


@_attrs_define
class DataProductActivateRequest:
    """The data product's identity, confirmed on activation."""

    name: str
    """ Name of the data product to activate. """
    tags: list[str] | Unset = UNSET
    """ List of tags for the data product. """
    space_id: str | Unset = UNSET
    """ Unique identifier of the space. """
    description: str | Unset = UNSET
    """ A description of the data product. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        space_id = self.space_id

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        tags = cast(list[str], d.pop("tags", UNSET))

        space_id = d.pop("spaceId", UNSET)

        description = d.pop("description", UNSET)

        data_product_activate_request = cls(
            name=name,
            tags=tags,
            space_id=space_id,
            description=description,
        )

        data_product_activate_request.additional_properties = d
        return data_product_activate_request

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
