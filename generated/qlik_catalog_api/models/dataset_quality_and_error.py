from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_quality_execution_error import DataQualityExecutionError
    from ..models.quality_global_results import QualityGlobalResults


T = TypeVar("T", bound="DatasetQualityAndError")


@_attrs_define
class DatasetQualityAndError:
    """Global results or error of a data set and connection."""

    connection_id: str
    dataset_id: str
    status: str
    """ One of PROFILE_REQUESTED, PROFILE_FAILED, REQUESTED, SUBMITTED, SUCCEEDED, FAILED. """
    error: DataQualityExecutionError | Unset = UNSET
    """ Details of an execution failure. """
    quality: QualityGlobalResults | Unset = UNSET
    """ Counts of sample cells. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        dataset_id = self.dataset_id

        status = self.status

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionId": connection_id,
                "datasetId": dataset_id,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_quality_execution_error import DataQualityExecutionError
        from ..models.quality_global_results import QualityGlobalResults

        d = dict(src_dict)
        connection_id = d.pop("connectionId")

        dataset_id = d.pop("datasetId")

        status = d.pop("status")

        _error = d.pop("error", UNSET)
        error: DataQualityExecutionError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = DataQualityExecutionError.from_dict(_error)

        _quality = d.pop("quality", UNSET)
        quality: QualityGlobalResults | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = QualityGlobalResults.from_dict(_quality)

        dataset_quality_and_error = cls(
            connection_id=connection_id,
            dataset_id=dataset_id,
            status=status,
            error=error,
            quality=quality,
        )

        dataset_quality_and_error.additional_properties = d
        return dataset_quality_and_error

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
