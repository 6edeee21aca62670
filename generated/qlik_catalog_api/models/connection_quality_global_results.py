from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.quality_global_results import QualityGlobalResults


T = TypeVar("T", bound="ConnectionQualityGlobalResults")


@_attrs_define
class ConnectionQualityGlobalResults:
    """Global results of one data set through one connection."""

    connection_id: str
    quality: QualityGlobalResults | Unset = UNSET
    """ Counts of sample cells. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_id = self.connection_id

        quality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionId": connection_id,
            }
        )
        if quality is not UNSET:
            field_dict["quality"] = quality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.quality_global_results import QualityGlobalResults

        d = dict(src_dict)
        connection_id = d.pop("connectionId")

        _quality = d.pop("quality", UNSET)
        quality: QualityGlobalResults | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = QualityGlobalResults.from_dict(_quality)

        connection_quality_global_results = cls(
            connection_id=connection_id,
            quality=quality,
        )

        connection_quality_global_results.additional_properties = d
        return connection_quality_global_results

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
