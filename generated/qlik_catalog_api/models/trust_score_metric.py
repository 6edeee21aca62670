from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrustScoreMetric")


@_attrs_define
class TrustScoreMetric:
    """Score and configuration of one metric of an axis."""

    id: str
    """ VALIDITY_QUALITY, COMPLETENESS_QUALITY, USAGE_APPS, USAGE_APP_VIEWS, DISCOVERABILITY_DESCRIPTION,
    DISCOVERABILITY_TAGS, DISCOVERABILITY_ACTIVATED, DISCOVERABILITY_FIELD_DESCRIPTION, DISCOVERABILITY_FIELD_TAGS,
    ACCURACY_QUALITY, DIVERSITY_SOURCE, DIVERSITY_VOLUME, DIVERSITY_EVENNESS or TIMELINESS_FRESHNESS (the official
    MetricId). """
    weight: float
    score: float | Unset = UNSET
    """ Metric score [0, 100]; omitted when the metric is not applicable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        weight = self.weight

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "weight": weight,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        weight = d.pop("weight")

        score = d.pop("score", UNSET)

        trust_score_metric = cls(
            id=id,
            weight=weight,
            score=score,
        )

        trust_score_metric.additional_properties = d
        return trust_score_metric

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
