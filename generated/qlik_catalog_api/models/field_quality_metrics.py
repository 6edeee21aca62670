from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.aggregated_quality_metrics import AggregatedQualityMetrics
    from ..models.schema_rules_quality import SchemaRulesQuality
    from ..models.schema_type_quality import SchemaTypeQuality


T = TypeVar("T", bound="FieldQualityMetrics")


@_attrs_define
class FieldQualityMetrics:
    """Quality metrics of a field (the official Quality)."""

    aggregated: AggregatedQualityMetrics
    """ Aggregated metrics for the field. """
    rules: list[SchemaRulesQuality]
    type_: SchemaTypeQuality
    """ Quality metrics based on type validation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        aggregated = self.aggregated.to_dict()

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)

        type_ = self.type_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "aggregated": aggregated,
                "rules": rules,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.aggregated_quality_metrics import AggregatedQualityMetrics
        from ..models.schema_rules_quality import SchemaRulesQuality
        from ..models.schema_type_quality import SchemaTypeQuality

        d = dict(src_dict)
        aggregated = AggregatedQualityMetrics.from_dict(d.pop("aggregated"))

        rules = []
        _rules = d.pop("rules")
        for rules_item_data in _rules:
            rules_item = SchemaRulesQuality.from_dict(rules_item_data)

            rules.append(rules_item)

        type_ = SchemaTypeQuality.from_dict(d.pop("type"))

        field_quality_metrics = cls(
            aggregated=aggregated,
            rules=rules,
            type_=type_,
        )

        field_quality_metrics.additional_properties = d
        return field_quality_metrics

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
