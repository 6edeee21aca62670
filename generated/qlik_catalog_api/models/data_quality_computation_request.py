from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_quality_computation_request_execution_mode import (
    DataQualityComputationRequestExecutionMode,
    check_data_quality_computation_request_execution_mode,
)
from ..models.data_quality_computation_request_sample_method import (
    DataQualityComputationRequestSampleMethod,
    check_data_quality_computation_request_sample_method,
)
from ..models.data_quality_computation_request_sample_mode import (
    DataQualityComputationRequestSampleMode,
    check_data_quality_computation_request_sample_mode,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataQualityComputationRequest")


@_attrs_define
class DataQualityComputationRequest:
    """Request payload for triggering a data quality computation (the official DataQualityComputationRequest &
    SamplingConfiguration). `connectionId` is optional for file-based datasets. Without sampling parameters: PULLUP,
    ABSOLUTE, 1000 rows, HEAD (RANDOM with PUSHDOWN).

    """

    connection_id: str | Unset = UNSET
    """ The ID of the connection. """
    dataset_id: str | Unset = UNSET
    """ The ID of the dataset. """
    execution_mode: DataQualityComputationRequestExecutionMode | Unset = UNSET
    """ Where the computation runs (PUSHDOWN in the Cloud Data Warehouse, PULLUP in Qlik Cloud). """
    sample_method: DataQualityComputationRequestSampleMethod | Unset = UNSET
    """ HEAD reads the first rows, RANDOM a random selection. Defaults to HEAD under PULLUP, RANDOM under PUSHDOWN;
    RANDOM under PULLUP is only supported for QVD data sets. """
    sample_mode: DataQualityComputationRequestSampleMode | Unset = UNSET
    """ ABSOLUTE is a fixed number of rows, RELATIVE a percentage of the rows. """
    sample_size: float | Unset = UNSET
    """ Rows (ABSOLUTE, at most 100000) or a percentage (RELATIVE). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        dataset_id = self.dataset_id

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode

        sample_method: str | Unset = UNSET
        if not isinstance(self.sample_method, Unset):
            sample_method = self.sample_method

        sample_mode: str | Unset = UNSET
        if not isinstance(self.sample_mode, Unset):
            sample_mode = self.sample_mode

        sample_size = self.sample_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_id is not UNSET:
            field_dict["connectionId"] = connection_id
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if execution_mode is not UNSET:
            field_dict["executionMode"] = execution_mode
        if sample_method is not UNSET:
            field_dict["sampleMethod"] = sample_method
        if sample_mode is not UNSET:
            field_dict["sampleMode"] = sample_mode
        if sample_size is not UNSET:
            field_dict["sampleSize"] = sample_size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connection_id = d.pop("connectionId", UNSET)

        dataset_id = d.pop("datasetId", UNSET)

        _execution_mode = d.pop("executionMode", UNSET)
        execution_mode: DataQualityComputationRequestExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = check_data_quality_computation_request_execution_mode(_execution_mode)

        _sample_method = d.pop("sampleMethod", UNSET)
        sample_method: DataQualityComputationRequestSampleMethod | Unset
        if isinstance(_sample_method, Unset):
            sample_method = UNSET
        else:
            sample_method = check_data_quality_computation_request_sample_method(_sample_method)

        _sample_mode = d.pop("sampleMode", UNSET)
        sample_mode: DataQualityComputationRequestSampleMode | Unset
        if isinstance(_sample_mode, Unset):
            sample_mode = UNSET
        else:
            sample_mode = check_data_quality_computation_request_sample_mode(_sample_mode)

        sample_size = d.pop("sampleSize", UNSET)

        data_quality_computation_request = cls(
            connection_id=connection_id,
            dataset_id=dataset_id,
            execution_mode=execution_mode,
            sample_method=sample_method,
            sample_mode=sample_mode,
            sample_size=sample_size,
        )

        data_quality_computation_request.additional_properties = d
        return data_quality_computation_request

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
