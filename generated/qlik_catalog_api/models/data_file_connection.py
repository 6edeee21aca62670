from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.space_stats import SpaceStats


T = TypeVar("T", bound="DataFileConnection")


@_attrs_define
class DataFileConnection:
    """A data-files connection (ConnectionsResponse)."""

    id: str
    name: str
    type_: str
    connect_statement: str
    """ The connect statement passed to the connector. """
    space_id: None | str | Unset = UNSET
    """ The team space it points to; null for none. """
    space_stats: SpaceStats | Unset = UNSET
    """ Statistics of the space a data-files connection points to (SpaceStatsResponse). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        connect_statement = self.connect_statement

        space_id: None | str | Unset
        if isinstance(self.space_id, Unset):
            space_id = UNSET
        else:
            space_id = self.space_id

        space_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.space_stats, Unset):
            space_stats = self.space_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "connectStatement": connect_statement,
            }
        )
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if space_stats is not UNSET:
            field_dict["spaceStats"] = space_stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.space_stats import SpaceStats

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = d.pop("type")

        connect_statement = d.pop("connectStatement")

        def _parse_space_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        space_id = _parse_space_id(d.pop("spaceId", UNSET))

        _space_stats = d.pop("spaceStats", UNSET)
        space_stats: SpaceStats | Unset
        if isinstance(_space_stats, Unset):
            space_stats = UNSET
        else:
            space_stats = SpaceStats.from_dict(_space_stats)

        data_file_connection = cls(
            id=id,
            name=name,
            type_=type_,
            connect_statement=connect_statement,
            space_id=space_id,
            space_stats=space_stats,
        )

        data_file_connection.additional_properties = d
        return data_file_connection

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
