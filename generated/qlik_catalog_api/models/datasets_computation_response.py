from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dataset_computation import DatasetComputation


T = TypeVar("T", bound="DatasetsComputationResponse")


@_attrs_define
class DatasetsComputationResponse:
    """The batch computation identifier and the per-dataset quality computation results (the official
    DatasetsComputationResponse; both fields always present).

    """

    batch_computation_id: str
    """ Unique identifier for the data quality batch computation job. """
    dataset_responses: list[DatasetComputation]
    """ List of computation results, one entry per dataset in the data product. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_computation_id = self.batch_computation_id

        dataset_responses = []
        for dataset_responses_item_data in self.dataset_responses:
            dataset_responses_item = dataset_responses_item_data.to_dict()
            dataset_responses.append(dataset_responses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchComputationId": batch_computation_id,
                "datasetResponses": dataset_responses,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_computation import DatasetComputation

        d = dict(src_dict)
        batch_computation_id = d.pop("batchComputationId")

        dataset_responses = []
        _dataset_responses = d.pop("datasetResponses")
        for dataset_responses_item_data in _dataset_responses:
            dataset_responses_item = DatasetComputation.from_dict(dataset_responses_item_data)

            dataset_responses.append(dataset_responses_item)

        datasets_computation_response = cls(
            batch_computation_id=batch_computation_id,
            dataset_responses=dataset_responses,
        )

        datasets_computation_response.additional_properties = d
        return datasets_computation_response

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
