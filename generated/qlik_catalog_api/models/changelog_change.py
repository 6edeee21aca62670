from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangelogChange")


@_attrs_define
class ChangelogChange:
    """One property change recorded in a changelog entry."""

    path: str | Unset = UNSET
    """ One of /name, /description, /spaceId, /datasetIds, /glossaryIds, /readMe, /keyContacts, /tags, /activatedOn,
    /apiConsumableDatasetIds. """
    value: Any | Unset = UNSET
    """ The new value (a string, an array of strings or of key contacts, or null). """
    operator: str | Unset = UNSET
    """ One of replace, add, remove. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        value = self.value

        operator = self.operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if value is not UNSET:
            field_dict["value"] = value
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        path = d.pop("path", UNSET)

        value = d.pop("value", UNSET)

        operator = d.pop("operator", UNSET)

        changelog_change = cls(
            path=path,
            value=value,
            operator=operator,
        )

        changelog_change.additional_properties = d
        return changelog_change

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
