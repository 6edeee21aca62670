from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetComputation")


@_attrs_define
class DatasetComputation:
    """Result of a data quality computation for a single dataset."""

    computation_id: str
    """ Unique identifier for this individual data quality computation job. """
    dataset_id: str
    """ The ID of the dataset. """
    status: str
    """ Current execution status of the computation (REQUESTED or FAILED). """
    error: str | Unset = UNSET
    """ Error message if the computation failed; absent on success. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        computation_id = self.computation_id

        dataset_id = self.dataset_id

        status = self.status

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "computationId": computation_id,
                "datasetId": dataset_id,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        computation_id = d.pop("computationId")

        dataset_id = d.pop("datasetId")

        status = d.pop("status")

        error = d.pop("error", UNSET)

        dataset_computation = cls(
            computation_id=computation_id,
            dataset_id=dataset_id,
            status=status,
            error=error,
        )

        dataset_computation.additional_properties = d
        return dataset_computation

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
