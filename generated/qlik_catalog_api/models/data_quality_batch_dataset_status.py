from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataQualityBatchDatasetStatus")


@_attrs_define
class DataQualityBatchDatasetStatus:
    """Status of a single dataset within a batch computation."""

    computation_id: str
    """ The individual computation of this data set. """
    dataset_id: str
    """ The ID of the data set. """
    status: str
    """ One of PROFILE_REQUESTED, PROFILE_FAILED, REQUESTED, SUBMITTED, SUCCEEDED, FAILED. """
    error_code: str | Unset = UNSET
    """ Error code of a failure: one of DQ-100, DQ-110, DQ-120, DQ-121, DQ-130, DQ-140, DQ-150, DQ-160, DQ-170,
    DQ-171, DQ-200, DQ-300, DQ-310, DQ-320, DQ-330, DQ-400, DQ-500 (the official ComputationErrorCode). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        computation_id = self.computation_id

        dataset_id = self.dataset_id

        status = self.status

        error_code = self.error_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "computationId": computation_id,
                "datasetId": dataset_id,
                "status": status,
            }
        )
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        computation_id = d.pop("computationId")

        dataset_id = d.pop("datasetId")

        status = d.pop("status")

        error_code = d.pop("errorCode", UNSET)

        data_quality_batch_dataset_status = cls(
            computation_id=computation_id,
            dataset_id=dataset_id,
            status=status,
            error_code=error_code,
        )

        data_quality_batch_dataset_status.additional_properties = d
        return data_quality_batch_dataset_status

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
