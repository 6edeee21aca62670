from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileMeta")


@_attrs_define
class ProfileMeta:
    """The state of one profile computation."""

    status: str | Unset = UNSET
    """ One of QUEUED, RUNNING, FINISHED, FAILED, INCOMPLETE, CANCELLED, STALE, PARTIAL, DEFERRED (a plain string so
    that a new state still parses). """
    messages: list[str] | Unset = UNSET
    data_set_id: str | Unset = UNSET
    result_type: str | Unset = UNSET
    """ One of NORMAL, BASIC. """
    connection_id: None | str | Unset = UNSET
    last_load_time: datetime.datetime | None | Unset = UNSET
    computation_end_time: datetime.datetime | None | Unset = UNSET
    computation_start_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        messages: list[str] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = self.messages

        data_set_id = self.data_set_id

        result_type = self.result_type

        connection_id: None | str | Unset
        if isinstance(self.connection_id, Unset):
            connection_id = UNSET
        else:
            connection_id = self.connection_id

        last_load_time: None | str | Unset
        if isinstance(self.last_load_time, Unset):
            last_load_time = UNSET
        elif isinstance(self.last_load_time, datetime.datetime):
            last_load_time = self.last_load_time.isoformat()
        else:
            last_load_time = self.last_load_time

        computation_end_time: None | str | Unset
        if isinstance(self.computation_end_time, Unset):
            computation_end_time = UNSET
        elif isinstance(self.computation_end_time, datetime.datetime):
            computation_end_time = self.computation_end_time.isoformat()
        else:
            computation_end_time = self.computation_end_time

        computation_start_time: None | str | Unset
        if isinstance(self.computation_start_time, Unset):
            computation_start_time = UNSET
        elif isinstance(self.computation_start_time, datetime.datetime):
            computation_start_time = self.computation_start_time.isoformat()
        else:
            computation_start_time = self.computation_start_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if messages is not UNSET:
            field_dict["messages"] = messages
        if data_set_id is not UNSET:
            field_dict["dataSetId"] = data_set_id
        if result_type is not UNSET:
            field_dict["resultType"] = result_type
        if connection_id is not UNSET:
            field_dict["connectionId"] = connection_id
        if last_load_time is not UNSET:
            field_dict["lastLoadTime"] = last_load_time
        if computation_end_time is not UNSET:
            field_dict["computationEndTime"] = computation_end_time
        if computation_start_time is not UNSET:
            field_dict["computationStartTime"] = computation_start_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        messages = cast(list[str], d.pop("messages", UNSET))

        data_set_id = d.pop("dataSetId", UNSET)

        result_type = d.pop("resultType", UNSET)

        def _parse_connection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection_id = _parse_connection_id(d.pop("connectionId", UNSET))

        def _parse_last_load_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_load_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_load_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_load_time = _parse_last_load_time(d.pop("lastLoadTime", UNSET))

        def _parse_computation_end_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                computation_end_time_type_0 = datetime.datetime.fromisoformat(data)

                return computation_end_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        computation_end_time = _parse_computation_end_time(d.pop("computationEndTime", UNSET))

        def _parse_computation_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                computation_start_time_type_0 = datetime.datetime.fromisoformat(data)

                return computation_start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        computation_start_time = _parse_computation_start_time(d.pop("computationStartTime", UNSET))

        profile_meta = cls(
            status=status,
            messages=messages,
            data_set_id=data_set_id,
            result_type=result_type,
            connection_id=connection_id,
            last_load_time=last_load_time,
            computation_end_time=computation_end_time,
            computation_start_time=computation_start_time,
        )

        profile_meta.additional_properties = d
        return profile_meta

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
