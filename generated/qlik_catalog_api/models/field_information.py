from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldInformation")


@_attrs_define
class FieldInformation:
    """Information about the type of the field."""

    kind: str
    """ STANDARD or SEMANTIC. """
    name: str | Unset = UNSET
    """ The name of the standard type (if applicable). """
    precision: str | Unset = UNSET
    """ timestamp-millis, timestamp-micros, time-millis, time-micros or date. """
    semantic_type_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        name = self.name

        precision = self.precision

        semantic_type_id = self.semantic_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if precision is not UNSET:
            field_dict["precision"] = precision
        if semantic_type_id is not UNSET:
            field_dict["semanticTypeId"] = semantic_type_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = d.pop("kind")

        name = d.pop("name", UNSET)

        precision = d.pop("precision", UNSET)

        semantic_type_id = d.pop("semanticTypeId", UNSET)

        field_information = cls(
            kind=kind,
            name=name,
            precision=precision,
            semantic_type_id=semantic_type_id,
        )

        field_information.additional_properties = d
        return field_information

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
