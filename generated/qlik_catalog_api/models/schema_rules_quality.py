from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_rule_quality import SchemaRuleQuality


T = TypeVar("T", bound="SchemaRulesQuality")


@_attrs_define
class SchemaRulesQuality:
    """Quality assessment for a specific rule applied to a field."""

    quality: SchemaRuleQuality | Unset = UNSET
    """ Detailed quality counts for a single rule. """
    rule_id: str | Unset = UNSET
    rule_mapping_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        rule_id = self.rule_id

        rule_mapping_id = self.rule_mapping_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if quality is not UNSET:
            field_dict["quality"] = quality
        if rule_id is not UNSET:
            field_dict["ruleId"] = rule_id
        if rule_mapping_id is not UNSET:
            field_dict["ruleMappingId"] = rule_mapping_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_rule_quality import SchemaRuleQuality

        d = dict(src_dict)
        _quality = d.pop("quality", UNSET)
        quality: SchemaRuleQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = SchemaRuleQuality.from_dict(_quality)

        rule_id = d.pop("ruleId", UNSET)

        rule_mapping_id = d.pop("ruleMappingId", UNSET)

        schema_rules_quality = cls(
            quality=quality,
            rule_id=rule_id,
            rule_mapping_id=rule_mapping_id,
        )

        schema_rules_quality.additional_properties = d
        return schema_rules_quality

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
