from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assigned_role import AssignedRole


T = TypeVar("T", bound="AssignedGroup")


@_attrs_define
class AssignedGroup:
    id: str
    name: str
    provider_type: str | Unset = UNSET
    """ `idp` or `custom`. """
    assigned_roles: list[AssignedRole] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        provider_type = self.provider_type

        assigned_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assigned_roles, Unset):
            assigned_roles = []
            for assigned_roles_item_data in self.assigned_roles:
                assigned_roles_item = assigned_roles_item_data.to_dict()
                assigned_roles.append(assigned_roles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if provider_type is not UNSET:
            field_dict["providerType"] = provider_type
        if assigned_roles is not UNSET:
            field_dict["assignedRoles"] = assigned_roles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assigned_role import AssignedRole

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        provider_type = d.pop("providerType", UNSET)

        _assigned_roles = d.pop("assignedRoles", UNSET)
        assigned_roles: list[AssignedRole] | Unset = UNSET
        if _assigned_roles is not UNSET:
            assigned_roles = []
            for assigned_roles_item_data in _assigned_roles:
                assigned_roles_item = AssignedRole.from_dict(assigned_roles_item_data)

                assigned_roles.append(assigned_roles_item)

        assigned_group = cls(
            id=id,
            name=name,
            provider_type=provider_type,
            assigned_roles=assigned_roles,
        )

        assigned_group.additional_properties = d
        return assigned_group

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
