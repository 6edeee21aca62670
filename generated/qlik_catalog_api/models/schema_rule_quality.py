from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaRuleQuality")


@_attrs_define
class SchemaRuleQuality:
    """Detailed quality counts for a single rule."""

    invalid: int
    not_applicable: int
    not_executable: int
    total: int
    valid: int
    errors: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invalid = self.invalid

        not_applicable = self.not_applicable

        not_executable = self.not_executable

        total = self.total

        valid = self.valid

        errors: list[str] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invalid": invalid,
                "notApplicable": not_applicable,
                "notExecutable": not_executable,
                "total": total,
                "valid": valid,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        invalid = d.pop("invalid")

        not_applicable = d.pop("notApplicable")

        not_executable = d.pop("notExecutable")

        total = d.pop("total")

        valid = d.pop("valid")

        errors = cast(list[str], d.pop("errors", UNSET))

        schema_rule_quality = cls(
            invalid=invalid,
            not_applicable=not_applicable,
            not_executable=not_executable,
            total=total,
            valid=valid,
            errors=errors,
        )

        schema_rule_quality.additional_properties = d
        return schema_rule_quality

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
