from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trust_score_metric import TrustScoreMetric


T = TypeVar("T", bound="TrustScoreAxis")


@_attrs_define
class TrustScoreAxis:
    """Score and configuration of one axis."""

    id: str
    """ VALIDITY, COMPLETENESS, USAGE, DISCOVERABILITY, ACCURACY, DIVERSITY or TIMELINESS. """
    metrics: list[TrustScoreMetric]
    weight: float
    applicable: bool | Unset = UNSET
    """ Whether the axis applies to the data set (an enabled axis may not: TIMELINESS without a freshness
    threshold). """
    enabled: bool | Unset = UNSET
    """ Whether the axis is enabled in the tenant; a disabled axis weighs 0. """
    previous_score: float | Unset = UNSET
    """ The axis score of the previous computation. """
    score: float | Unset = UNSET
    """ Axis score [0, 100]; omitted when the axis is not applicable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.to_dict()
            metrics.append(metrics_item)

        weight = self.weight

        applicable = self.applicable

        enabled = self.enabled

        previous_score = self.previous_score

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "metrics": metrics,
                "weight": weight,
            }
        )
        if applicable is not UNSET:
            field_dict["applicable"] = applicable
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if previous_score is not UNSET:
            field_dict["previousScore"] = previous_score
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trust_score_metric import TrustScoreMetric

        d = dict(src_dict)
        id = d.pop("id")

        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = TrustScoreMetric.from_dict(metrics_item_data)

            metrics.append(metrics_item)

        weight = d.pop("weight")

        applicable = d.pop("applicable", UNSET)

        enabled = d.pop("enabled", UNSET)

        previous_score = d.pop("previousScore", UNSET)

        score = d.pop("score", UNSET)

        trust_score_axis = cls(
            id=id,
            metrics=metrics,
            weight=weight,
            applicable=applicable,
            enabled=enabled,
            previous_score=previous_score,
            score=score,
        )

        trust_score_axis.additional_properties = d
        return trust_score_axis

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
