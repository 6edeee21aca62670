from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrustScoreDimension")


@_attrs_define
class TrustScoreDimension:
    """One dimension of a trust score."""

    id: str
    applicable_datasets: float
    score: float | Unset = UNSET
    previous_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        applicable_datasets = self.applicable_datasets

        score = self.score

        previous_score = self.previous_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "applicableDatasets": applicable_datasets,
            }
        )
        if score is not UNSET:
            field_dict["score"] = score
        if previous_score is not UNSET:
            field_dict["previousScore"] = previous_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        applicable_datasets = d.pop("applicableDatasets")

        score = d.pop("score", UNSET)

        previous_score = d.pop("previousScore", UNSET)

        trust_score_dimension = cls(
            id=id,
            applicable_datasets=applicable_datasets,
            score=score,
            previous_score=previous_score,
        )

        trust_score_dimension.additional_properties = d
        return trust_score_dimension

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
