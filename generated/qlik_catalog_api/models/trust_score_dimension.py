from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrustScoreDimension")


@_attrs_define
class TrustScoreDimension:
    """One dimension of a trust score (the docs require `id` and `applicableDatasets`)."""

    id: str | Unset = UNSET
    score: float | None | Unset = UNSET
    previous_score: float | None | Unset = UNSET
    applicable_datasets: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        previous_score: float | None | Unset
        if isinstance(self.previous_score, Unset):
            previous_score = UNSET
        else:
            previous_score = self.previous_score

        applicable_datasets = self.applicable_datasets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if score is not UNSET:
            field_dict["score"] = score
        if previous_score is not UNSET:
            field_dict["previousScore"] = previous_score
        if applicable_datasets is not UNSET:
            field_dict["applicableDatasets"] = applicable_datasets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_previous_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        previous_score = _parse_previous_score(d.pop("previousScore", UNSET))

        applicable_datasets = d.pop("applicableDatasets", UNSET)

        trust_score_dimension = cls(
            id=id,
            score=score,
            previous_score=previous_score,
            applicable_datasets=applicable_datasets,
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
