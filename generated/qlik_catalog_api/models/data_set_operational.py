from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_connection_info import TableConnectionInfo


T = TypeVar("T", bound="DataSetOperational")


@_attrs_define
class DataSetOperational:
    """Operational facts of a data set (size, rows, load times)."""

    size: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    location: None | str | Unset = UNSET
    row_count: int | None | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    log_message: None | str | Unset = UNSET
    table_owner: None | str | Unset = UNSET
    last_load_time: datetime.datetime | None | Unset = UNSET
    content_updated: bool | None | Unset = UNSET
    last_update_time: datetime.datetime | None | Unset = UNSET
    table_connection_info: TableConnectionInfo | Unset = UNSET
    """ Where an operational table lives. Documented with a property named `additionalProperties` (a free map),
    which the schema cannot name without shadowing the generated model's own `additional_properties`; it is left
    undeclared here and kept, like every unknown key, in that map. (Assumption.) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        row_count: int | None | Unset
        if isinstance(self.row_count, Unset):
            row_count = UNSET
        else:
            row_count = self.row_count

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        log_message: None | str | Unset
        if isinstance(self.log_message, Unset):
            log_message = UNSET
        else:
            log_message = self.log_message

        table_owner: None | str | Unset
        if isinstance(self.table_owner, Unset):
            table_owner = UNSET
        else:
            table_owner = self.table_owner

        last_load_time: None | str | Unset
        if isinstance(self.last_load_time, Unset):
            last_load_time = UNSET
        elif isinstance(self.last_load_time, datetime.datetime):
            last_load_time = self.last_load_time.isoformat()
        else:
            last_load_time = self.last_load_time

        content_updated: bool | None | Unset
        if isinstance(self.content_updated, Unset):
            content_updated = UNSET
        else:
            content_updated = self.content_updated

        last_update_time: None | str | Unset
        if isinstance(self.last_update_time, Unset):
            last_update_time = UNSET
        elif isinstance(self.last_update_time, datetime.datetime):
            last_update_time = self.last_update_time.isoformat()
        else:
            last_update_time = self.last_update_time

        table_connection_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table_connection_info, Unset):
            table_connection_info = self.table_connection_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size is not UNSET:
            field_dict["size"] = size
        if status is not UNSET:
            field_dict["status"] = status
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if location is not UNSET:
            field_dict["location"] = location
        if row_count is not UNSET:
            field_dict["rowCount"] = row_count
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if log_message is not UNSET:
            field_dict["logMessage"] = log_message
        if table_owner is not UNSET:
            field_dict["tableOwner"] = table_owner
        if last_load_time is not UNSET:
            field_dict["lastLoadTime"] = last_load_time
        if content_updated is not UNSET:
            field_dict["contentUpdated"] = content_updated
        if last_update_time is not UNSET:
            field_dict["lastUpdateTime"] = last_update_time
        if table_connection_info is not UNSET:
            field_dict["tableConnectionInfo"] = table_connection_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.table_connection_info import TableConnectionInfo

        d = dict(src_dict)

        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.datetime.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_row_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_count = _parse_row_count(d.pop("rowCount", UNSET))

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.datetime.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_log_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        log_message = _parse_log_message(d.pop("logMessage", UNSET))

        def _parse_table_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table_owner = _parse_table_owner(d.pop("tableOwner", UNSET))

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

        def _parse_content_updated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        content_updated = _parse_content_updated(d.pop("contentUpdated", UNSET))

        def _parse_last_update_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_update_time_type_0 = datetime.datetime.fromisoformat(data)

                return last_update_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_update_time = _parse_last_update_time(d.pop("lastUpdateTime", UNSET))

        _table_connection_info = d.pop("tableConnectionInfo", UNSET)
        table_connection_info: TableConnectionInfo | Unset
        if isinstance(_table_connection_info, Unset):
            table_connection_info = UNSET
        else:
            table_connection_info = TableConnectionInfo.from_dict(_table_connection_info)

        data_set_operational = cls(
            size=size,
            status=status,
            end_date=end_date,
            location=location,
            row_count=row_count,
            start_date=start_date,
            log_message=log_message,
            table_owner=table_owner,
            last_load_time=last_load_time,
            content_updated=content_updated,
            last_update_time=last_update_time,
            table_connection_info=table_connection_info,
        )

        data_set_operational.additional_properties = d
        return data_set_operational

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
