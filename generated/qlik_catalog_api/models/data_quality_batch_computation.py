from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_quality_batch_dataset_status import DataQualityBatchDatasetStatus


T = TypeVar("T", bound="DataQualityBatchComputation")


@_attrs_define
class DataQualityBatchComputation:
    """Status of a batch computation, including per-dataset breakdown."""

    batch_computation_id: str
    computation_statuses: list[DataQualityBatchDatasetStatus]
    status: str
    """ Overall status across the batch, IN_PROGRESS or FINISHED. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_computation_id = self.batch_computation_id

        computation_statuses = []
        for computation_statuses_item_data in self.computation_statuses:
            computation_statuses_item = computation_statuses_item_data.to_dict()
            computation_statuses.append(computation_statuses_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchComputationId": batch_computation_id,
                "computationStatuses": computation_statuses,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_quality_batch_dataset_status import DataQualityBatchDatasetStatus

        d = dict(src_dict)
        batch_computation_id = d.pop("batchComputationId")

        computation_statuses = []
        _computation_statuses = d.pop("computationStatuses")
        for computation_statuses_item_data in _computation_statuses:
            computation_statuses_item = DataQualityBatchDatasetStatus.from_dict(computation_statuses_item_data)

            computation_statuses.append(computation_statuses_item)

        status = d.pop("status")

        data_quality_batch_computation = cls(
            batch_computation_id=batch_computation_id,
            computation_statuses=computation_statuses,
            status=status,
        )

        data_quality_batch_computation.additional_properties = d
        return data_quality_batch_computation

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
