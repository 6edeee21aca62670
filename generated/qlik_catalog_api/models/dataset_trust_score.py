from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trust_score_axis import TrustScoreAxis


T = TypeVar("T", bound="DatasetTrustScore")


@_attrs_define
class DatasetTrustScore:
    """The current trust score of one data set (the official TrustScoreResponse)."""

    axes: list[TrustScoreAxis]
    dataset_id: str
    score: float
    """ Overall weighted score across the enabled axes [0, 100]. """
    updated_at: str
    """ Timestamp of the last trust score computation. """
    previous_score: float | Unset = UNSET
    """ Overall score of the previous computation [0, 100]. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        axes = []
        for axes_item_data in self.axes:
            axes_item = axes_item_data.to_dict()
            axes.append(axes_item)

        dataset_id = self.dataset_id

        score = self.score

        updated_at = self.updated_at

        previous_score = self.previous_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "axes": axes,
                "datasetId": dataset_id,
                "score": score,
                "updatedAt": updated_at,
            }
        )
        if previous_score is not UNSET:
            field_dict["previousScore"] = previous_score

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trust_score_axis import TrustScoreAxis

        d = dict(src_dict)
        axes = []
        _axes = d.pop("axes")
        for axes_item_data in _axes:
            axes_item = TrustScoreAxis.from_dict(axes_item_data)

            axes.append(axes_item)

        dataset_id = d.pop("datasetId")

        score = d.pop("score")

        updated_at = d.pop("updatedAt")

        previous_score = d.pop("previousScore", UNSET)

        dataset_trust_score = cls(
            axes=axes,
            dataset_id=dataset_id,
            score=score,
            updated_at=updated_at,
            previous_score=previous_score,
        )

        dataset_trust_score.additional_properties = d
        return dataset_trust_score

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
