from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trust_score_dimension import TrustScoreDimension


T = TypeVar("T", bound="TrustScore")


@_attrs_define
class TrustScore:
    """The trust score of the data product."""

    score: float
    applicable_datasets: float
    dimensions: list[TrustScoreDimension] | Unset = UNSET
    previous_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        applicable_datasets = self.applicable_datasets

        dimensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = []
            for dimensions_item_data in self.dimensions:
                dimensions_item = dimensions_item_data.to_dict()
                dimensions.append(dimensions_item)

        previous_score = self.previous_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "applicableDatasets": applicable_datasets,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if previous_score is not UNSET:
            field_dict["previousScore"] = previous_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trust_score_dimension import TrustScoreDimension

        d = dict(src_dict)
        score = d.pop("score")

        applicable_datasets = d.pop("applicableDatasets")

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: list[TrustScoreDimension] | Unset = UNSET
        if _dimensions is not UNSET:
            dimensions = []
            for dimensions_item_data in _dimensions:
                dimensions_item = TrustScoreDimension.from_dict(dimensions_item_data)

                dimensions.append(dimensions_item)

        previous_score = d.pop("previousScore", UNSET)

        trust_score = cls(
            score=score,
            applicable_datasets=applicable_datasets,
            dimensions=dimensions,
            previous_score=previous_score,
        )

        trust_score.additional_properties = d
        return trust_score

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
