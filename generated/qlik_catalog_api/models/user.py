from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assigned_group import AssignedGroup
    from ..models.assigned_role import AssignedRole
    from ..models.user_links import UserLinks


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user of the tenant."""

    id: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    status: str | Unset = UNSET
    """ One of active, invited, disabled, deleted. """
    subject: str | Unset = UNSET
    picture: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    preferred_locale: None | str | Unset = UNSET
    zoneinfo: None | str | Unset = UNSET
    preferred_zoneinfo: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    last_updated_at: datetime.datetime | Unset = UNSET
    invite_expiry: float | None | Unset = UNSET
    """ The Unix timestamp at which an invitation expires. """
    assigned_roles: list[AssignedRole] | Unset = UNSET
    assigned_groups: list[AssignedGroup] | Unset = UNSET
    assigned_scopes: list[str] | Unset = UNSET
    links: UserLinks | Unset = UNSET
    """ The user's own link (the types have `self` only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        status = self.status

        subject = self.subject

        picture: None | str | Unset
        if isinstance(self.picture, Unset):
            picture = UNSET
        else:
            picture = self.picture

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        preferred_locale: None | str | Unset
        if isinstance(self.preferred_locale, Unset):
            preferred_locale = UNSET
        else:
            preferred_locale = self.preferred_locale

        zoneinfo: None | str | Unset
        if isinstance(self.zoneinfo, Unset):
            zoneinfo = UNSET
        else:
            zoneinfo = self.zoneinfo

        preferred_zoneinfo: None | str | Unset
        if isinstance(self.preferred_zoneinfo, Unset):
            preferred_zoneinfo = UNSET
        else:
            preferred_zoneinfo = self.preferred_zoneinfo

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_updated_at: str | Unset = UNSET
        if not isinstance(self.last_updated_at, Unset):
            last_updated_at = self.last_updated_at.isoformat()

        invite_expiry: float | None | Unset
        if isinstance(self.invite_expiry, Unset):
            invite_expiry = UNSET
        else:
            invite_expiry = self.invite_expiry

        assigned_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assigned_roles, Unset):
            assigned_roles = []
            for assigned_roles_item_data in self.assigned_roles:
                assigned_roles_item = assigned_roles_item_data.to_dict()
                assigned_roles.append(assigned_roles_item)

        assigned_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assigned_groups, Unset):
            assigned_groups = []
            for assigned_groups_item_data in self.assigned_groups:
                assigned_groups_item = assigned_groups_item_data.to_dict()
                assigned_groups.append(assigned_groups_item)

        assigned_scopes: list[str] | Unset = UNSET
        if not isinstance(self.assigned_scopes, Unset):
            assigned_scopes = self.assigned_scopes

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if status is not UNSET:
            field_dict["status"] = status
        if subject is not UNSET:
            field_dict["subject"] = subject
        if picture is not UNSET:
            field_dict["picture"] = picture
        if locale is not UNSET:
            field_dict["locale"] = locale
        if preferred_locale is not UNSET:
            field_dict["preferredLocale"] = preferred_locale
        if zoneinfo is not UNSET:
            field_dict["zoneinfo"] = zoneinfo
        if preferred_zoneinfo is not UNSET:
            field_dict["preferredZoneinfo"] = preferred_zoneinfo
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if last_updated_at is not UNSET:
            field_dict["lastUpdatedAt"] = last_updated_at
        if invite_expiry is not UNSET:
            field_dict["inviteExpiry"] = invite_expiry
        if assigned_roles is not UNSET:
            field_dict["assignedRoles"] = assigned_roles
        if assigned_groups is not UNSET:
            field_dict["assignedGroups"] = assigned_groups
        if assigned_scopes is not UNSET:
            field_dict["assignedScopes"] = assigned_scopes
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assigned_group import AssignedGroup
        from ..models.assigned_role import AssignedRole
        from ..models.user_links import UserLinks

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        status = d.pop("status", UNSET)

        subject = d.pop("subject", UNSET)

        def _parse_picture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        picture = _parse_picture(d.pop("picture", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_preferred_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_locale = _parse_preferred_locale(d.pop("preferredLocale", UNSET))

        def _parse_zoneinfo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zoneinfo = _parse_zoneinfo(d.pop("zoneinfo", UNSET))

        def _parse_preferred_zoneinfo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_zoneinfo = _parse_preferred_zoneinfo(d.pop("preferredZoneinfo", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _last_updated_at = d.pop("lastUpdatedAt", UNSET)
        last_updated_at: datetime.datetime | Unset
        if isinstance(_last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = datetime.datetime.fromisoformat(_last_updated_at)

        def _parse_invite_expiry(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        invite_expiry = _parse_invite_expiry(d.pop("inviteExpiry", UNSET))

        _assigned_roles = d.pop("assignedRoles", UNSET)
        assigned_roles: list[AssignedRole] | Unset = UNSET
        if _assigned_roles is not UNSET:
            assigned_roles = []
            for assigned_roles_item_data in _assigned_roles:
                assigned_roles_item = AssignedRole.from_dict(assigned_roles_item_data)

                assigned_roles.append(assigned_roles_item)

        _assigned_groups = d.pop("assignedGroups", UNSET)
        assigned_groups: list[AssignedGroup] | Unset = UNSET
        if _assigned_groups is not UNSET:
            assigned_groups = []
            for assigned_groups_item_data in _assigned_groups:
                assigned_groups_item = AssignedGroup.from_dict(assigned_groups_item_data)

                assigned_groups.append(assigned_groups_item)

        assigned_scopes = cast(list[str], d.pop("assignedScopes", UNSET))

        _links = d.pop("links", UNSET)
        links: UserLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = UserLinks.from_dict(_links)

        user = cls(
            id=id,
            tenant_id=tenant_id,
            name=name,
            email=email,
            status=status,
            subject=subject,
            picture=picture,
            locale=locale,
            preferred_locale=preferred_locale,
            zoneinfo=zoneinfo,
            preferred_zoneinfo=preferred_zoneinfo,
            created_at=created_at,
            last_updated_at=last_updated_at,
            invite_expiry=invite_expiry,
            assigned_roles=assigned_roles,
            assigned_groups=assigned_groups,
            assigned_scopes=assigned_scopes,
            links=links,
        )

        user.additional_properties = d
        return user

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
