from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrustScoreFilterRequest")


@_attrs_define
class TrustScoreFilterRequest:
    """The data sets to retrieve trust scores for."""

    dataset_ids: list[str]
    recompute_usage: bool | Unset = UNSET
    """ When true, refreshes the USAGE and TIMELINESS axes before answering. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_ids = self.dataset_ids

        recompute_usage = self.recompute_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasetIds": dataset_ids,
            }
        )
        if recompute_usage is not UNSET:
            field_dict["recomputeUsage"] = recompute_usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        dataset_ids = cast(list[str], d.pop("datasetIds"))

        recompute_usage = d.pop("recomputeUsage", UNSET)

        trust_score_filter_request = cls(
            dataset_ids=dataset_ids,
            recompute_usage=recompute_usage,
        )

        trust_score_filter_request.additional_properties = d
        return trust_score_filter_request

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
