from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpaceMeta")


@_attrs_define
class SpaceMeta:
    """What the calling user may do with a space."""

    roles: list[str]
    """ The roles the user has in the space. """
    actions: list[str]
    """ The actions the user may perform on the space. """
    assignable_roles: list[str]
    """ The roles that may be assigned in the space. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        roles = self.roles

        actions = self.actions

        assignable_roles = self.assignable_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roles": roles,
                "actions": actions,
                "assignableRoles": assignable_roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        roles = cast(list[str], d.pop("roles"))

        actions = cast(list[str], d.pop("actions"))

        assignable_roles = cast(list[str], d.pop("assignableRoles"))

        space_meta = cls(
            roles=roles,
            actions=actions,
            assignable_roles=assignable_roles,
        )

        space_meta.additional_properties = d
        return space_meta

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
