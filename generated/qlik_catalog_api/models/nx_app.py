from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nx_app_create_privileges import NxAppCreatePrivileges
    from ..models.nx_attributes import NxAttributes


T = TypeVar("T", bound="NxApp")


@_attrs_define
class NxApp:
    """Application attributes and user privileges."""

    attributes: NxAttributes | Unset = UNSET
    """ App attributes. The reference names only the type; the fields are those of Qlik's NxAttributes, as @qlik/api
    2.19.0 types them (no spaceId: an app's space is on its item). Unknown ones are kept. (Assumption.) """
    create: list[NxAppCreatePrivileges] | Unset = UNSET
    """ Object create privileges. """
    privileges: list[str] | Unset = UNSET
    """ Application privileges, e.g. read, update, delete. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        create: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.create, Unset):
            create = []
            for create_item_data in self.create:
                create_item = create_item_data.to_dict()
                create.append(create_item)

        privileges: list[str] | Unset = UNSET
        if not isinstance(self.privileges, Unset):
            privileges = self.privileges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if create is not UNSET:
            field_dict["create"] = create
        if privileges is not UNSET:
            field_dict["privileges"] = privileges

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nx_app_create_privileges import NxAppCreatePrivileges
        from ..models.nx_attributes import NxAttributes

        d = dict(src_dict)
        _attributes = d.pop("attributes", UNSET)
        attributes: NxAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = NxAttributes.from_dict(_attributes)

        _create = d.pop("create", UNSET)
        create: list[NxAppCreatePrivileges] | Unset = UNSET
        if _create is not UNSET:
            create = []
            for create_item_data in _create:
                create_item = NxAppCreatePrivileges.from_dict(create_item_data)

                create.append(create_item)

        privileges = cast(list[str], d.pop("privileges", UNSET))

        nx_app = cls(
            attributes=attributes,
            create=create,
            privileges=privileges,
        )

        nx_app.additional_properties = d
        return nx_app

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
